/**
 * Run snapshots by view key, as the RunController reports them (each with
 * its result and its difference against the baseline, computed off the main
 * thread), and which view key each scenario has now. Views read them through
 * the selectors in selectors.ts, never by computing keys themselves.
 */
import type { StateCreator } from 'zustand';
import type { RunView } from '../run/controller';
import type { Store } from './store';

export interface RunsSlice {
  runs: Record<string, RunView>;
  /** Scenario id → the key of its run's view (kept current by app/connectRuns). */
  runKeys: Record<string, string>;
  /** Worker crashes noticed and recovered from, for the status line. */
  workerReplacements: number;
  putRun(view: RunView): void;
  /** Several snapshots in one update (one re-render). */
  putRuns(views: RunView[]): void;
  setRunKeys(keys: Record<string, string>): void;
  noteWorkerReplaced(): void;
  /** Forget runs the controller no longer holds. */
  dropRuns(keys: string[]): void;
}

export const createRunsSlice: StateCreator<Store, [], [], RunsSlice> = (set) => ({
  runs: {},
  runKeys: {},
  workerReplacements: 0,
  putRun: (view) => set((st) => ({ runs: { ...st.runs, [view.key]: view } })),
  putRuns: (views) => set((st) => ({ runs: { ...st.runs, ...Object.fromEntries(views.map((v) => [v.key, v])) } })),
  setRunKeys: (runKeys) => set({ runKeys }),
  noteWorkerReplaced: () => set((st) => ({ workerReplacements: st.workerReplacements + 1 })),
  dropRuns: (keys) =>
    set((st) => {
      const runs = { ...st.runs };
      for (const k of keys) delete runs[k];
      return { runs };
    }),
});
