// @vitest-environment node
// `npm run sim -- compare` end to end, through the real bundle and real
// worker_threads: each scenario's part of the comparison is exactly the file
// a single run of it writes, and bad files are named.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Accumulator, SCALARS, buildResult, defaultScenario, programmeOnlyScenarios, simulateReplication } from '../../src/engine/index';
import { buildCli, node, ROOT as root, SIM, tempFiles } from './cliProcess';
import { REGION_SCALARS } from '../../src/engine/model/layout';

const { dir, write: scenarioFile } = tempFiles('sim-compare-e2e-');
const sim = (...args: string[]) => node([SIM, ...args]);

function withBudget(name: string, bn: number) {
  const s = defaultScenario(name);
  s.policy.budget.annualBn = [bn];
  return s;
}

const SMALL = ['--households', '600', '--months', '12', '--replications', '3', '--seed', '5'];

beforeAll(async () => {
  // Build here too, so this file never tests a stale bundle (it takes well under a second).
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
  expect(existsSync(SIM)).toBe(true);
});

describe('npm run sim -- compare', () => {
  it('writes each scenario exactly as a single run does, with paired differences against the first', async () => {
    const files = [scenarioFile('base.json', withBudget('Baseline', 0)), scenarioFile('bn80.json', withBudget('Rs 80 bn', 80))];
    const out = join(dir, 'comparison.json');
    const r = await sim('compare', '--scenario', files[0]!, '--scenario', files[1]!, ...SMALL, '--threads', '2', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/2 scenarios on 1 world, 2 threads/);
    expect(r.stderr).toMatch(/replications 6\/6/);

    const comparison = JSON.parse(readFileSync(out, 'utf8'));
    expect(comparison).toMatchObject({ format: 'poverty-sim-comparison', version: 1, baseline: 0 });
    expect(comparison.scenarios).toHaveLength(2);
    for (const [k, file] of files.entries()) {
      const single = join(dir, `single-${k}.json`);
      const one = await sim('--scenario', file, ...SMALL, '--threads', '1', '--out', single);
      expect(one.code, one.stderr).toBe(0);
      // The single-run file's bytes, from the comparison's part re-serialised the way `sim` writes.
      expect(`${JSON.stringify(comparison.scenarios[k], null, 2)}\n`, `scenario ${k}`).toBe(readFileSync(single, 'utf8'));
    }
    expect(comparison.engineVersion).toBe(comparison.scenarios[0].meta.engineVersion);

    expect(comparison.differences[0]).toBeNull();
    const d = comparison.differences[1];
    expect(d).toMatchObject({ against: 0, sharedWorld: true, replications: 3 });
    expect(Object.keys(d.summary)).toEqual([...SCALARS]);
    for (const k of ['povertyHeadcount', 'meanIncome', 'poorHouseholds']) expect(d.series[k].p50, `series.${k}`).toHaveLength(12);
    // The baseline spends nothing new, so the difference in spending is what the scenario spent.
    expect(d.summary.spentPKR.mean).toBe(comparison.scenarios[1].summary.spentPKR.mean);
    expect(d.summary.spentPKR.p5).toBeGreaterThan(0);
    // And within each region, what the scenario spent there.
    for (const r of ['punjab', 'balochistan']) {
      expect(Object.keys(d.byRegion[r])).toEqual([...REGION_SCALARS]);
      expect(d.byRegion[r].spentPKR.mean, r).toBe(comparison.scenarios[1].byRegion[r].spentPKR.mean);
      expect(d.byRegion[r].spentPKR.mean, r).toBeGreaterThan(0);
    }
  });

  it('--by-programme runs each programme of each scenario alone on its world, with the numbers of that scenario run on its own', async () => {
    const files = [scenarioFile('base-p.json', withBudget('Baseline', 0)), scenarioFile('bn80-p.json', withBudget('Rs 80 bn', 80))];
    const out = join(dir, 'by-programme.json');
    const r = await sim('compare', '--scenario', files[0]!, '--scenario', files[1]!, ...SMALL, '--by-programme', '--threads', '2', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/7 scenarios on 1 world/);
    const comparison = JSON.parse(readFileSync(out, 'utf8'));
    // The baseline funds nothing; Rs 80 bn funds five programmes, each run alone.
    expect(comparison.programmeOnly.map((p: { programme: string }) => p.programme)).toEqual(['cash', 'stipend', 'microfinance', 'training', 'farm']);
    const s = withBudget('Rs 80 bn', 80);
    Object.assign(s.run, { households: 600, months: 12, replications: 3, seed: 5 });
    const alone = programmeOnlyScenarios(s);
    for (const [k, entry] of comparison.programmeOnly.entries()) {
      expect(entry.of).toBe(1);
      const acc = new Accumulator(alone[k]!.scenario);
      for (let rep = 0; rep < 3; rep++) acc.add(rep, simulateReplication(alone[k]!.scenario, rep));
      const mine = buildResult(acc).summary;
      const theirs = comparison.scenarios[entry.index].summary;
      expect(theirs.costPerSustainedExitPKR, entry.programme).toEqual(JSON.parse(JSON.stringify(mine.costPerSustainedExitPKR)));
      expect(theirs.spentPKR, entry.programme).toEqual(mine.spentPKR);
    }
  });

  it('rejects a bad file with exit code 2, naming it, and writes nothing', async () => {
    const bad = defaultScenario() as unknown as { policy: { budget: Record<string, unknown> } };
    bad.policy.budget.surprise = 1;
    const good = scenarioFile('good.json', withBudget('Baseline', 0));
    const badFile = scenarioFile('bad.json', bad);
    const out = join(dir, 'bad-out.json');
    const r = await sim('compare', '--scenario', good, '--scenario', badFile, ...SMALL, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${badFile}: policy.budget.surprise: is not a known parameter`);
    expect(r.stderr).not.toContain(`${good}:`);
    expect(existsSync(out)).toBe(false);
  });

  it('npm run bench -- --compare-only --json prints only the comparison row', async () => {
    const r = await node([join(root, '.build/node/bench.mjs'), '--compare-only', '--json', '--replications', '2', '--sizes', '600', '--rounds', '2']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'comparison', households: 600, months: 36, replications: 2,
      scenarios: ['Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year'],
    });
    for (const k of ['householdMonthsPerSecond', 'firstResultMs', 'comparisonMs', 'singleMs', 'ratio']) expect(rows[0]![k], k).toBeGreaterThan(0);
    // One ratio per round, each positive: the spread the least-time ratio is read against.
    for (const k of ['roundRatios', 'roundCpuRatios']) {
      expect(rows[0]![k], k).toHaveLength(2);
      for (const x of rows[0]![k] as number[]) expect(x, k).toBeGreaterThan(0);
    }
  });

  it('npm run bench refuses a round count that is not a whole number from 1', async () => {
    const r = await node([join(root, '.build/node/bench.mjs'), '--compare-only', '--rounds', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rounds: must be between 1 and 20, got 0');
  });
});
