/**
 * The report's Sensitivity and Optimisation sections: each is there when the
 * Sensitivity or Optimise view has a finished result for what is on screen
 * (the same one the view would show), with its heading, basis and charts,
 * and not otherwise (none yet, one still running, or one for settings
 * changed since). A chart left as a table in its view prints as one.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OptimiseResult, TornadoBar } from '../../../src/engine/index';
import { optimise } from '../../../src/run/optimise';
import { InThreadRunner } from '../../../src/run/inThread';
import { StoreProvider } from '../../../src/state/context';
import { applyLocale } from '../../../src/i18n/index';
import { EFFORTS, optimiseKey, optimisedScenario, requestOf, type OptimiseRun } from '../../../src/state/optimiseSlice';
import { sensitivityKey, type SensitivityAnalysis } from '../../../src/state/sensitivitySlice';
import type { AppStore } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import { MemoryProvider } from '../../../src/ui/memory';
import { tinyOptimiseScenario } from './optimiseStore';
import { storeWithResults } from './storeWithResults';
import { englishWords } from '../../i18n/noEnglish';
import { HEIGHT } from '../../../src/ui/charts/axis';
import { REPORT_PLOT_HEIGHT } from '../../../src/ui/views/ReportView';

const SENSITIVITY = 'Sensitivity to uncertain assumptions';
const OPTIMISATION = 'Optimised split of the budget';
const TORNADO = /^Tornado: how far each assumption moves the outcome/;

let optimised: OptimiseResult;

beforeAll(async () => {
  // The four fixture runs are computed once and cached: here, outside the tests' time limits.
  storeWithResults();
  const out = await optimise(new InThreadRunner(), tinyOptimiseScenario(), { objective: 'maxSustainedExits' }, { search: EFFORTS.quick.search, frontierBn: [0, 80] });
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  optimised = out.result;
}, 180_000);

/** The app on the report, with the memory of the reader's choices that Root gives it. */
function showReport(store: AppStore) {
  act(() => store.getState().setView('report'));
  return render(
    <StoreProvider store={store}>
      <MemoryProvider>
        <App />
      </MemoryProvider>
    </StoreProvider>,
  );
}

const BARS: TornadoBar[] = [
  { path: 'policy.cash.benefitPKR', low: 1500, high: 3500, outcomeLow: 9000, outcomeHigh: 15000, base: 12000, swing: 6000, span: 6000 },
  { path: 'policy.training.durationMonths', low: 3, high: 11, outcomeLow: 12000, outcomeHigh: 12000, base: 12000, swing: 0, span: 0 },
];

/** A tornado of the active scenario under the settings chosen now, as app/sensitivity keeps it. */
function putTornado(store: AppStore, status: SensitivityAnalysis['status'] = 'done') {
  const st = store.getState();
  const settings = st.sensitivitySettings;
  const key = sensitivityKey(st.scenarios[st.activeId]!, settings);
  const done = status === 'done';
  act(() =>
    st.putSensitivity({
      key, settings, status, done: done ? 25 : 10, total: 25, points: 5, replications: 5,
      result: done ? { method: 'tornado', bars: BARS } : null, error: null,
    }),
  );
}

/** A finished optimisation of the active scenario under the setup chosen now, as app/optimise keeps it. */
function putOptimisation(store: AppStore) {
  const st = store.getState();
  const sc = optimisedScenario(st.scenarios[st.activeId]!, st.optimiseSetup.replications);
  const request = requestOf(st.optimiseSetup);
  const key = optimiseKey(sc, request, st.optimiseSetup.effort);
  const run: OptimiseRun = {
    key, request, effort: st.optimiseSetup.effort, status: 'done', phase: 'frontier', done: 10, total: 10, startedAt: 0, finishedAt: 49_000,
    engineVersion: 'test', result: optimised, error: null,
  };
  act(() => st.putOptimisation(run));
}

/** The report's charts are drawn: its last dashboard chart is on the page. */
const reportDrawn = () => screen.findByText('Loans in trouble', {}, { timeout: 10_000 });

