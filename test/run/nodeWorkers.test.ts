// @vitest-environment node
// Real worker_threads crash paths (exit and uncaught error), with tiny fixture
// workers so no build is needed; the real worker bundle is covered by test/e2e/cli.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { createNodePool } from '../../src/run/nodeWorkers';
import { isRunError } from '../../src/run/errors';
import type { WorkerPool } from '../../src/run/pool';
import type { WorkerReplacement } from '../../src/run/types';
import { tinyScenario } from './scenarios';

let pool: WorkerPool | undefined;
afterEach(() => pool?.dispose());

async function runWith(fixture: string) {
  const replaced: WorkerReplacement[] = [];
  pool = createNodePool({ size: 1, workerFile: new URL(`./fixtures/${fixture}`, import.meta.url), onWorkerReplaced: (i) => replaced.push(i) });
  const error = await pool.run(tinyScenario(2)).catch((e: unknown) => e);
  return { error, replaced };
}

describe('node worker_threads pool', () => {
  it('notices a worker that exits, replaces it, and fails the run naming the replication after the retry', async () => {
    const { error, replaced } = await runWith('exits-on-start.mjs');
    expect(isRunError(error, 'replication-failed') && error.failure.replication).toBe(0);
    expect(replaced.map((r) => r.replications)).toEqual([[0], [0]]);
    expect(replaced[0]!.cause).toMatch(/exited unexpectedly with code 3/);
    expect(pool!.replacements).toBe(2);
  });

  it('notices an uncaught error in a worker', async () => {
    const { error, replaced } = await runWith('throws-on-message.mjs');
    expect(isRunError(error, 'replication-failed')).toBe(true);
    expect(replaced[0]!.cause).toMatch(/uncaught in worker/);
  });
});
