// @vitest-environment node
/**
 * The simulation workers never detach an ArrayBuffer (run/workerApi.ts simulateBatch): V8 compiles typed-array
 * code on the assumption that no buffer in the thread has been detached, and after the first detach every
 * typed-array access checks its buffer (a fifth of the engine's speed, docs/performance.md). Nothing about the
 * numbers changes either way, so only V8's own log tells: with --trace-protector-invalidation it prints a line
 * the first time any thread of the process detaches one. The bundled CLI runs a comparison on two workers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine/index';
import { buildCli, node, SIM, tempFiles } from '../e2e/cliProcess';

const DETACHED = 'Invalidating protector cell ArrayBufferDetaching';
const TRACE = '--trace-protector-invalidation';
const { dir, write } = tempFiles('sim-detach-');

function small(name: string, budget: number): string {
  const s: Scenario = defaultScenario(name);
  s.uncertainty = {};
  s.policy.budget.annualBn = [budget];
  Object.assign(s.run, { households: 1000, months: 12, replications: 6 });
  return write(`${name}.json`, s);
}

beforeAll(async () => {
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
});

describe('a run on worker threads', () => {
  it('logs the detach of a transferred buffer (the check below can see one)', async () => {
    const transfer = 'const { port1, port2 } = new MessageChannel(); const a = new Float64Array(4); port1.postMessage(a, [a.buffer]); port1.close(); port2.close();';
    const r = await node([TRACE, '-e', transfer]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain(DETACHED);
  });

  it('detaches no ArrayBuffer in any thread: the workers copy their results to the main thread', async () => {
    const r = await node([TRACE, SIM, 'compare', '--scenario', small('a', 80), '--scenario', small('b', 100), '--threads', '2', '--out', `${dir}/out.json`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(DETACHED);
  });
});
