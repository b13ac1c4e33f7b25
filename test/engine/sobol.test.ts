// @vitest-environment node
/**
 * Sobol' points and Sobol' indices: the sequence's defining properties, and
 * the estimators against functions whose indices are known analytically
 * (Ishigami; an additive linear model; a parameter with no effect).
 */
import { describe, expect, test } from 'vitest';
import { primitivePolynomials, sobolPoints, tValue } from '../../src/engine/analysis/sobolSequence';
import { saltelliDesign, saltelliRuns, sobolIndices } from '../../src/engine/analysis/sobolIndices';

describe("Sobol' sequence", () => {
  test('primitive polynomials in the standard order: x+1, x²+x+1, x³+x+1, x³+x²+1, x⁴+x+1, x⁴+x³+1, then degree 5', () => {
    expect(primitivePolynomials(12)).toEqual([3, 7, 11, 13, 19, 25, 37, 41, 47, 55, 59, 61]);
    // 2, 6 and 18 primitive polynomials of degrees 4, 5 and 7 (φ(2^s − 1)/s).
    const degrees = primitivePolynomials(60).map((p) => 31 - Math.clz32(p));
    expect(degrees.filter((s) => s === 4)).toHaveLength(2);
    expect(degrees.filter((s) => s === 5)).toHaveLength(6);
    expect(degrees.filter((s) => s === 7)).toHaveLength(18);
  });

  test('every coordinate of the first 2^k points falls once in each interval of width 2^−k (k = 10, 40 dimensions)', () => {
    const d = 40;
    const n = 1024;
    // The zero point is skipped, so take it back: the first 2^k points of the sequence include it.
    const pts = sobolPoints(n - 1, d);
    for (let j = 0; j < d; j++) {
      const seen = new Uint8Array(n);
      seen[0] = 1;
      for (let i = 0; i < n - 1; i++) seen[Math.floor(pts[i * d + j] * n)]++;
      expect(seen.every((c) => c === 1), `dimension ${j + 1}`).toBe(true);
    }
  });

  test('two-dimensional projections are good nets: t-value at most 6 of 8 for every pair of the first 24 dimensions (a coordinate against itself: 7)', () => {
    const d = 24;
    const n = 255;
    const pts = sobolPoints(n, d);
    const col = (j: number) => Uint32Array.from({ length: n }, (_, i) => pts[i * d + j] * 2 ** 32);
    let worst = 0;
    let sum = 0;
    for (let a = 0; a < d; a++)
      for (let b = a + 1; b < d; b++) {
        const t = tValue(col(a), col(b), 8);
        worst = Math.max(worst, t);
        sum += t;
      }
    expect(worst).toBeLessThanOrEqual(6);
    expect(sum / ((d * (d - 1)) / 2)).toBeLessThan(3.5);
    // The measure itself: a coordinate against itself is as bad as two can be (only halves balance); dimensions 1 and 2 are a perfect net.
    expect(tValue(col(0), col(0), 8)).toBe(7);
    expect(tValue(col(0), col(1), 8)).toBe(0);
  });

  test('the same points every time, and skipping continues the sequence', () => {
    expect(sobolPoints(50, 7)).toEqual(sobolPoints(50, 7));
    expect(sobolPoints(10, 3, 40)).toEqual(sobolPoints(50, 3).slice(40 * 3));
  });

  test('bad requests are refused with the reason', () => {
    expect(() => sobolPoints(10, 0)).toThrow(/dimensions must be 1 to/);
    expect(() => sobolPoints(-1, 2)).toThrow(/bad count/);
  });
});

const ishigami = (x: ArrayLike<number>, a = 7, b = 0.1) => Math.sin(x[0]) + a * Math.sin(x[1]) ** 2 + b * x[2] ** 4 * Math.sin(x[0]);

/** Evaluates f on a design, mapping the unit cube to [lo, hi]^D. */
function run(d: number, n: number, f: (x: Float64Array) => number, lo = 0, hi = 1): Float64Array {
  const design = saltelliDesign(d, n);
  const out = new Float64Array(saltelliRuns(d, n));
  const x = new Float64Array(d);
  for (let r = 0; r < out.length; r++) {
    for (let k = 0; k < d; k++) x[k] = lo + (hi - lo) * design.points[r * d + k];
    out[r] = f(x);
  }
  return out;
}

