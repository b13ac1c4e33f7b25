// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/engine/index';
import { roundShares, roundedProposal } from '../../../src/ui/views/optimise/roundedProposal';

describe('the optimiser\u2019s proposal as a scenario', () => {
  it('rounds shares to a tenth of a point by largest remainder, still summing to 100%', () => {
    const shares = { a: 0.46542221356, b: 0.48457778644, c: 0.05 };
    expect(roundShares(shares)).toEqual({ a: 0.465, b: 0.485, c: 0.05 });
    // Three thirds: the spare tenth goes to the first of the equal remainders.
    expect(roundShares({ a: 1 / 3, b: 1 / 3, c: 1 / 3 })).toEqual({ a: 0.334, b: 0.333, c: 0.333 });
    const r = roundShares({ a: 0.1234, b: 0.2345, c: 0.3456, d: 0.2965 });
    expect(Object.values(r).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    for (const v of Object.values(r)) expect(Math.abs(v * 1000 - Math.round(v * 1000))).toBeLessThan(1e-9);
  });

  it('leaves shares already in tenths of a point as they are, and rounds only the records that need it', () => {
    const s = defaultScenario();
    expect(roundedProposal(s).policy.budget.programmeShares).toBe(s.policy.budget.programmeShares);
    const odd = { ...s, policy: { ...s.policy, budget: { ...s.policy.budget, programmeShares: { cash: 0.46542221356, stipend: 0.48457778644, microfinance: 0, training: 0, farm: 0, admin: 0.05 } } } };
    const r = roundedProposal(odd);
    expect(r.policy.budget.programmeShares).toEqual({ cash: 0.465, stipend: 0.485, microfinance: 0, training: 0, farm: 0, admin: 0.05 });
    expect(r.policy.budget.customRegionShares).toBe(s.policy.budget.customRegionShares);
  });
});
