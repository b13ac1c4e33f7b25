// @vitest-environment node
/**
 * buildComparison(accs): each scenario's result is, byte for byte, what a
 * separate run of it gives; each difference is compareRuns of separate runs
 * against the first scenario; scenarios on other draws get an error, not a
 * difference.
 */
import { describe, expect, it } from 'vitest';
import {
  SCALARS, REGIONS, buildComparison, buildResult, compareRuns, pairingProblem, COMPARISON_SERIES,
  type Accumulator, type PairedDifference, type Scenario,
} from '../../src/engine/index';
import { InThreadRunner } from '../../src/run/inThread';
import { runComparison } from '../../src/run/prepare';
import { tinyScenario } from '../run/scenarios';
import { REGION_SCALARS } from '../../src/engine/model/layout';

const named = (name: string, edit: (s: Scenario) => void): Scenario => {
  const s = tinyScenario(3);
  s.name = name;
  edit(s);
  return s;
};
const statusQuo = named('status quo', (s) => {
  s.policy.budget.annualBn = [0];
  s.run.counterfactual = false;
});
const bn80 = named('Rs 80 bn', (s) => {
  s.policy.budget.annualBn = [80];
});
const otherWorld = named('Rs 80 bn, cost of living', (s) => {
  s.policy.budget.annualBn = [80];
  s.world.prices.costOfLiving = true;
});
const otherSeed = named('Rs 80 bn, seed 8', (s) => {
  s.policy.budget.annualBn = [80];
  s.run.seed = 8;
});

describe('buildComparison(accs)', () => {
  it('holds separate runs’ results byte for byte, and their paired differences against the first', async () => {
    const scenarios = [statusQuo, bn80, bn80, otherWorld, otherSeed];
    const runner = new InThreadRunner();
    const accs = await runComparison((job) => runner.submit(job), scenarios);
    const comparison = buildComparison(accs);
    const alone: Accumulator[] = [];
    for (const s of scenarios) alone.push(await runner.run(s));

    expect(comparison).toMatchObject({ format: 'poverty-sim-comparison', version: 1, baseline: 0 });
    expect(comparison.engineVersion).toBe(buildResult(alone[0]!).meta.engineVersion);
    expect(comparison.scenarios).toHaveLength(5);
    comparison.scenarios.forEach((result, k) =>
      expect(JSON.stringify(result, null, 2), `scenario ${k}`).toBe(JSON.stringify(buildResult(alone[k]!), null, 2)));

    expect(comparison.differences[0]).toBeNull();
    for (const k of [1, 2, 3]) {
      const d = comparison.differences[k] as PairedDifference;
      const { against, sharedWorld, ...difference } = d;
      expect(against).toBe(0);
      expect(sharedWorld, `scenario ${k}`).toBe(k !== 3);
      expect(JSON.stringify(difference), `scenario ${k}`).toBe(JSON.stringify(compareRuns(alone[k]!, alone[0]!, SCALARS, COMPARISON_SERIES, REGION_SCALARS)));
      expect(Object.keys(d.summary)).toEqual([...SCALARS]);
      expect(Object.keys(d.byRegion!)).toEqual([...REGIONS]);
      for (const r of REGIONS) expect(Object.keys(d.byRegion![r])).toEqual([...REGION_SCALARS]);
      expect(Object.keys(d.series)).toEqual(['povertyHeadcount', 'meanIncome', 'poorHouseholds']);
      expect(d.series.meanIncome!.p50).toHaveLength(12);
      expect(d.replications).toBe(3);
    }
    // The same scenario twice: the same result and the same difference.
    expect(JSON.stringify(comparison.scenarios[2])).toBe(JSON.stringify(comparison.scenarios[1]));
    expect(JSON.stringify(comparison.differences[2])).toBe(JSON.stringify(comparison.differences[1]));
    expect(comparison.differences[4]).toEqual({ against: 0, error: expect.stringMatching(/not paired with the baseline: different draws \(seed 8 \(baseline 7\)\)/) });
    // Against the status quo on one world, a region's paired difference in exits is the additional exits its own
    // result reports within the region (its status quo is the baseline's, on the same draws), to the last bit.
    const d1 = comparison.differences[1] as PairedDifference;
    for (const r of REGIONS) {
      expect(d1.byRegion![r].sustainedExits, r).toEqual(comparison.scenarios[1]!.byRegion[r].additionalSustainedExits);
      expect(d1.byRegion![r].povertyGapEnd, r).toEqual(comparison.scenarios[1]!.byRegion[r].povertyGapChangeEnd);
    }
    // Punjab's own, not the national difference copied into every region.
    expect(d1.byRegion!.punjab.povertyGapEnd!.mean!).toBeLessThan(0);
    expect(d1.byRegion!.punjab.povertyGapEnd!.mean).not.toBe(d1.summary.povertyGapEnd!.mean);
    expect(d1.byRegion!.punjab.povertyGapEnd!.mean).not.toBe(d1.byRegion!.sindh.povertyGapEnd!.mean);
  });

  it('differs by exactly zero between a scenario and itself', async () => {
    const runner = new InThreadRunner();
    const accs = await runComparison((job) => runner.submit(job), [bn80, { ...bn80, name: 'copy' }]);
    const d = buildComparison(accs).differences[1] as PairedDifference;
    for (const dist of Object.values(d.summary)) {
      for (const v of Object.values(dist!)) expect(v === null || v === 0).toBe(true);
    }
    expect(d.series.povertyHeadcount!.p95.every((x) => x === 0)).toBe(true);
    for (const r of REGIONS) {
      for (const dist of Object.values(d.byRegion![r])) for (const v of Object.values(dist!)) expect(v === null || v === 0).toBe(true);
    }
    expect(d.byRegion!.sindh.povertyHeadcountEnd).toEqual({ mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 });
    expect(d.summary.poorHouseholdsEnd).toEqual({ mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 });
  });

  it('refuses an empty comparison', () => {
    expect(() => buildComparison([])).toThrow(/at least one scenario/);
  });
});

describe('pairingProblem(scenario, baseline)', () => {
  it('names every run setting that changes the draws, and nothing else', () => {
    expect(pairingProblem(bn80, statusQuo)).toBeUndefined();
    expect(pairingProblem(otherWorld, statusQuo)).toBeUndefined();
    const moved = named('moved', (s) => Object.assign(s.run, { seed: 8, households: 700, months: 13, replications: 5 }));
    expect(pairingProblem(moved, statusQuo)).toBe(
      'not paired with the baseline: different draws (seed 8 (baseline 7), households 700 (baseline 600), months 13 (baseline 12)); differences need the same seed, households and months',
    );
  });

  it('names a different household data set, and ignores run.households when the data set the households', () => {
    const data = (sha: string) => ({ id: 'survey', name: 'Survey', sha256: sha.repeat(64), rows: 3 });
    const onA = named('on A', (s) => Object.assign(s, { households: data('a') }));
    const onAOtherSize = named('on A, other size', (s) => Object.assign(s, { households: data('a') }, { run: { ...s.run, households: 900 } }));
    const onB = named('on B', (s) => Object.assign(s, { households: data('b') }));
    expect(pairingProblem(onAOtherSize, onA)).toBeUndefined();
    expect(pairingProblem(onA, statusQuo)).toBe(
      'not paired with the baseline: different draws (household data "survey" aaaaaaaaaaaa (baseline synthetic)); ' +
        'differences need the same seed, households and months, and the same household data',
    );
    expect(pairingProblem(onB, onA)).toMatch(/household data "survey" bbbbbbbbbbbb \(baseline "survey" aaaaaaaaaaaa\)/);
  });
});
