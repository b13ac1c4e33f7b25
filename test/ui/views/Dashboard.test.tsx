import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../../src/state/context';
import { viewKey } from '../../../src/run/controller';
import { App } from '../../../src/ui/App';
import { MemoryProvider } from '../../../src/ui/memory';
import { selectRun } from '../../../src/state/selectors';
import { storeWithResults } from './storeWithResults';
import { settingWarnings, warningText, type RunResult } from '../../../src/engine/index';

/** A result's warnings in the engine's English, split as the app shows them: settings to check, and how the costs are counted. */
function splitWarnings(result: RunResult): { check: string[]; costs: string[] } {
  const all = settingWarnings(result);
  return { check: all.filter((w) => w.kind !== 'idleFund').map(warningText), costs: all.filter((w) => w.kind === 'idleFund').map(warningText) };
}

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

/** The whole app over a store, with the memory of the reader's choices that Root gives it. */
function showApp(store: ReturnType<typeof storeWithResults>) {
  return render(
    <StoreProvider store={store}>
      <MemoryProvider>
        <App />
      </MemoryProvider>
    </StoreProvider>,
  );
}

describe('<App> with results', () => {
  // The four fixture runs are computed once and cached: compute them here, outside the tests' time limits,
  // so each test's time is the app's (the engine's own speed is measured by the benchmark, not here).
  beforeAll(() => {
    storeWithResults();
  }, 60_000);

  it('shows the headline sentence and cards for the active scenario, every chart, and the ranking', async () => {
    const store = storeWithResults();
    showApp(store);
    // The fixtures are complete at 5 replications: too few for an interval, not "still being estimated" for ever.
    expect(screen.getByText(/^Rs 80 bn a year: Rs [\d.]+ bn spent over 2 years leaves [\d.]+k? fewer households in poverty at the end than the status quo \(existing cash transfer only\); too few replications for its 90% interval \(10 or more needed\)/)).toBeInTheDocument();
    expect(screen.getByText('Poor households at the end')).toBeInTheDocument();
    // The results open with their own level-2 heading, before the charts' level-3 ones.
    expect(screen.getByRole('heading', { level: 2, name: 'Results: Rs 80 bn a year' })).toBeInTheDocument();
    // Charts appear one task after another.
    await screen.findByText('People in poverty, month by month', {}, { timeout: 30_000 });
    await screen.findByText('Risk-compensation fund', {}, { timeout: 30_000 });
    // Every chart says what its intervals rest on: the fixtures hold 5 replications, all they ask for, too few to show them.
    expect(screen.getAllByText('Too few replications for intervals (5 replications): they are shown from 10; run more to see them.').length).toBeGreaterThanOrEqual(8);
    expect(screen.queryByText(/still being estimated/)).toBeNull();
    // The effects on participants of the scenario in focus come straight after the differences.
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const diff = titles.indexOf('Difference from the baseline');
    expect(diff).toBeGreaterThanOrEqual(0);
    expect(titles[diff + 1]).toBe('Effects on the households each programme reached: Rs 80 bn a year');
    const ranking = await screen.findByRole('region', { name: 'Ranking by cost per sustained exit' }, { timeout: 10_000 });
    const rows = within(ranking).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/Rs 120 bn a year/)]));
  });

  it('keeps watching the element each chart is drawn in, so a chart in sight goes on redrawing as results refine', async () => {
    // An IntersectionObserver that finds everything in sight, and remembers what each instance watches.
    const watched = new Set<Set<Element>>();
    class FakeObserver {
      private readonly els = new Set<Element>();
      constructor(private readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
        watched.add(this.els);
      }
      observe(el: Element) {
        this.els.add(el);
        queueMicrotask(() => this.report([{ target: el, isIntersecting: true }]));
      }
      unobserve(el: Element) {
        this.els.delete(el);
      }
      disconnect() {
        this.els.clear();
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      showApp(storeWithResults());
      await screen.findByText('Risk-compensation fund', {}, { timeout: 30_000 });
      const elements = [...watched].flatMap((s) => [...s]);
      expect(elements.length).toBeGreaterThanOrEqual(8);
      // A chart's cell once gained a wrapper with its first draw: React replaced its element, the observer went
      // on watching the old one, detached, and every chart waited for the run to end before it redrew.
      expect(elements.filter((el) => !el.isConnected)).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says beside the difference chart why a compared scenario with its own seed is not in it', async () => {
    const store = storeWithResults();
    const st = store.getState();
    const id = st.order[3]!;
    const old = selectRun(st, id)!;
    const s = st.scenarios[id]!;
    expect(st.replaceScenario(id, { ...s, run: { ...s.run, seed: s.run.seed + 1 } })).toEqual([]);
    const key = viewKey(store.getState().scenarios[id]!);
    st.putRun({ ...old, key, difference: { error: 'runs can only be compared on common random numbers' } });
    st.setRunKeys({ ...store.getState().runKeys, [id]: key });
    showApp(store);
    const note = await screen.findByRole('list', { name: 'Not shown' }, { timeout: 5000 });
    expect(note).toHaveTextContent(`${store.getState().scenarios[id]!.name} is not shown: different draws (seed ${s.run.seed + 1} (baseline ${s.run.seed}))`);
  });

  it('lists the active scenario\'s warnings under "Check these settings", and apart from them how its costs are counted, next to its headline', async () => {
    const store = storeWithResults();
    showApp(store);
    const st = store.getState();
    const active = st.scenarios[st.activeId]!;
    const result = selectRun(st, st.activeId)!.result!;
    const { check, costs } = splitWarnings(result);
    // The fixture's Rs 80 bn leaves part of some budgets unspent and capital in the risk fund; the two lists are all the engine's warnings.
    expect(check.length).toBeGreaterThan(0);
    expect(costs).toEqual([expect.stringMatching(/of risk-fund capital is still in the fund at the end/)]);
    expect([...check, ...costs].sort()).toEqual([...result.meta.warnings].sort());
    const notice = screen.getByRole('region', { name: 'Check these settings' });
    expect(within(notice).getByText(`In ${active.name}, the run found:`)).toBeInTheDocument();
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual(check);
    const costNote = screen.getByRole('region', { name: 'How the costs are counted' });
    expect(within(costNote).getAllByRole('listitem').map((li) => li.textContent)).toEqual(costs);
    expect(notice.compareDocumentPosition(costNote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // It sits between the headline sentence and the cards.
    const sentence = screen.getByText(/^Rs 80 bn a year: Rs/);
    const cards = screen.getByRole('region', { name: /^Headline results/ });
    expect(sentence.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Switching scenario shows that scenario's warnings, and no notice when it has none.
    act(() => store.getState().setActive(st.baselineId));
    const base = splitWarnings(selectRun(st, st.baselineId)!.result!);
    for (const [name, lines] of [['Check these settings', base.check], ['How the costs are counted', base.costs]] as const) {
      const shown = screen.queryByRole('region', { name });
      if (lines.length === 0) expect(shown).toBeNull();
      else expect(within(shown!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(lines);
    }
  });

  it('says under the headline which assumptions the bands of the run on screen carry the uncertainty of', () => {
    const store = storeWithResults();
    const st = store.getState();
    // The run on screen is what the note reads: a result whose scenario drew two parameters from distributions.
    const run = selectRun(st, st.activeId)!;
    const uncertainty = {
      'policy.cash.takeUp': { dist: 'uniform', low: 0.72, high: 1 },
      'world.existingCash.benefitPKR': { dist: 'uniform', low: 1500, high: 2500 },
    } as const;
    st.putRun({ ...run, result: { ...run.result!, scenario: { ...run.result!.scenario, uncertainty } } });
    showApp(store);
    const note = screen.getByText('Bands include uncertainty in 2 assumptions: Take-up, Existing benefit.');
    const sentence = screen.getByText(/^Rs 80 bn a year: Rs/);
    expect(sentence.nextElementSibling).toBe(note);
    // The baseline's run has none: no note.
    act(() => store.getState().setActive(st.baselineId));
    expect(screen.queryByText(/^Bands include uncertainty/)).toBeNull();
  });

  it("keeps the reader's choices in a chart through a trip to another view, and prints the Overlaid view's charts as they were left", async () => {
    const store = storeWithResults();
    showApp(store);
    const fan = () => screen.getByRole('figure', { name: 'People in poverty, month by month' });
    await screen.findByText('People in poverty, month by month', {}, { timeout: 5000 });
    await userEvent.click(within(fan()).getByRole('checkbox', { name: 'Zoom the axis to the lines' }));
    const budget = await screen.findByRole('figure', { name: /^Spending by programme and year/ }, { timeout: 5000 });
    await userEvent.click(within(budget).getByRole('button', { name: 'Table' }));
    await userEvent.click(screen.getByRole('button', { name: 'Side by side' }));
    expect(screen.getAllByRole('region').filter((r) => r.classList.contains('side-column'))).toHaveLength(4);
    expect(screen.queryByRole('figure', { name: 'People in poverty, month by month' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Overlaid' }));
    await screen.findByText('People in poverty, month by month', {}, { timeout: 15_000 });
    expect(within(fan()).getByRole('checkbox', { name: 'Zoom the axis to the lines' })).toBeChecked();
    const again = await screen.findByRole('figure', { name: /^Spending by programme and year/ }, { timeout: 15_000 });
    expect(within(again).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(again).getByRole('table')).toBeInTheDocument();
    // The report: the same charts, as they were left.
    act(() => store.getState().setView('report'));
    await screen.findByText('People in poverty, month by month', {}, { timeout: 15_000 });
    expect(within(fan()).getByRole('checkbox', { name: 'Zoom the axis to the lines' })).toBeChecked();
    const printed = await screen.findByRole('figure', { name: /^Spending by programme and year/ }, { timeout: 15_000 });
    expect(within(printed).getByRole('table')).toBeInTheDocument();
  });

  it('switches to side by side: one column per compared scenario', async () => {
    const store = storeWithResults();
    showApp(store);
    await userEvent.click(screen.getByRole('button', { name: 'Side by side' }));
    const columns = screen.getAllByRole('region').filter((r) => r.classList.contains('side-column'));
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual(['Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year']);
    // Each column lists its own scenario's warnings.
    const st = store.getState();
    for (const [k, column] of columns.entries()) {
      const { check, costs } = splitWarnings(selectRun(st, st.order[k]!)!.result!);
      const notice = within(column).queryByRole('region', { name: /^Check these settings/ });
      expect(notice ? within(notice).getAllByRole('listitem').map((li) => li.textContent) : []).toEqual(check);
      const costNote = within(column).queryByRole('region', { name: /^How the costs are counted/ });
      expect(costNote ? within(costNote).getAllByRole('listitem').map((li) => li.textContent) : []).toEqual(costs);
    }
    act(() => store.getState().toggleCompare(store.getState().order[2]!));
    expect(screen.getAllByRole('region').filter((r) => r.classList.contains('side-column'))).toHaveLength(3);
  });

  it('side by side, says how many columns fit in a row when some are below, and its button folds the levers to make room', async () => {
    // The layout jsdom does not do: columns from `below` on stand lower than the first. Only the columns' grid is
    // observed for its size (the charts' own observers never fire here, as in jsdom without one).
    let below = 3;
    const sizeChanged: (() => void)[] = [];
    class GridObserver {
      constructor(private readonly report: () => void) {}
      observe(el: Element) {
        if (!el.classList.contains('side-by-side')) return;
        sizeChanged.push(this.report);
        this.report();
      }
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', GridObserver);
    // The levers 340 px wide, 150 px as a strip: folding frees 190 px. The columns' grid `gridWidth` wide.
    let gridWidth = 800;
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const columns = [...(this.parentElement?.children ?? [])].filter((c) => c.classList.contains('side-column'));
      const k = columns.indexOf(this);
      const width = this.classList.contains('editor') ? 340 : 0;
      return { top: k >= below ? 900 : 0, bottom: 0, left: 0, right: width, width, height: 0, x: 0, y: 0 } as DOMRect;
    });
    const clientWidth = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('side-by-side') ? gridWidth : 0;
    });
    document.documentElement.style.setProperty('--levers-strip', '150px');
    try {
      const store = storeWithResults();
      showApp(store);
      await userEvent.click(screen.getByRole('button', { name: 'Side by side' }));
      const note = await screen.findByRole('note');
      expect(note).toHaveTextContent('3 of 4 scenarios fit side by side at this width; the other is further down.');
      await userEvent.click(within(note).getByRole('button', { name: 'Hide the levers to make room' }));
      expect(store.getState().leversShown).toBe(false);
      expect(screen.getByRole('complementary')).toHaveClass('levers-folded');
      // The button went with the note: the keyboard's focus is left in the results, not on the page.
      expect(document.activeElement).toBe(screen.getByRole('main'));
      // With the levers folded there is no room left to offer: no note.
      expect(screen.queryByText(/fit side by side/)).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Show the levers' }));
      expect(await screen.findByText(/3 of 4 scenarios fit side by side/)).toBeInTheDocument();
      // 700 + 190 px is short of a fourth column (4 × 240): the note still counts, but offers no fold that would not help.
      gridWidth = 700;
      act(() => sizeChanged.forEach((f) => f()));
      expect(screen.getByRole('note')).toHaveTextContent('3 of 4 scenarios fit side by side at this width; the other is further down.');
      expect(within(screen.getByRole('note')).queryByRole('button')).toBeNull();
      // One column in the row: the singular.
      below = 1;
      act(() => sizeChanged.forEach((f) => f()));
      expect(screen.getByRole('note')).toHaveTextContent('1 of 4 scenarios fits side by side at this width; the other 3 are further down.');
      // Every column in one row (a wider window): no note.
      below = 4;
      act(() => sizeChanged.forEach((f) => f()));
      expect(screen.queryByText(/side by side at this width/)).toBeNull();
    } finally {
      document.documentElement.style.removeProperty('--levers-strip');
      clientWidth.mockRestore();
      rect.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
