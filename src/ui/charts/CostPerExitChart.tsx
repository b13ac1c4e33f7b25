/**
 * Cost per additional household out of poverty for 12+ months, by
 * scenario, cheapest first: mean across replications with the 90% interval.
 * A scenario with no additional exits has no cost per exit and says so in
 * words rather than drawing a zero bar.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, XAxis, YAxis } from 'recharts';
import type { ChartRun } from './types';
import { costPerExitRows, type CostPerExitRow } from './data/costPerExit';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { ChartBox } from './ChartBox';
import { DataTable } from './DataTable';
import { NameTick, RowColorBar } from './shapes';
import { axisLabel, HEIGHT, TICK, tickMillions } from './axis';
import { INK } from './palette';
import { valueWithInterval } from './intervalText';
import { formatPKR } from '../format';
import { CHART_TEXT } from './text';

export const NO_EXITS = 'no additional exits';

export interface CostPerExitChartProps {
  runs: ChartRun[];
}

const cell = (r: CostPerExitRow) => (r.noExits ? NO_EXITS : valueWithInterval(r.value, r.low, r.high, formatPKR));

export function CostPerExitChart({ runs }: CostPerExitChartProps) {
  const rows = useMemo(() => costPerExitRows(runs), [runs]);
  const notes = useMemo(() => rows.map((r) => (r.noExits ? NO_EXITS : undefined)), [rows]);
  const x = useMemo(() => niceScale(intervalValues(rows), { zero: true, flat: 1e6, count: 4 }), [rows]);
  const text = CHART_TEXT.costPerExit;
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      chart={
        <ChartBox height={Math.max(HEIGHT.standard * 0.6, 70 + rows.length * HEIGHT.perRow)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 20, left: 12 }} maxBarSize={28}>
            <CartesianGrid stroke={INK.grid} horizontal={false} />
            <XAxis type="number" tick={TICK} tickFormatter={tickMillions} domain={x.domain} ticks={x.ticks} label={axisLabel('Rs m per household', 'x')} />
            <YAxis type="category" dataKey="name" width={130} tick={<NameTick notes={notes} />} interval={0} />
            <Bar dataKey="value" name="Cost per exit" shape={RowColorBar} isAnimationActive={false}>
              <ErrorBar dataKey="error" width={6} stroke={INK.reference} strokeWidth={1.25} isAnimationActive={false} />
            </Bar>
          </BarChart>
        </ChartBox>
      }
      table={() => (
        <DataTable
          caption={`${text.title}: Rs per household, mean (90% interval), cheapest first`}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: 'Scenario', cell: (r) => r.name },
            { header: 'Cost per exit, mean (90% interval)', numeric: true, cell },
          ]}
        />
      )}
    />
  );
}
