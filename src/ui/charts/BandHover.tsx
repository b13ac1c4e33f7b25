/** The hover marker of a band chart: a vertical rule at the month and a dot on each median. */
import { bandAt, type SeriesRow } from './data/series';
import type { Box } from './plot/layout';

interface BandHoverProps {
  box: Box;
  /** The month's position. */
  x: number;
  row: SeriesRow;
  runs: readonly { id: string; color: string }[];
  y: (v: number) => number;
}

export function BandHover({ box, x, row, runs, y }: BandHoverProps) {
  return (
    <g className="chart-hover" pointerEvents="none">
      <line x1={x} x2={x} y1={box.top} y2={box.bottom} stroke="#999" />
      {runs.map((r, i) => {
        const v = bandAt(row, i)?.p50;
        return v == null ? null : <circle key={r.id} cx={x} cy={y(v)} r={4} fill={r.color} stroke="#fff" strokeWidth={2} />;
      })}
    </g>
  );
}
