/**
 * Imported household data: which data sets (by SHA-256) this browser holds
 * for the scenarios that name one, and the import dialog. A scenario names
 * its data in `households` ({ id, name, sha256, rows }); the data itself is
 * kept in IndexedDB and given to the run workers (app/households.ts), never
 * in the store, the workspace or a link.
 */
import type { StateCreator } from 'zustand';
import type { Scenario, ValidationIssue } from '../engine/index';
import type { Store } from './store';

/** What a scenario says about its households: null for the synthetic ones. */
export type HouseholdsRef = NonNullable<Scenario['households']>;

/** The first 12 hex digits of a SHA-256: enough to tell files apart by eye, and to find the whole hash in exports. */
export const shortHash = (sha256: string): string => sha256.slice(0, 12);

/** loading: being read from the browser's storage; loaded: the run workers have it; missing: import the file to run. */
export type DatasetStatus = 'loading' | 'loaded' | 'missing';

export interface HouseholdsSlice {
  /**
   * By SHA-256 of the file: the data sets scenarios in the workspace name
   * (app/households.ts forgets one, and unloads it, when none names it any more).
   */
  datasets: Record<string, DatasetStatus>;
  /** The import dialog is open for this scenario (by id); null when closed. */
  importFor: string | null;
  setDatasetStatus(sha256: string, status: DatasetStatus): void;
  /** No scenario names the data set any more: drop its status (a scenario naming it again has it looked up afresh). */
  forgetDataset(sha256: string): void;
  openImport(id: string): void;
  closeImport(): void;
  /**
   * Run scenario `id` on imported households (`ref`) or, with null, on the
   * synthetic ones: a new version of the scenario through replaceScenario,
   * validated like any edit (the issues come back, nothing changes).
   */
  setHouseholds(id: string, ref: HouseholdsRef | null): ValidationIssue[];
}

export const createHouseholdsSlice: StateCreator<Store, [], [], HouseholdsSlice> = (set, get) => ({
  datasets: {},
  importFor: null,
  setDatasetStatus: (sha256, status) => {
    if (get().datasets[sha256] !== status) set((st) => ({ datasets: { ...st.datasets, [sha256]: status } }));
  },
  forgetDataset: (sha256) => {
    if (!(sha256 in get().datasets)) return;
    set((st) => {
      const { [sha256]: _, ...datasets } = st.datasets;
      return { datasets };
    });
  },
  openImport: (id) => set({ importFor: id }),
  closeImport: () => set({ importFor: null }),
  setHouseholds(id, ref) {
    const s = get().scenarios[id];
    if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
    return get().replaceScenario(id, { ...s, households: ref });
  },
});

/** The data a scenario needs and this browser does not have loaded (yet), or null (synthetic, or loaded). */
export function missingHouseholds(st: Pick<Store, 'datasets'>, s: Scenario | undefined): HouseholdsRef | null {
  const ref = s?.households ?? null;
  return ref && st.datasets[ref.sha256] !== 'loaded' ? ref : null;
}

/** Whether the workers can run the scenario now: synthetic households, or imported ones that are loaded. */
export function canRun(st: Pick<Store, 'datasets'>, s: Scenario): boolean {
  return missingHouseholds(st, s) === null;
}
