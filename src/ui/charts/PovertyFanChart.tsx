/**
 * Poverty headcount by month for each scenario: median line, 50% and 90%
 * bands across replications, and on request a dashed line for the status
 * quo on the same draws: the existing cash transfer only, no new programmes.
 */
import { useMemo, useState } from 'react';
import type { ChartRun } from './types';
import { seriesRows } from './data/series';
import { ChartFrame } from './ChartFrame';
import { BandChart } from './BandChart';
import { BandTable } from './BandTable';
import { Legend, runLegend } from './Legend';
import { tickPercent } from './axis';
import { formatShare } from '../format';
import { CHART_TEXT } from './text';

export interface PovertyFanChartProps {
  runs: ChartRun[];
  /** Start with the status quo shown; the reader can switch it. */
  showCounterfactual?: boolean;
  height?: number;
}

export function PovertyFanChart({ runs, showCounterfactual = false, height }: PovertyFanChartProps) {
  const [cf, setCf] = useState(showCounterfactual);
  const rows = useMemo(() => seriesRows(runs, 'povertyHeadcount'), [runs]);
  const hasCf = runs.some((r) => r.result.counterfactual !== null);
  const text = CHART_TEXT.povertyFan;
  const legend = [
    ...runLegend(runs, 'line'),
    { key: 'b50', label: '50% interval', color: '#333', mark: 'band50' as const },
    { key: 'b90', label: '90% interval', color: '#333', mark: 'band90' as const },
    ...(cf ? [{ key: 'cf', label: 'status quo: existing cash transfer only (dashed)', color: '#555', mark: 'dashed' as const }] : []),
  ];
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={text.note}
      controls={
        hasCf && (
          <label>
            <input type="checkbox" checked={cf} onChange={(e) => setCf(e.target.checked)} />
            Show the status quo
          </label>
        )
      }
      chart={<BandChart rows={rows} runs={runs} label={text.title} yLabel="% of people" tick={tickPercent} format={formatShare} show50 showCounterfactual={cf} height={height} />}
      legend={<Legend items={legend} />}
      table={() => <BandTable caption="% of people below the poverty line by month, median across replications (90% interval)" rows={rows} runs={runs} format={formatShare} showCounterfactual={cf} />}
    />
  );
}
