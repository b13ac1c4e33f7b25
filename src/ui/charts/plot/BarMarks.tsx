/**
 * Bars (and their whiskers) in pixel coordinates, vertical or horizontal.
 * Charts place them with their scales and bandLayout; this only draws.
 */
import { Whisker } from './Whisker';

export interface BarMark {
  key: string;
  /** Series name, for tests and for reading the svg. */
  series: string;
  /** The bar's two ends along the value axis (the base and the value), in pixels. */
  from: number;
  to: number;
  /** Middle of the bar across the value axis, and its thickness. */
  centre: number;
  size: number;
  color: string;
  /** Whisker ends along the value axis, in pixels; none without spread. */
  whisker?: readonly [number, number] | null;
}

/** `cap`: length of the whiskers' end caps. */
export function BarMarks({ marks, orient, cap = 6 }: { marks: readonly BarMark[]; orient: 'vertical' | 'horizontal'; cap?: number }) {
  return (
    <g className="chart-bars">
      {marks.map((m) => {
        const lo = Math.min(m.from, m.to);
        const length = Math.abs(m.to - m.from);
        const across = m.centre - m.size / 2;
        return orient === 'vertical' ? (
          <rect key={m.key} data-series={m.series} x={across} y={lo} width={m.size} height={length} fill={m.color} />
        ) : (
          <rect key={m.key} data-series={m.series} x={lo} y={across} width={length} height={m.size} fill={m.color} />
        );
      })}
      {marks.map((m) => m.whisker && <Whisker key={`w-${m.key}`} from={m.whisker[0]} to={m.whisker[1]} at={m.centre} orient={orient} cap={cap} />)}
    </g>
  );
}
