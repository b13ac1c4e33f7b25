/**
 * Poverty headcount by month for each scenario: a median line each, the 50%
 * and 90% bands across replications for one scenario at a time (the focus,
 * or the reader's pick), and on request a dashed line for the status quo on
 * the same draws: the existing cash transfer only, no new programmes. The
 * axis starts at 0; the reader may zoom it to the lines, and the note says so.
 * The printed report and the slides start zoomed (plot/zoomedFirst).
 */
import { useTranslation } from 'react-i18next';
import { nameIn } from './lang';
import { useContext, useMemo } from 'react';
import { useRemembered } from '../memory';
import { ZoomedFirst } from './plot/zoomedFirst';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { ChartFrame } from './ChartFrame';
import { StatusQuoToggle, Toggle } from './Toggle';
import { BandChart, zeroAxisNote, zoomedAxisNote } from './BandChart';
import { BandForSelect, useBandFor } from './BandFor';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { tickPercent } from './axis';
import { formatShare } from '../format';
import { CHART_TEXT } from './text';

export interface PovertyFanChartProps {
  runs: ChartRun[];
  /** The scenario whose bands are shaded at first (the dashboard's focus); the reader can switch it. */
  bandFor?: string;
  /** Start with the status quo shown; the reader can switch it. */
  showCounterfactual?: boolean;
  height?: number;
}

export function PovertyFanChart({ runs, bandFor, showCounterfactual = false, height }: PovertyFanChartProps) {
  const { t } = useTranslation('charts');
  const [cfChosen, setCf] = useRemembered('statusQuo', showCounterfactual);
  const [zoom, setZoom] = useRemembered('zoom', useContext(ZoomedFirst));
  const [band, setBand] = useBandFor(runs, bandFor);
  const rows = useMemo(() => seriesRows(runs, 'povertyHeadcount'), [runs]);
  const hasCf = runs.some((r) => r.result.counterfactual !== null);
  // Shown only where there is one: a choice kept from a run that had one does not add empty columns and a legend entry.
  const cf = cfChosen && hasCf;
  const text = CHART_TEXT.povertyFan;
  const name = band && nameIn(band.name);
  const legend = [
    ...runLegend(runs, 'line'),
    { key: 'b50', label: name ? t('shared.interval50For', { name }) : t('shared.interval50'), color: band?.color ?? '#333', mark: 'band50' as const },
    { key: 'b90', label: name ? t('shared.interval90For', { name }) : t('shared.interval90'), color: band?.color ?? '#333', mark: 'band90' as const },
    ...(cf ? [{ key: 'cf', label: t('shared.statusQuoDashed'), color: '#555', mark: 'dashed' as const }] : []),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={`${text.note} ${zoom ? zoomedAxisNote() : zeroAxisNote()}`}
      controls={
        <>
          <BandForSelect runs={runs} value={band?.id} onChange={setBand} />
          <StatusQuoToggle available={hasCf} checked={cfChosen} onChange={setCf} />
          <Toggle label={t('toggle.zoom')} checked={zoom} onChange={setZoom} />
        </>
      }
      chart={<BandChart rows={rows} runs={runs} bandFor={band?.id} label={text.title} yLabel={t('shared.percentOfPeople')} tick={tickPercent} format={formatShare} show50 showCounterfactual={cf} fromZero={!zoom} height={height} />}
      legend={<Legend items={legend} />}
      table={() => <BandTable caption={t('fan.caption')} rows={rows} runs={runs} format={formatShare} showCounterfactual={cf} />}
    />
  );
}
