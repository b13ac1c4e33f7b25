// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { drawBits, fmix32, mix, replicationKey, streamKey, unit32, unitHi, unitLo } from '../../src/engine/random/hash';
import { inverseNormalCdf, normalTable, normalCdf } from '../../src/engine/random/normal';

describe('counter-based draws', () => {
  it('fmix32(x) stays in int32 and is deterministic', () => {
    for (const x of [0, 1, -1, 0x7fffffff, 123456789]) {
      const h = fmix32(x);
      expect(h | 0).toBe(h);
      expect(fmix32(x)).toBe(h);
    }
  });

  it('drawBits(stream, household) depends on seed, replication, month, purpose and household', () => {
    const base = drawBits(streamKey(replicationKey(1, 0), 5, 20), 7);
    expect(drawBits(streamKey(replicationKey(2, 0), 5, 20), 7)).not.toBe(base);
    expect(drawBits(streamKey(replicationKey(1, 1), 5, 20), 7)).not.toBe(base);
    expect(drawBits(streamKey(replicationKey(1, 0), 6, 20), 7)).not.toBe(base);
    expect(drawBits(streamKey(replicationKey(1, 0), 5, 21), 7)).not.toBe(base);
    expect(drawBits(streamKey(replicationKey(1, 0), 5, 20), 8)).not.toBe(base);
  });

  it('drawBits(stream, household) is fmix32(stream ^ (household + 1) · 0x27d4eb2d), written out', () => {
    for (let k = 0; k < 100_000; k++) {
      const stream = fmix32(k * 7919);
      const household = k % 3 === 0 ? k : fmix32(k) & 0x1fffff;
      const d = drawBits(stream, household);
      if (d !== fmix32(stream ^ Math.imul(household + 1, 0x27d4eb2d))) expect({ k, d }).toEqual({ k, d: fmix32(stream ^ Math.imul(household + 1, 0x27d4eb2d)) });
    }
  });

  it('streamKey(repKey, month, purpose) is mix(mix(repKey, month + 1), purpose), written out', () => {
    for (let k = 0; k < 20_000; k++) {
      const repKey = replicationKey(k % 7, k);
      const month = (k % 200) - 100;
      const purpose = k % 40;
      expect(streamKey(repKey, month, purpose)).toBe(mix(mix(repKey, month + 1), purpose));
    }
  });

  it('unit32, unitLo and unitHi are uniform on [0, 1): mean, variance and bucket counts', () => {
    const k = streamKey(replicationKey(42, 3), 0, 1);
    const n = 200000;
    const buckets = new Array(10).fill(0);
    let sum = 0;
    let sumSq = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const b = drawBits(k, i);
      lo = Math.min(lo, unit32(b), unitLo(b), unitHi(b));
      hi = Math.max(hi, unit32(b), unitLo(b), unitHi(b));
      const u = unit32(b);
      sum += u;
      sumSq += u * u;
      buckets[Math.floor(u * 10)]++;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumSq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
    // Chi-square with 9 degrees of freedom: 99.9th percentile is 27.9.
    const chi = buckets.reduce((a, c) => a + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi).toBeLessThan(27.9);
  });
});

describe('normal draws', () => {
  it('inverseNormalCdf(p) matches known quantiles', () => {
    expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959963985, 6);
    expect(inverseNormalCdf(0.05)).toBeCloseTo(-1.644853627, 6);
    expect(inverseNormalCdf(0.001)).toBeCloseTo(-3.090232306, 6);
  });

  it('normalCdf(inverseNormalCdf(p)) ≈ p', () => {
    for (const p of [0.01, 0.1, 0.3, 0.6, 0.9, 0.99]) expect(normalCdf(inverseNormalCdf(p))).toBeCloseTo(p, 6);
  });

  it('the normal table has mean 0, variance ≈ 1 and is symmetric, and is built once', () => {
    const NORMAL_TABLE = normalTable();
    expect(normalTable()).toBe(NORMAL_TABLE);
    let s = 0;
    let s2 = 0;
    for (const z of NORMAL_TABLE) {
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / NORMAL_TABLE.length)).toBeLessThan(1e-12);
    expect(s2 / NORMAL_TABLE.length).toBeCloseTo(1, 3);
    expect(NORMAL_TABLE[0]).toBe(-NORMAL_TABLE[NORMAL_TABLE.length - 1]!);
  });
});
