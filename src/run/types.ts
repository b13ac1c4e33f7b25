/**
 * The contract between whoever runs replications (in this thread, a browser
 * Web Worker pool, a Node worker_threads pool) and whoever shows the results
 * (the UI, the CLI, the benchmark). Every runner produces the same
 * Accumulator, bit for bit, because a replication is a pure function of
 * (scenario, r); runners differ only in where and how fast.
 */
import type { Endpoint } from 'comlink';
import type { Accumulator, HouseholdData, Scenario, ScalarKey } from '../engine/index';

export interface RunOptions {
  /**
   * Replications done so far and the total. Called once with done = 0 when
   * the run starts, then after every replication.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * Each replication as it arrives, in no particular order. `acc` is the live
   * accumulator (already holding r), so a progressive view can call
   * buildResult(acc) on it, throttled, without keeping a copy.
   */
  onReplication?: (r: number, data: Float64Array, acc: Accumulator) => void;
  /** Aborting rejects the run with RunError kind 'aborted' and stops handing out work. */
  signal?: AbortSignal;
  /** Run only these replication indices (distinct, ≥ 0), e.g. one shard of a larger run; by default 0 … replications − 1. */
  indices?: readonly number[];
  /** Scheduling priority (see PRIORITY); interactive by default. */
  priority?: number;
}

/** Who goes first when several jobs want the same workers: higher numbers first, round-robin among equals. */
export const PRIORITY = {
  /** What the user is looking at: a scenario being edited, the comparison on screen. */
  interactive: 2,
  /** Batches the user started and waits for: sensitivity designs, optimiser evaluations. */
  analysis: 1,
  /** Work nobody started and that is shown when it comes (the programme-by-programme runs): on two cores it leaves the page a core (PoolOptions.backgroundWorkers). */
  background: 0,
} as const;

/**
 * A unit of scheduled work: replications `indices` of scenarios that share
 * one world (engine worldKey), computed together so each replication's
 * population, burn-in and status-quo pass are done once for all of them.
 */
export interface Job {
  /** Validated by the runner; all must share a world. */
  scenarios: readonly Scenario[];
  /** Replication indices to compute (distinct, ≥ 0). */
  indices: readonly number[];
  /** See PRIORITY; interactive by default. */
  priority?: number;
  /**
   * The outputs wanted: by default every scenario's whole packed replication
   * (what an Accumulator takes); with `scalars`, only those summary scalars,
   * as [scenario values…, status-quo values…] (NaN where the status quo was
   * not run), so an analysis of thousands of runs moves a few numbers each.
   */
  outputs?: { scalars: readonly ScalarKey[] };
  /** Aborting rejects the job with RunError kind 'aborted'; replications delivered so far stay delivered. */
  signal?: AbortSignal;
  /**
   * Results stream in as replications finish, in no particular order: one
   * packed replication per scenario, in the job's scenario order.
   */
  onReplication?: (r: number, data: Float64Array[]) => void;
}

export interface Runner {
  /** Replications computed at once; shown by the CLI and bench (a result's meta.threads is always null). */
  readonly threads: number;
  /**
   * Validate the scenario and run its replications (0 … replications − 1, or
   * opts.indices). Resolves with every replication in the accumulator; rejects
   * with a RunError (see errors.ts), or with whatever a callback threw.
   */
  run(scenario: Scenario, opts?: RunOptions): Promise<Accumulator>;
  /**
   * Schedule a job. Resolves when every replication has been delivered;
   * rejects with a RunError (invalid scenarios, scenarios from different
   * worlds, abort, failure) or with whatever onReplication threw.
   */
  submit(job: Job): Promise<void>;
  /**
   * Make imported household data available for scenarios whose
   * `households.sha256` is `sha256`: a pool gives it to every worker, and to
   * each worker it starts later (a replacement after a crash included) before
   * that worker's first batch. A job naming data the runner does not hold is
   * refused as an invalid scenario. Optional: a runner without it (a test's
   * fake) runs synthetic households only.
   */
  loadHouseholds?(sha256: string, data: HouseholdData): Promise<void>;
  /**
   * Let go of the data of `sha256` (a pool: its own copy and every
   * worker's); jobs on it still going are ended as if it had never been
   * loaded. Data sets are kept until unloaded: whoever loads them unloads
   * them (the app, when no scenario names one any more). Optional, with
   * loadHouseholds.
   */
  unloadHouseholds?(sha256: string): Promise<void>;
  /** Release threads; runs still going reject with kind 'disposed'. */
  dispose(): void;
}

/**
 * One worker as the pool sees it, whatever the platform: a comlink endpoint,
 * a way to kill it, and a way to hear that it died on its own. The same pool
 * then serves browser Web Workers, Node worker_threads and in-process
 * MessageChannel ports (tests).
 */
export interface WorkerHandle {
  readonly endpoint: Endpoint;
  terminate(): void;
  /** Register a listener for a death the pool did not cause (error event, unexpected exit). */
  onCrash(listener: (error: Error) => void): void;
}

export type WorkerFactory = () => WorkerHandle;

/** Reported each time the pool throws a worker away and will start another in its place. */
export interface WorkerReplacement {
  /** Why the worker was replaced. */
  cause: string;
  /** Replications it was computing (empty if it died while idle); they are retried once. */
  replications: number[];
}
