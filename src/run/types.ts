/**
 * The contract between whoever runs replications (in this thread, a browser
 * Web Worker pool, a Node worker_threads pool) and whoever shows the results
 * (the UI, the CLI, the benchmark). Every runner produces the same
 * Accumulator, bit for bit, because a replication is a pure function of
 * (scenario, r); runners differ only in where and how fast.
 */
import type { Endpoint } from 'comlink';
import type { Accumulator, Scenario } from '../engine/index';

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
  /**
   * Run only these replications (whole numbers in 0 … replications − 1, no
   * repeats), e.g. one shard of a run split across machines; progress then
   * counts to their number. By default every replication runs.
   */
  indices?: readonly number[];
}

export interface Runner {
  /** Replications computed at once; shown by the CLI and bench (a result's meta.threads is always null). */
  readonly threads: number;
  /**
   * Validate the scenario and run replications 0 … replications − 1 (or
   * opts.indices). Resolves with every replication run in the accumulator; rejects with a
   * RunError (see errors.ts), or with whatever a callback threw.
   */
  run(scenario: Scenario, opts?: RunOptions): Promise<Accumulator>;
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
