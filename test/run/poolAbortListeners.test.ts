// @vitest-environment node
/**
 * Many jobs on one abort signal (a comparison of many worlds, a sensitivity
 * design) add one listener to it, not one each: Node warned of a leak
 * (MaxListenersExceededWarning) past 10. Aborting still stops every job.
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/run/pool';
import { runComparison } from '../../src/run/prepare';
import { isAbort } from '../../src/run/errors';
import { channelWorkers } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
function pool(size: number): WorkerPool {
  const p = new WorkerPool({ size, factory: channelWorkers().factory });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

/** Twelve scenarios on twelve worlds (each its own seed): twelve jobs at once. */
const worlds = (n = 12) => Array.from({ length: n }, (_, k) => tinyScenario(1, 100 + k));

describe('WorkerPool jobs sharing an abort signal', () => {
  // Caught: `sim compare` with 11 worlds printed "MaxListenersExceededWarning … 11 abort listeners added to [AbortSignal]".
  it('add one listener to it however many are live, and none is left when they end', async () => {
    const p = pool(2);
    const controller = new AbortController();
    const most: number[] = [];
    const jobs = worlds().map((sc) =>
      p.submit({ scenarios: [sc], indices: [0], signal: controller.signal, onReplication: () => most.push(getEventListeners(controller.signal, 'abort').length) }),
    );
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await Promise.all(jobs);
    expect(Math.max(...most)).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('in a comparison of twelve worlds, the caller’s signal and the comparison’s own get one listener each', async () => {
    const p = pool(2);
    const controller = new AbortController();
    let most = 0;
    const accs = await runComparison((job) => {
      const submitted = p.submit(job);
      most = Math.max(most, getEventListeners(job.signal!, 'abort').length);
      return submitted;
    }, worlds(), { signal: controller.signal });
    expect(accs.map((a) => a.count)).toEqual(new Array(12).fill(1));
    expect(most).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('still stops every job when aborted', async () => {
    const p = pool(1);
    const controller = new AbortController();
    const jobs = worlds(4).map((sc) => p.submit({ scenarios: [sc], indices: [0, 1, 2], signal: controller.signal, onReplication: () => controller.abort() }));
    const settled = await Promise.allSettled(jobs);
    expect(settled.every((s) => s.status === 'rejected' && isAbort(s.reason))).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
