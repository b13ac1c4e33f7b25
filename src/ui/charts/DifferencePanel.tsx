/**
 * One metric of the difference chart: a horizontal bar per scenario from
 * zero to its mean difference against the baseline, whiskers for the 90%
 * interval, and the value in words under each name (so a difference of
 * exactly 0, which draws no bar, still reads "0").
 */
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { DifferenceRow } from './data/difference';
import type { NiceScale } from './data/scale';
import { ChartBox } from './ChartBox';
import { NameTick, RowColorBar } from './shapes';
import { axisLabel, HEIGHT, TICK } from './axis';
import { INK } from './palette';

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
      <ChartBox height={60 + rows.length * HEIGHT.perRow}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 24, bottom: 20, left: 12 }} maxBarSize={24}>
          <CartesianGrid stroke={INK.grid} horizontal={false} />
          <XAxis type="number" domain={scale.domain} ticks={scale.ticks} tick={TICK} tickFormatter={tick} label={axisLabel(axis, 'x')} />
          <YAxis type="category" dataKey="name" width={170} tick={<NameTick subs={subs} />} interval={0} />
          <ReferenceLine x={0} stroke={INK.reference} strokeWidth={1.5} />
          <Bar dataKey="value" name={label} shape={RowColorBar} isAnimationActive={false}>
            <ErrorBar dataKey="error" width={6} stroke={INK.reference} strokeWidth={1.25} isAnimationActive={false} />
          </Bar>
        </BarChart>
      </ChartBox>
    </figure>
  );
}
