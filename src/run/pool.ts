/**
 * A pool of simulation workers behind the Runner interface: a job queue.
 * A job is a set of scenarios sharing one world and the replication indices
 * wanted; each idle worker takes the next small batch of indices from the
 * highest-priority jobs, round-robin among jobs of equal priority, so an
 * interactive edit overtakes an analysis batch and the scenarios of a
 * comparison (one job) sharpen together. Results are bit-identical whatever
 * the pool size because each replication is a pure function of
 * (scenarios, r) and accumulators order by index, not by arrival.
 *
 * A worker that crashes or fails a call is terminated and a fresh one takes
 * its place; the replications it held are retried once, one per task, so a
 * second failure names exactly one replication.
 */
import { HouseholdsNotLoadedError, replicationsProblem, type Accumulator, type HouseholdData, type Scenario } from '../engine/index';
import { RunError, errorMessage } from './errors';
import { prepareJob, runScenario, type PreparedJob } from './prepare';
import { WorkerSlot } from './slot';
import type { BatchResult } from './workerApi';
import { PRIORITY, type Job, type RunOptions, type Runner, type WorkerFactory, type WorkerReplacement } from './types';

/** A job on household data the pool does not hold: an invalid scenario, in the engine's words. */
function notLoaded(ref: NonNullable<Scenario['households']>): RunError {
  return new RunError({ kind: 'invalid-scenario', issues: [{ path: 'households', message: new HouseholdsNotLoadedError(ref).message }] });
}

export interface PoolOptions {
  /** Worker count (≥ 1). Workers start lazily, on the first run that needs them. */
  size: number;
  factory: WorkerFactory;
  /** Replications per task; by default 1, growing to 4 for very long runs to save messages. */
  batchSize?: number;
  /**
   * Start one worker, and the next only once every worker started is ready
   * (loaded and warmed up: WorkerApi.ready). On a machine with few cores,
   * workers starting together slow each other and the page's own start-up
   * down, and the first result waits for all of them. Waiting for a worker's
   * first result instead (as the pool once did) left the second core idle
   * for the whole of that replication: about 1 s of the default comparison.
   */
  rampUp?: boolean;
  /**
   * At most this many workers take background work (priority PRIORITY.background or lower) at once; other work
   * takes them all. A pool that leaves the page no core of its own (two cores, two workers) sets it one short of
   * its size: once what is on screen is done, the page keeps a core to draw on while the background work goes on
   * at half speed, instead of waiting for a core between its tasks. Default: the whole pool.
   */
  backgroundWorkers?: number;
  onWorkerReplaced?: (info: WorkerReplacement) => void;
}

interface Task {
  indices: number[];
  /** A retried task gets no further retry. */
  retry: boolean;
}

interface ActiveJob extends PreparedJob {
  id: string;
  onReplication: Job['onReplication'];
  queue: Task[];
  /** Replications delivered so far. */
  delivered: number;
  done: boolean;
  finish(error?: unknown): void;
}

