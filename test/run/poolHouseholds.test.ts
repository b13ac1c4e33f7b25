// @vitest-environment node
// Imported household data on the worker pool: kept by the pool and given to
// each worker before its first batch of a job that needs it, a worker
// started in place of a crashed one included; a job naming data the pool
// never got is refused up front.
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult, parseHouseholdsCsv, sha256Hex, type HouseholdData, type Scenario } from '../../src/engine/index';
import { InThreadRunner } from '../../src/run/inThread';
import { WorkerPool } from '../../src/run/pool';
import { isRunError } from '../../src/run/errors';
import type { WorkerApi } from '../../src/run/workerApi';
import { channelWorkers, never, type Behaviour } from './channelWorkers';
import { householdsCsv } from './householdsCsv';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

async function dataset(rows = 300): Promise<{ sha256: string; data: HouseholdData }> {
  const text = householdsCsv(rows);
  return { sha256: await sha256Hex(text), data: parseHouseholdsCsv(text).data };
}

const onData = (sha256: string, replications = 4): Scenario => ({
  ...tinyScenario(replications),
  households: { id: 'test-households', name: 'test households.csv', sha256, rows: 300 },
});

/**
 * Channel workers share this thread's engine and so its registry; each gets
 * its own record of what it was sent, as separate threads would have. `events`
 * lists, per worker, the order of loads and batches.
 */
function separateRegistries(events: string[][], crashFirst = false): Behaviour {
  return (w, real): WorkerApi => {
    const mine = new Set<string>();
    events[w.id] = [];
    return {
      ...real,
      hasHouseholds: (sha) => mine.has(sha),
      loadHouseholds: (sha, data) => {
        mine.add(sha);
        events[w.id]!.push('load');
        real.loadHouseholds(sha, data);
      },
      simulateBatch: (...args) => {
        events[w.id]!.push('batch');
        if (crashFirst && w.id === 0) return (setTimeout(() => w.crash(), 5), never()) as never;
        return real.simulateBatch(...args);
      },
    };
  };
}

describe('WorkerPool.loadHouseholds(sha256, data)', () => {
  it('refuses a job on data it was never given, naming the data', async () => {
    const { factory } = channelWorkers();
    const pool = new WorkerPool({ size: 1, factory });
    pools.push(pool);
    const error = await pool.run(onData('a'.repeat(64))).then(() => null, (e: unknown) => e);
    expect(isRunError(error, 'invalid-scenario')).toBe(true);
    expect((error as Error).message).toMatch(/household data test households\.csv \(sha256 aaaaaaaaaaaa…\) which has not been loaded/);
  });

  it('gives the data to each worker once, before its first batch, and the run matches the in-thread runner', async () => {
    const { sha256, data } = await dataset();
    const events: string[][] = [];
    const { factory, workers } = channelWorkers(separateRegistries(events));
    const pool = new WorkerPool({ size: 2, factory });
    pools.push(pool);
    pool.loadHouseholds(sha256, data);
    const acc = await pool.run(onData(sha256, 6));
    expect(acc.count).toBe(6);
    expect(workers).toHaveLength(2);
    for (const w of workers) expect(w.loads).toEqual([sha256]);
    for (const e of events) expect(e[0]).toBe('load');
    // A second job on the same data: each worker already holds it.
    await pool.run(onData(sha256, 8));
    for (const w of workers) expect(w.loads).toEqual([sha256]);
    const here = new InThreadRunner();
    here.loadHouseholds(sha256, data);
    expect(JSON.stringify(buildResult(acc))).toBe(JSON.stringify(buildResult(await here.run(onData(sha256, 6)))));
  });

  it('gives it to a worker started in place of a crashed one before that worker runs anything', async () => {
    const { sha256, data } = await dataset();
    const events: string[][] = [];
    const { factory, workers } = channelWorkers(separateRegistries(events, true));
    const pool = new WorkerPool({ size: 1, factory });
    pools.push(pool);
    pool.loadHouseholds(sha256, data);
    const acc = await pool.run(onData(sha256, 3));
    expect(acc.count).toBe(3);
    expect(pool.replacements).toBe(1);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.loads).toEqual([sha256]);
    expect(events[1]![0]).toBe('load');
  });

  it('does not send data to workers running synthetic households', async () => {
    const { sha256, data } = await dataset();
    const { factory, workers } = channelWorkers();
    const pool = new WorkerPool({ size: 1, factory });
    pools.push(pool);
    pool.loadHouseholds(sha256, data);
    await pool.run(tinyScenario(2));
    expect(workers[0]!.loads).toEqual([]);
  });
});
