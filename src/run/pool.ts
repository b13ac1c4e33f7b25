/**
 * A pool of simulation workers behind the Runner interface. Work is handed
 * out dynamically: each idle worker takes the next small batch of
 * replication indices, round-robin across the runs in progress (so scenarios
 * being compared sharpen together). Results are bit-identical whatever the
 * pool size because each replication is a pure function of (scenario, r)
 * and the accumulator orders by index, not by arrival.
 *
 * A worker that crashes or fails a call is terminated and a fresh one takes
 * its place; the replications it held are retried once, one per task, so a
 * second failure names exactly one replication.
 */
import type { Accumulator, Scenario } from '../engine/index';
import { RunError, errorMessage } from './errors';
import { deliver, prepareRun, type PreparedRun } from './prepare';
import { WorkerSlot } from './slot';
import type { BatchResult } from './workerApi';
import type { RunOptions, Runner, WorkerFactory, WorkerReplacement } from './types';

export interface PoolOptions {
  /** Worker count (≥ 1). Workers start lazily, on the first run that needs them. */
  size: number;
  factory: WorkerFactory;
  /** Replications per task; by default 1, growing to 4 for very long runs to save messages. */
  batchSize?: number;
  onWorkerReplaced?: (info: WorkerReplacement) => void;
}

interface Task {
  indices: number[];
  /** A retried task gets no further retry. */
  retry: boolean;
}

interface ActiveRun extends PreparedRun {
  id: string;
  opts: RunOptions;
  queue: Task[];
  done: boolean;
  finish(error?: unknown): void;
}

