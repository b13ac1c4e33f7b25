/**
 * Run snapshots by scenario key, as the RunController reports them. The
 * accumulators (per-replication arrays) stay in the controller; the store
 * holds only the summarised result each chart reads.
 */
import type { StateCreator } from 'zustand';
import type { RunView } from '../run/controller';
import type { Difference } from '../engine/index';
import type { Store } from './store';

export interface RunsSlice {
  runs: Record<string, RunView>;
  /** Differences against the baseline by scenario key (common random numbers). */
  differences: Record<string, Difference | { error: string }>;
  /** Worker crashes noticed and recovered from, for the status line. */
  workerReplacements: number;
  putRun(view: RunView): void;
  /** Several snapshots in one update (one re-render). */
  putRuns(views: RunView[]): void;
  putDifference(key: string, diff: Difference | { error: string }): void;
  noteWorkerReplaced(): void;
  /** Forget runs the controller no longer holds, and their differences. */
  dropRuns(keys: string[]): void;
  /** Forget every difference (the baseline changed). */
  clearDifferences(): void;
}

export const createRunsSlice: StateCreator<Store, [], [], RunsSlice> = (set) => ({
  runs: {},
  differences: {},
  workerReplacements: 0,
  putRun: (view) => set((st) => ({ runs: { ...st.runs, [view.key]: view } })),
  putRuns: (views) => set((st) => ({ runs: { ...st.runs, ...Object.fromEntries(views.map((v) => [v.key, v])) } })),
  putDifference: (key, diff) => set((st) => ({ differences: { ...st.differences, [key]: diff } })),
  noteWorkerReplaced: () => set((st) => ({ workerReplacements: st.workerReplacements + 1 })),
  dropRuns: (keys) =>
    set((st) => {
      const runs = { ...st.runs };
      const differences = { ...st.differences };
      for (const k of keys) {
        delete runs[k];
        delete differences[k];
      }
      return { runs, differences };
    }),
  clearDifferences: () => set({ differences: {} }),
});
