/**
 * The income histogram: people-weighted counts of income / poverty line on
 * log-spaced bins from HIST_MIN_RATIO to HIST_MAX_RATIO (the ends clamp into
 * the first and last bin). A bin is defined by `histogramBin`, one `log` per
 * value; the pass finds it instead by comparing the ratio with the bin edges
 * in ratio space, found once by bisection on `histogramBin` itself. That is a
 * handful of comparisons rather than a log, and gives the same bin for every
 * value because `histogramBin` is monotone in the ratio (tested exhaustively
 * for thousands of doubles around every edge, the only place where the few-ulp
 * error of `log` could break monotonicity).
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

/** People-weighted histogram of values / line, added into out[at … at + HIST_BINS). */
export function histogram(values: Float64Array, weights: Float64Array, line: number, out: Float64Array, at: number): void {
  for (let i = 0; i < values.length; i++) {
    const ratio = values[i]! / line;
    // log of a negative or NaN ratio is NaN, whose bin index wrote nowhere: such values are not counted.
    if (!(ratio >= 0)) continue;
    out[at + binByEdges(ratio)] += weights[i]!;
  }
}
