/**
 * How deep poverty is, month by month, for every scenario: the poverty gap
 * (FGT1) or its severity (FGT2), median line and 90% band, and on request
 * the status quo on the same draws as a dashed line. Headcount says how
 * many are poor; these say how far below the line they are.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { useRemembered } from '../memory';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { ChartFrame } from './ChartFrame';
import { StatusQuoToggle } from './Toggle';
import { BandChart } from './BandChart';
import { BandForSelect, useBandFor } from './BandFor';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { Segmented } from './Segmented';
import { tickPercent } from './axis';
import { formatNumber, formatShare } from '../format';
import { CHART_TEXT } from './text';

export type DepthMeasure = 'povertyGap' | 'povertySeverity';

const measures = () =>
  [
    { value: 'povertyGap', label: i18n.t('charts:depth.gap'), axis: i18n.t('charts:depth.gapAxis'), what: i18n.t('charts:depth.gapWhat'), format: formatShare },
    // FGT2 has no natural unit; like the published indices it reads × 100 (0.0123 → 1.23).
    { value: 'povertySeverity', label: i18n.t('charts:depth.severity'), axis: i18n.t('charts:depth.severityAxis'), what: i18n.t('charts:depth.severityWhat'), format: (x: number | null | undefined) => formatNumber(x === null || x === undefined ? x : x * 100) },
  ] as const;

export interface PovertyDepthChartProps {
  runs: ChartRun[];
  measure?: DepthMeasure;
  /** The scenario whose interval is shaded (one band, so four scenarios stay legible); the reader can switch it. */
  bandFor?: string;
  showCounterfactual?: boolean;
  height?: number;
}

export function PovertyDepthChart({ runs, measure = 'povertyGap', bandFor, showCounterfactual = false, height }: PovertyDepthChartProps) {
  const [m, setM] = useRemembered<DepthMeasure>('measure', measure);
  const [band, setBand] = useBandFor(runs, bandFor);
  const [cfChosen, setCf] = useRemembered('statusQuo', showCounterfactual);
  const rows = useMemo(() => seriesRows(runs, m), [runs, m]);
  const hasCf = runs.some((r) => r.result.counterfactual !== null);
  // Shown only where there is one: a choice kept from a run that had one does not add empty columns and a legend entry.
  const cf = cfChosen && hasCf;
  const options = measures();
  const info = options.find((x) => x.value === m)!;
  const text = CHART_TEXT.povertyDepth;
  const legend = [
    ...runLegend(runs, 'line'),
    { key: 'b90', label: band ? i18n.t('charts:shared.interval90For', { name: nameIn(band.name) }) : i18n.t('charts:shared.interval90'), color: band?.color ?? '#333', mark: 'band90' as const },
    ...(cf ? [{ key: 'cf', label: i18n.t('charts:shared.statusQuoDashed'), color: '#555', mark: 'dashed' as const }] : []),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={i18n.t('charts:depth.subtitle', { label: info.label, what: info.what, axis: info.axis, subtitle: text.subtitle })}
      note={text.note}
      controls={
        <>
          <Segmented label={i18n.t('charts:shared.measure')} options={options} value={m} onChange={setM} />
          <BandForSelect runs={runs} value={band?.id} onChange={setBand} />
          <StatusQuoToggle available={hasCf} checked={cfChosen} onChange={setCf} />
        </>
      }
      chart={<BandChart rows={rows} runs={runs} bandFor={band?.id} label={i18n.t('charts:microfinance.label', { title: text.title, measure: info.label })} yLabel={info.axis} tick={tickPercent} format={info.format} showCounterfactual={cf} height={height} />}
      legend={<Legend items={legend} />}
      table={() => (
        <BandTable caption={i18n.t('charts:shared.bandCaption', { what: info.label, unit: info.axis })} rows={rows} runs={runs} format={info.format} showCounterfactual={cf} />
      )}
    />
  );
}
