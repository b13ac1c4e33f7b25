/**
 * Poverty headcount by month for each scenario: a median line each, the 50%
 * and 90% bands across replications for one scenario at a time (the focus,
 * or the reader's pick), and on request a dashed line for the status quo on
 * the same draws: the existing cash transfer only, no new programmes. The
 * axis starts at 0; the reader may zoom it to the lines, and the note says so.
 */
import { useMemo, useState } from 'react';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { ChartFrame } from './ChartFrame';
import { StatusQuoToggle, Toggle } from './Toggle';
import { BandChart, ZERO_AXIS_NOTE, ZOOMED_AXIS_NOTE } from './BandChart';
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
  const [cf, setCf] = useState(showCounterfactual);
  const [zoom, setZoom] = useState(false);
  const [band, setBand] = useBandFor(runs, bandFor);
  const rows = useMemo(() => seriesRows(runs, 'povertyHeadcount'), [runs]);
  const hasCf = runs.some((r) => r.result.counterfactual !== null);
  const text = CHART_TEXT.povertyFan;
  const of = band ? `: ${band.name}` : '';
  const legend = [
    ...runLegend(runs, 'line'),
    { key: 'b50', label: `50% interval${of}`, color: band?.color ?? '#333', mark: 'band50' as const },
    { key: 'b90', label: `90% interval${of}`, color: band?.color ?? '#333', mark: 'band90' as const },
    ...(cf ? [{ key: 'cf', label: 'status quo: existing cash transfer only (dashed)', color: '#555', mark: 'dashed' as const }] : []),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={`${text.note} ${zoom ? ZOOMED_AXIS_NOTE : ZERO_AXIS_NOTE}`}
      controls={
        <>
          <BandForSelect runs={runs} value={band?.id} onChange={setBand} />
          <StatusQuoToggle available={hasCf} checked={cf} onChange={setCf} />
          <Toggle label="Zoom the axis to the lines" checked={zoom} onChange={setZoom} />
        </>
      }
      chart={<BandChart rows={rows} runs={runs} bandFor={band?.id} label={text.title} yLabel="% of people" tick={tickPercent} format={formatShare} show50 showCounterfactual={cf} fromZero={!zoom} height={height} />}
      legend={<Legend items={legend} />}
      table={() => <BandTable caption="% of people below the poverty line by month, median across replications (90% interval)" rows={rows} runs={runs} format={formatShare} showCounterfactual={cf} />}
    />
  );
}
