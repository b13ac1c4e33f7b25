// @vitest-environment node
/**
 * The search core on synthetic objectives whose best split is known
 * analytically, with common and independent noise, so a bug in the halving,
 * the cross-entropy step, the ranking or the projection shows as a wrong split.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH, isFeasible, project, searchSplits, type SearchProblem, type SplitSpace } from '../../src/engine/index';
import { mix } from '../../src/engine/random/hash';

/** A block of n shares summing to total, with bounds. */
function simplexSpace(n: number, total = 1, lo: number[] = [], hi: number[] = [], groups: SplitSpace['groups'] = []): SplitSpace {
  return {
    keys: Array.from({ length: n }, (_, i) => `programmes.p${i}`),
    lo: Float64Array.from({ length: n }, (_, i) => lo[i] ?? 0),
    hi: Float64Array.from({ length: n }, (_, i) => hi[i] ?? 1),
    blocks: [{ label: 'programmes', start: 0, end: n, total }],
    groups,
  };
}

/** Uniform in [−1, 1) keyed by words. */
const noise = (...words: number[]) => (words.reduce((k, w) => mix(k, w), 0x1234) >>> 0) / 2 ** 31 - 1;

/**
 * Measures f(x) + a replication's common shock (the same for every split, as common random numbers give)
 * + a small split-specific noise.
 */
function synthetic(space: SplitSpace, f: (x: Float64Array) => number, common = 5, own = 0.002): SearchProblem<number> {
  const current = project(space, new Float64Array(space.keys.length).fill(1 / space.keys.length))!;
  return {
    space,
    current,
    seed: 11,
    evaluate: async (points, from, to) =>
      points.map((x) =>
        Array.from({ length: to - from }, (_, k) => {
          const r = from + k;
          const key = Math.round(x[0]! * 1e9) ^ Math.round(x[1]! * 1e9);
          return f(x) + common * noise(r) + own * noise(r, key);
        }),
      ),
    assess: (ms) => ({ loss: -ms.reduce((s, m) => s + m, 0) / ms.length, violation: 0 }),
  };
}

describe('searchSplits on concave objectives with a known optimum', () => {
  it('finds the maximum of Σ w log x on the simplex (x_i = w_i / Σ w)', async () => {
    const w = [4, 2, 1, 1, 2];
    const space = simplexSpace(5);
    const f = (x: Float64Array) => w.reduce((s, wi, i) => s + wi * Math.log(Math.max(x[i]!, 1e-12)), 0);
    const out = await searchSplits(synthetic(space, f, 5, 0.0005), DEFAULT_SEARCH);
    const best = out.finalists[0]!.x;
    w.forEach((wi, i) => expect(Math.abs(best[i]! - wi / 10), `share ${i}`).toBeLessThan(0.02));
    expect(isFeasible(space, best)).toBe(true);
  });

  it('finds the optimum on a bound: the nearest split to a target outside the constraints', async () => {
    // −Σ(x − t)² with t = (0.7, 0.1, 0.1, 0.1) and x_0 ≤ 0.5: the optimum is (0.5, 1/6, 1/6, 1/6).
    const t = [0.7, 0.1, 0.1, 0.1];
    const space = simplexSpace(4, 1, [], [0.5]);
    const f = (x: Float64Array) => -t.reduce((s, ti, i) => s + (x[i]! - ti) ** 2, 0);
    const out = await searchSplits(synthetic(space, f, 5, 0.0005), DEFAULT_SEARCH);
    const best = out.finalists[0]!.x;
    expect(best[0]).toBeCloseTo(0.5, 3);
    for (let i = 1; i < 4; i++) expect(Math.abs(best[i]! - 1 / 6)).toBeLessThan(0.02);
  });

  it('finds the optimum where a group binds (at least 60% to the last two)', async () => {
    // Σ w log x with w = (3, 3, 1, 1): unconstrained (3/8, 3/8, 1/8, 1/8); with x_2 + x_3 ≥ 0.6 the KKT point is (0.2, 0.2, 0.3, 0.3).
    const w = [3, 3, 1, 1];
    const space = simplexSpace(4, 1, [], [], [{ label: 'groups[0]', members: [2, 3], min: 0.6, max: 1 }]);
    const f = (x: Float64Array) => w.reduce((s, wi, i) => s + wi * Math.log(Math.max(x[i]!, 1e-12)), 0);
    const out = await searchSplits(synthetic(space, f, 5, 0.0005), DEFAULT_SEARCH);
    const best = out.finalists[0]!.x;
    [0.2, 0.2, 0.3, 0.3].forEach((v, i) => expect(Math.abs(best[i]! - v), `share ${i}`).toBeLessThan(0.02));
    expect(best[2]! + best[3]!).toBeGreaterThanOrEqual(0.6 - 1e-9);
  });

  it('prefers a feasible split to a better infeasible one (a measured constraint)', async () => {
    // The objective wants everything in share 0; a measured constraint allows at most 0.3 there.
    const space = simplexSpace(3);
    const base = synthetic(space, (x) => x[0]!);
    const out = await searchSplits(base, DEFAULT_SEARCH);
    expect(out.finalists[0]!.x[0]).toBeGreaterThan(0.95);
    const capped: SearchProblem<{ v: number; x0: number }> = {
      space,
      current: base.current,
      seed: 3,
      evaluate: async (points, from, to) => points.map((x) => Array.from({ length: to - from }, (_, k) => ({ v: x[0]! + noise(from + k), x0: x[0]! }))),
      assess: (ms) => ({ loss: -ms.reduce((s, m) => s + m.v, 0) / ms.length, violation: Math.max(0, ms[0]!.x0 - 0.3) }),
    };
    const got = await searchSplits(capped, DEFAULT_SEARCH);
    expect(got.finalists[0]!.violation).toBe(0);
    expect(got.finalists[0]!.x[0]).toBeLessThanOrEqual(0.3);
    expect(got.finalists[0]!.x[0]).toBeGreaterThan(0.28);
  });
});
