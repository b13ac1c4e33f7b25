// @vitest-environment node
// Runs on imported household data through the worker pool: the same numbers
// as in this thread, and data the pool does not hold refused up front with
// its name (not left to fail on a worker). Delivery to each worker, later
// ones and replacements included, is poolHouseholds.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult, parseHouseholdsCsv, sha256Hex, type HouseholdData, type Scenario } from '../../src/engine/index';
import { InThreadRunner } from '../../src/run/inThread';
import { WorkerPool } from '../../src/run/pool';
import { isRunError } from '../../src/run/errors';
import { channelWorkers } from './channelWorkers';
import { householdsCsv, replicatedCsv } from './householdsCsv';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

async function dataset(rows = 300): Promise<{ sha256: string; data: HouseholdData }> {
  const text = householdsCsv(rows);
  return { sha256: await sha256Hex(text), data: parseHouseholdsCsv(text).data };
}

const onData = (sha256: string, replications = 4, rows = 300): Scenario => ({
  ...tinyScenario(replications),
  households: { id: 'test-households', name: 'test households.csv', sha256, rows },
});

function pool(size: number) {
  const { factory, workers } = channelWorkers();
  const p = new WorkerPool({ size, factory });
  pools.push(p);
  return { pool: p, workers };
}

describe('a WorkerPool running on imported household data', () => {
  it('refuses a job on data it was never given, naming the data', async () => {
    const { pool: p } = pool(1);
    const error = await p.run(onData('a'.repeat(64))).then(() => null, (e: unknown) => e);
    expect(isRunError(error, 'invalid-scenario')).toBe(true);
    expect((error as Error).message).toMatch(/household data test households\.csv \(sha256 aaaaaaaaaaaa…\) which has not been loaded/);
  });

  it('gives the numbers of the in-thread runner, bit for bit, with 2 workers', async () => {
    const { sha256, data } = await dataset();
    const { pool: p, workers } = pool(2);
    await p.loadHouseholds(sha256, data);
    const acc = await p.run(onData(sha256, 6));
    expect(acc.count).toBe(6);
    expect(workers).toHaveLength(2);
    for (const w of workers) expect(w.loads).toEqual([sha256]);
    const here = new InThreadRunner();
    await here.loadHouseholds(sha256, data);
    expect(JSON.stringify(buildResult(acc))).toBe(JSON.stringify(buildResult(await here.run(onData(sha256, 6)))));
    // Not the synthetic numbers: the imported households were used.
    expect(JSON.stringify(buildResult(acc).summary)).not.toBe(JSON.stringify(buildResult(await here.run(tinyScenario(6))).summary));
  });

  it('refuses up front a job on replications its data has no rows for (a replication column), naming them', async () => {
    const text = replicatedCsv(300, 3);
    const sha256 = await sha256Hex(text);
    const { pool: p, workers } = pool(2);
    await p.loadHouseholds(sha256, parseHouseholdsCsv(text).data);
    const error = await p.run(onData(sha256, 5)).then(() => null, (e: unknown) => e);
    expect(isRunError(error, 'invalid-scenario')).toBe(true);
    expect((error as Error).message).toMatch(/holds 3 replications \(a replication column\) but no rows for replications 3 and 4: a run of 5 replications/);
    expect(workers.flatMap((w) => w.calls)).toEqual([]);
    expect((await p.run(onData(sha256, 3))).count).toBe(3);
  });

  it('holds every data set it is given, however many: five data sets for five scenarios all run', async () => {
    const sets = await Promise.all([301, 302, 303, 304, 305].map((n) => dataset(n)));
    const { pool: p } = pool(1);
    for (const s of sets) await p.loadHouseholds(s.sha256, s.data);
    for (const [k, s] of sets.entries()) expect((await p.run(onData(s.sha256, 2, 301 + k))).count).toBe(2);
  });

  it('refuses data it has unloaded, from every worker, until it is loaded again', async () => {
    const { sha256, data } = await dataset();
    const { pool: p, workers } = pool(2);
    await p.loadHouseholds(sha256, data);
    expect((await p.run(onData(sha256, 4))).count).toBe(4);
    await p.unloadHouseholds(sha256);
    for (const w of workers) expect(w.unloads).toEqual([sha256]);
    const error = await p.run(onData(sha256, 4)).then(() => null, (e: unknown) => e);
    expect(isRunError(error, 'invalid-scenario')).toBe(true);
    expect((error as Error).message).toMatch(/which has not been loaded/);
    await p.loadHouseholds(sha256, data);
    expect((await p.run(onData(sha256, 4))).count).toBe(4);
    // Refused up front, not failed on a worker: none was replaced.
    expect(p.replacements).toBe(0);
  });

  it('ends a job on data being unloaded, as not loaded, without failing a worker; other jobs go on', async () => {
    const a = await dataset(300);
    const b = await dataset(310);
    // One worker: channel workers share this thread's registry, so one worker's unload would reach another's batch
    // sent before it, which separate threads never see (each answers its calls in order).
    const { pool: p } = pool(1);
    await p.loadHouseholds(a.sha256, a.data);
    await p.loadHouseholds(b.sha256, b.data);
    let started!: () => void;
    const first = new Promise<void>((resolve) => (started = resolve));
    const onA = p.run(onData(a.sha256, 40), { onProgress: (done) => done > 0 && started() }).then(() => null, (e: unknown) => e);
    const onB = p.run(onData(b.sha256, 6, 310));
    await first;
    await p.unloadHouseholds(a.sha256);
    const error = await onA;
    expect(isRunError(error, 'invalid-scenario')).toBe(true);
    expect((error as Error).message).toMatch(/household data test households\.csv \(sha256 [0-9a-f]{12}…\) which has not been loaded/);
    expect((await onB).count).toBe(6);
    expect(p.replacements).toBe(0);
  });
});