export class WorkerPool implements Runner {
  readonly size: number;
  /** Workers replaced after a crash or failed call since the pool was created. */
  replacements = 0;
  private readonly slots = new Set<WorkerSlot>();
  private idle: WorkerSlot[] = [];
  private runs: ActiveRun[] = [];
  private nextRun = 0;
  private runCounter = 0;
  private disposed = false;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a whole number ≥ 1, got ${options.size}`);
    if (options.batchSize !== undefined && (!Number.isInteger(options.batchSize) || options.batchSize < 1))
      throw new RangeError(`batch size must be a whole number ≥ 1, got ${options.batchSize}`);
    this.size = options.size;
  }

  get threads(): number {
    return this.size;
  }

  run(input: Scenario, opts: RunOptions = {}): Promise<Accumulator> {
    if (this.disposed) return Promise.reject(new RunError({ kind: 'disposed' }));
    let prepared: PreparedRun;
    try {
      prepared = prepareRun(input, opts);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise<Accumulator>((resolve, reject) => {
      const onAbort = () => run.finish(new RunError({ kind: 'aborted' }));
      const run: ActiveRun = {
        ...prepared,
        id: `run-${++this.runCounter}`,
        opts,
        queue: this.tasks(prepared.indices),
        done: false,
        finish: (error?: unknown) => {
          if (run.done) return;
          run.done = true;
          opts.signal?.removeEventListener('abort', onAbort);
          this.runs = this.runs.filter((x) => x !== run);
          for (const slot of this.slots) slot.release(run.id);
          if (error === undefined) resolve(run.acc);
          else reject(error);
        },
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      this.runs.push(run);
      this.guard(run, () => opts.onProgress?.(0, run.total));
      if (run.total === 0) run.finish();
      this.pump();
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const run of [...this.runs]) run.finish(new RunError({ kind: 'disposed' }));
    for (const slot of this.slots) slot.terminate();
    this.slots.clear();
    this.idle = [];
  }

  private tasks(indices: readonly number[]): Task[] {
    const total = indices.length;
    const batch = this.options.batchSize ?? Math.min(4, Math.max(1, Math.floor(total / (this.size * 32))));
    // The first replication goes alone so the first picture does not wait for a whole batch.
    const out: Task[] = total > 0 ? [{ indices: [indices[0]!], retry: false }] : [];
    for (let from = 1; from < total; from += batch) out.push({ indices: indices.slice(from, from + batch), retry: false });
    return out;
  }

  /** Hand tasks to idle workers, starting workers up to the pool size, until one or the other runs out. */
  private pump(): void {
    while (!this.disposed) {
      // Find a worker before choosing a run: choosing advances the round-robin,
      // and advancing it without dispatching would starve the skipped run.
      if (!this.runs.some((r) => r.queue.length > 0)) return;
      const slot = this.idle.pop() ?? this.spawn();
      if (!slot) return;
      const run = this.pickRun()!;
      this.dispatch(slot, run, run.queue.shift()!);
    }
  }

  private pickRun(): ActiveRun | undefined {
    for (let k = 0; k < this.runs.length; k++) {
      const run = this.runs[(this.nextRun + k) % this.runs.length]!;
      if (run.queue.length > 0) {
        this.nextRun = (this.nextRun + k + 1) % this.runs.length;
        return run;
      }
    }
    return undefined;
  }

  private spawn(): WorkerSlot | undefined {
    if (this.slots.size >= this.size) return undefined;
    try {
      const slot = new WorkerSlot(this.options.factory(), (dead, error) => this.onIdleDeath(dead, error));
      this.slots.add(slot);
      return slot;
    } catch (e) {
      // With other workers alive the pool just carries on smaller; with none, nothing can ever run.
      if (this.slots.size === 0) {
        for (const run of [...this.runs]) run.finish(new RunError({ kind: 'worker-unavailable', cause: errorMessage(e) }));
      }
      return undefined;
    }
  }

  private dispatch(slot: WorkerSlot, run: ActiveRun, task: Task): void {
    const scenario = slot.prepared.has(run.id) ? null : run.scenario;
    slot.prepared.add(run.id);
    slot.simulate(run.id, scenario, task.indices).then(
      (result) => {
        if (!this.slots.has(slot)) return;
        this.idle.push(slot);
        // Late results of an aborted or failed run are dropped here.
        if (!run.done) this.accept(run, result);
        this.pump();
      },
      (error: unknown) => {
        this.retire(slot, errorMessage(error), task.indices);
        if (!run.done) this.retryOrFail(run, task, errorMessage(error));
        this.pump();
      },
    );
  }

  private accept(run: ActiveRun, result: BatchResult): void {
    this.guard(run, () => {
      // A callback may abort the run part-way through a batch; deliver nothing after that.
      for (let k = 0; k < result.indices.length && !run.done; k++) deliver(run, run.opts, result.indices[k]!, result.data[k]!);
    });
    if (run.acc.count === run.total) run.finish();
  }

  private retryOrFail(run: ActiveRun, task: Task, cause: string): void {
    if (task.retry) {
      run.finish(new RunError({ kind: 'replication-failed', replication: task.indices[0]!, cause: `${cause} (second attempt, on a fresh worker)` }));
      return;
    }
    run.queue.unshift(...task.indices.map((r) => ({ indices: [r], retry: true })));
  }

  /** A worker that failed is never trusted again: terminate it; pump() starts a fresh one on demand. */
  private retire(slot: WorkerSlot, cause: string, replications: number[]): void {
    if (!this.slots.delete(slot)) return;
    this.idle = this.idle.filter((s) => s !== slot);
    slot.terminate();
    if (this.disposed) return;
    this.replacements++;
    this.options.onWorkerReplaced?.({ cause, replications });
  }

  private onIdleDeath(slot: WorkerSlot, error: Error): void {
    // A busy worker's death is handled by its call's rejection, which knows the batch.
    if (this.idle.includes(slot)) {
      this.retire(slot, error.message, []);
      this.pump();
    }
  }

  /** A throwing progress or replication callback fails its own run, not the pool. */
  private guard(run: ActiveRun, f: () => void): void {
    try {
      f();
    } catch (e) {
      run.finish(e ?? new Error('a run callback threw'));
    }
  }
}
