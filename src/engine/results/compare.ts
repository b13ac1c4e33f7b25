/**
 * Differences between two runs on common random numbers: for each
 * replication both runs hold, take scenario − baseline of a metric, then
 * summarise. Because both runs face the same draws, a scenario identical to
 * the baseline differs by exactly 0 and intervals reflect the policy, not noise.
 */
import type { Dist } from '../api';
import type { Accumulator } from './accumulator';
import { quantileSorted, summarise } from './quantile';
import { REGION_SCALARS, regionScalarIndex, scalarIndex, SERIES, type RegionScalarKey, type ScalarKey, type SeriesKey } from '../model/layout';
import { REGIONS, type RegionId } from '../population/regions';

export interface Difference {
  /** Replications both runs hold. */
  replications: number;
  summary: Partial<Record<ScalarKey, Dist>>;
  /** Per-month difference of a series (mean and percentiles by month). */
  series: Partial<Record<SeriesKey, { mean: (number | null)[]; p5: (number | null)[]; p50: (number | null)[]; p95: (number | null)[] }>>;
  /** Within each region, the same differences of regional outcomes (only when asked for: compareRuns' regionScalars). */
  byRegion?: Record<RegionId, Partial<Record<RegionScalarKey, Dist>>>;
}

function paired(a: Accumulator, b: Accumulator): [Float64Array, Float64Array][] {
  const out: [Float64Array, Float64Array][] = [];
  const byIndex = new Map(b.entries());
  for (const [r, da] of a.entries()) {
    const db = byIndex.get(r);
    if (db) out.push([da, db]);
  }
  return out;
}

/**
 * Summaries of scenario − baseline, replication by replication. Both runs must share seed, households and months.
 * `regionScalars`: regional outcomes differenced within each region the same way (none by default).
 */
export function compareRuns(
  scenario: Accumulator, baseline: Accumulator, scalars: readonly ScalarKey[], series: readonly SeriesKey[] = [], regionScalars: readonly RegionScalarKey[] = [],
): Difference {
  const s = scenario.scenario.run;
  const b = baseline.scenario.run;
  if (s.seed !== b.seed || s.households !== b.households || s.months !== b.months)
    throw new Error('runs can only be compared on common random numbers: seed, households and months must match');
  const pairs = paired(scenario, baseline);
  const L = scenario.layout;
  const summary: Difference['summary'] = {};
  for (const k of scalars) {
    const at = L.scalars + scalarIndex[k];
    summary[k] = summarise(Float64Array.from(pairs, ([x, y]) => x[at]! - y[at]!));
  }
  const out: Difference['series'] = {};
  for (const k of series) {
    const base = L.series + SERIES.indexOf(k) * s.months;
    const band = { mean: [] as (number | null)[], p5: [] as (number | null)[], p50: [] as (number | null)[], p95: [] as (number | null)[] };
    for (let t = 0; t < s.months; t++) {
      const d = summarise(Float64Array.from(pairs, ([x, y]) => x[base + t]! - y[base + t]!));
      band.mean.push(d.mean);
      band.p5.push(d.p5);
      band.p50.push(d.p50);
      band.p95.push(d.p95);
    }
    out[k] = band;
  }
  const result: Difference = { replications: pairs.length, summary, series: out };
  if (regionScalars.length > 0) {
    result.byRegion = Object.fromEntries(REGIONS.map((region, ri) => [region, Object.fromEntries(regionScalars.map((k) => {
      const at = L.region + ri * REGION_SCALARS.length + regionScalarIndex[k];
      return [k, summarise(Float64Array.from(pairs, ([x, y]) => x[at]! - y[at]!))];
    }))])) as Difference['byRegion'];
  }
  return result;
}

/** One scenario's cost per additional sustained exit in each replication it holds (∞ where it has no additional exits). */
export interface CostDraws {
  indices: number[];
  costs: number[];
}

/** Per-replication costs of a run with its status quo (NaN throughout without one). */
export function costDraws(acc: Accumulator): CostDraws {
  const L = acc.layout;
  const at = (k: ScalarKey) => L.scalars + scalarIndex[k];
  const e = acc.entries();
  return {
    indices: e.map(([r]) => r),
    costs: e.map(([, d]) => {
      const extra = d[at('sustainedExits')]! - d[L.size + at('sustainedExits')]!;
      return Number.isNaN(extra) ? NaN : extra > 0 ? d[at('spentPKR')]! / extra : Infinity;
    }),
  };
}

/**
 * Whether two scenarios' costs per exit are statistically tied: the 90%
 * interval of their paired difference (a − b, replication by replication,
 * on the replications both hold) contains zero. Replications where neither
 * has additional exits say nothing about the order and are left out.
 */
export function costTie(a: CostDraws, b: CostDraws): { replications: number; low: number; high: number; tied: boolean } | null {
  const byIndex = new Map(b.indices.map((r, k) => [r, b.costs[k]!]));
  const diffs: number[] = [];
  a.indices.forEach((r, k) => {
    const other = byIndex.get(r);
    if (other === undefined) return;
    const d = a.costs[k]! - other;
    if (!Number.isNaN(d)) diffs.push(d);
  });
  if (diffs.length === 0) return null;
  const sorted = Float64Array.from(diffs).sort();
  const low = quantileSorted(sorted, 0.05);
  const high = quantileSorted(sorted, 0.95);
  return { replications: diffs.length, low, high, tied: low <= 0 && high >= 0 };
}
