// @vitest-environment node
/**
 * The constraints document and the problem it poses on a scenario: every
 * mistake is named by its path; constraints that cannot hold together are
 * refused with the reason; administration is fixed unless named; a floor on
 * the existing recipients' benefit sets the top-up; and, as a property over
 * random constraint sets, the proposal never breaks a share constraint.
 */
import { describe, expect, it } from 'vitest';
import {
  applySplit, buildProblem, constraintStatus, defaultScenario, parseConstraints, searchSplits, validateScenario,
  type Measure, type OptimiseConstraints, type Scenario,
} from '../../src/engine/index';
import { PAYING_PROGRAMMES } from '../../src/engine/scenario/groups/budget';
import { REGIONS } from '../../src/engine/population/regions';
import { unit } from './optimiseHelpers';

const scenario = (): Scenario => {
  const v = validateScenario(defaultScenario());
  if (!v.ok) throw new Error('default scenario does not validate');
  return v.scenario;
};

const paths = (value: unknown) => {
  const r = parseConstraints(value);
  return r.ok ? [] : r.issues.map((i) => i.path);
};

describe('parseConstraints(value)', () => {
  it('reads a complete document', () => {
    const doc = {
      version: 1,
      programmes: { cash: { min: 0.3 }, microfinance: { max: 0.2 }, admin: { min: 0.03, max: 0.08 } },
      regions: { balochistan: { min: 0.1 } },
      groups: [{ name: 'backward regions', regions: ['kp', 'balochistan', 'gb'], min: 0.4 }, { programmes: ['training', 'farm'], max: 0.25 }],
      existingRecipientsMonthlyPKR: { min: 2500 },
      par30Max: 0.05,
    };
    const r = parseConstraints(doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.constraints).toEqual({ ...doc, version: undefined, groups: doc.groups } as unknown as OptimiseConstraints & { version: undefined });
  });

  it('names the path of every mistake', () => {
    expect(paths([])).toEqual(['']);
    expect(paths({ programes: {} })).toEqual(['programes']);
    expect(paths({ version: 2 })).toEqual(['version']);
    expect(paths({ programmes: { cashh: { min: 0.1 } } })).toEqual(['programmes.cashh']);
    expect(paths({ programmes: { cash: { min: 1.5 } } })).toEqual(['programmes.cash.min']);
    expect(paths({ programmes: { cash: { min: 0.6, max: 0.4 } } })).toEqual(['programmes.cash']);
    expect(paths({ programmes: { cash: { least: 0.6 } } })).toEqual(['programmes.cash.least', 'programmes.cash']);
    expect(paths({ regions: { sindh: 0.3 } })).toEqual(['regions.sindh']);
    expect(paths({ groups: [{ regions: ['kp', 'sindhh'], min: 0.4 }] })).toEqual(['groups[0].regions[1]']);
    expect(paths({ groups: [{ regions: ['kp', 'kp'], min: 0.4 }] })).toEqual(['groups[0].regions[1]']);
    expect(paths({ groups: [{ regions: ['kp'], programmes: ['cash'], min: 0.4 }] })).toEqual(['groups[0]']);
    expect(paths({ groups: [{ programmes: [], max: 0.4 }] })).toEqual(['groups[0].programmes']);
    expect(paths({ groups: {} })).toEqual(['groups']);
    expect(paths({ existingRecipientsMonthlyPKR: { min: -1 } })).toEqual(['existingRecipientsMonthlyPKR.min']);
    expect(paths({ existingRecipientsMonthlyPKR: 2000 })).toEqual(['existingRecipientsMonthlyPKR']);
    expect(paths({ par30Max: 5 })).toEqual(['par30Max']);
  });
});

const constraintsOf = (value: unknown): OptimiseConstraints => {
  const r = parseConstraints(value);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.constraints;
};

