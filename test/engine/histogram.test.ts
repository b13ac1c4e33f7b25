// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { binByCell, binByEdges, HIST_EDGES, histogram, histogramBin } from '../../src/engine/model/histogram';
import { HIST_BINS } from '../../src/engine/model/layout';
import { drawBits, unit32 } from '../../src/engine/random/hash';

/** The k-th double after x (k < 0: before), for x > 0, by stepping the bit pattern. */
function stepUlps(x: number, k: number): number {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = bits[0]! + BigInt(k);
  return f[0]!;
}

describe('binByEdges(ratio)', () => {
  it('equals histogramBin for every double within 20,000 ulps of each edge', () => {
    for (let b = 1; b < HIST_BINS; b++) {
      const edge = HIST_EDGES[b]!;
      expect(histogramBin(edge)).toBe(b);
      expect(histogramBin(stepUlps(edge, -1))).toBe(b - 1);
      for (let k = -20_000; k <= 20_000; k++) {
        const x = stepUlps(edge, k);
        const bin = histogramBin(x);
        if (binByEdges(x) !== bin || binByCell(x) !== bin) expect({ b, k, edges: binByEdges(x), cell: binByCell(x) }).toEqual({ b, k, edges: bin, cell: bin });
      }
    }
  });

  it('equals histogramBin on seeded random ratios over and beyond the binned range, and at the ends', () => {
    for (let i = 0; i < 200_000; i++) {
      const x = 1e-4 * 1e8 ** unit32(drawBits(31, i));
      const bin = histogramBin(x);
      if (binByEdges(x) !== bin || binByCell(x) !== bin) expect({ x, edges: binByEdges(x), cell: binByCell(x) }).toEqual({ x, edges: bin, cell: bin });
    }
    for (const x of [0, -0, 5e-324, 1e-300, 0.0625, 0.1, 1, 10, 16, 1e300, Infinity]) {
      expect(binByEdges(x)).toBe(histogramBin(x));
      expect(binByCell(x)).toBe(histogramBin(x));
    }
  });

  it('binByCell: every cell of 1/64 binade from 2^-4 to 2^4 holds at most one edge', () => {
    for (let c = 0; c < 8 * 64; c++) {
      const lo = 2 ** ((c >> 6) - 4) * (1 + (c & 63) / 64);
      const hi = stepUlps(2 ** ((c >> 6) - 4) * (1 + ((c & 63) + 1) / 64), -1);
      expect(histogramBin(hi) - histogramBin(lo)).toBeLessThanOrEqual(1);
    }
  });
});

describe('histogram(values, weights, line, out, at)', () => {
  it('adds each weight into its bin (−0 in the first) and skips NaN and negative values, as the log-based definition does', () => {
    const values = Float64Array.from([0, 50, 100, 100, 1e9, NaN, -5, -0]);
    const weights = Float64Array.from([1, 2, 4, 8, 16, 32, 64, 128]);
    const out = new Float64Array(HIST_BINS + 2);
    histogram(values, weights, 100, out, 1);
    const expected = new Float64Array(HIST_BINS + 2);
    for (let i = 0; i < values.length; i++) {
      const b = histogramBin(values[i]! / 100);
      if (Number.isInteger(b)) expected[1 + b] += weights[i]!;
    }
    expect(Array.from(out)).toEqual(Array.from(expected));
    expect(out[1]! + out[HIST_BINS]!).toBe(1 + 128 + 16);
  });
});
