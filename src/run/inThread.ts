/**
 * Runs replications one after another in the calling thread. Used by tests
 * and as a fallback where workers are unavailable. It yields to the event
 * loop between replications so that progress renders and an abort is seen
 * within one replication.
 */
import { simulateReplication, type Accumulator, type Scenario } from '../engine/index';
import { RunError } from './errors';
import { deliver, prepareRun } from './prepare';
import type { RunOptions, Runner } from './types';

// setTimeout rather than a microtask: only a macrotask lets abort events,
// timers and rendering in between.
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class InThreadRunner implements Runner {
  readonly threads = 1;
  private disposed = false;

  async run(input: Scenario, opts: RunOptions = {}): Promise<Accumulator> {
    if (this.disposed) throw new RunError({ kind: 'disposed' });
    const run = prepareRun(input, opts);
    opts.onProgress?.(0, run.total);
    for (const r of run.indices) {
      await yieldToEventLoop();
      if (opts.signal?.aborted) throw new RunError({ kind: 'aborted' });
      if (this.disposed) throw new RunError({ kind: 'disposed' });
      let data: Float64Array;
      try {
        data = simulateReplication(run.scenario, r);
      } catch (e) {
        // No fresh worker to retry on: the same call in the same thread would fail the same way.
        throw new RunError({ kind: 'replication-failed', replication: r, cause: e instanceof Error ? e.message : String(e) });
      }
      deliver(run, opts, r, data);
    }
    return run.acc;
  }

  dispose(): void {
    this.disposed = true;
  }
}
