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
import { policyKey, worldKey } from '../../src/engine/scenario/keys';
import { smallScenario } from './helpers';

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

describe('simulateWorld', () => {
  it('gives every scenario exactly the numbers of its own run, whatever else shares the world', () => {
    const scenarios = [cashHeavy(), base(), loansHeavy(), cashHeavy()];
    for (const r of [0, 5]) {
      const shared = simulateWorld(scenarios, r);
      expect(shared).toHaveLength(4);
      scenarios.forEach((s, k) => expect(bytes(shared[k]!).equals(bytes(simulateReplication(s, r))), `scenario ${k}, replication ${r}`).toBe(true));
      // And in another order (the targeting order is re-derived when the categorical bonus changes).
      const reversed = simulateWorld([...scenarios].reverse(), r).reverse();
      scenarios.forEach((_, k) => expect(bytes(reversed[k]!).equals(bytes(shared[k]!))).toBe(true));
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
});
