import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compareRuns } from '../../../src/engine/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { scenarioKey } from '../../../src/run/scenarioKey';
import { App } from '../../../src/ui/App';
import { DIFF_SCALARS, DIFF_SERIES } from '../../../src/app/connectRuns';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';

/** A store whose four default scenarios are replaced by small fixture runs with results. */
function storeWithResults() {
  const store = createAppStore();
  const st = store.getState();
  const budgets: Record<string, number[]> = { 0: [0], 1: [80], 2: [100], 3: [120] };
  const runs = st.order.map((id, k) => {
    const s = fixtureScenario(st.scenarios[id]!.name, budgets[k]!);
    if (k === 0) s.run.counterfactual = false;
    expect(st.replaceScenario(id, s)).toEqual([]);
    return { id, ...fixtureRun(store.getState().scenarios[id]!) };
  });
  const base = runs[0]!;
  for (const r of runs) {
    const key = scenarioKey(store.getState().scenarios[r.id]!);
    st.putRun({ key, status: 'done', done: r.result.meta.replications, total: r.result.meta.replications, etaMs: 0, result: r.result, error: null });
    st.putDifference(key, compareRuns(r.acc, base.acc, DIFF_SCALARS, DIFF_SERIES));
  }
  return store;
}

describe('<App> with results', () => {
  it('shows the headline sentence and cards for the active scenario, every chart, and the ranking', async () => {
    const store = storeWithResults();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    expect(screen.getByText(/^Rs 80 bn a year: Rs [\d.]+ bn over 2 years leaves [\d.]+k? fewer households in poverty at the end than no programmes would; 90% interval/)).toBeInTheDocument();
    expect(screen.getByText('Poor households at the end')).toBeInTheDocument();
    // Charts appear one task after another.
    await screen.findByText('People in poverty, month by month', {}, { timeout: 5000 });
    await screen.findByText('Risk-compensation fund', {}, { timeout: 5000 });
    const ranking = screen.getByRole('region', { name: 'Ranking by cost per sustained exit' });
    const rows = within(ranking).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/Rs 120 bn a year/)]));
  });

  it('switches to side by side: one column per compared scenario', async () => {
    const store = storeWithResults();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Side by side' }));
    const columns = screen.getAllByRole('region').filter((r) => r.classList.contains('side-column'));
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual(['Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year']);
    act(() => store.getState().toggleCompare(store.getState().order[2]!));
    expect(screen.getAllByRole('region').filter((r) => r.classList.contains('side-column'))).toHaveLength(3);
  });
});
