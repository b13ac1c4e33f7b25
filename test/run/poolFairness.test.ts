// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
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
  it('starts the next worker only when every started one has answered, then uses them all', async () => {
    const { factory, workers } = channelWorkers();
    const pool = new WorkerPool({ size: 3, factory, rampUp: true });
    pools.push(pool);
    const startedAtFirstResult: number[] = [];
    await pool.run(tinyScenario(12, 9), {
      onReplication: () => {
        if (startedAtFirstResult.length === 0) startedAtFirstResult.push(workers.length);
      },
    });
    // When the first replication came back only one worker had been started.
    expect(startedAtFirstResult).toEqual([1]);
    expect(workers).toHaveLength(3);
    for (const w of workers) expect(w.calls.length).toBeGreaterThan(0);
  });
});
