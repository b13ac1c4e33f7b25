/**
 * Svg paths of a band chart, computed once per data and size rather than
 * per render: per scenario the 90% and 50% band areas, the median line and
 * the status-quo line, and where the median line ends (for its label).
 * Missing values (null) leave gaps, never zeros.
 */
import { area, line } from 'd3';
import { bandAt, type BandPoint, type SeriesRow } from '../data/series';

export interface BandPaths {
  band90: string | null;
  band50: string | null;
  median: string | null;
  counterfactual: string | null;
  /** The median's last month with a value, and that value. */
  end: { month: number; value: number } | null;
}

type Position = (v: number) => number;
type Band = 'band90' | 'band50';

export function bandPaths(rows: readonly SeriesRow[], runs: number, x: Position, y: Position, with50: boolean, withCounterfactual: boolean): BandPaths[] {
  return Array.from({ length: runs }, (_, i) => {
    const points = rows.map((row) => ({ month: row.month, p: bandAt(row, i) }));
    type Pt = (typeof points)[number];
    const bandArea = (k: Band) =>
      area<Pt>()
        .defined((d) => d.p?.[k] != null)
        .x((d) => x(d.month))
        .y0((d) => y(d.p![k]![0]))
        .y1((d) => y(d.p![k]![1]))(points);
    const valueLine = (k: 'p50' | 'counterfactual') =>
      line<Pt>()
        .defined((d) => d.p?.[k] != null)
        .x((d) => x(d.month))
        .y((d) => y((d.p as BandPoint)[k]!))(points);
    let last: Pt | undefined;
    for (const d of points) if (d.p?.p50 != null) last = d;
    return {
      end: last ? { month: last.month, value: last.p!.p50! } : null,
      band90: bandArea('band90'),
      band50: with50 ? bandArea('band50') : null,
      median: valueLine('p50'),
      counterfactual: withCounterfactual ? valueLine('counterfactual') : null,
    };
  });
}
