// @vitest-environment node
/**
 * The constrained set of splits: a projection always lands inside every
 * bound, sum and group (seeded random constraint sets, as a property), is the
 * nearest such split, leaves a feasible split where it is, and says when no
 * split exists; the first candidates are feasible, distinct and start with
 * the user's split.
 */
import { describe, expect, it } from 'vitest';
import { FEASIBLE_TOL, initialCandidates, isFeasible, project, violation, type SplitSpace } from '../../src/engine/index';
import { randomSpace, unit } from './optimiseHelpers';

const distance = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((s, v, i) => s + (v - b[i]!) ** 2, 0));

describe('project(space, y)', () => {
  it('lands inside every bound, sum and group, for 200 random constraint sets and points', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { space, inside } = randomSpace(seed);
      expect(isFeasible(space, inside, 1e-12), `seed ${seed}: the construction`).toBe(true);
      const y = Float64Array.from(inside, (_, i) => (unit(seed, 900, i) - 0.3) * 2);
      const x = project(space, y);
      expect(x, `seed ${seed}`).not.toBeNull();
      expect(violation(space, x!), `seed ${seed}`).toBeLessThanOrEqual(FEASIBLE_TOL);
      // Inside the box exactly: a negative share would fail the scenario's validation.
      x!.forEach((v, i) => expect(v >= space.lo[i]! && v <= space.hi[i]!, `seed ${seed} share ${i}`).toBe(true));
    }
  });

  it('is the nearest feasible split: no feasible split is closer (checked against the feasible points it is given)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { space, inside } = randomSpace(seed);
      const y = Float64Array.from(inside, (_, i) => unit(seed, 700, i));
      const x = project(space, y)!;
      // Convex combinations of feasible points are feasible; none may be closer to y than its projection.
      for (let k = 0; k < 20; k++) {
        const other = project(space, Float64Array.from(inside, (_, i) => unit(seed, 800 + k, i)))!;
        const t = unit(seed, 850, k);
        const mixed = Float64Array.from(other, (v, i) => t * v + (1 - t) * x[i]!);
        expect(distance(y, x), `seed ${seed}`).toBeLessThanOrEqual(distance(y, mixed) + 1e-7);
      }
    }
  });

  it('leaves a feasible split where it is', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { space, inside } = randomSpace(seed);
      const x = project(space, inside)!;
      x.forEach((v, i) => expect(v).toBeCloseTo(inside[i]!, 9));
    }
  });

  it('is null when no split meets the constraints', () => {
    const space: SplitSpace = {
      keys: ['a', 'b', 'c'], lo: Float64Array.of(0.5, 0.3, 0), hi: Float64Array.of(1, 1, 1),
      blocks: [{ label: 'programmes', start: 0, end: 3, total: 1 }], groups: [{ label: 'groups[0]', members: [1, 2], min: 0.6, max: 1 }],
    };
    expect(project(space, [0.3, 0.3, 0.4])).toBeNull();
    expect(project({ ...space, lo: Float64Array.of(0.6, 0.5, 0) }, [0.3, 0.3, 0.4])).toBeNull();
  });
});

describe('initialCandidates(space, current, count)', () => {
  it('gives distinct feasible splits, the user\u2019s first, as many as asked', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { space, inside } = randomSpace(seed);
      const got = initialCandidates(space, inside, 40);
      expect(got[0]!.origin).toBe('current');
      expect(got.length).toBe(40);
      expect(new Set(got.map((c) => Array.from(c.x, (v) => v.toFixed(7)).join())).size).toBe(40);
      for (const c of got) expect(isFeasible(space, c.x)).toBe(true);
    }
  });

  it('stops short when the set is a single split', () => {
    const space: SplitSpace = { keys: ['a', 'b'], lo: Float64Array.of(0.4, 0.6), hi: Float64Array.of(0.4, 0.6), blocks: [{ label: 'programmes', start: 0, end: 2, total: 1 }], groups: [] };
    expect(initialCandidates(space, Float64Array.of(0.4, 0.6), 10)).toHaveLength(1);
  });
});
