/**
 * One scenario's money by programme and year (means across replications):
 * a stacked bar per year, programmes first and unspent money on top, so
 * the whole bar is the year's budget.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { ChartRun } from './types';
import { BUDGET_PARTS, budgetRows, type BudgetRow } from './data/budget';
import { niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { ChartBox } from './ChartBox';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { axisLabel, HEIGHT, TICK, tickBn } from './axis';
import { INK, PROGRAMME_COLORS } from './palette';
import { formatPKR } from '../format';
import { CHART_TEXT } from './text';
import { TopLabel } from './shapes';

export interface BudgetChartProps {
  run: ChartRun;
  height?: number;
}

export function BudgetChart({ run, height = HEIGHT.standard }: BudgetChartProps) {
  const rows = useMemo(() => budgetRows(run.result), [run.result]);
  const y = useMemo(() => niceScale(rows.map((r) => r.budget), { zero: true }), [rows]);
  const text = CHART_TEXT.budget;
  const columns: Column<BudgetRow>[] = [
    { header: 'Year', cell: (r) => r.label },
    ...BUDGET_PARTS.map((p) => ({ header: p.label, numeric: true, cell: (r: BudgetRow) => formatPKR(r[p.key]) })),
    { header: 'Budget', numeric: true, cell: (r) => formatPKR(r.budget) },
  ];
  return (
    <ChartFrame
      title={`${text.title}: ${run.name}`}
      subtitle={text.subtitle}
      chart={
        <ChartBox height={height}>
          <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 12 }} maxBarSize={90}>
            <CartesianGrid stroke={INK.grid} vertical={false} />
            <XAxis dataKey="label" tick={TICK} interval={0} />
            <YAxis domain={y.domain} ticks={y.ticks} tick={TICK} tickFormatter={tickBn} width={56} label={axisLabel('Rs bn', 'y')} />
            {BUDGET_PARTS.map((p, i) => (
              <Bar key={p.key} dataKey={p.key} name={p.label} stackId="budget" fill={PROGRAMME_COLORS[p.key]} isAnimationActive={false}>
                {i === BUDGET_PARTS.length - 1 && <LabelList dataKey="budget" content={<TopLabel format={formatPKR} />} />}
              </Bar>
            ))}
          </BarChart>
        </ChartBox>
      }
      legend={<Legend items={BUDGET_PARTS.map((p) => ({ key: p.key, label: p.label, color: PROGRAMME_COLORS[p.key], mark: 'box' as const }))} />}
      table={() => <DataTable caption={`${text.title}: ${run.name}, Rs, mean across replications`} columns={columns} rows={rows} rowKey={(r) => r.label} />}
    />
  );
}
