// The browser pool with the real workers/sim.worker.ts entry, run under
// @vitest/web-worker (jsdom has no Worker of its own).
import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult } from '../../src/engine/index';
import { createBrowserPool } from '../../src/run/browser';
import { InThreadRunner } from '../../src/run/inThread';
import type { WorkerPool } from '../../src/run/pool';
import { tinyScenario } from './scenarios';

let pool: WorkerPool | undefined;
afterEach(() => pool?.dispose());

describe('createBrowserPool', () => {
  it('runs the real worker entry and matches the in-thread runner bit for bit', async () => {
    // One worker: @vitest/web-worker emulates workers in this thread, and two instances of
    // the same module started at once leave one of them unresponsive (an emulator limit;
    // multi-worker behaviour is covered over MessageChannel in pool.test.ts).
    pool = createBrowserPool({ size: 1 });
    expect(pool.size).toBe(1);
    const done: number[] = [];
    const acc = await pool.run(tinyScenario(3), { onProgress: (d) => done.push(d) });
    expect(done.at(-1)).toBe(3);
    const ref = await new InThreadRunner().run(tinyScenario(3));
    expect(JSON.stringify(buildResult(acc))).toBe(JSON.stringify(buildResult(ref)));
  });
});
