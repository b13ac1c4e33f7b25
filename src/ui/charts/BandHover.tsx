/** The hover marker of a band chart: a vertical rule at the month and each scenario's shape on its median. */
import { bandAt, type SeriesRow } from './data/series';
import type { Box } from './plot/layout';
import { shapePath } from './plot/symbols';

interface BandHoverProps {
  box: Box;
  /** The month's position. */
  x: number;
  row: SeriesRow;
  runs: readonly { id: string; color: string }[];
  /** Each scenario's marker shape (plot/symbols). */
  shapes: readonly number[];
  y: (v: number) => number;
}

export function BandHover({ box, x, row, runs, shapes, y }: BandHoverProps) {
  return (
    <g className="chart-hover" pointerEvents="none">
      <line x1={x} x2={x} y1={box.top} y2={box.bottom} stroke="#999" />
      {runs.map((r, i) => {
        const v = bandAt(row, i)?.p50;
        return v == null ? null : <path key={r.id} transform={`translate(${x},${y(v)})`} d={shapePath(shapes[i]!, 80)} fill={r.color} stroke="#fff" strokeWidth={1.5} />;
      })}
    </g>
  );
}
