/**
 * Poverty by region for one scenario. Mode "headcount": share of people in
 * poverty at the start and the end, side by side. Mode "exits": households
 * out of poverty for 12+ months. Bars are means across replications, whiskers
 * the 90% interval; regions run down the side so their names never collide.
 */
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, XAxis, YAxis } from 'recharts';
import type { ChartRun } from './types';
import { regionIntervals, regionRows, type RegionRow } from './data/region';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { ChartBox } from './ChartBox';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { Segmented } from './Segmented';
import { axisLabel, TICK, tickMillions, tickPercent } from './axis';
import { BEFORE_COLOR, INK } from './palette';
import { valueWithInterval } from './intervalText';
import { formatCount, formatShare, type Formatter } from '../format';
import { CHART_TEXT } from './text';

export type RegionMode = 'headcount' | 'exits';

const MODES = [
  { value: 'headcount', label: 'People in poverty' },
  { value: 'exits', label: 'Out of poverty 12+ months' },
] as const;

export interface RegionChartProps {
  run: ChartRun;
  mode?: RegionMode;
}

const col = (header: string, pick: (r: RegionRow) => RegionRow['after'], f: Formatter): Column<RegionRow> => ({
  header,
  numeric: true,
  cell: (r) => valueWithInterval(pick(r).value, pick(r).low, pick(r).high, f),
});

export function RegionChart({ run, mode = 'headcount' }: RegionChartProps) {
  const [m, setM] = useState<RegionMode>(mode);
  const rows = useMemo(() => regionRows(run.result), [run.result]);
  const x = useMemo(() => niceScale(intervalValues(regionIntervals(rows, m)), { zero: true, count: 4 }), [rows, m]);
  const text = CHART_TEXT.region;
  const months = run.result.meta.months;
  const headcount = m === 'headcount';
  const unit = headcount ? '% of people' : 'households (m)';
  const bar = { isAnimationActive: false, maxBarSize: 16 } as const;
  const whisker = { width: 4, stroke: INK.reference, strokeWidth: 1.25, isAnimationActive: false } as const;
  const columns: Column<RegionRow>[] = headcount
    ? [{ header: 'Region', cell: (r) => r.label }, col('At the start, mean (90% interval)', (r) => r.before, formatShare), col(`After ${months} months, mean (90% interval)`, (r) => r.after, formatShare)]
    : [{ header: 'Region', cell: (r) => r.label }, col('Households out of poverty 12+ months, mean (90% interval)', (r) => r.exits, formatCount)];
  return (
    <ChartFrame
      title={`${text.title}: ${run.name}`}
      subtitle={`${headcount ? 'People in poverty, % of people' : 'Households out of poverty for 12+ months, households (m)'}; ${text.subtitle}`}
      controls={<Segmented label="Show" options={MODES} value={m} onChange={setM} />}
      chart={
        <ChartBox height={headcount ? 420 : 340}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 20, left: 12 }} barGap={1}>
            <CartesianGrid stroke={INK.grid} horizontal={false} />
            <XAxis type="number" domain={x.domain} ticks={x.ticks} tick={TICK} tickFormatter={headcount ? tickPercent : tickMillions} label={axisLabel(unit, 'x')} />
            <YAxis type="category" dataKey="label" width={170} tick={TICK} interval={0} />
            {headcount && (
              <Bar dataKey="before.value" name="At the start" fill={BEFORE_COLOR} {...bar}>
                <ErrorBar dataKey="before.error" {...whisker} />
              </Bar>
            )}
            <Bar dataKey={headcount ? 'after.value' : 'exits.value'} name={headcount ? `After ${months} months` : 'Out of poverty 12+ months'} fill={run.color} {...bar}>
              <ErrorBar dataKey={headcount ? 'after.error' : 'exits.error'} {...whisker} />
            </Bar>
          </BarChart>
        </ChartBox>
      }
      legend={
        headcount && (
          <Legend
            items={[
              { key: 'before', label: 'At the start', color: BEFORE_COLOR, mark: 'box' },
              { key: 'after', label: `After ${months} months`, color: run.color, mark: 'box' },
            ]}
          />
        )
      }
      table={() => <DataTable caption={`${text.title}: ${run.name}, ${headcount ? '% of people' : 'households'}`} columns={columns} rows={rows} rowKey={(r) => r.region} />}
    />
  );
}
