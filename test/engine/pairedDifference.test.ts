// @vitest-environment node
/**
 * Sensitivity of a paired difference A − B on the real engine: the design
 * applies a point's values to each scenario that marks the parameter
 * uncertain (one value where both do, a world parameter always), B runs on
 * A's run settings, scenarios from different worlds or with one parameter
 * under two distributions are refused; and on common random numbers two
 * scenarios that behave identically differ by exactly 0 at every point,
 * a parameter that moves both alike swings the difference by exactly 0, and
 * Sobol' indices of a difference single out the parameter that matters.
 */
import { describe, expect, test } from 'vitest';
import { type Outcome, type Scenario } from '../../src/engine/index';
import { outcomeOf, sobolRows, tornadoBars, tornadoDesign } from '../../src/engine/analysis/sensitivity';
import { pairedParameters, pairedSobolDesign, pairedTornadoDesign, versusProblem } from '../../src/engine/analysis/pairedDifference';
import { runAll, smallScenario } from './helpers';

/** Training has money but no one takes a place, so nothing about it can change an outcome (yet it is read: isRead). */
const NO_TRAINING = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0.05, farm: 0.1, admin: 0 };

const base = (edit: (s: Scenario) => void = () => {}) =>
  smallScenario((s) => {
    s.run.replications = 2;
    s.policy.budget.programmeShares = { ...NO_TRAINING };
    s.policy.training.takeUp = 0;
    s.uncertainty = {
      'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 0.95 },
      'world.consumption.mpc': { dist: 'triangular', low: 0.1, mode: 0.25, high: 0.45 },
    };
    edit(s);
  }, 1200, 18);

/** A point's outcome from full runs of A's and B's point (buildResult), A's minus B's. */
function differences(design: { points: Scenario[]; versus?: Scenario[] }, outcome: Outcome = 'povertyHeadcountEnd'): number[] {
  return design.points.map((p, k) => outcomeOf(runAll(p).result, outcome) - outcomeOf(runAll(design.versus![k]!).result, outcome));
}

describe('the paired design', () => {
  test('a parameter uncertain in one scenario is set in that one only; in both, to one value, held at A\u2019s; B runs on A\u2019s run settings', () => {
    const a = base((s) => {
      s.policy.cash.takeUp = 0.7;
      s.uncertainty['policy.cash.benefitPKR'] = { dist: 'uniform', low: 1000, high: 4000 };
    });
    const b = base((s) => {
      s.name = 'B';
      s.run.replications = 5;
      s.policy.cash.takeUp = 0.9;
      s.policy.cash.benefitPKR = 2500;
      s.uncertainty['policy.training.completion'] = { dist: 'uniform', low: 0.5, high: 0.9 };
    });
    const params = pairedParameters(a, b);
    expect(params.map((p) => [p.path, p.uncertainIn, p.nominal])).toEqual([
      ['policy.cash.benefitPKR', 'scenario', a.policy.cash.benefitPKR],
      ['policy.cash.takeUp', 'both', 0.7],
      ['policy.training.completion', 'versus', b.policy.training.completion],
      ['world.consumption.mpc', 'both', a.world.consumption.mpc],
    ]);
    const design = pairedTornadoDesign(a, b);
    expect(design.points).toHaveLength(9);
    expect(design.versus).toHaveLength(9);
    design.points.forEach((pa, k) => {
      const pb = design.versus![k]!;
      expect([pa.uncertainty, pb.uncertainty]).toEqual([{}, {}]);
      expect(pb.run).toEqual(a.run);
      expect(pb.name).toBe('B');
      expect(pb.policy.cash.takeUp).toBe(pa.policy.cash.takeUp);
      expect(pb.world).toEqual(pa.world);
      expect(pb.policy.cash.benefitPKR).toBe(2500);
      expect(pa.policy.training.completion).toBe(a.policy.training.completion);
    });
    // The base point holds the shared take-up at A's value in both.
    expect(design.versus![0]!.policy.cash.takeUp).toBe(0.7);
    // Swinging B's training completion (parameter 3: points 5 and 6) moves B only.
    expect([design.versus![5]!.policy.training.completion, design.versus![6]!.policy.training.completion]).toEqual([design.low[2], design.high[2]]);
    expect(design.points[5]!.policy).toEqual(design.points[0]!.policy);
    const sobol = pairedSobolDesign(a, b, 4);
    expect(sobol.points).toHaveLength(4 * 6);
    sobol.points.forEach((pa, k) => expect(sobol.versus![k]!.world.consumption.mpc).toBe(pa.world.consumption.mpc));
  });

  test('a scenario from another world is refused, saying where the worlds differ and why it matters', () => {
    const a = base();
    const b = base((s) => {
      s.name = 'Other';
      s.run.seed = 99;
      s.world.population.povertyLinePKR += 100;
    });
    const problem = versusProblem(a, b)!;
    expect(problem).toMatch(/^"Other" does not share the world of ".*" \(they differ in world\.population\.povertyLinePKR, run\.seed \(\d+ and 99\)\)/);
    expect(problem).toContain('common random numbers');
    expect(() => pairedTornadoDesign(a, b)).toThrow(problem);
    expect(versusProblem(a, base((s) => (s.policy.cash.benefitPKR = 4000)))).toBeUndefined();
    const otherUncertainty = base((s) => (s.uncertainty['world.consumption.mpc'] = { dist: 'uniform', low: 0.1, high: 0.5 }));
    expect(versusProblem(a, otherUncertainty)).toContain('the uncertain world parameters');
  });

  test('a policy parameter uncertain in both under different distributions is refused, by its path', () => {
    const b = base((s) => (s.uncertainty['policy.cash.takeUp'] = { dist: 'uniform', low: 0.6, high: 0.95 }));
    expect(() => pairedSobolDesign(base(), b, 4)).toThrow(/^policy\.cash\.takeUp is uncertain in both .* with different distributions/);
  });
});

