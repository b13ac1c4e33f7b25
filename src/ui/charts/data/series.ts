/**
 * Monthly series with uncertainty bands, one row per month and one entry per
 * scenario, for the fan charts (poverty, PAR30, default rate, risk fund).
 */
import type { SeriesBand, SeriesKey } from '../../../engine/index';
import type { ChartRun } from '../types';
import { band, runKey } from './interval';

export interface BandPoint {
  /** Median across replications. */
  p50: number | null;
  /** 50% interval (25th–75th percentile). */
  band50: [number, number] | null;
  /** 90% interval (5th–95th percentile). */
  band90: [number, number] | null;
  /** Median of the status quo (existing cash transfer only) on the same draws, if the result has one. */
  counterfactual: number | null;
}

/** `month` counts from 1 (the first simulated month); scenario i sits under key `s{i}`. */
export type SeriesRow = { month: number } & Record<string, BandPoint | number>;

/** The series the status quo also reports (the result's `counterfactual.series`). */
const COUNTERFACTUAL_KEYS = ['povertyHeadcount', 'meanIncome', 'poorHouseholds', 'povertyGap', 'povertySeverity'] as const;
type CounterfactualKey = (typeof COUNTERFACTUAL_KEYS)[number];
const hasCounterfactual = (k: SeriesKey): k is CounterfactualKey => (COUNTERFACTUAL_KEYS as readonly SeriesKey[]).includes(k);

function point(s: SeriesBand, t: number, cf: SeriesBand | undefined): BandPoint {
  return {
    p50: s.p50[t] ?? null,
    band50: band(s.p25[t], s.p75[t]),
    band90: band(s.p5[t], s.p95[t]),
    counterfactual: cf?.p50[t] ?? null,
  };
}

/** Rows for a band chart of series `key`; runs may differ in length (the longest sets the months). */
export function seriesRows(runs: readonly ChartRun[], key: SeriesKey): SeriesRow[] {
  const months = Math.max(0, ...runs.map((r) => r.result.series[key].p50.length));
  const rows: SeriesRow[] = [];
  for (let t = 0; t < months; t++) {
    const row: SeriesRow = { month: t + 1 };
    runs.forEach((r, i) => {
      const cf = hasCounterfactual(key) ? r.result.counterfactual?.series[key] : undefined;
      if (t < r.result.series[key].p50.length) row[runKey(i)] = point(r.result.series[key], t, cf);
    });
    rows.push(row);
  }
  return rows;
}

/** The BandPoint of scenario i in a row, for tables. */
export const bandAt = (row: SeriesRow, i: number): BandPoint | undefined => row[runKey(i)] as BandPoint | undefined;

/** Every number a band chart draws (medians, band ends, the status quo), for the axis extent. */
export function* seriesValues(rows: readonly SeriesRow[], withCounterfactual = false): Generator<number | null> {
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) {
      if (k === 'month' || typeof v === 'number') continue;
      yield v.p50;
      if (v.band50) yield* v.band50;
      if (v.band90) yield* v.band90;
      if (withCounterfactual) yield v.counterfactual;
    }
}
