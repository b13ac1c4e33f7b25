/**
 * The risk-compensation fund's balance by month per lending scenario,
 * median with the 90% band. Budget top-ups show as steps at each year's
 * start; payouts for lenders' losses as falls.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { lendingRuns } from './data/ledger';
import { ChartFrame } from './ChartFrame';
import { BandChart, bandScale, zeroAxisNote } from './BandChart';
import { BandForSelect, useBandFor } from './BandFor';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { axisUnit } from './axis';
import { formatPKR } from '../format';
import { noLoansNote, noneLend } from './noLoansNote';
import { CHART_TEXT } from './text';

export interface RiskFundChartProps {
  runs: ChartRun[];
  /** The scenario whose band is shaded at first (the dashboard's focus, if it lends); the reader can switch it. */
  bandFor?: string;
  height?: number;
}

export function RiskFundChart({ runs, bandFor, height }: RiskFundChartProps) {
  const { lending, notLending } = useMemo(() => lendingRuns(runs), [runs]);
  const rows = useMemo(() => seriesRows(lending, 'riskFundBalancePKR'), [lending]);
  const [band, setBand] = useBandFor(lending, bandFor);
  // The axis the band chart draws (from zero, no status quo line), in the scale words of its reach.
  const unit = useMemo(() => axisUnit('rupees', bandScale(rows, false, true).ticks), [rows]);
  const text = CHART_TEXT.riskFund;
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitleFor(unit.title)}
      note={noLoansNote(notLending, `${text.note} ${zeroAxisNote()}`)}
      controls={<BandForSelect runs={lending} value={band?.id} onChange={setBand} />}
      chart={lending.length === 0 ? noneLend() : <BandChart rows={rows} runs={lending} bandFor={band?.id} label={text.title} yLabel={unit.title} tick={unit.tick} format={formatPKR} height={height} />}
      legend={lending.length > 0 && <Legend items={[...runLegend(lending, 'line'), { key: 'b90', label: band ? i18n.t('charts:shared.interval90For', { name: nameIn(band.name) }) : i18n.t('charts:shared.interval90'), color: band?.color ?? '#333', mark: 'band90' }]} />}
      table={() => <BandTable caption={i18n.t('charts:riskFund.caption')} rows={rows} runs={lending} format={formatPKR} />}
    />
  );
}
