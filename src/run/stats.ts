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
import { PRIORITY, type Runner, type WorkerReplacement } from './types';
import {
  Accumulator, buildResult, compareRuns, costDraws, REGION_SCALARS, type CostDraws, type Difference, type RegionScalarKey, type RunResult, type Scenario, type ScalarKey, type SeriesKey,
} from '../engine/index';

/** Scalars and series differenced against the baseline, replication by replication. */
export const DIFF_SCALARS: readonly ScalarKey[] = [
  'poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd', 'reentries', 'newlyPoor', 'meanIncomeEnd', 'spentPKR', 'writtenOffPKR', 'par30End',
];
/** Those of them with a regional counterpart, differenced within each region too (the difference chart's Region). */
export const DIFF_REGION_SCALARS: readonly RegionScalarKey[] = DIFF_SCALARS.filter((k): k is ScalarKey & RegionScalarKey => (REGION_SCALARS as readonly string[]).includes(k));
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
          difference = compareRuns(acc, base, DIFF_SCALARS, DIFF_SERIES, DIFF_REGION_SCALARS);
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

/** One statistics worker as resilientStats sees it: its comlink proxy, a way to kill it, a way to hear it died. */
export interface StatsWorkerHandle {
  api: { add: (...a: Parameters<StatsWorkerApi['add']>) => unknown; summarise: (r: SummaryRequest[]) => Promise<Summary[]>; drop: (k: string[]) => unknown };
  terminate(): void;
  /** Register a listener for a death we did not cause (the worker's error or messageerror event). */
  onCrash(listener: (error: Error) => void): void;
}

export interface ResilientStatsOptions {
  /**
   * Computes the replications a dead worker held again, for its replacement (the simulation pool): the numbers are
   * the same bit for bit. Without one, a worker is replaced only when a summary shows it stopped (an error event
   * alone leaves it, and the replications it holds, in place), and the runs it held fail (their summaries reject)
   * rather than hang.
   */
  runner?: Pick<Runner, 'submit'>;
  /** Told each time a worker is thrown away and another started in its place (the app counts it as the pool's). */
  onWorkerReplaced?: (info: WorkerReplacement) => void;
  /**
   * A summary not answered after this long while the page is visible is taken as the sign of a dead worker (one
   * that closed itself gives no event at all); doubled after each such replacement, so a summary that is only slow
   * is not asked again and again. 30 s by default: the slowest summary measured takes well under a second.
   */
  answerTimeoutMs?: number;
  /** Whether the page is visible (a hidden page's timers are throttled, and its worker may be paused). */
  visible?: () => boolean;
}

interface Pending {
  requests: SummaryRequest[];
  resolve: (s: Summary[]) => void;
  reject: (e: unknown) => void;
  /** Asked of the current worker (not still waiting for it to be given its replications again). */
  asked: boolean;
  /** Visible time waited for the current worker's answer since it was asked. */
  waited: number;
}

/**
 * The stats service in a worker that is replaced when it dies. The data it held dies with it: the replications
 * are computed again on `runner` for the new worker (the summaries asked meanwhile are asked again once they are
 * in), and replications that arrive meanwhile go to the new worker directly, with their run's scenario if the new
 * worker has not had it. A death is the worker's error or messageerror event, or a summary not answered in time.
 */
/** Workers replaced in a row with no summary answered, after which the service gives up (resilientStats). */
export const MAX_REPLACEMENTS = 3;

