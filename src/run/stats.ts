/**
 * Statistics off the main thread. Replications stream from the simulation
 * workers to a stats service that keeps them (per run key) and answers with
 * summaries: the result contract (buildResult) over replications 0 … n − 1,
 * and the paired difference against the baseline (compareRuns). In the
 * browser it lives in its own Web Worker (workers/stats.worker.ts), so
 * quantiles over thousands of replications never block drawing; tests and
 * the CLI use the same code in-thread.
 */
import { transfer } from 'comlink';
import { Accumulator, buildResult, compareRuns, costDraws, type CostDraws, type Difference, type RunResult, type Scenario, type ScalarKey, type SeriesKey } from '../engine/index';

/** Scalars and series differenced against the baseline, replication by replication. */
export const DIFF_SCALARS: readonly ScalarKey[] = [
  'poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd', 'reentries', 'newlyPoor', 'meanIncomeEnd', 'spentPKR', 'writtenOffPKR', 'par30End',
];
export const DIFF_SERIES: readonly SeriesKey[] = ['povertyHeadcount', 'meanIncome'];

export interface SummaryRequest {
  key: string;
  /** Summarise replications 0 … replications − 1 (those held). */
  replications: number;
  /** The baseline to difference against, or null. */
  base: { key: string; replications: number } | null;
}

export interface Summary {
  key: string;
  /** Replications the result rests on. */
  count: number;
  result: RunResult | null;
  difference: Difference | { error: string } | null;
  /** Cost per additional exit in each replication summarised (for ties in the ranking, paired with another run's). */
  costs: CostDraws | null;
}

/** The synchronous core, wherever it runs. */
export class StatsStore {
  private readonly accs = new Map<string, Accumulator>();

  /** Keep replications `indices` of run `key` (data[k] is replication indices[k]); the scenario comes with a key's first batch. */
  add(key: string, scenario: Scenario | null, indices: readonly number[], data: readonly Float64Array[]): void {
    let acc = this.accs.get(key);
    if (!acc) {
      if (!scenario) throw new Error(`stats: run ${key.slice(0, 40)}… arrived without its scenario`);
      acc = new Accumulator(scenario);
      this.accs.set(key, acc);
    }
    indices.forEach((r, k) => {
      // A replication recomputed after a cancelled job may arrive twice; the numbers are the same.
      if (!acc.has(r)) acc.add(r, data[k]!);
    });
  }

  summarise(requests: readonly SummaryRequest[]): Summary[] {
    return requests.map((q) => {
      const acc = this.accs.get(q.key)?.below(q.replications);
      if (!acc || acc.count === 0) return { key: q.key, count: 0, result: null, difference: null, costs: null };
      let difference: Summary['difference'] = null;
      const base = q.base ? this.accs.get(q.base.key)?.below(q.base.replications) : undefined;
      if (q.base && base && base.count > 0) {
        try {
          difference = compareRuns(acc, base, DIFF_SCALARS, DIFF_SERIES);
        } catch (e) {
          difference = { error: e instanceof Error ? e.message : String(e) };
        }
      }
      return { key: q.key, count: acc.count, result: buildResult(acc), difference, costs: acc.scenario.run.counterfactual ? costDraws(acc) : null };
    });
  }

  drop(keys: readonly string[]): void {
    for (const k of keys) this.accs.delete(k);
  }

  has(key: string): boolean {
    return this.accs.has(key);
  }
}

/** What the controller talks to: the same operations, asynchronous wherever they run. */
export interface Stats {
  /** The arrays may be transferred (emptied) when the service lives in a worker. */
  add(key: string, scenario: Scenario | null, indices: number[], data: Float64Array[]): void;
  summarise(requests: SummaryRequest[]): Promise<Summary[]>;
  drop(keys: string[]): void;
  dispose(): void;
}

/**
 * The same service seen under a key prefix, for a second controller sharing
 * it (background analysis runs): its keys cannot collide with the first's
 * even for the same run, and disposing it leaves the service to its owner.
 */
export function namespacedStats(stats: Stats, prefix: string): Stats {
  return {
    add: (key, scenario, indices, data) => stats.add(prefix + key, scenario, indices, data),
    summarise: async (requests) => {
      const out = await stats.summarise(requests.map((q) => ({ ...q, key: prefix + q.key, base: q.base && { ...q.base, key: prefix + q.base.key } })));
      return out.map((s) => ({ ...s, key: s.key.slice(prefix.length) }));
    },
    drop: (keys) => stats.drop(keys.map((k) => prefix + k)),
    dispose: () => undefined,
  };
}

/** The stats service in this thread (tests, the CLI, and pages without workers). */
export function localStats(): Stats {
  const store = new StatsStore();
  return {
    add: (key, scenario, indices, data) => store.add(key, scenario, indices, data),
    // Resolved on a later task, as a worker's answer would be.
    summarise: (requests) => new Promise((resolve, reject) => setTimeout(() => {
      try {
        resolve(store.summarise(requests));
      } catch (e) {
        reject(e);
      }
    }, 0)),
    drop: (keys) => store.drop(keys),
    dispose: () => undefined,
  };
}

/** The API a stats worker exposes over comlink. */
export interface StatsWorkerApi {
  add(key: string, scenario: Scenario | null, indices: number[], data: Float64Array[]): void;
  summarise(requests: SummaryRequest[]): Summary[];
  drop(keys: string[]): void;
}

export function createStatsWorkerApi(): StatsWorkerApi {
  const store = new StatsStore();
  return {
    add: (key, scenario, indices, data) => store.add(key, scenario, indices, data),
    summarise: (requests) => store.summarise(requests),
    drop: (keys) => store.drop(keys),
  };
}

/** The main thread's side of a stats worker: replication buffers are transferred, not copied. */
export function remoteStats(api: { add: (...a: Parameters<StatsWorkerApi['add']>) => unknown; summarise: (r: SummaryRequest[]) => Promise<Summary[]>; drop: (k: string[]) => unknown }, terminate: () => void): Stats {
  return {
    add: (key, scenario, indices, data) => {
      void Promise.resolve(api.add(key, scenario, indices, transfer(data, data.map((d) => d.buffer)))).catch(() => undefined);
    },
    summarise: (requests) => api.summarise(requests),
    drop: (keys) => {
      void Promise.resolve(api.drop(keys)).catch(() => undefined);
    },
    dispose: terminate,
  };
}
