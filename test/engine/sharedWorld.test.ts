// @vitest-environment node
/**
 * One world, many policies: a comparison computes each replication's
 * population, burn-in and status-quo pass once and runs only the policies on
 * top. These tests fail if sharing changes any number, if a scenario from
 * another world slips in, or if the free baseline is not the pass it replaces.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/engine/index';
import { isStatusQuoPolicy, simulateWorld } from '../../src/engine/simulate';
import { policyKey, worldKey, worldSettingsKey } from '../../src/engine/scenario/keys';
import { fullPasses, smallScenario } from './helpers';
import { contextFor } from '../../src/engine/model/context';
import { passLayout } from '../../src/engine/model/layout';
import { generatePopulation } from '../../src/engine/population/generate';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn, runMonths } from '../../src/engine/model/pass';
import { startFrom } from '../../src/engine/model/state';
import { REGIONS } from '../../src/engine/index';

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

const base = () => smallScenario((s) => {
  s.policy.budget.annualBn = [0];
}, 800, 14);
const cashHeavy = () => smallScenario((s) => {
  s.policy.budget.annualBn = [120];
  s.policy.budget.programmeShares = { cash: 0.8, stipend: 0.1, microfinance: 0.025, training: 0.0125, farm: 0.0125, admin: 0.05 };
  s.policy.cash.categoricalBonus = 10;
}, 800, 14);
const loansHeavy = () => smallScenario((s) => {
  s.policy.budget.annualBn = [100];
  s.policy.budget.programmeShares = { cash: 0.2, stipend: 0.05, microfinance: 0.3, training: 0.2, farm: 0.2, admin: 0.05 };
  s.policy.cash.categoricalBonus = 0;
  s.policy.cash.existingTopUpPKR = 300;
}, 800, 14);

/** Keener borrowers than the others: the month's shared uptake draws must reach its higher rates too. */
const loansKeen = () => smallScenario((s) => {
  s.policy.budget.annualBn = [90];
  s.policy.budget.programmeShares = { cash: 0.3, stipend: 0.05, microfinance: 0.4, training: 0.1, farm: 0.1, admin: 0.05 };
  s.policy.microfinance.annualUptake = 0.8;
  s.policy.microfinance.repeatUptake = 0.9;
}, 800, 14);