describe("Sobol' indices", () => {
  test('Ishigami: first-order and total indices contain the analytic values within their 95% bootstrap intervals', () => {
    const n = 8192;
    const res = sobolIndices(run(3, n, ishigami, -Math.PI, Math.PI), 3, n, { bootstrap: 400, seed: 1 });
    // Analytic values for a = 7, b = 0.1 (Ishigami & Homma 1990; Sobol' & Levitan 1999).
    const v = 0.5 + 7 ** 2 / 8 + (0.1 * Math.PI ** 4) / 5 + (0.1 ** 2 * Math.PI ** 8) / 18;
    const v1 = 0.5 * (1 + (0.1 * Math.PI ** 4) / 5) ** 2;
    const v2 = 7 ** 2 / 8;
    const v13 = (0.1 ** 2 * Math.PI ** 8) * (1 / 18 - 1 / 50);
    const s1 = [v1 / v, v2 / v, 0];
    const st = [(v1 + v13) / v, v2 / v, v13 / v];
    expect(s1.map((x) => +x.toFixed(3))).toEqual([0.314, 0.442, 0]);
    expect(st.map((x) => +x.toFixed(3))).toEqual([0.558, 0.442, 0.244]);
    for (let i = 0; i < 3; i++) {
      const f = res.firstOrder[i];
      const t = res.total[i];
      expect(f.low, `S${i + 1}`).toBeLessThanOrEqual(s1[i]);
      expect(f.high, `S${i + 1}`).toBeGreaterThanOrEqual(s1[i]);
      expect(t.low, `ST${i + 1}`).toBeLessThanOrEqual(st[i]);
      expect(t.high, `ST${i + 1}`).toBeGreaterThanOrEqual(st[i]);
      // And the intervals are informative, not the whole unit interval.
      expect(f.high - f.low).toBeLessThan(0.1);
      expect(t.high - t.low).toBeLessThan(0.1);
    }
  });

  test('an additive linear model: S_i = ST_i = c_i² / Σ c², and a parameter with no effect has total index exactly 0', () => {
    const c = [1, 2, 0, 3];
    const n = 4096;
    const res = sobolIndices(run(4, n, (x) => c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3]), 4, n, { bootstrap: 200 });
    const sum = c.reduce((s, x) => s + x * x, 0);
    for (let i = 0; i < 4; i++) {
      expect(res.firstOrder[i].estimate).toBeCloseTo((c[i] * c[i]) / sum, 2);
      expect(res.total[i].estimate).toBeCloseTo((c[i] * c[i]) / sum, 2);
    }
    expect(res.total[2]).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(res.firstOrder[2]).toEqual({ estimate: 0, low: 0, high: 0 });
  });

  test('an outcome far from 0 with a small spread (a headcount of 0.22 moving by 10⁻⁴) has the indices of its spread alone', () => {
    // Uncentred, the first-order sum carried f(B)'s level: at N = 16, indices in the hundreds, called "sampling noise".
    const c = [1, 2, 0, 3];
    const n = 16;
    const spread = run(4, n, (x) => c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3]);
    const level = spread.map((y) => 0.218 + 1e-4 * y);
    const a = sobolIndices(spread, 4, n, { bootstrap: 50, seed: 3 });
    const b = sobolIndices(level, 4, n, { bootstrap: 50, seed: 3 });
    for (let i = 0; i < 4; i++) {
      for (const k of ['estimate', 'low', 'high'] as const) {
        expect(b.firstOrder[i]![k], `S${i + 1} ${k}`).toBeCloseTo(a.firstOrder[i]![k], 6);
        expect(b.total[i]![k], `ST${i + 1} ${k}`).toBeCloseTo(a.total[i]![k], 6);
      }
      expect(Math.abs(b.firstOrder[i]!.estimate)).toBeLessThan(2);
    }
    expect(b.variance / 1e-8).toBeCloseTo(a.variance, 6);
  });

  test('the same outputs and seed give the same intervals; another seed resamples differently', () => {
    const out = run(3, 512, ishigami, -Math.PI, Math.PI);
    expect(sobolIndices(out, 3, 512, { seed: 5 })).toEqual(sobolIndices(out, 3, 512, { seed: 5 }));
    expect(sobolIndices(out, 3, 512, { seed: 6 }).firstOrder[0].low).not.toBe(sobolIndices(out, 3, 512, { seed: 5 }).firstOrder[0].low);
  });

  test('the design: A and B rows, then A with one column from B, N (D + 2) runs', () => {
    const { points } = saltelliDesign(3, 4);
    expect(points.length).toBe(4 * 5 * 3);
    const row = (r: number) => Array.from(points.slice(r * 3, r * 3 + 3));
    for (let j = 0; j < 4; j++)
      for (let i = 0; i < 3; i++) {
        const ab = row((2 + i) * 4 + j);
        const a = row(j);
        const b = row(4 + j);
        expect(ab).toEqual(a.map((x, k) => (k === i ? b[k] : x)));
      }
  });

  test('outputs of the wrong length or not finite are refused with the reason', () => {
    expect(() => sobolIndices(new Float64Array(10), 3, 4)).toThrow(/expected 20 outputs/);
    const bad = new Float64Array(20);
    bad[7] = NaN;
    expect(() => sobolIndices(bad, 3, 4)).toThrow(/output 7 is not a finite number/);
  });
});
