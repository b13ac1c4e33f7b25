/**
 * Loans in trouble, month by month, per lending scenario: PAR30 (money
 * outstanding 30+ days overdue) or the default rate (money written off ÷
 * money lent), median with the 90% band. One measure at a time, so five
 * scenarios' bands stay readable.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { useRemembered } from '../memory';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { lendingRuns } from './data/ledger';
import { ChartFrame } from './ChartFrame';
import { BandChart, zeroAxisNote } from './BandChart';
import { BandForSelect, useBandFor } from './BandFor';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { Segmented } from './Segmented';
import { tickPercent } from './axis';
import { formatShare } from '../format';
import { noLoansNote, noneLend } from './noLoansNote';
import { CHART_TEXT } from './text';

export type MicrofinanceMeasure = 'par30' | 'defaultRate';

const measures = () =>
  [
    { value: 'par30', label: i18n.t('charts:microfinance.par30'), axis: i18n.t('charts:microfinance.moneyOutstanding') },
    { value: 'defaultRate', label: i18n.t('charts:microfinance.defaultRate'), axis: i18n.t('charts:microfinance.moneyLent') },
  ] as const;

export interface MicrofinanceChartProps {
  runs: ChartRun[];
  measure?: MicrofinanceMeasure;
  /** The scenario whose band is shaded at first (the dashboard's focus, if it lends); the reader can switch it. */
  bandFor?: string;
  height?: number;
}

export function MicrofinanceChart({ runs, measure = 'par30', bandFor, height }: MicrofinanceChartProps) {
  const [m, setM] = useRemembered<MicrofinanceMeasure>('measure', measure);
  const { lending, notLending } = useMemo(() => lendingRuns(runs), [runs]);
  const rows = useMemo(() => seriesRows(lending, m), [lending, m]);
  const options = measures();
  const info = options.find((x) => x.value === m)!;
  const [band, setBand] = useBandFor(lending, bandFor);
  const text = CHART_TEXT.microfinance;
  return (
    <ChartFrame
      title={text.title}
      subtitle={i18n.t('charts:microfinance.subtitle', { label: info.label, axis: info.axis, subtitle: text.subtitle })}
      note={noLoansNote(notLending, `${text.note} ${zeroAxisNote()}`)}
      controls={
        <>
          <Segmented label={i18n.t('charts:shared.measure')} options={options} value={m} onChange={setM} />
          <BandForSelect runs={lending} value={band?.id} onChange={setBand} />
        </>
      }
      chart={lending.length === 0 ? noneLend() : <BandChart rows={rows} runs={lending} bandFor={band?.id} label={i18n.t('charts:microfinance.label', { title: text.title, measure: info.label })} yLabel={info.axis} tick={tickPercent} format={formatShare} height={height} />}
      legend={lending.length > 0 && <Legend items={[...runLegend(lending, 'line'), { key: 'b90', label: band ? i18n.t('charts:shared.interval90For', { name: nameIn(band.name) }) : i18n.t('charts:shared.interval90'), color: band?.color ?? '#333', mark: 'band90' }]} />}
      table={() => <BandTable caption={i18n.t('charts:shared.bandCaption', { what: info.label, unit: info.axis })} rows={rows} runs={lending} format={formatShare} />}
    />
  );
}
