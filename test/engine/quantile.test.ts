// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quantile } from 'd3';
import { quantileSorted, summarise, summariseRatio } from '../../src/engine/results/quantile';
import { ascendingOrder } from '../../src/engine/results/order';
import { decileMeans, weightedGini } from '../../src/engine/model/outcomes';

describe('summarise(values)', () => {
  it('matches d3.quantile (R-7) for p5..p95 and the mean', () => {
    const v = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]);
    const d = summarise(v);
    const arr = [...v];
    expect(d.mean).toBeCloseTo(arr.reduce((a, b) => a + b) / arr.length, 12);
    expect(d.p5).toBeCloseTo(quantile(arr, 0.05)!, 12);
    expect(d.p25).toBeCloseTo(quantile(arr, 0.25)!, 12);
    expect(d.p50).toBeCloseTo(quantile(arr, 0.5)!, 12);
    expect(d.p95).toBeCloseTo(quantile(arr, 0.95)!, 12);
  });

  it('ignores NaN and gives nulls when nothing is finite', () => {
    expect(summarise(Float64Array.from([NaN, 2, NaN, 4])).mean).toBe(3);
    expect(summarise(Float64Array.from([NaN, Infinity]))).toEqual({ mean: null, p5: null, p25: null, p50: null, p75: null, p95: null });
  });

  it('summariseRatio gives the exact value where a percentile lands on it, even beside an infinite cost', () => {
    // Ratios 1, 1, 1, ∞ (a replication with no gain), −… : p50 falls exactly on a 1; 0 × ∞ must not make it null.
    const d = summariseRatio(Float64Array.from([1, 1, 1, 1, 1]), Float64Array.from([-1, 2, 0, 1, 1]));
    expect(d.p50).not.toBeNull();
  });

  it('quantileSorted(single) is that value', () => {
    expect(quantileSorted(Float64Array.from([7]), 0.3)).toBe(7);
  });
});

describe('ascendingOrder(values)', () => {
  it('sorts like a comparator sort, ties by index', () => {
    const v = Float64Array.from([5, -1, 3, 3, 10, 0.5, -7]);
    expect([...ascendingOrder(v)]).toEqual([6, 1, 5, 2, 3, 0, 4]);
  });

  it('handles all-equal values', () => {
    expect([...ascendingOrder(Float64Array.from([2, 2, 2]))]).toEqual([0, 1, 2]);
  });
});

describe('weightedGini and decileMeans', () => {
  const gini = (v: number[], w: number[]) => {
    const values = Float64Array.from(v);
    return weightedGini(values, Float64Array.from(w), ascendingOrder(values));
  };
  it('is 0 for equal incomes and 1 − 1/n when one of n has everything', () => {
    expect(gini([5, 5, 5, 5], [1, 1, 1, 1])).toBeCloseTo(0, 12);
    expect(gini([0, 0, 0, 1], [1, 1, 1, 1])).toBeCloseTo(0.75, 12);
  });
  it('treats a weight of 2 like two copies', () => {
    expect(gini([1, 3], [2, 1])).toBeCloseTo(gini([1, 1, 3], [1, 1, 1]), 12);
  });
  it('decile means of 1..100 with equal weights are 5.5, 15.5, …', () => {
    const v = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    const out = new Float64Array(10);
    decileMeans(v, new Float64Array(100).fill(1), ascendingOrder(v), out, 0);
    expect([...out]).toEqual([5.5, 15.5, 25.5, 35.5, 45.5, 55.5, 65.5, 75.5, 85.5, 95.5]);
  });
});

describe('summariseRatio(numerators, denominators)', () => {
  it('keeps replications without a positive denominator as infinite, and the mean is the ratio of totals', () => {
    const num = Float64Array.from([10, 10, 10, 10]);
    const den = Float64Array.from([1, 2, 0, -1]);
    const d = summariseRatio(num, den);
    expect(d.mean).toBe(20);
    expect(d.p5).toBeCloseTo(5 + 0.15 * 5, 12);
    expect(d.p50).toBeNull();
    expect(d.p95).toBeNull();
  });

  it('equals summarise on the ratios when every denominator is positive', () => {
    const num = Float64Array.from([3, 8, 5]);
    const den = Float64Array.from([1, 2, 5]);
    const d = summariseRatio(num, den);
    const s = summarise(Float64Array.from([3, 4, 1]));
    expect([d.p5, d.p50, d.p95]).toEqual([s.p5, s.p50, s.p95]);
    expect(d.mean).toBe(2);
  });
});
