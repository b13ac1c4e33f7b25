/**
 * Variance-based sensitivity: first-order and total Sobol' indices from a
 * Saltelli design, with bootstrap confidence intervals.
 *
 * Design (Saltelli 2002; Saltelli et al. 2010): a 2D-dimensional Sobol'
 * sample split into matrices A and B (N × D each); for each parameter i, the
 * matrix A_B^(i) is A with column i taken from B. The model is evaluated on
 * A, B and every A_B^(i): N · (D + 2) runs.
 *
 * Estimators, with V the variance of f over A and B together and f̄ their mean:
 *   first order, S_i = mean_j (f(B)_j − f̄) · (f(A_B^(i))_j − f(A)_j) / V   (Saltelli et al. 2010, table 2 (b))
 *   total,      ST_i = mean_j (f(A)_j − f(A_B^(i))_j)² / (2V)              (Jansen 1999)
 * The first-order sum is of f(B) centred on f̄ (SALib centres its outputs too, on the mean of every run): uncentred,
 * its sampling error grows with (f̄ / sd)², so for an outcome such as a headcount (0.22, moving by 2·10⁻⁴) it
 * gave indices of ±200 at N = 8 and of −7 at N = 128. Centring leaves the estimator's expectation as it was
 * (mean_j (f(A_B^(i))_j − f(A)_j) has expectation 0) and the total index, a sum of differences, unchanged.
 * Confidence intervals resample the N rows with replacement (the same
 * resampled rows for every index), and take the 2.5th and 97.5th
 * percentiles of the resampled estimates. The resampling is keyed by a seed,
 * so the same outputs give the same intervals everywhere.
 *
 * Points are in the unit cube; callers map each column to its parameter's
 * distribution (its inverse CDF).
 */
import { fmix32, mix } from '../random/hash';
import { sobolPoints } from './sobolSequence';

export interface SaltelliDesign {
  /** Parameters (D) and base sample size (N). */
  dimensions: number;
  samples: number;
  /** N · (D + 2) points, row-major with D coordinates each: A's N rows, B's N rows, then A_B^(1) … A_B^(D). */
  points: Float64Array;
}

/** The number of model runs a Saltelli design of `samples` rows needs for `dimensions` parameters. */
export const saltelliRuns = (dimensions: number, samples: number) => samples * (dimensions + 2);

export function saltelliDesign(dimensions: number, samples: number, skip = 0): SaltelliDesign {
  if (!Number.isInteger(samples) || samples < 2) throw new RangeError(`Saltelli design: need at least 2 samples, got ${samples}`);
  const d = dimensions;
  const base = sobolPoints(samples, 2 * d, skip);
  const points = new Float64Array(saltelliRuns(d, samples) * d);
  for (let j = 0; j < samples; j++) {
    for (let k = 0; k < d; k++) {
      const a = base[j * 2 * d + k];
      const b = base[j * 2 * d + d + k];
      points[j * d + k] = a;
      points[(samples + j) * d + k] = b;
      for (let i = 0; i < d; i++) points[((2 + i) * samples + j) * d + k] = k === i ? b : a;
    }
  }
  return { dimensions: d, samples, points };
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface SobolIndices {
  firstOrder: Interval[];
  total: Interval[];
  /** Variance of the output over A and B. */
  variance: number;
  samples: number;
  bootstrap: number;
}

/** The estimates on the rows listed in `rows` (all rows once for the point estimate). */
function estimate(outputs: ArrayLike<number>, d: number, n: number, rows: ArrayLike<number>): { first: Float64Array; total: Float64Array; variance: number } {
  const m = rows.length;
  let sum = 0;
  for (let r = 0; r < m; r++) sum += outputs[rows[r]] + outputs[n + rows[r]];
  const mean = sum / (2 * m);
  // Two passes: the mean, then the squared deviations (a sum of squares less the squared mean loses the variance of
  // an outcome whose spread is small beside its level to cancellation).
  let sumSq = 0;
  for (let r = 0; r < m; r++) {
    const da = outputs[rows[r]] - mean;
    const db = outputs[n + rows[r]] - mean;
    sumSq += da * da + db * db;
  }
  const variance = sumSq / (2 * m);
  const first = new Float64Array(d);
  const total = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s1 = 0;
    let st = 0;
    for (let r = 0; r < m; r++) {
      const j = rows[r];
      const fa = outputs[j];
      const fab = outputs[(2 + i) * n + j];
      s1 += (outputs[n + j] - mean) * (fab - fa);
      st += (fa - fab) * (fa - fab);
    }
    first[i] = variance > 0 ? s1 / m / variance : 0;
    total[i] = variance > 0 ? st / (2 * m) / variance : 0;
  }
  return { first, total, variance };
}

function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

/**
 * Sobol' indices from the outputs of a Saltelli design, in the design's
 * order. `bootstrap` resamples (0 for none: the interval is the estimate).
 */
export function sobolIndices(outputs: ArrayLike<number>, dimensions: number, samples: number, options: { bootstrap?: number; seed?: number } = {}): SobolIndices {
  const d = dimensions;
  const n = samples;
  if (outputs.length !== saltelliRuns(d, n)) throw new RangeError(`Sobol' indices: expected ${saltelliRuns(d, n)} outputs for ${d} parameters × ${n} samples, got ${outputs.length}`);
  for (let k = 0; k < outputs.length; k++) if (!Number.isFinite(outputs[k])) throw new RangeError(`Sobol' indices: output ${k} is not a finite number`);
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const point = estimate(outputs, d, n, all);
  const reps = options.bootstrap ?? 500;
  const firstDraws = Array.from({ length: d }, () => new Float64Array(reps));
  const totalDraws = Array.from({ length: d }, () => new Float64Array(reps));
  const rows = new Uint32Array(n);
  const key = mix(0x2f6b9a1d, options.seed ?? 0);
  for (let b = 0; b < reps; b++) {
    const bKey = mix(key, b);
    // Rows drawn uniformly with replacement; the tiny modulo bias of 2^32 mod n is immaterial here.
    for (let r = 0; r < n; r++) rows[r] = (fmix32(bKey ^ Math.imul(r + 1, 0x27d4eb2d)) >>> 0) % n;
    const e = estimate(outputs, d, n, rows);
    for (let i = 0; i < d; i++) {
      firstDraws[i][b] = e.first[i];
      totalDraws[i][b] = e.total[i];
    }
  }
  const interval = (est: number, draws: Float64Array): Interval => {
    if (reps === 0) return { estimate: est, low: est, high: est };
    const sorted = draws.slice().sort();
    return { estimate: est, low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
  };
  return {
    firstOrder: Array.from({ length: d }, (_, i) => interval(point.first[i], firstDraws[i])),
    total: Array.from({ length: d }, (_, i) => interval(point.total[i], totalDraws[i])),
    variance: point.variance,
    samples: n,
    bootstrap: reps,
  };
}
