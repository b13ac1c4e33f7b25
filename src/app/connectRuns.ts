/**
 * The one place where the store and the runs meet: it watches which
 * scenarios are on screen, asks the RunController for them (debounced, so a
 * dragged slider starts one run, not fifty), writes run snapshots into the
 * store, and keeps differences against the baseline up to date.
 */
import { compareRuns, type ScalarKey, type Scenario, type SeriesKey } from '../engine/index';
import type { RunController, RunView } from '../run/controller';
import { runKey } from '../run/runKey';
import type { AppStore, Store } from '../state/store';

export const DIFF_SCALARS: readonly ScalarKey[] = [
  'poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd', 'reentries', 'newlyPoor', 'meanIncomeEnd', 'spentPKR', 'writtenOffPKR', 'par30End',
];
export const DIFF_SERIES: readonly SeriesKey[] = ['povertyHeadcount', 'meanIncome'];

/**
 * Scenarios on screen, most important first: the one being edited, the
 * baseline, then those compared. The controller pins exactly these in its
 * cache, so this must hold everything a view reads a run for (the charts'
 * scenarios, the baseline the differences are taken against).
 */
export function wantedScenarios(st: Store): Scenario[] {
  const ids = [st.activeId, st.baselineId, ...st.compareIds].filter((id, k, all) => id && all.indexOf(id) === k);
  return ids.map((id) => st.scenarios[id]).filter((s): s is Scenario => s !== undefined);
}

export function connectRuns(store: AppStore, controller: RunController, debounceMs = 300, refreshMs = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: Scenario[] = [];

  let diffBaseKey: string | null = null;
  const refreshDifferences = (changedKey: string) => {
    const st = store.getState();
    const baseline = st.scenarios[st.baselineId];
    if (!baseline) return;
    const baseKey = runKey(baseline);
    // Differences against an edited baseline are wrong, not merely old: drop them at once.
    if (baseKey !== diffBaseKey) {
      st.clearDifferences();
      diffBaseKey = baseKey;
    }
    const baseAcc = controller.accumulator(baseKey);
    for (const s of wantedScenarios(st)) {
      const key = runKey(s);
      if (key !== changedKey && changedKey !== baseKey) continue;
      const acc = controller.accumulator(key);
      if (!acc || !baseAcc) continue;
      try {
        st.putDifference(key, compareRuns(acc, baseAcc, DIFF_SCALARS, DIFF_SERIES));
      } catch (e) {
        st.putDifference(key, { error: e instanceof Error ? e.message : String(e) });
      }
    }
  };

  // Progressive snapshots are coalesced: redrawing every chart costs the main
  // thread far more than a replication, so the store (and the charts) take at
  // most one progressive update per `refreshMs`. Status changes and a run's
  // first result go through at once.
  const pending = new Map<string, RunView>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let lastFlush = -Infinity;
  let firstResult = true;
  const flush = () => {
    flushTimer = null;
    if (firstResult && [...pending.values()].some((v) => v.result)) {
      firstResult = false;
      performance.mark('first-result');
    }
    lastFlush = performance.now();
    const views = [...pending.values()];
    pending.clear();
    store.getState().putRuns(views);
    for (const v of views) if (v.result) refreshDifferences(v.key);
  };
  const sink = (view: RunView) => {
    const before = store.getState().runs[view.key];
    const urgent = view.status !== 'running' || !before || before.status !== 'running' || (view.result !== null && before.result === null);
    pending.set(view.key, view);
    if (urgent) {
      if (flushTimer) clearTimeout(flushTimer);
      flush();
    } else if (!flushTimer) {
      flushTimer = setTimeout(flush, Math.max(0, refreshMs - (performance.now() - lastFlush)));
    }
  };
  controller.setSink(sink);
  controller.setEvictListener((keys) => {
    for (const k of keys) pending.delete(k);
    store.getState().dropRuns(keys);
  });

  const apply = () => {
    timer = null;
    last = wantedScenarios(store.getState());
    controller.want(last);
  };
  apply();

  const unsubscribe = store.subscribe((st, prev) => {
    if (st.scenarios === prev.scenarios && st.activeId === prev.activeId && st.compareIds === prev.compareIds && st.baselineId === prev.baselineId) return;
    const base = st.scenarios[st.baselineId];
    if (base && diffBaseKey !== null && runKey(base) !== diffBaseKey && Object.keys(st.differences).length > 0) st.clearDifferences();
    const next = wantedScenarios(st);
    if (next.length === last.length && next.every((s, k) => runKey(s) === runKey(last[k]!))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(apply, debounceMs);
  });
  return () => {
    if (timer) clearTimeout(timer);
    if (flushTimer) clearTimeout(flushTimer);
    unsubscribe();
  };
}
