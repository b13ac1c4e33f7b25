/**
 * Poverty flows per scenario over the whole run: households out of poverty
 * for 12+ months, those who left and fell back, and the newly poor. Bars
 * are means across replications; whiskers the 90% interval.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, XAxis, YAxis } from 'recharts';
import type { ChartRun } from './types';
import { exitsIntervals, exitsRows, type ExitsRow } from './data/exits';
import { runKey, valueAt } from './data/interval';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { ChartBox } from './ChartBox';
import { DataTable, type Column } from './DataTable';
import { Legend, runLegend } from './Legend';
import { axisLabel, HEIGHT, TICK, tickMillions } from './axis';
import { INK } from './palette';
import { valueWithInterval } from './intervalText';
import { formatCount } from '../format';
import { CHART_TEXT } from './text';
import { WrapTick } from './shapes';

export interface ExitsChartProps {
  runs: ChartRun[];
  height?: number;
}

export function ExitsChart({ runs, height = HEIGHT.standard }: ExitsChartProps) {
  const rows = useMemo(() => exitsRows(runs), [runs]);
  const y = useMemo(() => niceScale(intervalValues(exitsIntervals(rows, runs.length)), { zero: true }), [rows, runs]);
  const text = CHART_TEXT.exits;
  // One row per scenario and one column per flow keeps the table narrow enough to read without scrolling.
  const columns: Column<number>[] = [
    { header: 'Scenario', cell: (i) => runs[i]!.name },
    ...rows.map((row: ExitsRow) => ({
      header: row.label,
      numeric: true,
      cell: (i: number) => {
        const v = valueAt(row, i);
        return valueWithInterval(v?.value, v?.low, v?.high, formatCount);
      },
    })),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={text.note}
      chart={
        <ChartBox height={height}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 12 }} barGap={2}>
            <CartesianGrid stroke={INK.grid} vertical={false} />
            <XAxis dataKey="label" tick={<WrapTick />} interval={0} height={48} />
            <YAxis domain={y.domain} ticks={y.ticks} tick={TICK} tickFormatter={tickMillions} width={56} label={axisLabel('households (m)', 'y')} />
            {runs.map((r, i) => (
              <Bar key={r.id} dataKey={`${runKey(i)}.value`} name={r.name} fill={r.color} isAnimationActive={false}>
                <ErrorBar dataKey={`${runKey(i)}.error`} width={5} stroke={INK.reference} strokeWidth={1.25} isAnimationActive={false} />
              </Bar>
            ))}
          </BarChart>
        </ChartBox>
      }
      legend={<Legend items={runLegend(runs, 'box')} />}
      table={() => <DataTable caption="Households, mean across replications (90% interval)" columns={columns} rows={runs.map((_, i) => i)} rowKey={(i) => runs[i]!.id} />}
    />
  );
}