describe('buildProblem(scenario, request)', () => {
  it('decides the five paying programmes with administration fixed, or six when the constraints name administration', () => {
    const fixed = buildProblem(scenario(), { objective: 'maxSustainedExits' });
    expect(fixed.ok && fixed.problem.variables.map((v) => v.key)).toEqual([...PAYING_PROGRAMMES]);
    expect(fixed.ok && fixed.problem.adminFixed).toBe(0.05);
    expect(fixed.ok && fixed.problem.space.blocks[0]!.total).toBeCloseTo(0.95, 12);
    const free = buildProblem(scenario(), { objective: 'maxSustainedExits', constraints: constraintsOf({ programmes: { admin: { min: 0.02, max: 0.1 } } }) });
    expect(free.ok && free.problem.adminFixed).toBe(null);
    expect(free.ok && free.problem.variables.length).toBe(6);
  });

  it('adds the seven regions with `regions`, and refuses region constraints without it', () => {
    const p = buildProblem(scenario(), { objective: 'minPovertyGapEnd', regions: true });
    expect(p.ok && p.problem.variables.slice(5).map((v) => v.key)).toEqual([...REGIONS]);
    const c = constraintsOf({ regions: { kp: { min: 0.2 } }, groups: [{ regions: ['kp', 'gb'], min: 0.3 }] });
    const refused = buildProblem(scenario(), { objective: 'minPovertyGapEnd', constraints: c });
    expect(refused.ok ? [] : refused.issues.map((i) => i.path)).toEqual(['regions', 'groups[0].regions']);
  });

  it('refuses constraints that cannot hold together, saying which', () => {
    const issues = (value: unknown, regions = false) => {
      const r = buildProblem(scenario(), { objective: 'maxSustainedExits', regions, constraints: constraintsOf(value) });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues({ programmes: { cash: { min: 0.6 }, stipend: { min: 0.4 } } })).toEqual([
      'programmes: the minimum shares add up to 1, more than the 0.95 left after administration (5%)',
    ]);
    expect(issues({ groups: [{ regions: ['gb', 'ict'], min: 0.5 }], regions: { gb: { max: 0.1 }, ict: { max: 0.1 } } }, true)).toEqual([
      'groups[0].min: 0.5 is more than its members may have together (their maximums add up to 0.2)',
    ]);
    // Each holds alone; together they leave nothing: cash ≥ 0.5, stipend + cash ≤ 0.4.
    expect(issues({ programmes: { cash: { min: 0.5 } }, groups: [{ programmes: ['stipend', 'cash'], max: 0.4 }] })[0]).toMatch(/^groups\[0\]\.max|no split meets/);
  });

  it('keeps the existing recipients at the floor with a top-up, which needs cash', () => {
    const sc = scenario();
    const p = buildProblem(sc, { objective: 'maxSustainedExits', constraints: constraintsOf({ existingRecipientsMonthlyPKR: { min: 2500 } }) });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.problem.topUpPKR).toBe(500);
    expect(p.problem.checkTopUp).toBe(true);
    // Rs 500 × 12 months × 4.3 m recipients × 0.98 against Rs 80 bn in year 1: at least 31.6% to cash.
    expect(p.problem.space.lo[0]).toBeCloseTo((0.98 * 500 * 12 * 4.3e6) / 80e9, 12);
    const already = buildProblem(sc, { objective: 'maxSustainedExits', constraints: constraintsOf({ existingRecipientsMonthlyPKR: { min: 2000 } }) });
    expect(already.ok && [already.problem.topUpPKR, already.problem.checkTopUp]).toEqual([0, false]);
    const uncertain = { ...sc, uncertainty: { ...sc.uncertainty, 'policy.cash.existingTopUpPKR': { dist: 'uniform' as const, low: 0, high: 100 } } };
    const refused = buildProblem(uncertain, { objective: 'maxSustainedExits', constraints: constraintsOf({ existingRecipientsMonthlyPKR: { min: 2500 } }) });
    expect(refused.ok ? [] : refused.issues.map((i) => i.path)).toEqual(['existingRecipientsMonthlyPKR']);
    const tooMuch = buildProblem(sc, { objective: 'maxSustainedExits', constraints: constraintsOf({ existingRecipientsMonthlyPKR: { min: 6000 }, programmes: { cash: { max: 0.5 } } }) });
    expect(tooMuch.ok ? [] : tooMuch.issues.map((i) => i.path)).toEqual(['existingRecipientsMonthlyPKR.min']);
  });

  it('writes a split into a valid scenario: shares, custom regions, top-up', () => {
    const sc = scenario();
    const p = buildProblem(sc, { objective: 'maxSustainedExits', regions: true, constraints: constraintsOf({ existingRecipientsMonthlyPKR: { min: 2300 } }) });
    if (!p.ok) throw new Error('problem');
    const x = [0.4, 0.1, 0.2, 0.15, 0.1, 0.3, 0.2, 0.2, 0.1, 0.05, 0.1, 0.05];
    const out = applySplit(p.problem, x, 'proposal');
    expect(validateScenario(out).ok).toBe(true);
    expect(out.policy.budget.programmeShares).toEqual({ cash: 0.4, stipend: 0.1, microfinance: 0.2, training: 0.15, farm: 0.1, admin: 0.05 });
    expect(out.policy.budget.regionRule).toBe('custom');
    expect(out.policy.budget.customRegionShares).toEqual({ punjab: 0.3, sindh: 0.2, kp: 0.2, balochistan: 0.1, gb: 0.05, ajk: 0.1, ict: 0.05 });
    expect(out.policy.cash.existingTopUpPKR).toBe(300);
    expect(out.name).toBe('proposal');
  });
});

