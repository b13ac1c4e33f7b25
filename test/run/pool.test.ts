// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult, type Accumulator } from '../../src/engine/index';
import { WorkerPool } from '../../src/run/pool';
import { InThreadRunner } from '../../src/run/inThread';
import { isAbort, isRunError } from '../../src/run/errors';
import type { WorkerReplacement } from '../../src/run/types';
import { channelWorkers } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
function pool(size: number, behave?: Parameters<typeof channelWorkers>[0], onWorkerReplaced?: (i: WorkerReplacement) => void) {
  const { factory, workers } = channelWorkers(behave);
  const p = new WorkerPool({ size, factory, onWorkerReplaced });
  pools.push(p);
  return { pool: p, workers };
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

const resultJson = (acc: Accumulator) => JSON.stringify(buildResult(acc));

describe('WorkerPool over in-process channels', () => {
  it('gives bit-identical results with 1 and 2 workers, and matches the in-thread runner', async () => {
    const scenario = tinyScenario(6);
    const one = await pool(1).pool.run(scenario);
    const two = await pool(2).pool.run(scenario);
    const ref = await new InThreadRunner().run(scenario);
    expect(two.count).toBe(6);
    for (let r = 0; r < 6; r++) {
      const [a, b, c] = [one, two, ref].map((acc) => acc.entries()[r]!);
      expect(b![0]).toBe(r);
      expect(Buffer.from(b![1].buffer, b![1].byteOffset, b![1].byteLength)).toEqual(Buffer.from(a![1].buffer, a![1].byteOffset, a![1].byteLength));
      expect(c![1]).toEqual(a![1]);
    }
    expect(resultJson(two)).toBe(resultJson(one));
    expect(resultJson(two)).toBe(resultJson(ref));
  });

  it('reports progress to the total, hands out work to every worker and sends each worker the scenario once', async () => {
    const { pool: p, workers } = pool(2);
    const progress: number[] = [];
    const arrived: number[] = [];
    const acc = await p.run(tinyScenario(8), { onProgress: (d, t) => (expect(t).toBe(8), progress.push(d)), onReplication: (r) => arrived.push(r) });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(8);
    expect(arrived.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(acc.count).toBe(8);
    expect(workers).toHaveLength(2);
    for (const w of workers) {
      expect(w.calls.length).toBeGreaterThan(0);
      expect(w.calls.filter((c) => c.withScenario)).toHaveLength(1);
    }
  });

  it('copies result buffers rather than transferring them: a simulation worker never detaches one (run/workerApi.ts)', async () => {
    const sent: Float64Array[] = [];
    const { pool: p } = pool(1, (_, real) => ({
      ...real,
      simulateBatch: (id, sc, idx) => {
        const out = real.simulateBatch(id, sc, idx);
        sent.push(...out.data);
        return out;
      },
    }));
    const acc = await p.run(tinyScenario(2));
    expect(sent).toHaveLength(2);
    // A transferred ArrayBuffer would be detached on the sending side, and V8's faster typed-array code with it.
    for (const d of sent) expect(d.buffer.byteLength).toBeGreaterThan(0);
    const received = acc.entries().map(([, d]) => d);
    expect(received.map((d) => [...d])).toEqual(sent.map((d) => [...d]));
  });

  it('cancels: stops handing out work, rejects with an abort error, and the pool keeps working', async () => {
    const { pool: p, workers } = pool(2);
    const controller = new AbortController();
    let received = 0;
    const run = p.run(tinyScenario(12), {
      signal: controller.signal,
      onReplication: () => {
        received++;
        controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy(isAbort);
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toBe(1);
    expect(workers.reduce((n, w) => n + w.calls.length, 0)).toBeLessThan(12);
    expect((await p.run(tinyScenario(2))).count).toBe(2);
  });

  it('runs concurrent scenarios on one pool, each complete and unaffected by the other', async () => {
    const { pool: p } = pool(2);
    const [a, b] = await Promise.all([p.run(tinyScenario(4, 1)), p.run(tinyScenario(4, 2))]);
    expect(resultJson(a)).toBe(resultJson(await new InThreadRunner().run(tinyScenario(4, 1))));
    expect(resultJson(b)).toBe(resultJson(await new InThreadRunner().run(tinyScenario(4, 2))));
    expect(resultJson(a)).not.toBe(resultJson(b));
  });

  it('rejects invalid scenarios and runs after dispose with typed errors', async () => {
    const { pool: p } = pool(1);
    const bad = tinyScenario();
    bad.run.households = 3;
    await expect(p.run(bad)).rejects.toSatisfy((e) => isRunError(e, 'invalid-scenario'));
    const running = p.run(tinyScenario(50));
    p.dispose();
    await expect(running).rejects.toSatisfy((e) => isRunError(e, 'disposed'));
    await expect(p.run(tinyScenario())).rejects.toSatisfy((e) => isRunError(e, 'disposed'));
  });

  it('fails a run whose worker cannot be started', async () => {
    const p = new WorkerPool({ size: 2, factory: () => { throw new Error('no workers here'); } });
    pools.push(p);
    const err = await p.run(tinyScenario()).catch((e: unknown) => e);
    expect(isRunError(err, 'worker-unavailable') && err.message).toMatch(/no workers here/);
  });
});
