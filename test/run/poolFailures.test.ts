// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult } from '../../src/engine/index';
import { WorkerPool } from '../../src/run/pool';
import { InThreadRunner } from '../../src/run/inThread';
import { isRunError } from '../../src/run/errors';
import type { WorkerReplacement } from '../../src/run/types';
import { channelWorkers, never, type Behaviour } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

function poolWith(size: number, behave: Behaviour) {
  const { factory, workers } = channelWorkers(behave);
  const replaced: WorkerReplacement[] = [];
  const pool = new WorkerPool({ size, factory, onWorkerReplaced: (i) => replaced.push(i) });
  pools.push(pool);
  return { pool, workers, replaced };
}

const sameAsInThread = async (acc: Awaited<ReturnType<WorkerPool['run']>>, replications: number) =>
  expect(JSON.stringify(buildResult(acc))).toBe(JSON.stringify(buildResult(await new InThreadRunner().run(tinyScenario(replications)))));

describe('WorkerPool crash handling', () => {
  it('replaces a worker that dies mid-batch and retries its replications', async () => {
    const { pool, workers, replaced } = poolWith(2, (w, real) =>
      w.id === 0 ? { ...real, simulateBatch: () => (setTimeout(() => w.crash(), 5), never()) as never } : real,
    );
    const acc = await pool.run(tinyScenario(6));
    expect(acc.count).toBe(6);
    expect(pool.replacements).toBe(1);
    expect(replaced).toEqual([{ cause: 'simulated worker crash', replications: [0] }]);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(3);
    await sameAsInThread(acc, 6);
  });

  it('replaces a worker whose call rejects (the worker died under it)', async () => {
    const { pool, replaced } = poolWith(1, (w, real) =>
      w.id === 0 ? { ...real, simulateBatch: () => { throw new Error('worker died'); } } : real,
    );
    const acc = await pool.run(tinyScenario(3));
    expect(acc.count).toBe(3);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]!.cause).toMatch(/worker died/);
    await sameAsInThread(acc, 3);
  });

  it('replaces a worker that dies while idle, and the next run still completes', async () => {
    const { pool, workers, replaced } = poolWith(1, (_, real) => real);
    await pool.run(tinyScenario(1));
    workers[0]!.crash(new Error('killed while idle'));
    expect(replaced).toEqual([{ cause: 'killed while idle', replications: [] }]);
    expect((await pool.run(tinyScenario(2))).count).toBe(2);
    expect(workers).toHaveLength(2);
  });

  it('fails the run, naming the replication, when a replication fails on a fresh worker too', async () => {
    const { pool, replaced } = poolWith(2, (_, real) => ({
      ...real,
      simulateBatch: (id, sc, idx) => {
        if (idx.includes(2)) throw new Error('engine blew up');
        return real.simulateBatch(id, sc, idx);
      },
    }));
    const err = await pool.run(tinyScenario(5)).catch((e: unknown) => e);
    expect(isRunError(err, 'replication-failed')).toBe(true);
    if (!isRunError(err, 'replication-failed')) return;
    expect(err.failure.replication).toBe(2);
    expect(err.message).toMatch(/replication 2 failed: .*engine blew up/);
    expect(replaced.map((r) => r.replications)).toEqual([[2], [2]]);
    // The pool itself is still usable for runs that do not hit the bad replication.
    expect((await pool.run(tinyScenario(2))).count).toBe(2);
  });
});