/** Random constraint sets that can all hold (built around a random split), on programmes and regions. */
function randomConstraints(seed: number): OptimiseConstraints {
  const u = (...w: number[]) => unit(seed, ...w);
  const split = (keys: readonly string[], total: number) => {
    const raw = keys.map((_, i) => u(1, i) ** 2);
    const s = raw.reduce((a, b) => a + b, 0);
    return Object.fromEntries(keys.map((k, i) => [k, (raw[i]! / s) * total]));
  };
  const p = split(PAYING_PROGRAMMES, 0.95);
  const r = split(REGIONS, 1);
  const bounds = (v: number, w: number) => {
    const kind = u(2, w);
    return kind < 0.3 ? { min: Number((v * u(3, w)).toFixed(4)) } : kind < 0.6 ? { max: Number(Math.min(1, v + u(4, w) * 0.2).toFixed(4)) } : undefined;
  };
  const programmes = Object.fromEntries(PAYING_PROGRAMMES.flatMap((k, i) => (bounds(p[k]!, i) ? [[k, bounds(p[k]!, i)!]] : [])));
  const regions = Object.fromEntries(REGIONS.flatMap((k, i) => (bounds(r[k]!, 10 + i) ? [[k, bounds(r[k]!, 10 + i)!]] : [])));
  const members = REGIONS.filter((_, i) => u(5, i) < 0.4);
  const sum = members.reduce((a, k) => a + r[k]!, 0);
  const groups = members.length >= 2 ? [{ regions: members, min: Number((sum * u(6)).toFixed(4)) }] : [];
  return { programmes, regions, groups } as OptimiseConstraints;
}

describe('the proposal never breaks a share constraint (property, 40 random constraint sets)', () => {
  it('holds every programme, region and group bound', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const constraints = randomConstraints(seed);
      const built = buildProblem(scenario(), { objective: 'maxSustainedExits', regions: true, constraints });
      expect(built.ok, `seed ${seed}: ${JSON.stringify(built.ok ? '' : built.issues)}`).toBe(true);
      if (!built.ok) continue;
      const problem = built.problem;
      // A synthetic objective that pulls every share towards a corner the constraints forbid.
      const out = await searchSplits<number>(
        {
          space: problem.space, current: problem.current, seed,
          evaluate: async (points, from, to) => points.map((x) => Array.from({ length: to - from }, () => 3 * x[0]! - x[1]! + 2 * x[6]! - x[9]!)),
          assess: (ms) => ({ loss: -ms.reduce((s, m) => s + m, 0) / ms.length, violation: 0 }),
        },
        { candidates: 16, screenReplications: 1, keep: 2, refineIterations: 3, refinePopulation: 8, refineReplications: 2, finalists: 2, finalistReplications: 2 },
      );
      const proposal = applySplit(problem, out.finalists[0]!.x);
      expect(validateScenario(proposal).ok, `seed ${seed}`).toBe(true);
      const broken = constraintStatus(problem, proposal, [] as Measure[]).filter((c) => c.met !== true);
      expect(broken, `seed ${seed}`).toEqual([]);
    }
  });
});
