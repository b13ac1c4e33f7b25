/** A store holding small fixture results for the four default scenarios, as a view test needs. */
import { expect } from 'vitest';
import { compareRuns, costDraws } from '../../../src/engine/index';
import { createAppStore } from '../../../src/state/store';
import { viewKey } from '../../../src/run/controller';
import { DIFF_REGION_SCALARS, DIFF_SCALARS, DIFF_SERIES } from '../../../src/run/stats';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';

/** A store whose four default scenarios are replaced by small fixture runs with results. */
export function storeWithResults() {
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
  const keys: Record<string, string> = {};
  for (const r of runs) {
    const key = viewKey(store.getState().scenarios[r.id]!);
    keys[r.id] = key;
    const n = r.result.meta.replications;
    const difference = compareRuns(r.acc, base.acc, DIFF_SCALARS, DIFF_SERIES, DIFF_REGION_SCALARS);
    const costs = r.result.scenario.run.counterfactual ? costDraws(r.acc) : null;
    st.putRun({ key, status: 'done', done: n, total: n, etaMs: 0, result: r.result, resultCount: n, difference, costs, error: null });
  }
  st.setRunKeys(keys);
  return store;
}
