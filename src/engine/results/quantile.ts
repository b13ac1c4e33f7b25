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
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
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
