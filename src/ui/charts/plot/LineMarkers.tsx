/**
 * Each scenario's marker shape at a few months along its median line, so the
 * lines can be told apart without colour. The months are staggered by
 * scenario (a scenario's markers sit a little later than the one before),
 * so lines running close together do not stack their markers.
 */
import { bandAt, type SeriesRow } from '../data/series';
import { monthStep } from '../intervalText';
import { shapePath } from './symbols';

type Position = (v: number) => number;

/** Months (from 1) that carry scenario i's markers, of n scenarios: one per month tick's step, half a step in, then staggered. */
export function markerMonths(months: number, i: number, n: number): number[] {
  const step = monthStep(months);
  const offset = Math.round((i * step) / Math.max(1, n));
  const out: number[] = [];
  for (let m = step / 2 + offset; m <= months; m += step) out.push(Math.round(m));
  return out;
}

interface LineMarkersProps {
  rows: readonly SeriesRow[];
  runs: readonly { id: string; name: string; color: string }[];
  shapes: readonly number[];
  x: Position;
  y: Position;
}

export function LineMarkers({ rows, runs, shapes, x, y }: LineMarkersProps) {
  return (
    <g className="chart-markers">
      {runs.map((r, i) => {
        const d = shapePath(shapes[i]!);
        return (
          <g key={r.id} data-markers={r.name} fill={r.color} stroke="#fff" strokeWidth={1}>
            {markerMonths(rows.length, i, runs.length).map((m) => {
              const v = rows[m - 1] && bandAt(rows[m - 1]!, i)?.p50;
              return v == null ? null : <path key={m} transform={`translate(${x(m)},${y(v)})`} d={d} />;
            })}
          </g>
        );
      })}
    </g>
  );
}
