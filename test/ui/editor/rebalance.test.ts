// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rebalance } from '../../../src/ui/editor/rebalance';

describe('rebalance(shares, key, value)', () => {
  it('keeps the sum at exactly 1 and the others in proportion', () => {
    const out = rebalance({ a: 0.5, b: 0.3, c: 0.2 }, 'a', 0.2);
    expect(out.a).toBe(0.2);
    expect(out.b / out.c).toBeCloseTo(1.5, 9);
    expect(Math.abs(out.a + out.b + out.c - 1)).toBeLessThan(1e-12);
  });

  it('shares equally when the others were all zero', () => {
    const out = rebalance({ a: 1, b: 0, c: 0 }, 'a', 0.4);
    expect(out.a).toBe(0.4);
    expect(out.b).toBeCloseTo(0.3, 12);
    expect(out.c).toBeCloseTo(0.3, 12);
  });

  it('when the others are all zero, splits them as the earlier split did (100% and back keeps the proportions)', () => {
    const earlier = { a: 0.5, b: 0.3, c: 0.2 };
    const all = rebalance(earlier, 'a', 1);
    expect(all).toEqual({ a: 1, b: 0, c: 0 });
    const back = rebalance(all, 'a', 0.5, earlier);
    expect(back.a).toBe(0.5);
    expect(back.b).toBeCloseTo(0.3, 12);
    expect(back.c).toBeCloseTo(0.2, 12);
    // An earlier split with none of the others above 0 gives no proportions: equal shares.
    const equal = rebalance(all, 'a', 0.4, { a: 1, b: 0, c: 0 });
    expect(equal.b).toBeCloseTo(0.3, 12);
    expect(equal.c).toBeCloseTo(0.3, 12);
    // Others that are not all zero keep their own proportions, whatever the earlier split.
    const own = rebalance({ a: 0.6, b: 0.4, c: 0 }, 'a', 0.2, earlier);
    expect(own.b).toBeCloseTo(0.8, 12);
    expect(own.c).toBe(0);
  });

  it('clamps to [0, 1]', () => {
    const out = rebalance({ a: 0.5, b: 0.5 }, 'a', 1.7);
    expect(out).toEqual({ a: 1, b: 0 });
  });

  it('holds the sum for many random moves (seeded)', () => {
    let shares: Record<string, number> = { a: 0.5, b: 0.1, c: 0.15, d: 0.1, e: 0.1, f: 0.05 };
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 500; k++) {
      const key = 'abcdef'[Math.floor(rand() * 6)]!;
      shares = rebalance(shares, key, rand());
      const sum = Object.values(shares).reduce((x, y) => x + y, 0);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
      for (const v of Object.values(shares)) expect(v).toBeGreaterThanOrEqual(0);
    }
  });
});