describe('on common random numbers', () => {
  test('two scenarios that behave identically differ by exactly 0 at every point, though each moves with the parameters', () => {
    const a = base();
    // B is another scenario, but only in a programme no one takes part in.
    const b = base((s) => {
      s.name = 'B';
      s.policy.training.durationMonths = 12;
    });
    const design = pairedTornadoDesign(a, b);
    for (const outcome of ['additionalSustainedExits', 'povertyHeadcountEnd'] as const)
      expect(differences(design, outcome).map(Math.abs), outcome).toEqual(design.points.map(() => 0));
    for (const bar of tornadoBars(design, differences(design))) expect([bar.swing, bar.base]).toEqual([0, 0]);
    // Both parameters do move each scenario: the zeros are pairing, not indifference.
    const alone = tornadoDesign(a);
    const swings = tornadoBars(alone, alone.points.map((p) => outcomeOf(runAll(p).result, 'povertyHeadcountEnd')));
    for (const bar of swings) expect(bar.swing).toBeGreaterThan(0);
    const sobol = pairedSobolDesign(a, b, 2);
    expect(differences(sobol).map(Math.abs)).toEqual(sobol.points.map(() => 0));
  });

  test('a parameter that moves A and B alike swings A − B by exactly 0 and ranks last; one that moves them apart ranks first', () => {
    // B pays a smaller benefit: take-up moves A and B apart. Training's course length moves neither.
    const a = base((s) => (s.uncertainty['policy.training.durationMonths'] = { dist: 'uniform', low: 2, high: 12 }));
    const b = base((s) => {
      s.policy.cash.benefitPKR = 1000;
      s.uncertainty['policy.training.durationMonths'] = { dist: 'uniform', low: 2, high: 12 };
    });
    const design = pairedTornadoDesign(a, b);
    const bars = tornadoBars(design, differences(design));
    expect(bars[0]!.path).toBe('policy.cash.takeUp');
    expect(bars[0]!.swing).toBeGreaterThan(0);
    expect(bars.at(-1)).toMatchObject({ path: 'policy.training.durationMonths', swing: 0 });
    expect(bars.at(-1)!.outcomeLow).toBe(bars.at(-1)!.base);
    expect(bars[0]!.base).not.toBe(0);
  });

  test('Sobol\u2019 indices of a difference: the parameter that moves nothing has total index exactly 0', () => {
    const a = base((s) => (s.uncertainty['policy.training.durationMonths'] = { dist: 'uniform', low: 2, high: 12 }));
    const b = base((s) => (s.policy.cash.benefitPKR = 1000));
    const design = pairedSobolDesign(a, b, 4);
    expect(design.parameters.map((p) => p.uncertainIn)).toEqual(['both', 'scenario', 'both']);
    const { rows, variance } = sobolRows(design, differences(design), { bootstrap: 50, seed: 3 });
    expect(variance).toBeGreaterThan(0);
    expect(rows.find((r) => r.path === 'policy.training.durationMonths')!.total).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(rows.find((r) => r.path === 'policy.cash.takeUp')!.total.estimate).toBeGreaterThan(0);
  });
});
