// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario, type OptimiseResult } from '../../../src/engine/index';
import { roundShares, roundedProposal } from '../../../src/ui/views/optimise/roundedProposal';

/** A result holding only what roundedProposal reads: its scenario and its constraints' status. */
function resultWith(shares: Record<string, number>, constraints: OptimiseResult['constraints'] = []): OptimiseResult {
  const s = defaultScenario();
  return { scenario: { ...s, policy: { ...s.policy, budget: { ...s.policy.budget, programmeShares: shares as typeof s.policy.budget.programmeShares } } }, constraints } as unknown as OptimiseResult;
}
const status = (path: string, kind: 'min' | 'max', bound: number, value: number) => ({ path, kind, bound, value, met: true, binds: Math.abs(value - bound) < 1e-6 });
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const tenths = (r: Record<string, number>) => Object.values(r).every((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-9);

describe('the optimiser\u2019s proposal as a scenario', () => {
  it('rounds shares to a tenth of a point by largest remainder, still summing to 100%', () => {
    expect(roundShares({ a: 0.46542221356, b: 0.48457778644, c: 0.05 })).toEqual({ a: 0.465, b: 0.485, c: 0.05 });
    // Three thirds: the spare tenth goes to the first of the equal remainders.
    expect(roundShares({ a: 1 / 3, b: 1 / 3, c: 1 / 3 })).toEqual({ a: 0.334, b: 0.333, c: 0.333 });
    const r = roundShares({ a: 0.1234, b: 0.2345, c: 0.3456, d: 0.2965 })!;
    expect(sum(r)).toBeCloseTo(1, 12);
    expect(tenths(r)).toBe(true);
  });

  it('leaves shares already in tenths of a point as they are', () => {
    const result = resultWith({ ...defaultScenario().policy.budget.programmeShares });
    expect(roundedProposal(result).policy.budget.programmeShares).toBe(result.scenario.policy.budget.programmeShares);
  });

  it('never rounds a share across a bound the proposal keeps: up at a lower bound, down at an upper one', () => {
    // Cash at its minimum of 46.5432%: by remainder it would go down to 46.5%, under the minimum.
    const shares = { cash: 0.465432, stipend: 0.484568, microfinance: 0, training: 0, farm: 0, admin: 0.05 };
    const plain = roundedProposal(resultWith(shares)).policy.budget.programmeShares;
    expect(plain.cash).toBe(0.465);
    const kept = roundedProposal(resultWith(shares, [status('programmes.cash.min', 'min', 0.465432, 0.465432)])).policy.budget.programmeShares;
    expect(kept.cash).toBeGreaterThanOrEqual(0.465432);
    expect(kept).toEqual({ ...shares, cash: 0.466, stipend: 0.484 });
    // An upper bound: the stipend at its maximum of 48.4568% would go up by remainder.
    const capped = roundedProposal(resultWith(shares, [status('programmes.stipend.max', 'max', 0.484568, 0.484568)])).policy.budget.programmeShares;
    expect(capped.stipend).toBeLessThanOrEqual(0.484568);
    expect(sum(capped)).toBeCloseTo(1, 12);
    // A floor for the existing recipients' benefit is paid from the cash share: cash is not rounded down.
    const floor = roundedProposal(resultWith(shares, [{ path: 'existingRecipientsMonthlyPKR.min', kind: 'min', bound: 2500, value: 2500, met: true, binds: true }]));
    expect(floor.policy.budget.programmeShares.cash).toBeGreaterThanOrEqual(0.465432);
  });

  it('opens the proposal as found where rounding might break a group\u2019s bound', () => {
    const shares = { cash: 0.465432, stipend: 0.484568, microfinance: 0, training: 0, farm: 0, admin: 0.05 };
    const tight = resultWith(shares, [status('groups[0].min', 'min', 0.95, 0.95)]);
    expect(roundedProposal(tight)).toBe(tight.scenario);
    const roomy = resultWith(shares, [status('groups[0].min', 'min', 0.5, 0.95)]);
    expect(tenths(roundedProposal(roomy).policy.budget.programmeShares)).toBe(true);
  });
});
