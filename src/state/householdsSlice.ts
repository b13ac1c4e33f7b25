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
  /**
   * Beside each loaded data set's status: how many replications it can run
   * (engine replicationCoverage: the largest R with rows for 0…R−1 in a file
   * with a replication column, else Infinity). A scenario running more waits.
   */
  datasetCoverage: Record<string, number>;
  /**
   * Beside a loaded data set with a replication column: the fewest and the most rows a replication has (engine
   * rowsPerReplication). Its rows together (the scenario's `rows`, the result's meta.households) are not one
   * replication's sample, so what is shown as a run's households comes from here (householdsOfRun).
   */
  datasetRows: Record<string, readonly [number, number]>;
  /** The import dialog is open for this scenario (by id); null when closed. */
  importFor: string | null;
  /** `coverage` (replications it can run) and `perReplication` (rows) come with 'loaded'; they are dropped with any other status. */
  setDatasetStatus(sha256: string, status: DatasetStatus, coverage?: number, perReplication?: readonly [number, number] | null): void;
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
  datasetCoverage: {},
  datasetRows: {},
  importFor: null,
  setDatasetStatus: (sha256, status, coverage = Infinity, perReplication = null) => {
    const st = get();
    const covers = status === 'loaded' ? coverage : undefined;
    const rows = status === 'loaded' ? (perReplication ?? undefined) : undefined;
    const was = st.datasetRows[sha256];
    const sameRows = was === rows || (was !== undefined && rows !== undefined && was[0] === rows[0] && was[1] === rows[1]);
    if (st.datasets[sha256] === status && st.datasetCoverage[sha256] === covers && sameRows) return;
    const { [sha256]: _, ...others } = st.datasetCoverage;
    const { [sha256]: __, ...otherRows } = st.datasetRows;
    set({
      datasets: { ...st.datasets, [sha256]: status },
      datasetCoverage: covers === undefined ? others : { ...others, [sha256]: covers },
      datasetRows: rows === undefined ? otherRows : { ...otherRows, [sha256]: rows },
    });
  },
  forgetDataset: (sha256) => {
    if (!(sha256 in get().datasets)) return;
    set((st) => {
      const { [sha256]: _, ...datasets } = st.datasets;
      const { [sha256]: __, ...datasetCoverage } = st.datasetCoverage;
      const { [sha256]: ___, ...datasetRows } = st.datasetRows;
      return { datasets, datasetCoverage, datasetRows };
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

/** Why a scenario's households keep it from running: data not loaded, or loaded data with rows for fewer replications than it runs. */
export type HouseholdsBlock =
  | { kind: 'missing'; ref: HouseholdsRef }
  | { kind: 'replications'; ref: HouseholdsRef; coverage: number; replications: number };

export function householdsBlock(st: Pick<Store, 'datasets' | 'datasetCoverage'>, s: Scenario | undefined): HouseholdsBlock | null {
  const missing = missingHouseholds(st, s);
  if (missing) return { kind: 'missing', ref: missing };
  const ref = s?.households;
  if (!s || !ref) return null;
  const coverage = st.datasetCoverage[ref.sha256] ?? Infinity;
  return s.run.replications > coverage ? { kind: 'replications', ref, coverage, replications: s.run.replications } : null;
}

/** Whether the workers can run the scenario now: synthetic households, or imported ones that are loaded and cover its replications. */
export function canRun(st: Pick<Store, 'datasets' | 'datasetCoverage'>, s: Scenario): boolean {
  return householdsBlock(st, s) === null;
}
