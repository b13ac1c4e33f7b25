// @vitest-environment node
/**
 * WorkerPool.loadHouseholds: every worker holds the household data before its
 * first batch, those started later and those replaced after a crash too.
 * Workers here are in-process channels, so each one's calls are recorded
 * (the engine's registry is shared by them all in this thread).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { WorkerPool } from '../../src/run/pool';
import { createWorkerApi } from '../../src/run/workerApi';
import type { WorkerFactory } from '../../src/run/types';
import { parseHouseholdsCsv, type HouseholdData } from '../../src/engine/index';
import { tinyScenario } from './scenarios';

interface Recorded {
  /** Calls in arrival order: "load:<sha>" or "batch". */
  calls: string[];
  crash(): void;
}

function recordingWorkers(): { factory: WorkerFactory; workers: Recorded[] } {
  const workers: Recorded[] = [];
  const factory: WorkerFactory = () => {
    const { port1, port2 } = new MessageChannel();
    const listeners: ((e: Error) => void)[] = [];
    const real = createWorkerApi();
    const worker: Recorded = {
      calls: [],
      crash() {
        port1.close();
        for (const l of listeners) l(new Error('simulated crash'));
      },
    };
    workers.push(worker);
    expose(
      {
        simulateBatch: (...args: Parameters<typeof real.simulateBatch>) => {
          worker.calls.push('batch');
          return real.simulateBatch(...args);
        },
        release: (jobId: string) => real.release(jobId),
        loadHouseholds: (sha256: string, data: HouseholdData) => {
          worker.calls.push(`load:${sha256.slice(0, 4)}`);
          expect(data.n).toBe(1);
          real.loadHouseholds(sha256, data);
        },
        unloadHouseholds: (sha256: string) => {
          worker.calls.push(`unload:${sha256.slice(0, 4)}`);
          real.unloadHouseholds(sha256);
        },
      },
      port1 as unknown as Endpoint,
    );
    return { endpoint: port2 as unknown as Endpoint, terminate: () => port1.close(), onCrash: (l) => listeners.push(l) };
  };
  return { factory, workers };
}

const DATA = parseHouseholdsCsv(
  'household_id,weight,region,area,size,adult_equivalents,income_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled\nh,1,punjab,rural,4,3.6,5000,salaried,0,0,1,1\n',
).data;

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

describe('WorkerPool.loadHouseholds(sha, data)', () => {
  it('reaches live workers, workers started later (before their first batch) and replacements', async () => {
    const { factory, workers } = recordingWorkers();
    const pool = new WorkerPool({ size: 2, factory });
    pools.push(pool);
    await pool.loadHouseholds('aaaa'.repeat(16), DATA);
    await pool.run(tinyScenario(4));
    expect(workers).toHaveLength(2);
    for (const w of workers) expect(w.calls[0]).toBe('load:aaaa');
    await pool.loadHouseholds('bbbb'.repeat(16), DATA);
    for (const w of workers) expect(w.calls.filter((c) => c.startsWith('load'))).toEqual(['load:aaaa', 'load:bbbb']);
    workers[0]!.crash();
    await pool.run(tinyScenario(4));
    expect(workers).toHaveLength(3);
    expect(workers[2]!.calls.slice(0, 2)).toEqual(['load:aaaa', 'load:bbbb']);
    expect(workers[2]!.calls).toContain('batch');
  });
});

describe('WorkerPool.unloadHouseholds(sha)', () => {
  it('reaches every live worker, and workers started later do not get the data', async () => {
    const { factory, workers } = recordingWorkers();
    const pool = new WorkerPool({ size: 2, factory });
    pools.push(pool);
    await pool.loadHouseholds('aaaa'.repeat(16), DATA);
    await pool.loadHouseholds('bbbb'.repeat(16), DATA);
    await pool.run(tinyScenario(4));
    await pool.unloadHouseholds('aaaa'.repeat(16));
    for (const w of workers) expect(w.calls.filter((c) => !c.startsWith('batch'))).toEqual(['load:aaaa', 'load:bbbb', 'unload:aaaa']);
    workers[0]!.crash();
    await pool.run(tinyScenario(4));
    expect(workers[2]!.calls.filter((c) => !c.startsWith('batch'))).toEqual(['load:bbbb']);
  });
});