export class WorkerPool implements Runner {
  readonly size: number;
  /** Workers replaced after a crash or failed call since the pool was created. */
  replacements = 0;
  private readonly slots = new Set<WorkerSlot>();
  private idle: WorkerSlot[] = [];
  private jobs: ActiveJob[] = [];
  private nextJob = 0;
  private jobCounter = 0;
  /** Workers busy with background work (PoolOptions.backgroundWorkers). */
  private backgroundBusy = 0;
  private disposed = false;
  /** Live jobs by the abort signal they were submitted with, and its one listener (watch). */
  private readonly watched = new Map<AbortSignal, { jobs: Set<ActiveJob>; onAbort: () => void }>();
  /** Household data every worker must hold, by hash: what was loaded and not unloaded since. */
  private readonly households = new Map<string, HouseholdData>();

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a whole number ≥ 1, got ${options.size}`);
    if (options.batchSize !== undefined && (!Number.isInteger(options.batchSize) || options.batchSize < 1))
      throw new RangeError(`batch size must be a whole number ≥ 1, got ${options.batchSize}`);
    if (options.backgroundWorkers !== undefined && (!Number.isInteger(options.backgroundWorkers) || options.backgroundWorkers < 1))
      throw new RangeError(`background workers must be a whole number ≥ 1, got ${options.backgroundWorkers}`);
    this.size = options.size;
  }

  get threads(): number {
    return this.size;
  }

  run(scenario: Scenario, opts: RunOptions = {}): Promise<Accumulator> {
    return runScenario((job) => this.submit(job), scenario, opts);
  }

  submit(input: Job): Promise<void> {
    if (this.disposed) return Promise.reject(new RunError({ kind: 'disposed' }));
    let prepared: PreparedJob;
    try {
      prepared = prepareJob(input);
    } catch (e) {
      return Promise.reject(e);
    }
    // Scenarios of one job share a world, so they name the same data or none; data the pool does not hold is said up front.
    const ref = prepared.scenarios[0]?.households;
    if (ref && !this.households.has(ref.sha256)) return Promise.reject(notLoaded(ref));
    // Likewise replications the data has no rows for (a replication column), rather than failing them one by one on workers.
    const uncovered = ref ? replicationsProblem(this.households.get(ref.sha256)!, prepared.indices) : null;
    if (uncovered) return Promise.reject(new RunError({ kind: 'invalid-scenario', issues: [{ path: 'run.replications', message: uncovered }] }));
    return new Promise<void>((resolve, reject) => {
      const job: ActiveJob = {
        ...prepared,
        id: `job-${++this.jobCounter}`,
        onReplication: input.onReplication,
        queue: this.tasks(prepared.indices),
        delivered: 0,
        done: false,
        finish: (error?: unknown) => {
          if (job.done) return;
          job.done = true;
          if (input.signal) this.unwatch(input.signal, job);
          this.jobs = this.jobs.filter((x) => x !== job);
          for (const slot of this.slots) slot.release(job.id);
          if (error === undefined) resolve();
          else reject(error);
        },
      };
      if (input.signal) this.watch(input.signal, job);
      this.jobs.push(job);
      if (job.indices.length === 0) job.finish();
      this.pump();
    });
  }

  /**
   * One abort listener per signal, however many of its jobs are live: a
   * comparison of many worlds or a sensitivity design submits dozens of jobs
   * on one signal, and a listener each made Node warn of a leak
   * (MaxListenersExceededWarning) though every one was removed at its end.
   */
  private watch(signal: AbortSignal, job: ActiveJob): void {
    let watched = this.watched.get(signal);
    if (!watched) {
      const jobs = new Set<ActiveJob>();
      const onAbort = () => {
        for (const j of [...jobs]) j.finish(new RunError({ kind: 'aborted' }));
      };
      watched = { jobs, onAbort };
      this.watched.set(signal, watched);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    watched.jobs.add(job);
  }

  /** The job no longer listens; the signal's listener goes with its last job. */
  private unwatch(signal: AbortSignal, job: ActiveJob): void {
    const watched = this.watched.get(signal);
    if (!watched) return;
    watched.jobs.delete(job);
    if (watched.jobs.size > 0) return;
    signal.removeEventListener('abort', watched.onAbort);
    this.watched.delete(signal);
  }

  /**
   * Give imported household data to every worker, now and to every worker
   * started later (a replacement too), so scenarios naming it by hash can
   * run anywhere in the pool. A new worker gets it before its first batch:
   * calls to one worker are answered in order. Resolves when the live
   * workers hold it; a worker that dies meanwhile is replaced as usual.
   */
  loadHouseholds(sha256: string, data: HouseholdData): Promise<void> {
    this.households.set(sha256, data);
    return Promise.all([...this.slots].map((slot) => slot.loadHouseholds(sha256, data).catch(() => undefined))).then(() => undefined);
  }

  /**
   * Let go of household data: this pool's copy (workers started later do
   * not get it) and every worker's. Jobs on it still queued or running end
   * now, refused as a job on data the pool does not hold would be, rather
   * than failing batch by batch on workers that no longer have it.
   */
  unloadHouseholds(sha256: string): Promise<void> {
    this.households.delete(sha256);
    for (const job of [...this.jobs]) {
      const ref = job.scenarios[0]?.households;
      if (ref?.sha256 === sha256) job.finish(notLoaded(ref));
    }
    return Promise.all([...this.slots].map((slot) => slot.unloadHouseholds(sha256).catch(() => undefined))).then(() => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const job of [...this.jobs]) job.finish(new RunError({ kind: 'disposed' }));
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
      // Find a worker before choosing a job: choosing advances the round-robin,
      // and advancing it without dispatching would starve the skipped job.
      let top = -Infinity;
      for (const j of this.jobs) if (j.queue.length > 0 && j.priority > top) top = j.priority;
      if (top === -Infinity) return;
      // Only background work waits: no more workers on it than it may have.
      if (top <= PRIORITY.background && this.backgroundBusy >= (this.options.backgroundWorkers ?? this.size)) return;
      const slot = this.idle.pop() ?? this.spawn();
      if (!slot) return;
      const job = this.pickJob()!;
      this.dispatch(slot, job, job.queue.shift()!);
    }
  }

  /** The next job with work, among those of the highest priority that have any, round-robin. */
  private pickJob(): ActiveJob | undefined {
    let top = -Infinity;
    for (const j of this.jobs) if (j.queue.length > 0 && j.priority > top) top = j.priority;
    for (let k = 0; k < this.jobs.length; k++) {
      const at = (this.nextJob + k) % this.jobs.length;
      const job = this.jobs[at]!;
      if (job.queue.length > 0 && job.priority === top) {
        this.nextJob = (at + 1) % this.jobs.length;
        return job;
      }
    }
    return undefined;
  }

  private spawn(): WorkerSlot | undefined {
    if (this.slots.size >= this.size) return undefined;
    if (this.options.rampUp && [...this.slots].some((slot) => !slot.answered)) return undefined;
    try {
      const slot = new WorkerSlot(this.options.factory(), (dead, error) => this.onIdleDeath(dead, error));
      this.slots.add(slot);
      // A failure here surfaces as the worker's death or as its batch's "not loaded" error.
      for (const [sha256, data] of this.households) slot.loadHouseholds(sha256, data).catch(() => undefined);
      // Ramping up, the next worker starts when this one is ready (spawn checks), if there is work for it then.
      if (this.options.rampUp) slot.ready().then(() => this.pump(), () => undefined);
      return slot;
    } catch (e) {
      // With other workers alive the pool just carries on smaller; with none, nothing can ever run.
      if (this.slots.size === 0) {
        for (const job of [...this.jobs]) job.finish(new RunError({ kind: 'worker-unavailable', cause: errorMessage(e) }));
      }
      return undefined;
    }
  }

  private dispatch(slot: WorkerSlot, job: ActiveJob, task: Task): void {
    const first = !slot.prepared.has(job.id);
    slot.prepared.add(job.id);
    const background = job.priority <= PRIORITY.background;
    if (background) this.backgroundBusy++;
    const done = () => {
      if (background) this.backgroundBusy--;
    };
    slot.simulate(job.id, first ? job.scenarios : null, task.indices, first ? job.scalars : null).then(
      (result) => {
        done();
        if (!this.slots.has(slot)) return;
        this.idle.push(slot);
        // Late results of an aborted or failed job are dropped here.
        if (!job.done) this.accept(job, result);
        this.pump();
      },
      (error: unknown) => {
        done();
        this.retire(slot, errorMessage(error), task.indices);
        if (!job.done) this.retryOrFail(job, task, errorMessage(error));
        this.pump();
      },
    );
  }

  private accept(job: ActiveJob, result: BatchResult): void {
    const S = job.scenarios.length;
    if (result.data.length !== result.indices.length * S) {
      job.finish(new RunError({ kind: 'replication-failed', replication: result.indices[0] ?? -1, cause: `a worker returned ${result.data.length} arrays for ${result.indices.length} replications of ${S} scenarios` }));
      return;
    }
    try {
      // A callback may abort the job part-way through a batch; deliver nothing after that.
      for (let k = 0; k < result.indices.length && !job.done; k++) {
        job.onReplication?.(result.indices[k]!, result.data.slice(k * S, (k + 1) * S));
        job.delivered++;
      }
    } catch (e) {
      // A throwing callback fails its own job, not the pool.
      job.finish(e ?? new Error('a job callback threw'));
      return;
    }
    if (job.delivered === job.indices.length) job.finish();
  }

  private retryOrFail(job: ActiveJob, task: Task, cause: string): void {
    if (task.retry) {
      job.finish(new RunError({ kind: 'replication-failed', replication: task.indices[0]!, cause: `${cause} (second attempt, on a fresh worker)` }));
      return;
    }
    job.queue.unshift(...task.indices.map((r) => ({ indices: [r], retry: true })));
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
}
