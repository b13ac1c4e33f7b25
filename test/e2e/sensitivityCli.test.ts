// @vitest-environment node
// The headless sensitivity analysis end to end, through the real CLI bundle
// and worker threads: the numbers are those of the engine's design functions
// evaluated in this process, whatever the thread count; shards merge to the
// unsharded file byte for byte; parts that do not belong together and
// scenarios with nothing uncertain are refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, pairedTornadoDesign, sobolDesign, sobolRows, tornadoBars, tornadoDesign, validateScenario, type Scenario } from '../../src/engine/index';
import { evaluateDesign } from '../../src/run/evaluateDesign';
import { InThreadRunner } from '../../src/run/inThread';
import { buildCli, node, SIM, tempFiles } from './cliProcess';

const { dir, write } = tempFiles('sensitivity-e2e-');
const at = (name: string) => join(dir, name);
const sim = (...args: string[]) => node([SIM, ...args]);
const read = (file: string) => readFileSync(file, 'utf8');
/** Numbers as the file holds them (NaN as null). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * 600 households × 12 months × 2 replications, with two uncertain
 * parameters: cash take-up, which moves poverty, and training's job
 * probability, which cannot, since no one takes a training place (training
 * has money, so the model reads the parameter; with none, the analysis would
 * leave it out).
 */
function tinyScenario(): Scenario {
  const s = defaultScenario('sensitivity e2e');
  Object.assign(s.run, { households: 600, months: 12, replications: 2, seed: 13 });
  s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0.05, farm: 0.1, admin: 0 };
  s.policy.training.takeUp = 0;
  s.uncertainty = {
    'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 0.95 },
    'policy.training.jobProb': { dist: 'triangular', low: 0.02, mode: 0.05, high: 0.15 },
  };
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return v.scenario;
}

const sc = tinyScenario();
const scenarioFile = write('scenario.json', sc);
const OUTCOME = 'povertyHeadcountEnd';

