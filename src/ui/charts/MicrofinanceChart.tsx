/**
 * Loans in trouble, month by month, per lending scenario: PAR30 (money
 * outstanding 30+ days overdue) or the default rate (money written off ÷
 * money lent), median with the 90% band. One measure at a time, so five
 * scenarios' bands stay readable.
 */
import { useMemo, useState } from 'react';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { lendingRuns } from './data/ledger';
import { ChartFrame } from './ChartFrame';
import { BandChart, ZERO_AXIS_NOTE } from './BandChart';
import { BandForSelect, useBandFor } from './BandFor';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { Segmented } from './Segmented';
import { tickPercent } from './axis';
import { formatShare } from '../format';
import { noLoansNote } from './noLoansNote';
import { CHART_TEXT } from './text';

export type MicrofinanceMeasure = 'par30' | 'defaultRate';

const MEASURES = [
  { value: 'par30', label: 'PAR30', axis: '% of money outstanding' },
  { value: 'defaultRate', label: 'Default rate', axis: '% of money lent' },
] as const;

export interface MicrofinanceChartProps {
  runs: ChartRun[];
  measure?: MicrofinanceMeasure;
  /** The scenario whose band is shaded at first (the dashboard's focus, if it lends); the reader can switch it. */
  bandFor?: string;
  height?: number;
}

export function MicrofinanceChart({ runs, measure = 'par30', bandFor, height }: MicrofinanceChartProps) {
  const [m, setM] = useState<MicrofinanceMeasure>(measure);
  const { lending, notLending } = useMemo(() => lendingRuns(runs), [runs]);
  const rows = useMemo(() => seriesRows(lending, m), [lending, m]);
  const info = MEASURES.find((x) => x.value === m)!;
  const [band, setBand] = useBandFor(lending, bandFor);
  const text = CHART_TEXT.microfinance;
  return (
    <ChartFrame
      title={text.title}
      subtitle={`${info.label}, ${info.axis}. ${text.subtitle}`}
      note={noLoansNote(notLending, `${text.note} ${ZERO_AXIS_NOTE}`)}
      controls={
        <>
          <Segmented label="Measure" options={MEASURES} value={m} onChange={setM} />
          <BandForSelect runs={lending} value={band?.id} onChange={setBand} />
        </>
      }
      chart={<BandChart rows={rows} runs={lending} bandFor={band?.id} label={`${text.title}: ${info.label}`} yLabel={info.axis} tick={tickPercent} format={formatShare} height={height} />}
      legend={<Legend items={[...runLegend(lending, 'line'), { key: 'b90', label: band ? `90% interval: ${band.name}` : '90% interval', color: band?.color ?? '#333', mark: 'band90' }]} />}
      table={() => <BandTable caption={`${info.label} by month, ${info.axis}, median across replications (90% interval)`} rows={rows} runs={lending} format={formatShare} />}
    />
  );
}
