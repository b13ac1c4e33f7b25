// @vitest-environment node
/**
 * The job runner: jobs over a shared world stream every scenario of a
 * replication together, higher priorities go first, a shard of indices runs
 * alone, and comparisons give the numbers of separate runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult, scalarOffsets, simulateWorld, type Scenario } from '../../src/engine/index';
import { WorkerPool } from '../../src/run/pool';
import { InThreadRunner } from '../../src/run/inThread';
import { runComparison } from '../../src/run/prepare';
import { isRunError } from '../../src/run/errors';
import { PRIORITY, type Runner } from '../../src/run/types';
import { backgroundWorkersFor } from '../../src/run/browser';
import { channelWorkers } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});
function pool(size: number): WorkerPool {
  const p = new WorkerPool({ size, factory: channelWorkers().factory });
  pools.push(p);
  return p;
}
const withBudget = (s: Scenario, bn: number, name: string): Scenario => ({ ...s, name, policy: { ...s.policy, budget: { ...s.policy.budget, annualBn: [bn] } } });

describe.each([
  ['a pool of 2 workers', () => pool(2) as Runner],
  ['the in-thread runner', () => new InThreadRunner() as Runner],
])('jobs on %s', (_, make) => {
  it('streams one array per scenario for each replication, equal to separate runs', async () => {
    const runner = make();
    const a = tinyScenario(4);
    const b = withBudget(a, 0, 'status quo');
    const c = withBudget(a, 150, 'more');
    const got = new Map<number, Float64Array[]>();
    await runner.submit({ scenarios: [a, b, c], indices: [0, 1, 2, 3], onReplication: (r, data) => got.set(r, data) });
    expect([...got.keys()].sort()).toEqual([0, 1, 2, 3]);
    const alone = await Promise.all([a, b, c].map((s) => runner.run(s)));
    for (const [r, data] of got) {
      expect(data).toHaveLength(3);
      data.forEach((d, k) => expect(Buffer.from(d.buffer).equals(Buffer.from(alone[k]!.entries()[r]![1].buffer)), `scenario ${k} replication ${r}`).toBe(true));
    }
  });

  it('returns only the summary scalars asked for, scenario then status quo, equal to the full replication', async () => {
    const runner = make();
    const a = tinyScenario(3);
    const quiet = { ...withBudget(a, 120, 'no counterfactual'), run: { ...a.run, counterfactual: false } };
    const got = new Map<number, Float64Array[]>();
    const keys = ['sustainedExits', 'spentPKR'] as const;
    await runner.submit({ scenarios: [a, quiet], indices: [0, 1, 2], outputs: { scalars: keys }, onReplication: (r, d) => got.set(r, d) });
    const full = simulateWorld([a, quiet], 1);
    const at = scalarOffsets(a.run.months, keys);
    expect(Array.from(got.get(1)![0]!)).toEqual(Array.from(at, (o) => full[0]![o]!));
    expect(got.get(1)![0]!).toHaveLength(4);
    expect(got.get(1)![0]![2]).toBeGreaterThan(0);
    // The second scenario reports no status quo: its half is NaN.
    expect(Number.isNaN(got.get(1)![1]![2]!)).toBe(true);
    const bad = await runner.submit({ scenarios: [a], indices: [0], outputs: { scalars: ['nonsense' as 'spentPKR'] } }).catch((e: unknown) => e);
    expect(String(bad)).toMatch(/"nonsense" is not a summary scalar/);
  });

  it('runs only the indices asked for', async () => {
    const acc = await make().run(tinyScenario(10), { indices: [7, 2, 9] });
    expect(acc.indices()).toEqual([2, 7, 9]);
  });

  it('refuses scenarios that do not share a world, and repeated indices', async () => {
    const a = tinyScenario(2);
    const other = { ...a, run: { ...a.run, seed: a.run.seed + 1 } };
    const e1 = await make().submit({ scenarios: [a, other], indices: [0] }).catch((e: unknown) => e);
    expect(isRunError(e1, 'invalid-scenario')).toBe(true);
    expect(String((e1 as Error).message)).toMatch(/does not share the world/);
    const e2 = await make().submit({ scenarios: [a], indices: [1, 1] }).catch((e: unknown) => e);
    expect(String((e2 as Error).message)).toMatch(/replication 1 is listed twice/);
  });

  it('compares scenarios with different replication counts on shared worlds, matching separate runs', async () => {
    const runner = make();
    const a = tinyScenario(3);
    const b = { ...withBudget(a, 0, 'status quo'), run: { ...a.run, replications: 5 } };
    const elsewhere = { ...a, name: 'other seed', run: { ...a.run, seed: 99 } };
    const progress: number[] = [];
    const accs = await runComparison((j) => runner.submit(j), [a, b, elsewhere], { onProgress: (d) => progress.push(d) });
    expect(accs.map((x) => x.count)).toEqual([3, 5, 3]);
    expect(progress.at(-1)).toBe(11);
    for (const [k, s] of [a, b, elsewhere].entries()) {
      const alone = await runner.run(s);
      expect(JSON.stringify(buildResult(accs[k]!))).toBe(JSON.stringify(buildResult(alone)));
    }
  });

  it('runs only the comparison indices asked for (a shard), each scenario those below its count, with the bytes of a whole run', async () => {
    // Catches: a shard running every replication, or a scenario with fewer replications asked for one it does not have.
    const runner = make();
    const a = tinyScenario(3);
    const b = { ...withBudget(a, 0, 'status quo'), run: { ...a.run, replications: 5 } };
    const progress: [number, number][] = [];
    const accs = await runComparison((j) => runner.submit(j), [a, b], { indices: [4, 1, 3], onProgress: (d, t) => progress.push([d, t]) });
    expect(accs.map((x) => x.indices())).toEqual([[1], [1, 3, 4]]);
    expect(progress.at(-1)).toEqual([4, 4]);
    const whole = await runComparison((j) => runner.submit(j), [a, b]);
    for (const k of [0, 1])
      for (const [r, values] of accs[k]!.entries())
        expect(Buffer.from(values.buffer).equals(Buffer.from(whole[k]!.entries()[r]![1].buffer)), `scenario ${k} replication ${r}`).toBe(true);
    const beyond = await runComparison((j) => runner.submit(j), [a, b], { indices: [5] }).catch((e: unknown) => e);
    expect(String(beyond)).toMatch(/replication index 5 is outside 0 … 4/);
  });
});

describe('priorities', () => {
  it('serves an interactive job before an analysis batch submitted earlier, on one worker', async () => {
    const p = pool(1);
    const order: string[] = [];
    const s = tinyScenario(6);
    const batch = p.submit({ scenarios: [s], indices: [0, 1, 2, 3, 4, 5], priority: PRIORITY.analysis, onReplication: (r) => order.push(`a${r}`) });
    // Let the batch start, then an interactive job arrives.
    await new Promise((r) => setTimeout(r, 0));
    const edit = p.submit({ scenarios: [{ ...s, name: 'edit', run: { ...s.run, seed: 5 } }], indices: [0, 1, 2], priority: PRIORITY.interactive, onReplication: (r) => order.push(`i${r}`) });
    await Promise.all([batch, edit]);
    // The batch's first task was already running; after it, every interactive replication comes before the rest of the batch.
    const lastInteractive = order.lastIndexOf('i2');
    expect(order.slice(0, lastInteractive + 1).filter((x) => x.startsWith('a')).length).toBeLessThanOrEqual(2);
    expect(order.filter((x) => x.startsWith('a'))).toHaveLength(6);
  });

  it('gives background work no more than backgroundWorkers workers at once, and any other work the whole pool', async () => {
    // Catches: the programme-by-programme runs holding both cores of a 2-core machine once the comparison is done.
    const { factory, workers } = channelWorkers();
    const p = new WorkerPool({ size: 2, factory, backgroundWorkers: 1 });
    pools.push(p);
    const s = tinyScenario(6);
    const all = [0, 1, 2, 3, 4, 5];
    await p.submit({ scenarios: [s], indices: all, priority: PRIORITY.background });
    expect(workers).toHaveLength(1);
    await p.submit({ scenarios: [s], indices: all, priority: PRIORITY.analysis });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.calls.length).toBeGreaterThan(0);
    // Background work waiting behind other work still gets a worker once that is done.
    const later: number[] = [];
    await Promise.all([
      p.submit({ scenarios: [s], indices: all, priority: PRIORITY.interactive }),
      p.submit({ scenarios: [{ ...s, run: { ...s.run, seed: 9 } }], indices: all, priority: PRIORITY.background, onReplication: (r) => later.push(r) }),
    ]);
    expect(later.sort()).toEqual(all);
  });

  it('counts only background work against backgroundWorkers: a worker left idle by other work takes it', async () => {
    // Catches a cap on every busy worker: background work waited while an analysis job's last task ran on the other.
    const { factory, workers } = channelWorkers();
    const p = new WorkerPool({ size: 2, factory, backgroundWorkers: 1 });
    pools.push(p);
    const s = tinyScenario(6);
    await Promise.all([
      p.submit({ scenarios: [s], indices: [0], priority: PRIORITY.analysis }),
      p.submit({ scenarios: [{ ...s, run: { ...s.run, seed: 9 } }], indices: [0, 1, 2, 3, 4, 5], priority: PRIORITY.background }),
    ]);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.calls.length).toBeGreaterThan(0);
  });

  it('leaves the page a core for background work only where the pool takes every core', () => {
    expect(backgroundWorkersFor(2, 2)).toBe(1);
    expect(backgroundWorkersFor(1, 1)).toBeUndefined();
    // More cores: the pool already leaves one to the page.
    expect(backgroundWorkersFor(3, 4)).toBeUndefined();
    expect(backgroundWorkersFor(4, 4)).toBe(3);
    // The browser does not say: nothing to go on.
    expect(backgroundWorkersFor(4, 0)).toBeUndefined();
  });

  it('cancelling a job keeps what it delivered and frees the workers for others', async () => {
    const p = pool(1);
    const s = tinyScenario(20);
    const stop = new AbortController();
    const got: number[] = [];
    const cancelled = p.submit({ scenarios: [s], indices: Array.from({ length: 20 }, (_, r) => r), signal: stop.signal, onReplication: (r) => {
      got.push(r);
      if (got.length === 2) stop.abort();
    } });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(got).toHaveLength(2);
    const after = await p.run(tinyScenario(2, 7));
    expect(after.count).toBe(2);
  });
});
