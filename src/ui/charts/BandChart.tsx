/**
 * Monthly series per scenario: a median line, a 90% band and optionally a
 * 50% band, plus an optional dashed no-programme counterfactual. Shared by
 * the poverty fan, PAR30/default-rate and risk-fund charts.
 */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Formatter } from '../format';
import { seriesValues, type SeriesRow } from './data/series';
import { niceScale } from './data/scale';
import { runKey } from './data/interval';
import { axisLabel, HEIGHT, TICK } from './axis';
import { monthTicks } from './intervalText';
import { INK } from './palette';
import { ChartBox } from './ChartBox';
import { BandTooltip } from './BandTooltip';

export interface BandChartProps {
  rows: SeriesRow[];
  runs: readonly { id: string; name: string; color: string }[];
  yLabel: string;
  tick: (v: number) => string;
  format: Formatter;
  show50?: boolean;
  showCounterfactual?: boolean;
  height?: number;
}

export function BandChart({ rows, runs, yLabel, tick, format, show50 = false, showCounterfactual = false, height = HEIGHT.standard }: BandChartProps) {
  const y = useMemo(() => niceScale(seriesValues(rows, showCounterfactual)), [rows, showCounterfactual]);
  return (
    <ChartBox height={height}>
      <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 20, left: 12 }}>
        <CartesianGrid stroke={INK.grid} vertical={false} />
        <XAxis dataKey="month" type="number" domain={[1, rows.length]} ticks={monthTicks(rows.length)} tick={TICK} label={axisLabel('months', 'x')} />
        <YAxis tick={TICK} tickFormatter={tick} width={56} domain={y.domain} ticks={y.ticks} label={axisLabel(yLabel, 'y')} />
        <Tooltip content={<BandTooltip runs={runs} format={format} showCounterfactual={showCounterfactual} />} />
        {runs.map((r, i) => [
          <Area key={`${r.id}-90`} dataKey={`${runKey(i)}.band90`} name={`${r.name}, 90% interval`} stroke="none" fill={r.color} fillOpacity={0.07} isAnimationActive={false} activeDot={false} />,
          show50 && <Area key={`${r.id}-50`} dataKey={`${runKey(i)}.band50`} name={`${r.name}, 50% interval`} stroke="none" fill={r.color} fillOpacity={0.14} isAnimationActive={false} activeDot={false} />,
          showCounterfactual && (
            <Line key={`${r.id}-cf`} dataKey={`${runKey(i)}.counterfactual`} name={`${r.name}, without programmes`} stroke={r.color} strokeDasharray="6 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          ),
          <Line key={`${r.id}-50l`} dataKey={`${runKey(i)}.p50`} name={r.name} stroke={r.color} strokeWidth={2.25} dot={false} isAnimationActive={false} />,
        ])}
      </ComposedChart>
    </ChartBox>
  );
}
