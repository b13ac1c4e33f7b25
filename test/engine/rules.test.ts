// @vitest-environment node
/**
 * Rules of the version-2 model, each on a small population where the answer
 * follows from the rule: the consumption rule, the existing transfer and how
 * new money adds to it, loans as cash flows, and effects on participants.
 */
import { describe, expect, it } from 'vitest';
import { consume } from '../../src/engine/model/consumption';
import { contextFor } from '../../src/engine/model/context';
import { generatePopulation } from '../../src/engine/population/generate';
import { runBurnIn } from '../../src/engine/model/pass';
import { startFrom } from '../../src/engine/model/state';
import { startYear } from '../../src/engine/model/programmes';
import { replicationKey } from '../../src/engine/random/hash';
import { PROGRAMMES, SCALARS, type Scenario } from '../../src/engine/index';
import { runAll, smallScenario } from './helpers';

describe('consume(mpc, bufferMonths, expected, cashOnHand)', () => {
  it('consumes expected income when savings are at their target, and keeps the buffer', () => {
    expect(consume(0.25, 1.5, 10000, 10000 + 15000)).toBe(10000);
  });
  it('cuts consumption by mpc × the shortfall, and never spends more than cash on hand', () => {
    expect(consume(0.25, 1.5, 10000, 25000 - 4000)).toBe(10000 - 0.25 * 4000);
    expect(consume(0.25, 1.5, 10000, 3000)).toBe(3000);
    expect(consume(1, 0, 10000, 7000)).toBe(7000);
  });
});

function yearZero(edit: Parameters<typeof smallScenario>[0]) {
  const s = smallScenario(edit, 3000, 12);
  const ctx = contextFor(s);
  const key = replicationKey(s.run.seed, 0);
  const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
  const st = startFrom(runBurnIn(ctx, pop, key), true, s.world.population.povertyLinePKR);
  startYear(ctx, pop, st, 0);
  return { s, pop, st };
}

describe('the existing transfer and new money', () => {
  it('enrols world.existingCash.recipients households (to the nearest sample household), the lowest PMT scores first', () => {
    const { s, pop } = yearZero(() => {});
    let enrolled = 0;
    let maxIn = -Infinity;
    let minOut = Infinity;
    for (let i = 0; i < pop.n; i++) {
      if (pop.existing[i]) {
        enrolled += pop.weight[i]!;
        maxIn = Math.max(maxIn, pop.pmt[i]!);
      } else minOut = Math.min(minOut, pop.pmt[i]!);
    }
    expect(Math.abs(enrolled - s.world.existingCash.recipients)).toBeLessThanOrEqual(Math.max(...pop.weight));
    expect(maxIn).toBeLessThan(minOut);
  });

  it('new cash never enrols a household already on the existing transfer; a top-up goes only to existing recipients', () => {
    const { pop, st } = yearZero((x) => {
      x.policy.cash.existingTopUpPKR = 300;
    });
    let newCash = 0;
    let topUps = 0;
    for (let i = 0; i < pop.n; i++) {
      if (st.cash[i]) {
        newCash++;
        expect(pop.existing[i]).toBe(0);
      }
      if (st.topUp[i]) {
        topUps++;
        expect(pop.existing[i]).toBe(1);
      }
    }
    expect(newCash).toBeGreaterThan(0);
    expect(topUps).toBeGreaterThan(0);
  });

  it('the top-up is paid before anyone new is enrolled', () => {
    // A cash envelope smaller than the top-ups it would take: no new household gets cash, even with money left over.
    const { pop, st } = yearZero((x) => {
      x.policy.budget.annualBn = [20];
      x.policy.cash.existingTopUpPKR = 1000;
    });
    let newCash = 0;
    for (let i = 0; i < pop.n; i++) if (st.cash[i]) newCash++;
    expect(newCash).toBe(0);
    expect([...st.topUp].some((x) => x === 1)).toBe(true);
  });

  it('with no new budget the scenario is the status quo: exactly zero additional exits, and both pay the existing transfer', () => {
    const { result } = runAll(smallScenario((x) => {
      x.policy.budget.annualBn = [0];
    }, 2000, 24), 2);
    expect(result.summary.additionalSustainedExits.mean).toBe(0);
    expect(result.summary.existingCashPKR.mean).toBeGreaterThan(0);
    expect(result.summary.spentPKR.mean).toBe(0);
  });
});

describe('loans as cash flows', () => {
  it('with investments that return nothing, borrowers consume less than without their loans', () => {
    const { result } = runAll(smallScenario((x) => {
      x.policy.microfinance.monthlyReturn = 0;
    }, 4000, 24), 2);
    const mf = result.byProgramme.microfinance;
    expect(mf.incomeEffect.mean!).toBeLessThan(-0.01);
    expect(mf.povertyEffect.mean!).toBeGreaterThan(0);
  });

  it('at the calibrated return, borrowers\u2019 average effect is about zero with some better and some worse off', () => {
    const { result } = runAll(smallScenario(() => {}, 6000, 36), 3);
    const mf = result.byProgramme.microfinance;
    expect(Math.abs(mf.incomeEffect.mean!)).toBeLessThan(0.02);
    expect(mf.shareBetterOff.mean!).toBeGreaterThan(0.1);
    expect(mf.shareWorseOff.mean!).toBeGreaterThan(0.1);
  });
});

