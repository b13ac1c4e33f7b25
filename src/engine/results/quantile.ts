/**
 * Quantiles and summaries across replications. Values are taken in
 * replication order and NaN (undefined, e.g. 0/0) is ignored, so a summary is
 * the same whatever order the replications arrived in.
 */
import type { Dist } from '../api';

/** Quantile of sorted values by linear interpolation (R-7, as d3.quantileSorted). */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (n === 1) return sorted[0]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const t = h - lo;
  // Exactly on a value: return it, so an infinite neighbour (cost with no exits) cannot turn 0 × ∞ into NaN.
  return t === 0 ? sorted[lo]! : sorted[lo]! + t * (sorted[hi]! - sorted[lo]!);
}

const clean = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Mean and p5/p25/p50/p75/p95 of the finite values; nulls where none are finite. */
export function summarise(values: Float64Array): Dist {
  const finite = values.filter((x) => Number.isFinite(x));
  if (finite.length === 0) return { mean: null, p5: null, p25: null, p50: null, p75: null, p95: null };
  let sum = 0;
  for (let i = 0; i < finite.length; i++) sum += finite[i]!;
  const sorted = finite.slice().sort();
  return {
    mean: clean(sum / finite.length),
    p5: clean(quantileSorted(sorted, 0.05)),
    p25: clean(quantileSorted(sorted, 0.25)),
    p50: clean(quantileSorted(sorted, 0.5)),
    p75: clean(quantileSorted(sorted, 0.75)),
    p95: clean(quantileSorted(sorted, 0.95)),
  };
}

/**
 * Summary of a ratio across replications, e.g. cost per additional exit.
 * A replication whose denominator is not positive has no finite ratio: it is
 * kept as +∞ (not dropped, which would leave only the lucky replications),
 * so a quantile that falls on it is null ("not reached"). The mean is the
 * ratio of totals, Σ numerator ÷ Σ denominator, the usual point estimate.
 */
export function summariseRatio(numerators: Float64Array, denominators: Float64Array): Dist {
  const n = numerators.length;
  if (n === 0) return { mean: null, p5: null, p25: null, p50: null, p75: null, p95: null };
  const values = new Float64Array(n);
  let num = 0;
  let den = 0;
  for (let k = 0; k < n; k++) {
    num += numerators[k]!;
    den += denominators[k]!;
    values[k] = denominators[k]! > 0 ? numerators[k]! / denominators[k]! : Infinity;
  }
  const sorted = values.sort();
  const q = (p: number) => clean(quantileSorted(sorted, p));
  return { mean: den > 0 ? clean(num / den) : null, p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}
