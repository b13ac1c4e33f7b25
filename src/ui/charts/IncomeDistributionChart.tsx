/**
 * Income per adult-equivalent at the start and the end for one scenario,
 * as step histograms over multiples of the poverty line (log axis), with
 * the poverty line marked. People left of the line are poor.
 */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartRun } from './types';
import { distributionBins, distributionSteps, RATIO_TICKS, type DistributionBin } from './data/distribution';
import { niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { ChartBox } from './ChartBox';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { RatioTick } from './RatioTick';
import { axisLabel, HEIGHT, TICK, tickMillions, tickPlain } from './axis';
import { BEFORE_COLOR, INK } from './palette';
import { formatCount, formatPKR } from '../format';
import { CHART_TEXT } from './text';

export interface IncomeDistributionChartProps {
  run: ChartRun;
  height?: number;
}

const ratioRange = (b: DistributionBin) => `${tickPlain(b.from)}× to ${tickPlain(b.to)}×`;

export function IncomeDistributionChart({ run, height = HEIGHT.standard }: IncomeDistributionChartProps) {
  const bins = useMemo(() => distributionBins(run.result), [run.result]);
  const steps = useMemo(() => distributionSteps(bins), [bins]);
  const y = useMemo(() => niceScale(bins.flatMap((b) => [b.start, b.end]), { zero: true }), [bins]);
  const text = CHART_TEXT.incomeDistribution;
  const line = formatPKR(run.result.scenario.population.povertyLinePKR);
  const months = run.result.meta.months;
  return (
    <ChartFrame
      title={`${text.title}: ${run.name}`}
      subtitle={text.subtitle}
      note={`Poverty line: ${line} per adult-equivalent a month. Mean number of people per bin across replications.`}
      chart={
        <ChartBox height={height}>
          <ComposedChart data={steps} margin={{ top: 8, right: 20, bottom: 8, left: 12 }}>
            <CartesianGrid stroke={INK.grid} vertical={false} />
            <XAxis dataKey="x" type="number" scale="log" domain={[RATIO_TICKS[0], RATIO_TICKS[RATIO_TICKS.length - 1]]} ticks={[...RATIO_TICKS]} tick={<RatioTick />} interval={0} height={56} label={axisLabel('income per adult-equivalent (× poverty line)', 'x')} />
            <YAxis domain={y.domain} ticks={y.ticks} tick={TICK} tickFormatter={tickMillions} width={56} label={axisLabel('people (m)', 'y')} />
            <Area dataKey="start" name="At the start" type="stepAfter" stroke={BEFORE_COLOR} strokeWidth={1.5} strokeDasharray="5 3" fill={BEFORE_COLOR} fillOpacity={0.15} isAnimationActive={false} activeDot={false} />
            <Area dataKey="end" name={`After ${months} months`} type="stepAfter" stroke={run.color} strokeWidth={2} fill={run.color} fillOpacity={0.25} isAnimationActive={false} activeDot={false} />
            <ReferenceLine x={1} stroke={INK.reference} strokeWidth={1.5} />
          </ComposedChart>
        </ChartBox>
      }
      legend={
        <Legend
          items={[
            { key: 'start', label: 'At the start', color: BEFORE_COLOR, mark: 'dashed' },
            { key: 'end', label: `After ${months} months`, color: run.color, mark: 'line' },
            { key: 'line', label: `Poverty line (${line})`, color: INK.reference, mark: 'line' },
          ]}
        />
      }
      table={() => (
        <DataTable
          caption={`${text.title}: ${run.name}. People per income bin, income in multiples of the poverty line (${line}).`}
          rows={bins}
          rowKey={(b) => String(b.from)}
          columns={[
            { header: 'Income (× poverty line)', cell: ratioRange },
            { header: 'People at the start', numeric: true, cell: (b) => formatCount(b.start) },
            { header: `People after ${months} months`, numeric: true, cell: (b) => formatCount(b.end) },
          ]}
        />
      )}
    />
  );
}