describe('money and effects on participants', () => {
  it('unspent money by programme adds up to the unspent total, and spent + unspent = budget', () => {
    const { result } = runAll(smallScenario(() => {}, 2000, 24), 2);
    const byProgramme = PROGRAMMES.reduce((a, p) => a + result.summary.unspentByProgrammePKR[p].mean!, 0);
    expect(byProgramme).toBeCloseTo(result.summary.unspentPKR.mean!, -3);
    expect(result.summary.spentPKR.mean! + result.summary.unspentPKR.mean!).toBeCloseTo(result.summary.budgetPKR.mean!, -3);
  });

  it('a cash-only policy at a BISP-like benefit, existing transfer off, raises recipients\u2019 consumption and lowers their poverty', () => {
    const { result } = runAll(smallScenario((x) => {
      x.world.existingCash.recipients = 0;
      x.policy.budget.programmeShares = { cash: 1, stipend: 0, microfinance: 0, training: 0, farm: 0, admin: 0 };
      x.policy.budget.annualBn = [80];
    }, 6000, 24), 3);
    const cash = result.byProgramme.cash;
    expect(cash.incomeEffect.mean!).toBeGreaterThan(0.03);
    expect(cash.povertyEffect.mean!).toBeLessThan(-0.05);
    expect(result.byProgramme.microfinance.participants.mean).toBe(0);
  });

  it('effects are not reported without the status quo run', () => {
    const { result } = runAll(smallScenario((x) => {
      x.run.counterfactual = false;
    }, 1500, 12), 1);
    expect(result.byProgramme.any.incomeEffect.mean).toBeNull();
    expect(result.meta.warnings.join(' ')).toMatch(/comparison with the status quo is off/);
    // The status quo itself (no new budget) needs no comparison, and gets no warning for it.
    const { result: sq } = runAll(smallScenario((x) => {
      x.run.counterfactual = false;
      x.policy.budget.annualBn = [0];
    }, 1500, 12), 1);
    expect(sq.meta.warnings).toEqual([]);
  });

  it('a risk-fund share of 100% makes no loans and says so in meta.warnings', () => {
    const { result } = runAll(smallScenario((x) => {
      x.policy.microfinance.riskFundShare = 1;
    }, 1500, 12), 1);
    expect(result.summary.loansDisbursedPKR.mean).toBe(0);
    expect(result.meta.warnings.join(' ')).toMatch(/Microfinance made no loans: the whole microfinance budget went into the risk fund/);
  });
});

describe('what persists after support stops', () => {
  it('a year of cash leaves little behind two years later: nothing carries it but savings', () => {
    const { result } = runAll(smallScenario((x) => {
      x.policy.budget.annualBn = [80, 0, 0];
      x.policy.budget.programmeShares = { cash: 1, stipend: 0, microfinance: 0, training: 0, farm: 0, admin: 0 };
    }, 6000, 36), 3);
    const diff = (t: number) => result.counterfactual!.series.povertyHeadcount.mean[t]! - result.series.povertyHeadcount.mean[t]!;
    // While paying (month 11) the headcount is clearly lower; by month 35 almost all of that is gone.
    expect(diff(11)).toBeGreaterThan(0.003);
    expect(Math.abs(diff(35))).toBeLessThan(0.2 * diff(11));
  });
});

describe('household members', () => {
  it('children are drawn afresh for every member, however large the household (no repeats past the 14th)', () => {
    const s = smallScenario((x) => {
      x.world.population.householdSize = 15;
      x.world.population.childShare = 0.5;
    }, 3000, 12);
    const ctx = contextFor(s);
    const pop = generatePopulation(ctx, ctx.sample, ctx.mu, replicationKey(3, 0));
    // Children = (size − ae) / 0.2. Among households with 17+ members, members 15 and 16 reused the bits of
    // members 13 and 14, which inflated the variance of the child count above the binomial's.
    let n = 0;
    let sumRatio = 0;
    let sumVarRatio = 0;
    for (let i = 0; i < pop.n; i++) {
      const others = pop.size[i]! - 1;
      if (others < 16) continue;
      const children = Math.round((pop.size[i]! - pop.ae[i]!) / 0.2);
      n++;
      sumRatio += children / others;
      sumVarRatio += (children - 0.5 * others) ** 2 / (0.25 * others);
    }
    expect(n).toBeGreaterThan(200);
    expect(sumRatio / n).toBeCloseTo(0.5, 1);
    expect(sumVarRatio / n).toBeLessThan(1.2);
  });
});

describe('loan cash flows balance', () => {
  it('what households paid out of cash on hand = principal repaid (less recalled diversions, which they did not pay) + interest', () => {
    for (const edit of [
      (x: Scenario) => {
        x.policy.microfinance.borrowerRatePct = 12;
        x.policy.microfinance.wilfulShare = 0.1;
      },
      (x: Scenario) => {
        x.world.shocks.flood2022 = true;
        x.world.shocks.floodMonth = 3;
        x.policy.microfinance.diversionShare = 0.3;
      },
    ]) {
      const { acc, result } = runAll(smallScenario(edit, 2500, 24), 2);
      const s = result.summary;
      expect(s.loansDisbursedPKR.mean!).toBeGreaterThan(0);
      for (const [, d] of acc.entries()) {
        const at = (k: string) => d[acc.layout.scalars + SCALARS.indexOf(k as (typeof SCALARS)[number])]!;
        const expected = at('principalRepaidPKR') - at('divertedRecalledPKR') + at('interestPaidPKR');
        expect(Math.abs(at('loanPaymentsPKR') - expected)).toBeLessThanOrEqual(1e-6 * at('loansDisbursedPKR'));
      }
    }
  });
});
