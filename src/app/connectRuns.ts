/**
 * The one place where the store and the runs meet: it keeps the store's map
 * from scenario to run key current (so views find results through selectors,
 * never by computing keys), asks the RunController for the scenarios on
 * screen (debounced, so a dragged slider starts one run, not fifty), and
 * writes run snapshots — results and differences against the baseline, both
 * computed by the stats service — into the store, coalesced.
 */
import type { Scenario } from '../engine/index';
import { viewKey, type RunController, type RunView } from '../run/controller';
import type { AppStore, Store } from '../state/store';
import { canRun } from '../state/householdsSlice';

/**
 * Scenarios on screen, most important first: the one being edited, the
 * baseline, then those compared. The controller pins exactly these in its
 * cache, so this must hold everything a view reads a run for. A scenario on
 * imported households this browser does not have loaded is left out: it
 * cannot run until its file is imported (the views say so), and the others run.
 */
export function wantedScenarios(st: Store): Scenario[] {
  return wantedIds(st).map((id) => st.scenarios[id]!);
}

function wantedIds(st: Store): string[] {
  const ids = [st.activeId, st.baselineId, ...st.compareIds].filter((id, k, all) => id && all.indexOf(id) === k);
  return ids.filter((id) => st.scenarios[id] !== undefined && canRun(st, st.scenarios[id]!));
}

/** The baseline the differences are taken against, if it can run. */
function runnableBaseline(st: Store): Scenario | null {
  const base = st.scenarios[st.baselineId];
  return base && canRun(st, base) ? base : null;
}

function keysOf(st: Store): Record<string, string> {
  return Object.fromEntries(st.order.filter((id) => st.scenarios[id]).map((id) => [id, viewKey(st.scenarios[id]!)]));
}

const sameKeys = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

/** Performance marks of the comparison on screen: its first result, and the first time all its replications are in. */
export interface RunMarks {
  firstResult: string;
  allDone: string;
}
export const RUN_MARKS: RunMarks = { firstResult: 'first-result', allDone: 'comparison-done' };

/**
 * A sink for run snapshots that writes them into the store, coalesced.
 * Progressive snapshots are coalesced: redrawing every chart costs the main
 * thread far more than a replication, so the store (and the charts) take at
 * most one progressive update per `refreshMs`. Status changes, a run's
 * first result, and a difference appearing or dropped (the baseline
 * changed: an old one must not stay on screen) go through at once.
 * Runs the controller evicts are dropped from what is pending and from the
 * store. Snapshots are stored under `prefix` + their view key, so that two
 * controllers (the comparison's, and the programme-only runs') never share a
 * store entry, even for the same run. Given `marks` (the comparison's sink
 * only, with no prefix: the check reads the store's run keys), two moments
 * are marked for the performance timeline, which the end-to-end tests time
 * the app by: the first result stored, and the first time every scenario on
 * screen is done (all its replications in; its final summary and
 * difference follow from the stats worker). Both are checked as snapshots
 * are stored. Returns a function that stops the pending flush.
 */
export function sinkToStore(
  store: AppStore, controller: RunController, refreshMs: number, prefix = '', marks: RunMarks | null = null,
): () => void {
  const pending = new Map<string, RunView>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let lastFlush = -Infinity;
  let firstResult = marks !== null;
  let allDone = marks !== null;
  const flush = () => {
    flushTimer = null;
    if (firstResult && [...pending.values()].some((v) => v.result)) {
      firstResult = false;
      performance.mark(marks!.firstResult);
    }
    lastFlush = performance.now();
    const views = [...pending.values()];
    pending.clear();
    store.getState().putRuns(views);
    if (allDone) {
      const st = store.getState();
      // Through the store's run keys (kept current by connectRuns), not by computing keys anew at every flush.
      const keys = wantedIds(st).map((id) => st.runKeys[id]);
      if (keys.length > 0 && keys.every((k) => k !== undefined && st.runs[prefix + k]?.status === 'done')) {
        allDone = false;
        performance.mark(marks!.allDone);
      }
    }
  };
  const sink = (snapshot: RunView) => {
    const view = prefix ? { ...snapshot, key: prefix + snapshot.key } : snapshot;
    const before = store.getState().runs[view.key];
    const urgent =
      !before || view.status !== before.status || view.status !== 'running' ||
      (view.result !== null && before.result === null) || (view.difference === null) !== (before.difference === null);
    pending.set(view.key, view);
    if (urgent) {
      if (flushTimer) clearTimeout(flushTimer);
      flush();
    } else if (!flushTimer) {
      flushTimer = setTimeout(flush, Math.max(0, refreshMs - (performance.now() - lastFlush)));
    }
  };
  controller.setSink(sink);
  controller.setEvictListener((evicted) => {
    const keys = evicted.map((k) => prefix + k);
    for (const k of keys) pending.delete(k);
    store.getState().dropRuns(keys);
  });
  return () => {
    if (flushTimer) clearTimeout(flushTimer);
  };
}

export function connectRuns(store: AppStore, controller: RunController, debounceMs = 300, refreshMs = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: string[] = [];
  const stopSink = sinkToStore(store, controller, refreshMs, '', RUN_MARKS);

  const syncKeys = (st: Store) => {
    const keys = keysOf(st);
    if (!sameKeys(keys, st.runKeys)) st.setRunKeys(keys);
  };
  let started = false;
  const apply = () => {
    timer = null;
    started = true;
    const st = store.getState();
    const wanted = wantedScenarios(st);
    const base = runnableBaseline(st);
    last = [...wanted.map(viewKey), base ? viewKey(base) : ''];
    controller.want(wanted, base);
  };
  syncKeys(store.getState());
  // The first runs start in a task of their own, not in the one that connects the app: at a first visit,
  // preparing the comparison's job (validating its scenarios, keying its world) and starting the first worker
  // were half of a start-up task of 36–59 ms of CPU.
  timer = setTimeout(apply, 0);

  const unsubscribe = store.subscribe((st, prev) => {
    if (
      st.scenarios === prev.scenarios && st.activeId === prev.activeId && st.compareIds === prev.compareIds && st.baselineId === prev.baselineId &&
      st.order === prev.order && st.datasets === prev.datasets
    ) return;
    syncKeys(st);
    // The first apply, still to come, reads the store as it is then: a change before it (a shared link opened at
    // start) must not put it off by a debounce.
    if (!started) return;
    const base = runnableBaseline(st);
    const next = [...wantedScenarios(st).map(viewKey), base ? viewKey(base) : ''];
    if (next.length === last.length && next.every((k, i) => k === last[i])) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(apply, debounceMs);
  });
  return () => {
    if (timer) clearTimeout(timer);
    stopSink();
    unsubscribe();
  };
}
