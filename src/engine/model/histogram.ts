/**
 * The income histogram: people-weighted counts of income / poverty line on
 * log-spaced bins from HIST_MIN_RATIO to HIST_MAX_RATIO (the ends clamp into
 * the first and last bin). A bin is defined by `histogramBin`, one `log` per
 * value; the pass finds it instead from the ratio's bits and the bin edges in
 * ratio space, found once by bisection on `histogramBin` itself. That is a
 * table look-up and one comparison rather than a log, and gives the same bin
 * for every value because `histogramBin` is monotone in the ratio (tested
 * exhaustively for thousands of doubles around every edge, the only place
 * where the few-ulp error of `log` could break monotonicity).
 */
import { HIST_BINS, HIST_MAX_RATIO, HIST_MIN_RATIO } from './layout';
import { exp, log } from '../math/dmath';

const LOG_LO = log(HIST_MIN_RATIO);
const LOG_SPAN = log(HIST_MAX_RATIO) - LOG_LO;

/** Bin of one ratio of income to the line, by definition. NaN for a negative or NaN ratio (counted nowhere). */
export function histogramBin(ratio: number): number {
  const r = log(ratio);
  return Math.min(HIST_BINS - 1, Math.max(0, Math.floor(((r - LOG_LO) / LOG_SPAN) * HIST_BINS)));
}

/** Search table size: a power of two above HIST_BINS, so a binary search takes a fixed number of halvings. */
const TABLE = 64;

/**
 * EDGES[b] is the least double ratio in bin b or above (b = 1 … HIST_BINS − 1);
 * EDGES[0] = −∞ and the padding past the last bin is NaN, which no ratio reaches.
 */
export const HIST_EDGES: Float64Array = (() => {
  const edges = new Float64Array(TABLE).fill(NaN);
  edges[0] = -Infinity;
  for (let b = 1; b < HIST_BINS; b++) {
    // Bracket the edge around its exact value, then bisect on doubles until the bracket is two neighbours.
    const near = exp(LOG_LO + (LOG_SPAN * b) / HIST_BINS);
    let below = near * (1 - 1e-9);
    let atOrAbove = near * (1 + 1e-9);
    if (!(histogramBin(below) < b && histogramBin(atOrAbove) >= b)) throw new Error(`histogram edge ${b} not bracketed`);
    for (;;) {
      const mid = below + (atOrAbove - below) / 2;
      if (mid === below || mid === atOrAbove) break;
      if (histogramBin(mid) >= b) atOrAbove = mid;
      else below = mid;
    }
    edges[b] = atOrAbove;
  }
  return edges;
})();

/** Bin of a ratio by comparison with HIST_EDGES: the same as `histogramBin` for every ratio ≥ 0. */
export function binByEdges(ratio: number): number {
  let b = 0;
  for (let step = TABLE / 2; step >= 1; step >>= 1) if (ratio >= HIST_EDGES[b + step]!) b += step;
  return b;
}

/**
 * Bin of a ratio from its exponent and top 6 mantissa bits. Each such cell
 * spans at most 1/64 of a binade (0.016 in ln), a fifth of a bin (ln 100 / 60
 * = 0.077), so it holds at most one edge: the bin of the cell's least double,
 * plus one if the ratio is at or past the next edge. Ratios below 2^-4 (under
 * HIST_MIN_RATIO) are in bin 0 and from 2^4 (over HIST_MAX_RATIO) in the last.
 */
const CELL_BITS = 6;
/** Cells start at exponent −4 and cover 8 binades, [2^-4, 2^4). */
const FIRST_CELL = (1023 - 4) << CELL_BITS;
const CELLS = 8 << CELL_BITS;
const CELL_BIN = (() => {
  const bins = new Uint8Array(CELLS);
  for (let c = 0; c < CELLS; c++) bins[c] = binByEdges(2 ** ((c >> CELL_BITS) - 4) * (1 + (c & ((1 << CELL_BITS) - 1)) / (1 << CELL_BITS)));
  return bins;
})();
const word = new Float64Array(1);
const words = new Uint32Array(word.buffer);
/** Index of the high (sign, exponent, top mantissa) 32-bit word of a double in this platform's byte order. */
const HIGH = (() => {
  word[0] = 1;
  return words[1] === 0x3ff00000 ? 1 : 0;
})();

/** Bin of a ratio ≥ 0 (the same as `binByEdges` and `histogramBin`), by table. */
export function binByCell(ratio: number): number {
  word[0] = ratio;
  // Sign bit cleared: −0 is in bin 0, like +0.
  const cell = ((words[HIGH]! & 0x7fffffff) >>> (20 - CELL_BITS)) - FIRST_CELL;
  if (cell < 0) return 0;
  if (cell >= CELLS) return HIST_BINS - 1;
  const b = CELL_BIN[cell]!;
  return ratio >= HIST_EDGES[b + 1]! ? b + 1 : b;
}

/** People-weighted histogram of values / line, added into out[at … at + HIST_BINS). */
export function histogram(values: Float64Array, weights: Float64Array, line: number, out: Float64Array, at: number): void {
  for (let i = 0; i < values.length; i++) {
    const ratio = values[i]! / line;
    // log of a negative or NaN ratio is NaN, whose bin index wrote nowhere: such values are not counted.
    if (!(ratio >= 0)) continue;
    out[at + binByCell(ratio)] += weights[i]!;
  }
}