describe('<ReportView> analysis sections', () => {
  it('has no Sensitivity or Optimisation section with no finished result, or one still running', async () => {
    const store = storeWithResults();
    putTornado(store, 'running');
    showReport(store);
    await reportDrawn();
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: SENSITIVITY })).toBeNull();
    expect(screen.queryByRole('heading', { name: OPTIMISATION })).toBeNull();
    expect(screen.queryByRole('figure', { name: TORNADO })).toBeNull();
  });

  it('prints the finished tornado for the settings on screen, with its basis line, before the assumptions; not once the settings change', async () => {
    const store = storeWithResults();
    putTornado(store);
    showReport(store);
    const heading = await screen.findByRole('heading', { level: 2, name: SENSITIVITY }, { timeout: 10_000 });
    const section = heading.closest('section')!;
    expect(within(section).getByRole('figure', { name: TORNADO })).toBeInTheDocument();
    expect(within(section).getByText(/^Tornado on 5 scenario runs × 5 replications \(25 engine runs\)/)).toBeInTheDocument();
    // A section of the results, ahead of the assumptions the report ends with.
    expect(section.nextElementSibling).toHaveClass('report-assumptions');
    expect(screen.queryByRole('heading', { name: OPTIMISATION })).toBeNull();
    // Another outcome chosen in the Sensitivity view: its result is not this one, so the report has none.
    act(() => store.getState().setSensitivitySettings({ outcome: 'povertyHeadcountEnd' }));
    expect(screen.queryByRole('heading', { name: SENSITIVITY })).toBeNull();
  });

  it('prints the tornado as a table when the reader left it as one in the Sensitivity view', async () => {
    const store = storeWithResults();
    putTornado(store);
    act(() => store.getState().setView('sensitivity'));
    render(
      <StoreProvider store={store}>
        <MemoryProvider>
          <App />
        </MemoryProvider>
      </StoreProvider>,
    );
    const inView = await screen.findByRole('figure', { name: TORNADO }, { timeout: 10_000 });
    await userEvent.click(within(inView).getByRole('button', { name: 'Table' }));
    act(() => store.getState().setView('report'));
    await screen.findByRole('heading', { level: 2, name: SENSITIVITY }, { timeout: 10_000 });
    const printed = screen.getByRole('figure', { name: TORNADO });
    expect(within(printed).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(printed).getAllByRole('row')).toHaveLength(1 + BARS.length);
  });

  it('prints the finished optimisation for the setup on screen: objective, verdict, split, frontier and where it came from; not once the setup changes', async () => {
    const store = storeWithResults();
    putOptimisation(store);
    showReport(store);
    const heading = await screen.findByRole('heading', { level: 2, name: OPTIMISATION }, { timeout: 10_000 });
    const section = heading.closest('section')!;
    expect(section).toHaveTextContent(/best meets the objective “Most sustained exits”/);
    expect(section.querySelector('.opt-verdict')).toHaveTextContent(/optimised split/);
    expect(await within(section).findByRole('figure', { name: 'Proposed split across programmes' }, { timeout: 10_000 })).toBeInTheDocument();
    const frontier = await within(section).findByRole('figure', { name: 'Frontier: sustained exits by budget' }, { timeout: 10_000 });
    expect(within(section).getByRole('heading', { name: 'Where this comes from' })).toBeInTheDocument();
    // Drawn for paper, so that the section takes one page heading to frontier (reportOptimiseFit.test.tsx): the
    // frontier at the report's share of its height, as the report's other charts; 320 px, it had begun a page of its own.
    const plot = await waitFor(() => frontier.querySelector('svg.recharts-surface')!.getAttribute('viewBox')!);
    expect(Number(plot.split(' ')[3])).toBe(Math.round(HEIGHT.standard * REPORT_PLOT_HEIGHT));
    // The view's own actions are not the report's.
    expect(within(section).queryByRole('button', { name: 'Open as scenario' })).toBeNull();
    expect(screen.queryByRole('heading', { name: SENSITIVITY })).toBeNull();
    act(() => store.getState().setOptimiseSetup({ objective: 'minPovertyGapEnd' }));
    expect(screen.queryByRole('heading', { name: OPTIMISATION })).toBeNull();
  });
});

describe('<ReportView> analysis sections in Urdu', () => {
  beforeEach(() => applyLocale('ur', 'international', undefined));
  afterEach(() => applyLocale('en', 'international', undefined));

  it('heads and introduces each section in Urdu, with the views\u2019 own basis and verdict', async () => {
    const store = storeWithResults();
    putTornado(store);
    putOptimisation(store);
    showReport(store);
    const sensitivity = (await screen.findByRole('heading', { level: 2, name: 'غیر یقینی مفروضات کے لیے حساسیت' }, { timeout: 10_000 })).closest('section')!;
    const optimisation = (await screen.findByRole('heading', { level: 2, name: 'بجٹ کی بہترین تقسیم' }, { timeout: 10_000 })).closest('section')!;
    expect(optimisation).toHaveTextContent(/ہدف “سب سے زیادہ پائیدار اخراج”/);
    const names = Object.values(store.getState().scenarios).flatMap((s) => s.name.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []);
    // The sections' own words, the basis line and the verdict (the charts inside are other namespaces', tested there).
    const own = [...sensitivity.querySelectorAll('h2, section > p, .chart-basis'), ...optimisation.querySelectorAll('h2, section > p')].map((el) => el.textContent).join(' ');
    expect(englishWords(own, names)).toEqual([]);
  });
});
