/**
 * The risk-compensation fund's balance by month per lending scenario,
 * median with the 90% band. Budget top-ups show as steps at each year's
 * start; payouts for lenders' losses as falls.
 */
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { lendingRuns } from './data/ledger';
import { ChartFrame } from './ChartFrame';
import { BandChart } from './BandChart';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { tickBn } from './axis';
import { formatPKR } from '../format';
import { noLoansNote } from './noLoansNote';
import { CHART_TEXT } from './text';

export interface RiskFundChartProps {
  runs: ChartRun[];
  height?: number;
}

export function RiskFundChart({ runs, height }: RiskFundChartProps) {
  const { lending, notLending } = useMemo(() => lendingRuns(runs), [runs]);
  const rows = useMemo(() => seriesRows(lending, 'riskFundBalancePKR'), [lending]);
  const text = CHART_TEXT.riskFund;
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={noLoansNote(notLending, text.note)}
      chart={<BandChart rows={rows} runs={lending} label={text.title} yLabel="Rs bn" tick={tickBn} format={formatPKR} height={height} />}
      legend={<Legend items={[...runLegend(lending, 'line'), { key: 'b90', label: '90% interval', color: '#333', mark: 'band90' }]} />}
      table={() => <BandTable caption="Risk-fund balance by month, median across replications (90% interval)" rows={rows} runs={lending} format={formatPKR} />}
    />
  );
}
