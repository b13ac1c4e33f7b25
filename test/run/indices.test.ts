// @vitest-environment node
// Runners given opts.indices run exactly those replications (one shard of a
// run split across machines), each bit-identical to the same replication of
// the whole run.
import { afterEach, describe, expect, it } from 'vitest';
import type { Accumulator } from '../../src/engine/index';
import { WorkerPool } from '../../src/run/pool';
import { InThreadRunner } from '../../src/run/inThread';
import type { Runner } from '../../src/run/types';
import { channelWorkers } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

function runners(): [string, Runner][] {
  const pool = new WorkerPool({ size: 2, factory: channelWorkers().factory });
  pools.push(pool);
  return [['in-thread', new InThreadRunner()], ['pool', pool]];
}

const bytes = (d: Float64Array) => Buffer.from(d.buffer, d.byteOffset, d.byteLength);

describe('Runner.run(scenario, { indices })', () => {
  it('runs only the given replications, counting progress to their number', async () => {
    const scenario = tinyScenario(6);
    const whole = await new InThreadRunner().run(scenario);
    for (const [name, runner] of runners()) {
      const progress: [number, number][] = [];
      const acc: Accumulator = await runner.run(scenario, { indices: [4, 1], onProgress: (d, t) => progress.push([d, t]) });
      expect(acc.indices(), name).toEqual([1, 4]);
      expect(progress.at(0), name).toEqual([0, 2]);
      expect(progress.at(-1), name).toEqual([2, 2]);
      for (const [r, data] of acc.entries()) expect(bytes(data), `${name} r=${r}`).toEqual(bytes(whole.entries()[r]![1]));
    }
  });

  it('finishes at once with an empty list', async () => {
    for (const [name, runner] of runners()) expect((await runner.run(tinyScenario(3), { indices: [] })).count, name).toBe(0);
  });

  it('rejects indices outside the run, fractional or repeated', async () => {
    for (const [name, runner] of runners()) {
      await expect(runner.run(tinyScenario(3), { indices: [3] }), name).rejects.toThrow('replication index 3 is outside 0 … 2');
      await expect(runner.run(tinyScenario(3), { indices: [-1] }), name).rejects.toThrow('outside');
      await expect(runner.run(tinyScenario(3), { indices: [0.5] }), name).rejects.toThrow('outside');
      await expect(runner.run(tinyScenario(3), { indices: [1, 1] }), name).rejects.toThrow('replication index 1 is listed twice');
    }
  });
});
