/**
 * Run snapshots by view key, as the RunController reports them (each with
 * its result and its difference against the baseline, computed off the main
 * thread), and which view key each scenario has now. Views read them through
 * the selectors in selectors.ts, never by computing keys themselves.
 */
import type { StateCreator } from 'zustand';
import type { RunView } from '../run/controller';
import type { PayingProgramme } from '../engine/index';
import type { Store } from './store';

/** The programme-only runs of one scenario (each funded programme alone, on the scenario's world), by view key. */
export interface ProgrammeRunKeys {
  scenarioId: string;
  runs: { programme: PayingProgramme; key: string }[];
}

export interface RunsSlice {
  runs: Record<string, RunView>;
  /** Scenario id → the key of its run's view (kept current by app/connectRuns). */
  runKeys: Record<string, string>;
  /** The programme-only runs of the scenario in focus (kept current by app/connectProgrammeRuns); null for none. */
  programmeRunKeys: ProgrammeRunKeys | null;
  /** Worker crashes noticed and recovered from, for the status line. */
  workerReplacements: number;
  putRun(view: RunView): void;
  /** Several snapshots in one update (one re-render). */
  putRuns(views: RunView[]): void;
  setRunKeys(keys: Record<string, string>): void;
  setProgrammeRunKeys(keys: ProgrammeRunKeys | null): void;
  noteWorkerReplaced(): void;
  /** Forget runs the controller no longer holds. */
  dropRuns(keys: string[]): void;
}

export const createRunsSlice: StateCreator<Store, [], [], RunsSlice> = (set) => ({
  runs: {},
  runKeys: {},
  programmeRunKeys: null,
  workerReplacements: 0,
  putRun: (view) => set((st) => ({ runs: { ...st.runs, [view.key]: view } })),
  putRuns: (views) => set((st) => ({ runs: { ...st.runs, ...Object.fromEntries(views.map((v) => [v.key, v])) } })),
  setRunKeys: (runKeys) => set({ runKeys }),
  setProgrammeRunKeys: (programmeRunKeys) => set({ programmeRunKeys }),
  noteWorkerReplaced: () => set((st) => ({ workerReplacements: st.workerReplacements + 1 })),
  dropRuns: (keys) =>
    set((st) => {
      const runs = { ...st.runs };
      for (const k of keys) delete runs[k];
      return { runs };
    }),
});
