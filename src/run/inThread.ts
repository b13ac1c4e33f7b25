/**
 * Runs jobs one replication at a time in the calling thread. Used by tests
 * and as a fallback where workers are unavailable. It yields to the event
 * loop between replications so that progress renders and an abort is seen
 * within one replication; jobs waiting together take turns by priority, as
 * in the pool.
 */
import { registerHouseholds, scalarOffsets, selectScalars, simulateWorld, unregisterHouseholds, type Accumulator, type HouseholdData, type Scenario } from '../engine/index';
import { RunError } from './errors';
import { prepareJob, runScenario } from './prepare';
import type { Job, RunOptions, Runner } from './types';

// setTimeout rather than a microtask: only a macrotask lets abort events,
// timers and rendering in between.
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class InThreadRunner implements Runner {
  readonly threads = 1;
  private disposed = false;
  /** Jobs with replications left, and whose turn it is. */
  private readonly waiting = new Set<{ priority: number; turn: number }>();
  private turns = 0;

  run(scenario: Scenario, opts: RunOptions = {}): Promise<Accumulator> {
    return runScenario((job) => this.submit(job), scenario, opts);
  }

  /** Register imported household data in this thread (the pool's method of the same name gives it to its workers). */
  loadHouseholds(sha256: string, data: HouseholdData): Promise<void> {
    registerHouseholds(sha256, data);
    return Promise.resolve();
  }

  unloadHouseholds(sha256: string): Promise<void> {
    unregisterHouseholds(sha256);
    return Promise.resolve();
  }

  async submit(input: Job): Promise<void> {
    if (this.disposed) throw new RunError({ kind: 'disposed' });
    const job = prepareJob(input);
    const offsets = job.scalars ? scalarOffsets(job.scenarios[0]!.run.months, job.scalars) : null;
    const me = { priority: job.priority, turn: 0 };
    this.waiting.add(me);
    try {
      for (const r of job.indices) {
        // Wait for this job's turn: the highest priority first, then whoever waited longest.
        do {
          await yieldToEventLoop();
          if (input.signal?.aborted) throw new RunError({ kind: 'aborted' });
          if (this.disposed) throw new RunError({ kind: 'disposed' });
        } while (!this.isNext(me));
        me.turn = ++this.turns;
        let data: Float64Array[];
        try {
          data = simulateWorld(job.scenarios, r);
          if (offsets) data = data.map((d) => selectScalars(d, offsets));
        } catch (e) {
          // No fresh worker to retry on: the same call in the same thread would fail the same way.
          throw new RunError({ kind: 'replication-failed', replication: r, cause: e instanceof Error ? e.message : String(e) });
        }
        input.onReplication?.(r, data);
      }
    } finally {
      this.waiting.delete(me);
    }
  }

  private isNext(me: { priority: number; turn: number }): boolean {
    for (const other of this.waiting) {
      if (other === me) continue;
      if (other.priority > me.priority || (other.priority === me.priority && other.turn < me.turn)) return false;
    }
    return true;
  }

  dispose(): void {
    this.disposed = true;
  }
}
