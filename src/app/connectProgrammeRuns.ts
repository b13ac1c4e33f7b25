/**
 * Keeps the programme-only runs of the scenario in focus going, in the
 * background: each programme it funds, alone, on the same world and draws
 * (engine programmeOnlyScenarios), for cost per additional exit programme by
 * programme. They run on their own controller at a lower priority, so they
 * only take workers the comparison on screen leaves idle, and the store
 * learns their keys (programmeRunKeys) so views find them through selectors.
 * Their snapshots are stored under their own keys (PROGRAMME_RUNS prefix):
 * a programme-only run can be the very run of a scenario on screen (one that
 * funds a single programme), and the two controllers must not share an entry.
 */
import { programmeOnlyScenarios, type Scenario } from '../engine/index';
import { viewKey, type RunController } from '../run/controller';
import type { AppStore, Store } from '../state/store';
import type { ProgrammeRunKeys } from '../state/runsSlice';
import { canRun } from '../state/householdsSlice';
import { sinkToStore } from './connectRuns';

/** Prefix of the programme-only runs' keys in the store (and in the shared stats service). */
export const PROGRAMME_RUNS = 'programme-only/';

/** The focus scenario's programme-only runs, or none (no budget, no status quo to measure exits against, or household data not loaded). */
export function programmeRunsFor(st: Store): { keys: ProgrammeRunKeys | null; scenarios: Scenario[] } {
  const focus = st.scenarios[st.activeId];
  if (!focus || !focus.run.counterfactual || !canRun(st, focus)) return { keys: null, scenarios: [] };
  const list = programmeOnlyScenarios(focus);
  if (list.length === 0) return { keys: null, scenarios: [] };
  return {
    keys: { scenarioId: st.activeId, runs: list.map(({ programme, scenario }) => ({ programme, key: PROGRAMME_RUNS + viewKey(scenario) })) },
    scenarios: list.map((p) => p.scenario),
  };
}

const sameKeys = (a: ProgrammeRunKeys | null, b: ProgrammeRunKeys | null) =>
  a === b || (a !== null && b !== null && a.scenarioId === b.scenarioId && a.runs.length === b.runs.length &&
    a.runs.every((r, k) => r.programme === b.runs[k]!.programme && r.key === b.runs[k]!.key));

export function connectProgrammeRuns(store: AppStore, controller: RunController, debounceMs = 300, refreshMs = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stopSink = sinkToStore(store, controller, refreshMs, PROGRAMME_RUNS);
  let started = false;
  const apply = () => {
    timer = null;
    started = true;
    const { keys, scenarios } = programmeRunsFor(store.getState());
    if (!sameKeys(keys, store.getState().programmeRunKeys)) store.getState().setProgrammeRunKeys(keys);
    controller.want(scenarios, null);
  };
  // In a task of its own at start-up, as the comparison's first runs are (connectRuns).
  timer = setTimeout(apply, 0);
  const unsubscribe = store.subscribe((st, prev) => {
    if (st.scenarios === prev.scenarios && st.activeId === prev.activeId && st.datasets === prev.datasets) return;
    const { keys } = programmeRunsFor(st);
    if (sameKeys(keys, st.programmeRunKeys)) return;
    // Views see the new keys at once (and so no stale runs); the runs start once editing pauses, or with the first
    // apply, still to come, which reads the store as it is then.
    st.setProgrammeRunKeys(keys);
    if (!started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(apply, debounceMs);
  });
  return () => {
    if (timer) clearTimeout(timer);
    stopSink();
    unsubscribe();
  };
}
