// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runAll, smallScenario } from './helpers';

const mean = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0) / xs.length;

describe('policy responses (common random numbers)', () => {
  it('with budget 0 poverty falls no faster than with the default budget, and there are no additional exits', () => {
    const zero = runAll(smallScenario((s) => {
      s.policy.budget.annualBn = [0];
    }, 8000), 4).result;
    const def = runAll(smallScenario(() => {}, 8000), 4).result;
    expect(zero.summary.povertyHeadcountEnd.mean!).toBeGreaterThan(def.summary.povertyHeadcountEnd.mean!);
    expect(zero.summary.additionalSustainedExits.mean).toBe(0);
    expect(zero.summary.spentPKR.mean).toBe(0);
    expect(def.summary.additionalSustainedExits.p5!).toBeGreaterThan(0);
  });

  it('a bigger budget lifts more households out of poverty', () => {
    const small = runAll(smallScenario((s) => {
      s.policy.budget.annualBn = [80];
    }, 8000), 4).result;
    const big = runAll(smallScenario((s) => {
      s.policy.budget.annualBn = [120];
    }, 8000), 4).result;
    expect(big.summary.additionalSustainedExits.mean!).toBeGreaterThan(small.summary.additionalSustainedExits.mean!);
  });

  it('a 2022-scale flood raises national poverty by roughly the 3.7–4.0 points of the PDNA, and raises PAR30', () => {
    const none = runAll(smallScenario(() => {}, 16000), 4).result;
    const flood = runAll(smallScenario((s) => {
      s.world.shocks.flood2022 = true;
      s.world.shocks.floodMonth = 6;
    }, 16000), 4).result;
    const a = none.counterfactual!.series.povertyHeadcount.mean;
    const b = flood.counterfactual!.series.povertyHeadcount.mean;
    const peak = Math.max(...b.map((x, t) => x! - a[t]!));
    expect(peak).toBeGreaterThan(0.03);
    expect(peak).toBeLessThan(0.047);
    const afterFlood = (xs: (number | null)[]) => mean(xs.slice(7, 19));
    expect(afterFlood(flood.series.par30.mean)).toBeGreaterThan(afterFlood(none.series.par30.mean));
  });

  it('raising the extension limit lowers write-offs', () => {
    const writeOffs = (ext: number) =>
      runAll(smallScenario((s) => {
        s.policy.microfinance.maxExtensionMonths = ext;
        s.policy.microfinance.rescheduleMonths = 0;
        s.world.shocks.flood2022 = true;
      }, 8000), 4).result.summary.writtenOffPKR.mean!;
    const none = writeOffs(0);
    const long = writeOffs(12);
    expect(long).toBeLessThan(none);
  });

  it('without risk-fund capital there is no lending; a depleted fund stops new lending', () => {
    const noFund = runAll(smallScenario((s) => {
      s.policy.microfinance.riskFundShare = 0;
    }, 3000, 12), 2).result;
    expect(noFund.summary.loansDisbursedPKR.mean).toBe(0);

    const depleted = runAll(smallScenario((s) => {
      s.policy.budget.annualBn = [80, 0, 0];
      s.policy.microfinance.wilfulShare = 0.6;
      s.policy.microfinance.recoveryRate = 0;
      s.policy.microfinance.riskFundCoverage = 1;
    }, 6000, 36), 2).result;
    const fund = depleted.series.riskFundBalancePKR.mean;
    const lending = depleted.series.loansDisbursedPKR.mean;
    expect(fund[35]!).toBeLessThan(0.1 * fund[0]!);
    expect(mean(lending.slice(0, 3))).toBeGreaterThan(0);
    expect(Math.max(...lending.slice(24).map((x) => x!))).toBe(0);
  });

  it('the default scenario is calibrated to a normal-year PAR30 near 1.5%', () => {
    const res = runAll(smallScenario(() => {}, 12000), 4).result;
    const par = mean(res.series.par30.mean.slice(12));
    expect(par).toBeGreaterThan(0.008);
    expect(par).toBeLessThan(0.025);
  });
});
