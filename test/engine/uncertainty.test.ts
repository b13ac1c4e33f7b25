// @vitest-environment node
/**
 * Uncertain parameters: validation by path, the quantile functions, draws
 * keyed by (seed, replication, parameter) alone, and the engine running each
 * replication on exactly its drawn values, with common random numbers kept.
 */
import { describe, expect, test } from 'vitest';
import {
  defaultScenario, drawnValue, SCENARIO_VERSION, quantile, scenarioForReplication, simulateReplication, simulateWorld, uncertainUnit, validateScenario, withValues,
  type Distribution, type Scenario,
} from '../../src/engine/index';
import { runAll, smallScenario } from './helpers';

const issuesOf = (uncertainty: unknown) => {
  const res = validateScenario({ ...defaultScenario(), uncertainty });
  return res.ok ? [] : res.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('validation of uncertain parameters', () => {
  test('a valid entry of each kind passes', () => {
    expect(issuesOf({
      'policy.cash.takeUp': { dist: 'uniform', low: 0.7, high: 1 },
      'policy.cash.leakage': { dist: 'triangular', low: 0, mode: 0.05, high: 0.2 },
      'world.consumption.mpc': { dist: 'normal', mean: 0.25, sd: 0.1, low: 0.05, high: 0.6 },
      'policy.cash.benefitPKR': { dist: 'lognormal', median: 2000, sigma: 0.3, low: 1000, high: 4000 },
    })).toEqual([]);
  });

  test('every kind of mistake is reported at its path, with the reason', () => {
    const issues = issuesOf({
      // A key a JSON file can hold, which an object literal would take as the prototype.
      ...JSON.parse('{"__proto__": {"dist": "uniform", "low": 0, "high": 1}}'),
      'policy.cash.nothing': { dist: 'uniform', low: 0, high: 1 },
      'run.households': { dist: 'uniform', low: 1000, high: 2000 },
      'policy.cash.targeting': { dist: 'uniform', low: 0, high: 1 },
      'policy.cash.takeUp': { dist: 'beta', low: 0, high: 1 },
      'policy.cash.leakage': { dist: 'uniform', low: 0.5, high: 0.2 },
      'policy.cash.pmtCutoff': { dist: 'triangular', low: 10, mode: 50, high: 40 },
      'world.consumption.mpc': { dist: 'normal', mean: 0.25, sd: 0, low: 0, high: 2 },
      'policy.cash.benefitPKR': { dist: 'lognormal', median: 2000, sigma: 0.3, low: 0, high: 4000, extra: 1 },
      'policy.cash.categoricalBonus': { dist: 'uniform', low: '1', high: 3 },
    });
    expect(issues).toEqual(expect.arrayContaining([
      'uncertainty.policy.cash.nothing: is not a number parameter of the policy or the world (e.g. "policy.cash.takeUp")',
      'uncertainty.run.households: is not a number parameter of the policy or the world (e.g. "policy.cash.takeUp")',
      'uncertainty.policy.cash.targeting: is not a number parameter of the policy or the world (e.g. "policy.cash.takeUp")',
      'uncertainty.__proto__: is not a number parameter of the policy or the world (e.g. "policy.cash.takeUp")',
      'uncertainty.policy.cash.takeUp.dist: must be one of "uniform", "triangular", "normal", "lognormal"',
      'uncertainty.policy.cash.leakage.high: must be above low (0.5), got 0.2',
      'uncertainty.policy.cash.pmtCutoff.mode: must lie between low and high, got 50',
      'uncertainty.world.consumption.mpc.sd: must be above 0, got 0',
      "uncertainty.world.consumption.mpc: bounds must lie within the parameter's range, 0.01 to 1 share / month; got 0 to 2",
      'uncertainty.policy.cash.benefitPKR.low: must be above 0 for a log-normal, got 0',
      'uncertainty.policy.cash.benefitPKR.extra: is not a setting of a lognormal distribution',
      'uncertainty.policy.cash.categoricalBonus.low: must be a finite number',
    ]));
    expect(issues).toHaveLength(12);
    expect(issuesOf(undefined)).toEqual(['uncertainty: is missing']);
    expect(issuesOf([])).toEqual(['uncertainty: must be an object of parameter paths and distributions']);
  });

  test('a version-2 document migrates with no uncertain parameters', () => {
    const { uncertainty: _u, ...v2 } = { ...defaultScenario(), version: 2 };
    const res = validateScenario(v2);
    expect(res.ok && res.scenario.uncertainty).toEqual({});
    expect(res.ok && res.scenario.version).toBe(SCENARIO_VERSION);
  });
});

describe('quantiles', () => {
  test('uniform and triangular follow their inverse CDFs', () => {
    const u: Distribution = { dist: 'uniform', low: 2, high: 6 };
    expect([quantile(u, 0), quantile(u, 0.25), quantile(u, 1)]).toEqual([2, 3, 6]);
    const t: Distribution = { dist: 'triangular', low: 0, mode: 1, high: 4 };
    // F(mode) = (mode − low) / (high − low) = 1/4; the median solves (4 − x)² / 12 = 1/2.
    expect(quantile(t, 0.25)).toBeCloseTo(1, 12);
    expect(quantile(t, 0.5)).toBeCloseTo(4 - Math.sqrt(6), 12);
  });

  test('the truncated normal and log-normal stay inside their bounds and are centred where they should be', () => {
    const n: Distribution = { dist: 'normal', mean: 10, sd: 5, low: 5, high: 15 };
    expect(quantile(n, 0.5)).toBeCloseTo(10, 6);
    for (const p of [1e-9, 0.01, 0.99, 1 - 1e-9]) expect(quantile(n, p)).toBeGreaterThanOrEqual(5), expect(quantile(n, p)).toBeLessThanOrEqual(15);
    // Truncated to [mean − sd, mean + sd], the lower quartile is at Φ⁻¹(Φ(−1) + 0.25 · (Φ(1) − Φ(−1))) = Φ⁻¹(0.32933) ≈ −0.4417 sd.
    expect(quantile(n, 0.25)).toBeCloseTo(10 + 5 * -0.4417, 3);
    const l: Distribution = { dist: 'lognormal', median: 100, sigma: 0.5, low: 50, high: 200 };
    expect(quantile(l, 0.5)).toBeCloseTo(100, 6);
    expect(quantile(l, 0.999999)).toBeLessThanOrEqual(200);
  });
});

describe('draws', () => {
  const sc = (edit: (s: Scenario) => void = () => {}) => {
    const s = defaultScenario();
    s.uncertainty = { 'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 1 }, 'world.consumption.mpc': { dist: 'uniform', low: 0.1, high: 0.4 } };
    edit(s);
    return s;
  };

  test('keyed by seed, replication and parameter only: other settings, other parameters and order change nothing', () => {
    const a = sc();
    const b = sc((s) => {
      s.policy.budget.annualBn = [120];
      s.uncertainty = { 'world.consumption.mpc': { dist: 'uniform', low: 0.1, high: 0.4 } };
    });
    for (const r of [0, 1, 17]) expect(drawnValue(b, 'world.consumption.mpc', r)).toBe(drawnValue(a, 'world.consumption.mpc', r));
    expect(drawnValue(a, 'world.consumption.mpc', 0)).not.toBe(drawnValue(a, 'world.consumption.mpc', 1));
    const reseeded = sc((s) => (s.run.seed = 99));
    expect(drawnValue(reseeded, 'world.consumption.mpc', 0)).not.toBe(drawnValue(a, 'world.consumption.mpc', 0));
  });

  test('uniform across replications: 2,000 draws have the mean and quartiles of U(0, 1)', () => {
    const u = Array.from({ length: 2000 }, (_, r) => uncertainUnit(7, r, 'policy.cash.takeUp')).sort((x, y) => x - y);
    const mean = u.reduce((s, x) => s + x, 0) / u.length;
    // Standard error of the mean of U(0, 1) over 2,000 draws is 0.0065; of a quartile, about 0.0097.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.025);
    expect(Math.abs(u[500]! - 0.25)).toBeLessThan(0.04);
    expect(Math.abs(u[1500]! - 0.75)).toBeLessThan(0.04);
  });

  test('whole-number parameters get whole-number draws', () => {
    const s = defaultScenario();
    s.uncertainty = { 'policy.microfinance.termMonths': { dist: 'uniform', low: 6, high: 24 } };
    const v = validateScenario(s);
    if (!v.ok) return expect.fail(v.issues.map((i) => i.path + i.message).join());
    for (let r = 0; r < 20; r++) expect(Number.isInteger(drawnValue(v.scenario, 'policy.microfinance.termMonths', r))).toBe(true);
  });
});

describe('the engine on uncertain parameters', () => {
  const base = () => smallScenario((s) => (s.run.replications = 30), 1500, 24);
  const uncertain = () => {
    const s = base();
    s.uncertainty = { 'policy.cash.takeUp': { dist: 'uniform', low: 0.2, high: 1 }, 'world.consumption.mpc': { dist: 'uniform', low: 0.05, high: 0.6 } };
    return s;
  };

  test('each replication runs on exactly its drawn values', () => {
    const s = uncertain();
    for (const r of [0, 3]) {
      const fixed = withValues({ ...base(), uncertainty: {} }, { 'policy.cash.takeUp': drawnValue(s, 'policy.cash.takeUp', r), 'world.consumption.mpc': drawnValue(s, 'world.consumption.mpc', r) });
      expect(simulateReplication(s, r)).toEqual(simulateReplication(fixed, r));
    }
    const plain = base();
    expect(scenarioForReplication(plain, 0)).toBe(plain);
  });

  test('the bands widen, and the result reports every replication\u2019s drawn values', () => {
    // The cash benefit drives what a recipient gains; sampling noise in that mean is small, so the spread is the draws'.
    const uncertainBenefit = () => ({ ...base(), uncertainty: { 'policy.cash.benefitPKR': { dist: 'uniform', low: 1000, high: 6000 } } }) as Scenario;
    const fixed = runAll(base()).result.byProgramme.cash.incomeEffect;
    const wide = runAll(uncertainBenefit()).result.byProgramme.cash.incomeEffect;
    expect(wide.p95! - wide.p5!).toBeGreaterThan(3 * (fixed.p95! - fixed.p5!));
    const { result } = runAll({ ...uncertainBenefit(), uncertainty: { ...uncertainBenefit().uncertainty, 'policy.cash.takeUp': { dist: 'uniform', low: 0.2, high: 1 } } }, 6);
    expect(result.uncertainty!.parameters).toEqual(['policy.cash.benefitPKR', 'policy.cash.takeUp']);
    expect(result.uncertainty!.replications).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.uncertainty!.draws[4]).toEqual([drawnValue(result.scenario, 'policy.cash.benefitPKR', 4), drawnValue(result.scenario, 'policy.cash.takeUp', 4)]);
    expect(runAll(base(), 1).result.uncertainty).toBeNull();
  });

  test('common random numbers hold: an identical scenario differs by exactly 0, and a shared world gives each scenario its lone result', () => {
    const a = uncertain();
    const same = { ...uncertain(), name: 'copy' };
    const other = uncertain();
    other.policy.budget.annualBn = [40];
    for (const r of [0, 5]) {
      const [x, y, z] = simulateWorld([a, same, other], r);
      expect(y).toEqual(x);
      expect(z).toEqual(simulateReplication(other, r));
    }
  });

  test('scenarios whose world uncertainty differs do not share a world', () => {
    const a = uncertain();
    const b = uncertain();
    b.uncertainty = { ...b.uncertainty, 'world.consumption.mpc': { dist: 'uniform', low: 0.05, high: 0.5 } };
    expect(() => simulateWorld([a, b], 0)).toThrow(/does not share the world/);
  });
});