async function ok(...args: string[]): Promise<string> {
  const r = await sim(...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stderr;
}

beforeAll(async () => {
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
});

describe('npm run sim -- sensitivity', () => {
  it('tornado: the in-process numbers, the same bytes on 1 and 2 threads, and a no-effect parameter swings by exactly 0 and ranks last', async () => {
    const common = ['sensitivity', '--scenario', scenarioFile, '--method', 'tornado', '--outcome', OUTCOME];
    const stderr = await ok(...common, '--threads', '1', '--out', at('tornado-1.json'));
    await ok(...common, '--threads', '2', '--out', at('tornado-2.json'));
    expect(stderr).toContain('tornado of povertyHeadcountEnd over 2 uncertain parameters: 5 engine runs × 2 replications of 600 households × 12 months, seed 13, 1 thread');
    expect(stderr).toMatch(/replications 10\/10 \(100%\)/);
    expect(read(at('tornado-2.json'))).toBe(read(at('tornado-1.json')));

    const design = tornadoDesign(sc);
    const bars = tornadoBars(design, await evaluateDesign(new InThreadRunner(), design.points, OUTCOME));
    const file = JSON.parse(read(at('tornado-1.json')));
    expect(file).toMatchObject({
      format: 'sensitivity', version: 1, method: 'tornado', outcome: OUTCOME, seed: 13, replications: 2, households: 600, months: 12, runs: 5, replicationRuns: 10,
      parameters: [
        { path: 'policy.cash.takeUp', distribution: sc.uncertainty['policy.cash.takeUp'], nominal: sc.policy.cash.takeUp },
        { path: 'policy.training.jobProb', distribution: sc.uncertainty['policy.training.jobProb'], nominal: sc.policy.training.jobProb },
      ],
    });
    expect(file.engineVersion).toBeTypeOf('string');
    expect(file.bars).toEqual(asJson(bars));
    expect(file.bars.map((b: { path: string }) => b.path)).toEqual(['policy.cash.takeUp', 'policy.training.jobProb']);
    expect(file.bars[1].swing).toBe(0);
    expect(file.bars[0].swing).toBeGreaterThan(0);
  });

  it('Sobol\u2019 (8 samples): the in-process indices; 2 shards merge to the unsharded file byte for byte', async () => {
    const common = ['sensitivity', '--scenario', scenarioFile, '--method', 'sobol', '--samples', '8', '--outcome', OUTCOME, '--threads', '2'];
    await ok(...common, '--out', at('sobol.json'));
    const design = sobolDesign(sc, 8);
    const { rows, variance } = sobolRows(design, await evaluateDesign(new InThreadRunner(), design.points, OUTCOME), { bootstrap: 500, seed: 13 });
    const file = JSON.parse(read(at('sobol.json')));
    expect(file).toMatchObject({ method: 'sobol', samples: 8, bootstrap: 500, runs: 32, replicationRuns: 64 });
    expect(file.variance).toBe(variance);
    expect(file.rows).toEqual(asJson(rows));
    expect(file.rows[1]).toEqual({ path: 'policy.training.jobProb', firstOrder: { estimate: 0, low: 0, high: 0 }, total: { estimate: 0, low: 0, high: 0 } });

    for (const i of [1, 0]) await ok(...common, '--shard', `${i}/2`, '--out', at(`sobol-part-${i}.json`));
    const header = JSON.parse(read(at('sobol-part-1.json'))).header;
    expect(header).toMatchObject({ format: 'poverty-sim-sensitivity-partial', method: 'sobol', outcome: OUTCOME, samples: 8, seed: 13, points: 32, shard: { index: 1, count: 2, mode: 'mod' } });
    expect(header.indices).toEqual(Array.from({ length: 16 }, (_, k) => 2 * k + 1));
    const merged = await sim('sensitivity-merge', at('sobol-part-1.json'), at('sobol-part-0.json'), '--out', at('sobol-merged.json'));
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toContain('wrote');
    expect(read(at('sobol-merged.json'))).toBe(read(at('sobol.json')));

    // A part of the same design for another outcome does not belong.
    await ok(...common.map((a) => (a === OUTCOME ? 'par30Last12' : a)), '--shard', '1/2', '--out', at('other-outcome.json'));
    const refused = await sim('sensitivity-merge', at('sobol-part-0.json'), at('other-outcome.json'), '--out', at('never.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`parts have different outcomes: "povertyHeadcountEnd" in ${at('sobol-part-0.json')}; "par30Last12" in ${at('other-outcome.json')}`);
  });

  it('--versus: the tornado of A \u2212 B, the in-process numbers, and shards merge to it; a B from another world is refused', async () => {
    const b: Scenario = { ...sc, name: 'smaller benefit', policy: { ...sc.policy, cash: { ...sc.policy.cash, benefitPKR: 1000 } } };
    const versusFile = write('versus.json', b);
    const common = ['sensitivity', '--scenario', scenarioFile, '--versus', versusFile, '--method', 'tornado', '--outcome', OUTCOME, '--threads', '2'];
    const stderr = await ok(...common, '--out', at('paired.json'));
    expect(stderr).toContain('tornado of povertyHeadcountEnd of "sensitivity e2e" \u2212 povertyHeadcountEnd of "smaller benefit" over 2 uncertain parameters: 5 design points × 2 scenarios = 10 engine runs × 2 replications');
    const design = pairedTornadoDesign(sc, b);
    const bars = tornadoBars(design, await evaluateDesign(new InThreadRunner(), design.points, OUTCOME, { versus: design.versus }));
    const file = JSON.parse(read(at('paired.json')));
    expect(file).toMatchObject({ difference: { of: 'sensitivity e2e', minus: 'smaller benefit' }, designPoints: 5, runs: 10, replicationRuns: 20 });
    expect(file.bars).toEqual(asJson(bars));
    expect(file.bars[1]).toMatchObject({ path: 'policy.training.jobProb', swing: 0 });

    for (const i of [0, 1]) await ok(...common, '--shard', `${i}/2`, '--out', at(`paired-part-${i}.json`));
    expect(JSON.parse(read(at('paired-part-0.json'))).header.versusHash).toMatch(/^sha256:/);
    const merged = await sim('sensitivity-merge', at('paired-part-1.json'), at('paired-part-0.json'), '--out', at('paired-merged.json'));
    expect(merged.code, merged.stderr).toBe(0);
    expect(read(at('paired-merged.json'))).toBe(read(at('paired.json')));

    const elsewhere = write('elsewhere.json', { ...b, run: { ...b.run, seed: 14 } });
    const refused = await sim('sensitivity', '--scenario', scenarioFile, '--versus', elsewhere, '--method', 'tornado', '--outcome', OUTCOME, '--out', at('never.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"smaller benefit" does not share the world of "sensitivity e2e" (they differ in run.seed (13 and 14))');
  });

  it('refuses a scenario without uncertain parameters and a bad command line, exit code 2', async () => {
    const certain = write('certain.json', { ...sc, uncertainty: {} });
    const none = await sim('sensitivity', '--scenario', certain, '--method', 'tornado', '--outcome', OUTCOME, '--out', at('never.json'));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${certain}: the scenario has no uncertain parameters`);
    const bad = await sim('sensitivity', '--scenario', scenarioFile, '--method', 'morris', '--outcome', 'exits', '--out', at('never.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--method: must be tornado or sobol, got "morris"');
    expect(bad.stderr).toContain('--outcome: must be one of additionalSustainedExits, povertyHeadcountEnd, par30Last12, costPerSustainedExitPKR, got "exits"');
    // Where the options are, not all of them after the problems.
    expect(bad.stderr).toContain('Options: npm run sim -- sensitivity --help');
    expect(bad.stderr).not.toContain('npm run sim -- sensitivity --scenario FILE');
  });
});
