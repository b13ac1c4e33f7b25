// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/run/pool';
import { channelWorkers } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

describe('WorkerPool fairness', () => {
  // Regression: choosing a run advanced the round-robin even when no worker
  // was free, so with 2 workers and 4 runs two of the runs never progressed.
  it.each([
    [1, 3],
    [2, 4],
    [3, 5],
  ])('with %i workers and %i concurrent runs, every run progresses together', async (size, runs) => {
    const pool = new WorkerPool({ size, factory: channelWorkers().factory });
    pools.push(pool);
    const done = new Array<number>(runs).fill(0);
    const snapshots: number[][] = [];
    const all = Array.from({ length: runs }, (_, k) =>
      pool.run(tinyScenario(12, 100 + k), {
        onReplication: () => {
          done[k]!++;
          snapshots.push([...done]);
        },
      }),
    );
    await Promise.all(all);
    // Once every run has had a turn, no run is ever more than two rounds ahead of another.
    for (const snap of snapshots.slice(runs * 2)) expect(Math.max(...snap) - Math.min(...snap)).toBeLessThanOrEqual(2 + size);
    expect(done).toEqual(new Array(runs).fill(12));
  });

  it('sends the first replication alone, so the first result does not wait for a batch', async () => {
    const { factory, workers } = channelWorkers();
    const pool = new WorkerPool({ size: 1, factory });
    pools.push(pool);
    await pool.run(tinyScenario(70, 5));
    const batches = workers[0]!.calls.map((c) => c.indices);
    expect(batches[0]).toEqual([0]);
    expect(batches.slice(1).some((b) => b.length > 1)).toBe(true);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, k) => k));
  });
});

describe('WorkerPool ramp-up', () => {
  it('starts the next worker once every started one is ready (loaded and warm), before any result, then uses them all', async () => {
    // Each worker says it is ready only when the test lets it (a browser worker: once its warm-up is done), and
    // holds its results back until the test lets them go.
    const ready: (() => void)[] = [];
    let letResultsGo = () => undefined as void;
    const resultsHeld = new Promise<void>((resolve) => (letResultsGo = resolve));
    const { factory, workers } = channelWorkers((w, real) => ({
      ...real,
      ready: () => new Promise<true>((resolve) => (ready[w.id] = () => resolve(true))) as unknown as true,
      simulateBatch: ((...args: Parameters<typeof real.simulateBatch>) => resultsHeld.then(() => real.simulateBatch(...args))) as unknown as typeof real.simulateBatch,
    }));
    const pool = new WorkerPool({ size: 3, factory, rampUp: true });
    pools.push(pool);
    let results = 0;
    const run = pool.run(tinyScenario(40, 9), { onReplication: () => results++ });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    // One worker, given the first replication, not yet ready: no second one.
    expect(workers).toHaveLength(1);
    ready[0]!();
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    await settle();
    // The second started on the first one's readiness (no result has come back), and the third waits for the second.
    expect(results).toBe(0);
    expect(workers).toHaveLength(2);
    ready[1]!();
    await vi.waitFor(() => expect(workers).toHaveLength(3));
    ready[2]!();
    letResultsGo();
    await run;
    expect(results).toBe(40);
    for (const w of workers) expect(w.calls.length).toBeGreaterThan(0);
  });
});
