// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ascendingOrder, packedOrder } from '../../src/engine/results/order';
import { drawBits, unit32 } from '../../src/engine/random/hash';

/** Seeded uniforms in [0, 1): draw k of stream `seed`. */
const u = (seed: number, k: number) => unit32(drawBits(seed, k));

function sameAsPacked(values: Float64Array): void {
  expect(Array.from(ascendingOrder(values))).toEqual(Array.from(packedOrder(values)));
}

describe('ascendingOrder(values)', () => {
  it('gives the packed sort’s order on seeded random values of many scales and signs', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const n = 1 + Math.floor(u(seed, -1) * 30_000);
      const scale = 10 ** Math.floor(u(seed, -2) * 16 - 8);
      const shift = (u(seed, -3) - 0.5) * 4 * scale;
      // Log-normal-like spread with a long right tail, like consumption.
      sameAsPacked(Float64Array.from({ length: n }, (_, i) => shift + scale * Math.exp(4 * (u(seed, i) - 0.5))));
    }
  });

  it('breaks ties by index, for exact ties and for values within one quantum', () => {
    const few = Float64Array.from({ length: 20_000 }, (_, i) => Math.floor(u(77, i) * 7));
    sameAsPacked(few);
    const order = ascendingOrder(few);
    for (let k = 1; k < order.length; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      expect(few[a]! < few[b]! || (few[a] === few[b] && a < b)).toBe(true);
    }
    // A range of 1 quantises at 2^-26: neighbours 1e-9 apart share a key, and keep their index order.
    sameAsPacked(Float64Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 0 : 1) + 1e-9 * Math.floor(u(78, i) * 50)));
  });

  it('takes one, two or three radix passes as the spread of keys needs', () => {
    // Keys below 2^11, below 2^22, and up to 2^31 − 1 (an outlier widens the range past the 2^26 quantum).
    sameAsPacked(Float64Array.from({ length: 3000 }, (_, i) => u(5, i) * 2 ** -16));
    sameAsPacked(Float64Array.from({ length: 3000 }, (_, i) => u(6, i) * 2 ** -5));
    sameAsPacked(Float64Array.from({ length: 3000 }, (_, i) => (i === 17 ? 1e6 : u(7, i) * 1000)));
  });

  it('handles empty, single and all-equal inputs', () => {
    expect(Array.from(ascendingOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(ascendingOrder(Float64Array.from([3])))).toEqual([0]);
    expect(Array.from(ascendingOrder(Float64Array.from([2, 2, 2])))).toEqual([0, 1, 2]);
  });

  it('returns a fresh array each call, whatever sizes came before (scratch reuse)', () => {
    const big = Float64Array.from({ length: 9000 }, (_, i) => u(9, i));
    const small = Float64Array.from({ length: 40 }, (_, i) => u(10, i));
    const first = ascendingOrder(big);
    const kept = Array.from(first);
    sameAsPacked(small);
    sameAsPacked(big);
    expect(Array.from(first)).toEqual(kept);
  });

  it('orders NaN and infinities as the packed sort does', () => {
    sameAsPacked(Float64Array.from([3, NaN, 1, Infinity, -Infinity, 2]));
    sameAsPacked(Float64Array.from([1, NaN, 0]));
  });
});
