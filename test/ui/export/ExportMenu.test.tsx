import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csvParse } from 'd3';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../../src/state/context';
import { App } from '../../../src/ui/App';
import { summaryCsv } from '../../../src/ui/export/resultCsv';
import { storeWithResults } from '../views/storeWithResults';
import { selectRun } from '../../../src/state/selectors';

let blobs: Blob[];
let names: string[];
beforeEach(() => {
  blobs = [];
  names = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

const renderApp = () => {
  const store = storeWithResults();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
};

describe('the Export menu', () => {
  beforeAll(() => {
    storeWithResults();
  }, 60_000);

  it('offers, for each scenario on screen, its result JSON, summary CSV and scenario JSON, and Print report', async () => {
    const store = renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog', { name: 'Export results' });
    const active = store.getState().scenarios[store.getState().activeId]!;
    const group = within(dialog).getByRole('group', { name: active.name });

    await user.click(within(group).getByRole('button', { name: 'Result JSON' }));
    expect(blobs[0]!.type).toBe('application/json');
    const result = JSON.parse(await blobs[0]!.text());
    expect(result.meta.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['meta', 'scenario', 'summary', 'series', 'byRegion']));
    expect(names[0]).toMatch(/_result\.json$/);

    await user.click(within(group).getByRole('button', { name: 'Summary CSV' }));
    expect(blobs[1]!.type).toBe('text/csv;charset=utf-8');
    const rows = csvParse(await blobs[1]!.text());
    expect(rows.columns).toEqual(['metric', 'mean', 'p5', 'p25', 'p50', 'p75', 'p95']);
    expect(rows.find((r) => r.metric === 'sustainedExits')!.mean).toBe(String(result.summary.sustainedExits.mean));
    expect(rows.some((r) => r.metric!.startsWith('spentByProgrammePKR.'))).toBe(true);

    await user.click(within(group).getByRole('button', { name: 'Scenario JSON' }));
    expect(JSON.parse(await blobs[2]!.text())).toEqual(active);

    // One group per scenario on screen: the baseline and the compared ones.
    expect(within(dialog).getAllByRole('group').length).toBe(new Set([store.getState().activeId, store.getState().baselineId, ...store.getState().compareIds]).size);
  });

  it('closes on Escape and gives focus back to its button', async () => {
    renderApp();
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Export' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('takes the focus into its panel when it opens, and closes when the reader tabs out of it', async () => {
    const store = renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog', { name: 'Export results' });
    // On the first of the scenario being edited's downloads: the focus had stayed on the button.
    const first = within(within(dialog).getByRole('group', { name: store.getState().scenarios[store.getState().activeId]!.name })).getByRole('button', { name: 'Result JSON' });
    expect(first).toHaveFocus();
    // Tab through the panel and out of it: past its last button (Print report) the panel closes.
    const buttons = within(dialog).getAllByRole('button').filter((b) => !(b as HTMLButtonElement).disabled);
    for (let k = 1; k < buttons.length; k++) await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Print report' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('dialog', { name: 'Export results' })).toBeNull();
  });

  it('Print report opens the report: headline, key charts, the ranking, every assumption with its source, engine and seed', async () => {
    const store = renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Print report' }));
    expect(store.getState().view).toBe('report');
    // The button went with its panel: focus goes to the results, not to <body>.
    expect(document.getElementById('results')).toHaveFocus();
    const report = screen.getByRole('article');
    expect(within(report).getByRole('heading', { level: 2, name: /^Poverty policy simulator: / })).toBeInTheDocument();
    expect(within(report).getAllByText(/Engine \d+\.\d+\.\d+, seed \d+/).length).toBeGreaterThanOrEqual(1);
    await within(report).findByText('People in poverty, month by month', {}, { timeout: 5000 });
    expect(within(report).getByRole('region', { name: 'Assumptions' })).toBeInTheDocument();
    const ranking = within(report).getByRole('region', { name: 'Ranking by cost per sustained exit' });
    // The ranking comes under the headline and its cards, before the charts: on paper, the first page.
    const firstChart = within(report).getByRole('heading', { name: 'Results' });
    expect(ranking.compareDocumentPosition(firstChart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(report).getAllByText('Poor households at the end')[0]!.compareDocumentPosition(ranking) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const print = vi.fn();
    window.print = print;
    await user.click(within(report).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    await act(async () => user.click(within(report).getByRole('button', { name: 'Back to results' })));
    expect(store.getState().view).toBe('results');
    expect(document.getElementById('results')).toHaveFocus();
    // With no focus to lose (a click that focuses nothing, as in Safari), a view change leaves focus alone: moving it
    // to the results scrolled a phone's page past the levers.
    (document.activeElement as HTMLElement).blur();
    act(() => store.getState().setView('assumptions'));
    expect(document.body).toHaveFocus();
  });
});

describe('the report printed early', () => {
  it('says at its top that it is not final while a run is still going, and nothing once runs are complete or stopped', async () => {
    const store = storeWithResults();
    store.getState().setView('report');
    const show = () =>
      render(
        <StoreProvider store={store}>
          <App />
        </StoreProvider>,
      );
    const first = show();
    expect(within(screen.getByRole('article')).queryByRole('note')).not.toBeInTheDocument();
    first.unmount();
    // The active scenario's result as it stands two replications short of the scenario's count.
    const st = store.getState();
    const run = selectRun(st, st.activeId)!;
    const result = run.result!;
    const wanted = result.scenario.run.replications;
    const partial = { ...run, done: wanted - 2, result: { ...result, meta: { ...result.meta, replications: wanted - 2 } } };
    st.putRun({ ...partial, status: 'running' });
    const going = show();
    expect(within(screen.getByRole('article')).getByRole('note')).toHaveTextContent(
      `Not final: runs still going (the comparison: ${wanted - 2} of ${wanted} replications); the numbers will change.`,
    );
    going.unmount();
    // Cancelled: what it has is what it will have.
    store.getState().putRun({ ...partial, status: 'cancelled' });
    show();
    expect(within(screen.getByRole('article')).queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('summaryCsv', () => {
  it('summaryCsv(summary) writes one row per metric, nested ones by path, null as an empty cell', () => {
    const d = (mean: number | null) => ({ mean, p5: 1, p25: 2, p50: 3, p75: 4, p95: 5 });
    const csv = summaryCsv({ sustainedExits: d(10), costPerSustainedExitPKR: d(null), spentByProgrammePKR: { cash: d(7) } } as never);
    expect(csv).toBe('metric,mean,p5,p25,p50,p75,p95\nsustainedExits,10,1,2,3,4,5\ncostPerSustainedExitPKR,,1,2,3,4,5\nspentByProgrammePKR.cash,7,1,2,3,4,5\n');
  });
});
