// @vitest-environment node
/**
 * Sensitivity designs on the real engine: a parameter with no effect swings
 * the outcome by exactly 0 and ranks last (common random numbers), the
 * design points are the scenario at fixed values, and the Saltelli design
 * maps unit coordinates through each distribution.
 */
import { describe, expect, test } from 'vitest';
import { quantile, type Scenario } from '../../src/engine/index';
import { designPoint, noSpread, outcomeOf, sobolDesign, sobolRows, tornadoBars, tornadoDesign } from '../../src/engine/analysis/sensitivity';
import { runAll, smallScenario } from './helpers';

const scenario = () =>
  smallScenario((s) => {
    s.run.replications = 3;
    // Training has money but no one takes a place, so its course length is read and can change nothing (with no
    // money it would not be read, and the analysis would leave it out: the last test).
    s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0.05, farm: 0.1, admin: 0 };
    s.policy.training.takeUp = 0;
    s.uncertainty = {
      'policy.training.durationMonths': { dist: 'uniform', low: 2, high: 12 },
      'policy.cash.benefitPKR': { dist: 'triangular', low: 1000, mode: 2000, high: 5000 },
    };
  }, 1500, 24);

const evaluate = (points: readonly Scenario[]) => points.map((p) => outcomeOf(runAll(p).result, 'additionalSustainedExits'));

describe('tornado', () => {
  test('a parameter with no effect swings the outcome by exactly 0 and ranks last; one with an effect ranks first', () => {
    const design = tornadoDesign(scenario());
    expect(design.points).toHaveLength(5);
    const bars = tornadoBars(design, evaluate(design.points));
    expect(bars.map((b) => b.path)).toEqual(['policy.cash.benefitPKR', 'policy.training.durationMonths']);
    expect(bars[1]!.swing).toBe(0);
    expect(bars[1]!.outcomeLow).toBe(bars[1]!.base);
    expect(bars[0]!.swing).toBeGreaterThan(0);
    // Low and high are the distribution's 5th and 95th percentiles (whole months for a whole-number parameter).
    const d = scenario().uncertainty['policy.cash.benefitPKR']!;
    expect([bars[0]!.low, bars[0]!.high]).toEqual([quantile(d, 0.05), quantile(d, 0.95)]);
  });

  test('the base point is the scenario at its own values, with no uncertainty left', () => {
    const s = scenario();
    const base = tornadoDesign(s).points[0]!;
    expect(base.uncertainty).toEqual({});
    expect(base.policy).toEqual(s.policy);
    expect(designPoint(s, { 'policy.training.durationMonths': 7.6 }).policy.training.durationMonths).toBe(8);
  });

  test('leaves out an uncertain parameter the model does not read under the scenario\'s settings (flood loss with no flood), but not when it does', () => {
    const withFlood = (on: boolean) =>
      smallScenario((s) => {
        s.world.shocks.flood2022 = on;
        s.uncertainty = {
          'world.shocks.floodLoss': { dist: 'uniform', low: 0.4, high: 0.9 },
          'policy.cash.benefitPKR': { dist: 'triangular', low: 1000, mode: 2000, high: 5000 },
        };
      }, 1500, 24);
    expect(tornadoDesign(withFlood(false)).parameters.map((p) => p.path)).toEqual(['policy.cash.benefitPKR']);
    expect(tornadoDesign(withFlood(false)).points).toHaveLength(3);
    expect(tornadoDesign(withFlood(true)).parameters.map((p) => p.path)).toEqual(['policy.cash.benefitPKR', 'world.shocks.floodLoss']);
  });

  test('outcomes of the wrong length are refused', () => {
    expect(() => tornadoBars(tornadoDesign(scenario()), [1, 2])).toThrow(/expected 5 outcomes, got 2/);
  });
});

describe("Sobol' design", () => {
  test('samples × (parameters + 2) points, each coordinate through its distribution, within its bounds', () => {
    const s = scenario();
    const design = sobolDesign(s, 8);
    expect(design.points).toHaveLength(8 * 4);
    for (const p of design.points) {
      expect(p.uncertainty).toEqual({});
      expect(p.policy.cash.benefitPKR).toBeGreaterThanOrEqual(1000);
      expect(p.policy.cash.benefitPKR).toBeLessThanOrEqual(5000);
      expect(Number.isInteger(p.policy.training.durationMonths)).toBe(true);
    }
    // A_B^(i) differs from A only in parameter i (parameters in path order: the cash benefit first).
    expect(design.parameters.map((p) => p.path)).toEqual(['policy.cash.benefitPKR', 'policy.training.durationMonths']);
    for (let j = 0; j < 8; j++) {
      const [a, b, ab0] = [design.points[j]!, design.points[8 + j]!, design.points[16 + j]!];
      expect(ab0.policy.cash.benefitPKR).toBe(b.policy.cash.benefitPKR);
      expect(ab0.policy.training.durationMonths).toBe(a.policy.training.durationMonths);
    }
    expect(design.points.slice(0, 8).filter((a, j) => a.policy.cash.benefitPKR !== design.points[8 + j]!.policy.cash.benefitPKR).length).toBeGreaterThan(5);
  });

  test('an outcome with one value over A and B has undefined indices (NaN), not 0; one differing base point is spread enough', () => {
    const design = sobolDesign(scenario(), 4);
    const flat = design.points.map(() => 7);
    expect(noSpread(design, flat)).toBe(true);
    const { rows, variance } = sobolRows(design, flat, { bootstrap: 20 });
    expect(variance).toBe(0);
    for (const r of rows) for (const x of [r.firstOrder, r.total]) expect([x.estimate, x.low, x.high].every(Number.isNaN)).toBe(true);
    // Only an A_B point apart: the base points still have no spread.
    expect(noSpread(design, flat.map((x, k) => (k === 2 * 4 ? 8 : x)))).toBe(true);
    const moved = flat.map((x, k) => (k === 4 ? 8 : x));
    expect(noSpread(design, moved)).toBe(false);
    expect(Number.isFinite(sobolRows(design, moved, { bootstrap: 20 }).variance)).toBe(true);
  });

  test('a parameter with no effect gets total index exactly 0', () => {
    const design = sobolDesign(scenario(), 4);
    const { rows } = sobolRows(design, evaluate(design.points), { bootstrap: 50 });
    const idle = rows.find((r) => r.path === 'policy.training.durationMonths')!;
    expect(idle.total).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(rows.find((r) => r.path === 'policy.cash.benefitPKR')!.total.estimate).toBeGreaterThan(0);
  });
});

describe('a programme with no money', () => {
  test('its uncertain parameters are left out (read by nothing), as onlyWhen leaves out the flood\u2019s with no flood', () => {
    const s = smallScenario((x) => {
      x.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0, farm: 0.1, admin: 0.05 };
      x.uncertainty = {
        'policy.training.durationMonths': { dist: 'uniform', low: 2, high: 12 },
        'policy.cash.benefitPKR': { dist: 'triangular', low: 1000, mode: 2000, high: 5000 },
      };
    }, 1500, 24);
    expect(tornadoDesign(s).parameters.map((p) => p.path)).toEqual(['policy.cash.benefitPKR']);
    expect(sobolDesign(s, 4).points).toHaveLength(4 * 3);
  });
});
