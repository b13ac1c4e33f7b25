/**
 * Poverty by region for one scenario. Mode "headcount": share of people in
 * poverty at the start and the end, side by side. Mode "exits": households
 * out of poverty for 12+ months. Bars are means across replications, whiskers
 * the 90% interval; regions run down the side so their names never collide.
 */
import { useMemo, useState } from 'react';
import type { ChartRun } from './types';
import { regionIntervals, regionRows, type RegionRow } from './data/region';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { Segmented } from './Segmented';
import { tickMillions, tickPercent } from './axis';
import { BEFORE_COLOR } from './palette';
import { valueWithInterval } from './intervalText';
import { formatCount, formatShare, type Formatter } from '../format';
import { CHART_TEXT } from './text';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';

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

const regionLabel = (r: RegionRow) => ({ key: r.region, label: r.label });

export function RegionChart({ run, mode = 'headcount' }: RegionChartProps) {
  const [m, setM] = useState<RegionMode>(mode);
  const rows = useMemo(() => regionRows(run.result), [run.result]);
  const x = useMemo(() => niceScale(intervalValues(regionIntervals(rows, m)), { zero: true, count: 4 }), [rows, m]);
  const text = CHART_TEXT.region;
  const months = run.result.meta.months;
  const headcount = m === 'headcount';
  const unit = headcount ? '% of people' : 'households (m)';
  const series = useMemo<HBarSeries<RegionRow>[]>(
    () =>
      headcount
        ? [
            { key: 'before', name: 'At the start', color: () => BEFORE_COLOR, value: (r) => r.before },
            { key: 'after', name: `After ${months} months`, color: () => run.color, value: (r) => r.after },
          ]
        : [{ key: 'exits', name: 'Out of poverty 12+ months', color: () => run.color, value: (r) => r.exits }],
    [headcount, months, run.color],
  );
  const columns: Column<RegionRow>[] = headcount
    ? [{ header: 'Region', cell: (r) => r.label }, col('At the start, mean (90% interval)', (r) => r.before, formatShare), col(`After ${months} months, mean (90% interval)`, (r) => r.after, formatShare)]
    : [{ header: 'Region', cell: (r) => r.label }, col('Households out of poverty 12+ months, mean (90% interval)', (r) => r.exits, formatCount)];
  return (
    <ChartFrame
      title={`${text.title}: ${run.name}`}
      subtitle={`${headcount ? 'People in poverty, % of people' : 'Households out of poverty for 12+ months, households (m)'}; ${text.subtitle}`}
      controls={<Segmented label="Show" options={MODES} value={m} onChange={setM} />}
      chart={
        <HBarPlot
          rows={rows}
          category={regionLabel}
          series={series}
          scale={x}
          tick={headcount ? tickPercent : tickMillions}
          axisTitle={unit}
          label={`${text.title}: ${run.name}`}
          height={headcount ? 420 : 340}
          nameWidth={170}
          maxBarSize={16}
          barGap={1}
          cap={4}
        />
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