describe('simulateWorld', () => {
  it('gives every scenario exactly the numbers of its own run, whatever else shares the world', () => {
    // loansKeen after a policy with lower uptake rates: the draws shared by the month are kept up to the highest rate.
    const scenarios = [cashHeavy(), base(), loansHeavy(), loansKeen(), cashHeavy()];
    for (const r of [0, 5]) {
      const shared = simulateWorld(scenarios, r);
      expect(shared).toHaveLength(5);
      scenarios.forEach((s, k) => expect(bytes(shared[k]!).equals(bytes(simulateReplication(s, r))), `scenario ${k}, replication ${r}`).toBe(true));
      // And in another order (the targeting order is re-derived when the categorical bonus changes).
      const reversed = simulateWorld([...scenarios].reverse(), r).reverse();
      scenarios.forEach((_, k) => expect(bytes(reversed[k]!).equals(bytes(shared[k]!))).toBe(true));
    }
  });

  it('steps only touched households, yet gives exactly the numbers of full passes', () => {
    const flood = smallScenario((s) => {
      s.world.shocks.flood2022 = true;
      s.world.shocks.floodMonth = 4;
      s.policy.microfinance.annualUptake = 0.7;
      s.policy.microfinance.borrowerRatePct = 14;
    }, 800, 26);
    for (const sc of [cashHeavy(), loansHeavy(), loansKeen(), flood]) {
      for (const r of [0, 2]) expect(bytes(simulateReplication(sc, r)).equals(bytes(fullPasses(sc, r))), `${sc.name} replication ${r}`).toBe(true);
    }
  });

  it('sums the same totals as household by household, to rounding', () => {
    // The policy pass alone, its totals summed over every household in order: the totals by differences must
    // agree with them to rounding. A difference added with the wrong sign, a household poor in the status quo
    // but not subtracted, or a region's count left out would each be off by a household's weight or more.
    for (const sc of [cashHeavy(), loansHeavy()]) {
      const ctx = contextFor(sc);
      const L = passLayout(ctx.months);
      const key = replicationKey(sc.run.seed, 1);
      const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
      const plain = new Float64Array(L.size);
      const alone = startFrom(runBurnIn(ctx, pop, key), true, sc.world.population.povertyLinePKR);
      runMonths(ctx, pop, alone, key, 0, ctx.months, { out: plain, base: 0, layout: L });
      const inStep = simulateReplication(sc, 1);
      const series = (a: Float64Array) => Array.from(a.subarray(L.series, L.regionSeries + REGIONS.length * ctx.months));
      const got = series(inStep);
      const want = series(plain);
      let differs = 0;
      got.forEach((v, k) => {
        expect(Math.abs(v - want[k]!), `series value ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want[k]!)));
        if (v !== want[k]) differs++;
      });
      // And some totals do round differently: the test is not comparing a pass with itself.
      expect(differs).toBeGreaterThan(0);
    }
  });

  it('gives the do-nothing policy the status-quo pass, bit for bit what running it would give', () => {
    const b = base();
    expect(isStatusQuoPolicy(b)).toBe(true);
    for (const r of [0, 3]) {
      const fast = simulateWorld([b, loansHeavy()], r);
      const slow = simulateWorld([b, loansHeavy()], r, false);
      expect(bytes(fast[0]!).equals(bytes(slow[0]!))).toBe(true);
      expect(bytes(fast[1]!).equals(bytes(slow[1]!))).toBe(true);
    }
  });

  it('counts a top-up or an opening fund balance as a real policy, even with no budget', () => {
    const topUp = base();
    topUp.policy.cash.existingTopUpPKR = 100;
    const fund = base();
    fund.policy.microfinance.initialFundPKR = 1e9;
    expect(isStatusQuoPolicy(topUp)).toBe(false);
    expect(isStatusQuoPolicy(fund)).toBe(false);
  });

  it('keeps the counterfactual block and effects empty for a scenario that does not report them', () => {
    const quiet = cashHeavy();
    quiet.run.counterfactual = false;
    const [withCf, without] = simulateWorld([cashHeavy(), quiet], 1);
    const half = withCf!.length / 2;
    expect(without!.subarray(half).every(Number.isNaN)).toBe(true);
    expect(bytes(without!.subarray(0, 52)).equals(bytes(withCf!.subarray(0, 52)))).toBe(true);
    expect(bytes(without!).equals(bytes(simulateReplication(quiet, 1)))).toBe(true);
  });

  it('refuses scenarios from different worlds', () => {
    const other = cashHeavy();
    other.run.seed += 1;
    expect(() => simulateWorld([cashHeavy(), other], 0)).toThrow(/does not share the world/);
    const moreReps = cashHeavy();
    moreReps.run.replications += 10;
    expect(worldKey(moreReps)).toBe(worldKey(cashHeavy()));
    expect(policyKey(moreReps)).toBe(policyKey(cashHeavy()));
    expect(policyKey(loansHeavy())).not.toBe(policyKey(cashHeavy()));
  });

  it("keys a world's settings apart from what it is run on: seed, sample and policy leave them alone, a world parameter or its uncertainty does not", () => {
    const other = cashHeavy();
    other.run.seed += 1;
    other.run.households *= 2;
    other.run.months += 12;
    other.uncertainty['policy.cash.takeUp'] = { dist: 'uniform', low: 0.5, high: 0.9 };
    // Another seed, sample and months: another world to run, the same world's settings.
    expect(worldKey(other)).not.toBe(worldKey(cashHeavy()));
    expect(worldSettingsKey(other)).toBe(worldSettingsKey(base()));
    const flooded = cashHeavy();
    flooded.world.shocks.floodLoss += 0.05;
    expect(worldSettingsKey(flooded)).not.toBe(worldSettingsKey(base()));
    // The same distributions added in the other order are the same world; another distribution is not.
    const a = cashHeavy();
    a.uncertainty['world.shocks.floodLoss'] = { dist: 'uniform', low: 0.1, high: 0.4 };
    a.uncertainty['world.shocks.floodRecovery'] = { dist: 'uniform', low: 0.5, high: 0.9 };
    const b = cashHeavy();
    b.uncertainty['world.shocks.floodRecovery'] = { dist: 'uniform', low: 0.5, high: 0.9 };
    b.uncertainty['world.shocks.floodLoss'] = { dist: 'uniform', low: 0.1, high: 0.4 };
    expect(worldSettingsKey(a)).toBe(worldSettingsKey(b));
    b.uncertainty['world.shocks.floodLoss'] = { dist: 'uniform', low: 0.1, high: 0.5 };
    expect(worldSettingsKey(a)).not.toBe(worldSettingsKey(b));
  });
});
