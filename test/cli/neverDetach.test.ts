// @vitest-environment node
/**
 * The simulation workers never detach an ArrayBuffer (run/workerApi.ts simulateBatch): V8 compiles typed-array
 * code on the assumption that no buffer in the thread has been detached, and after the first detach every
 * typed-array access checks its buffer (a fifth of the engine's speed, docs/performance.md). Nothing about the
 * numbers changes either way, so only V8's own log tells: with --trace-protector-invalidation it prints a line
 * the first time any thread of the process detaches one. The bundled CLI runs each kind of work it sends to its
 * workers on two of them, tiny: a comparison, a tornado, an optimisation, and a run on a household file (whose
 * data the main thread sends to every worker).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine/index';
import { buildCli, node, ROOT, SIM, tempFiles } from '../e2e/cliProcess';

const DETACHED = 'Invalidating protector cell ArrayBufferDetaching';
const TRACE = '--trace-protector-invalidation';
const { dir, write } = tempFiles('sim-detach-');

function small(name: string, budget: number, edit: (s: Scenario) => void = () => {}): string {
  const s: Scenario = defaultScenario(name);
  s.uncertainty = {};
  s.policy.budget.annualBn = [budget];
  Object.assign(s.run, { households: 1000, months: 12, replications: 6 });
  edit(s);
  return write(`${name}.json`, s);
}

/** Two uncertain parameters: a tornado of 5 design points. */
const uncertain = (s: Scenario) => {
  s.uncertainty = {
    'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 0.95 },
    'policy.training.jobProb': { dist: 'triangular', low: 0.02, mode: 0.05, high: 0.15 },
  };
};

/** Each command line, run on two workers, tiny (seconds each), and what it says on stderr that shows it ran as meant. */
const RUNS: Record<string, { args: () => string[]; says: RegExp }> = {
  'a comparison': { args: () => ['compare', '--scenario', small('a', 80), '--scenario', small('b', 100)], says: /sim compare: wrote / },
  'a tornado': {
    args: () => ['sensitivity', '--scenario', small('uncertain', 80, uncertain), '--method', 'tornado', '--outcome', 'povertyHeadcountEnd'],
    says: /tornado of povertyHeadcountEnd over 2 uncertain parameters: 5 engine runs × 6 replications/,
  },
  'an optimisation': {
    args: () => [
      'optimise', '--scenario', small('split', 80), '--objective', 'maxSustainedExits', '--replications', '2',
      '--candidates', '4', '--iterations', '1', '--population', '4', '--refine-replications', '2', '--finalist-replications', '2', '--frontier', '0,100',
    ],
    says: /sim optimise: maxSustainedExits over \d+ shares/,
  },
  'a run on a household file': {
    args: () => ['--scenario', small('survey', 80), '--households-csv', join(ROOT, 'examples/households.csv'), '--replications', '2'],
    says: /household data households\.csv: 400 rows/,
  },
};

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

  // The workers copy their results to the main thread, and the main thread copies household data to them.
  it.each(Object.entries(RUNS))('detaches no ArrayBuffer in any thread: %s', async (name, { args, says }) => {
    const r = await node([TRACE, SIM, ...args(), '--threads', '2', '--out', join(dir, `${name.replaceAll(' ', '-')}.json`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(says);
    expect(r.stdout + r.stderr).not.toContain(DETACHED);
  });
});