export function resilientStats(factory: () => StatsWorkerHandle, options: ResilientStatsOptions = {}): Stats {
  const runs = new Map<string, { scenario: Scenario; held: Set<number> }>();
  /** Runs whose replications died with a worker and cannot be computed again (no runner). */
  const lost = new Set<string>();
  const pending = new Set<Pending>();
  const visible = options.visible ?? (() => typeof document === 'undefined' || document.visibilityState === 'visible');
  let timeout = options.answerTimeoutMs ?? 30_000;
  let disposed = false;
  let current: StatsWorkerHandle;
  let generation = 0;
  /** Runs whose scenario the current worker has. */
  let known = new Set<string>();
  /**
   * Per run, settles once the current worker holds the replications its predecessors held of it (a run whose
   * computing again failed is `lost`: only summaries that name it fail, not every other run's).
   */
  let restored = new Map<string, Promise<void>>();
  let restoring = new AbortController();
  /** Workers replaced since a summary was last answered: a worker that cannot even start is not replaced for ever. */
  let replacedUnanswered = 0;
  /** Set after MAX_REPLACEMENTS such replacements: every summary fails with it, and no worker is started again. */
  let broken: Error | null = null;
  let watchdog: ReturnType<typeof setInterval> | null = null;

  const send = (key: string, indices: number[], data: Float64Array[]) => {
    const run = runs.get(key);
    const scenario = run && !known.has(key) ? run.scenario : null;
    known.add(key);
    void Promise.resolve(current.api.add(key, scenario, indices, transfer(data, data.map((d) => d.buffer)))).catch(() => undefined);
  };

  const start = () => {
    const gen = ++generation;
    current = factory();
    known = new Set();
    current.onCrash((error) => {
      if (gen !== generation || disposed) return;
      // An uncaught error does not stop a worker: without a runner to give a new one the replications, the old one,
      // which still holds them, is kept (one that did stop is found out by a summary it leaves unanswered).
      if (options.runner) replace(error.message);
      else console.warn(`statistics worker: ${error.message}`);
    });
  };

  const fail = (p: Pending, error: Error) => {
    pending.delete(p);
    p.reject(error);
  };

  const ask = (p: Pending) => {
    const gen = generation;
    p.asked = false;
    p.waited = 0;
    if (broken) return fail(p, broken);
    const keys = p.requests.flatMap((q) => [q.key, ...(q.base ? [q.base.key] : [])]);
    const lostNow = () => keys.some((k) => lost.has(k));
    if (lostNow()) return fail(p, new Error('the statistics worker stopped, and its replications could not be computed again'));
    Promise.all(keys.map((k) => restored.get(k) ?? Promise.resolve())).then(
      () => {
        if (gen !== generation || !pending.has(p)) return;
        if (lostNow()) return fail(p, new Error('the statistics worker stopped, and its replications could not be computed again'));
        p.asked = true;
        current.api.summarise(p.requests).then(
          (s) => {
            if (!pending.has(p)) return;
            pending.delete(p);
            replacedUnanswered = 0;
            p.resolve(s);
          },
          (e: unknown) => {
            if (gen === generation && pending.has(p)) fail(p, e instanceof Error ? e : new Error(String(e)));
          },
        );
      },
      (e: unknown) => {
        if (gen === generation && pending.has(p)) fail(p, new Error(`the statistics worker stopped, and computing its replications again failed: ${e instanceof Error ? e.message : String(e)}`));
      },
    );
    watch();
  };

  /** Counts the visible time each summary has waited; one unanswered too long means a dead worker. */
  const watch = () => {
    if (watchdog || !Number.isFinite(timeout)) return;
    const tick = Math.min(5_000, Math.max(10, timeout / 6));
    let last = Date.now();
    watchdog = setInterval(() => {
      const now = Date.now();
      // A gap far beyond the tick is time the page (or machine) slept: not counted.
      const step = Math.min(now - last, tick * 2);
      last = now;
      if (pending.size === 0 || disposed) {
        clearInterval(watchdog!);
        watchdog = null;
        return;
      }
      if (!visible()) return;
      let late = false;
      for (const p of pending) if (p.asked && (p.waited += step) >= timeout) late = true;
      if (late) {
        timeout *= 2;
        replace('a summary was not answered in time (the statistics worker stopped without a word)');
      }
    }, tick);
  };

  /**
   * The replications each run held, computed again for the worker of generation `gen`: one promise a run, which
   * never rejects; a run that cannot be computed again (no runner, or the pool refuses it: its household data since
   * unloaded, say) is marked lost, and only summaries that name it fail.
   */
  const restore = (gen: number, signal: AbortSignal): Map<string, Promise<void>> => {
    const runner = options.runner;
    const jobs = [...runs].filter(([, run]) => run.held.size > 0);
    const out = new Map<string, Promise<void>>();
    for (const [key, run] of jobs) {
      if (!runner) {
        lost.add(key);
        continue;
      }
      const job = Promise.resolve()
        .then(() =>
          runner.submit({
            scenarios: [run.scenario],
            indices: [...run.held].sort((a, b) => a - b),
            priority: PRIORITY.interactive,
            signal,
            onReplication: (r, arrays) => {
              if (gen === generation && runs.has(key)) send(key, [r], [arrays[0]!]);
            },
          }),
        )
        .then(
          () => undefined,
          (e: unknown) => {
            if (gen !== generation || signal.aborted) return;
            lost.add(key);
            console.warn(`statistics worker: computing run ${key} again failed: ${e instanceof Error ? e.message : String(e)}`);
          },
        );
      out.set(key, job);
    }
    return out;
  };

  function replace(cause: string) {
    current.terminate();
    restoring.abort();
    restoring = new AbortController();
    if (++replacedUnanswered > MAX_REPLACEMENTS) {
      // Workers that die before answering anything, one after another (their script cannot be loaded, say): stop
      // starting them, and say so to every summary, rather than spin.
      broken = new Error(`the statistics worker failed ${MAX_REPLACEMENTS + 1} times in a row without answering (${cause}); reload the page`);
      for (const p of [...pending]) fail(p, broken);
      return;
    }
    start();
    restored = restore(generation, restoring.signal);
    options.onWorkerReplaced?.({ cause, replications: [] });
    for (const p of [...pending]) ask(p);
  }

  start();
  return {
    add: (key, scenario, indices, data) => {
      let run = runs.get(key);
      if (!run && scenario) runs.set(key, (run = { scenario, held: new Set() }));
      if (run) for (const r of indices) run.held.add(r);
      if (lost.has(key)) return;
      send(key, indices, data);
    },
    summarise: (requests) =>
      new Promise<Summary[]>((resolve, reject) => {
        if (disposed) return reject(new Error('the statistics service was closed'));
        const p: Pending = { requests, resolve, reject, asked: false, waited: 0 };
        pending.add(p);
        ask(p);
      }),
    drop: (keys) => {
      for (const k of keys) {
        runs.delete(k);
        lost.delete(k);
        known.delete(k);
      }
      void Promise.resolve(current.api.drop(keys)).catch(() => undefined);
    },
    dispose: () => {
      disposed = true;
      restoring.abort();
      if (watchdog) clearInterval(watchdog);
      watchdog = null;
      current.terminate();
    },
  };
}
