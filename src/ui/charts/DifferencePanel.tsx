/**
 * One metric of the difference chart: a horizontal bar per scenario from
 * zero to its mean difference against the baseline, whiskers for the 90%
 * interval, and the value in words under each name (so a difference of
 * exactly 0, which draws no bar, still reads "0").
 */
import type { DifferenceRow } from './data/difference';
import type { NiceScale } from './data/scale';
import { HEIGHT } from './axis';
import { HBarPlot } from './plot/HBarPlot';

export interface DifferencePanelProps {
  label: string;
  rows: readonly DifferenceRow[];
  /** Value in words per row, in row order. */
  subs: readonly string[];
  axis: string;
  tick: (v: number) => string;
  /** Axis extent and ticks; always holds zero. */
  scale: NiceScale;
}

export function DifferencePanel({ label, rows, subs, axis, tick, scale }: DifferencePanelProps) {
  return (
    <figure className="chart-panel">
      <figcaption>{label}</figcaption>
      <HBarPlot
        rows={rows}
        category={(r, i) => ({ key: r.id, label: r.name, sub: subs[i] })}
        series={[{ key: 'diff', name: label, color: (r) => r.color, value: (r) => r }]}
        scale={scale}
        tick={tick}
        axisTitle={axis}
        label={label}
        height={60 + rows.length * HEIGHT.perRow}
        nameWidth={170}
        zeroLine
        top={4}
        maxBarSize={24}
      />
    </figure>
  );
}
