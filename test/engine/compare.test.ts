// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/engine/index';
import { runAll, smallScenario } from './helpers';

describe('compareRuns(scenario, baseline)', () => {
  it('gives exactly zero, with zero-width intervals, for a scenario identical to the baseline', () => {
    const base = smallScenario(() => {}, 1500, 24);
    const copy = structuredClone(base);
    copy.name = 'Duplicate';
    const d = compareRuns(runAll(copy, 3).acc, runAll(base, 3).acc, ['sustainedExits', 'povertyHeadcountEnd', 'spentPKR'], ['povertyHeadcount']);
    expect(d.replications).toBe(3);
    for (const dist of Object.values(d.summary)) expect(dist).toEqual({ mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 });
    expect(d.series.povertyHeadcount!.p95.every((x) => x === 0)).toBe(true);
  });

  it('pairs replications by index and ignores those only one run has', () => {
    const base = smallScenario((s) => {
      s.policy.budget.annualBn = [0];
    }, 1500, 24);
    const more = smallScenario((s) => {
      s.policy.budget.annualBn = [150];
    }, 1500, 24);
    const d = compareRuns(runAll(more, 4).acc, runAll(base, 2).acc, ['spentPKR', 'poorHouseholdsEnd']);
    expect(d.replications).toBe(2);
    expect(d.summary.spentPKR!.p5!).toBeGreaterThan(0);
    expect(d.summary.poorHouseholdsEnd!.mean!).toBeLessThan(0);
  });

  it('refuses runs that do not share common random numbers', () => {
    const a = runAll(smallScenario(() => {}, 1500, 12), 1).acc;
    const b = runAll(smallScenario((s) => {
      s.run.seed = 7;
    }, 1500, 12), 1).acc;
    expect(() => compareRuns(a, b, ['spentPKR'])).toThrow(/common random numbers/);
  });
});

describe('costTie', () => {
  it('pairs by replication index and calls a tie when the 90% interval of the differences holds zero', async () => {
    const { costTie } = await import('../../src/engine/index');
    const a = { indices: [0, 1, 2, 3], costs: [10, 12, 11, 13] };
    expect(costTie(a, { indices: [3, 2, 1, 0], costs: [3, 1, 2, 0] })).toMatchObject({ replications: 4, tied: false });
    expect(costTie(a, { indices: [0, 1, 2, 3], costs: [12, 10, 13, 11] })!.tied).toBe(true);
    // Replications where neither has additional exits (∞ − ∞) tell nothing and are left out; no common replications, no answer.
    expect(costTie({ indices: [0, 1], costs: [Infinity, 5] }, { indices: [0, 1], costs: [Infinity, 4] })).toMatchObject({ replications: 1, tied: false });
    expect(costTie(a, { indices: [7], costs: [1] })).toBeNull();
  });
});
