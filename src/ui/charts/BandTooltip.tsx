/**
 * Hover details for band charts: each scenario's median with its 90%
 * interval in words, formatted like everything else.
 */
import type { CSSProperties } from 'react';
import type { Formatter } from '../format';
import type { SeriesRow } from './data/series';
import { bandAt } from './data/series';
import { intervalText } from './intervalText';

interface BandTooltipProps {
  row: SeriesRow;
  runs: readonly { id: string; name: string; color: string }[];
  format: Formatter;
  showCounterfactual: boolean;
  style?: CSSProperties;
}

export function BandTooltip({ row, runs, format, showCounterfactual, style }: BandTooltipProps) {
  return (
    <div className="chart-tooltip" role="status" style={style}>
      <strong>Month {row.month}</strong>
      {runs.map((r, i) => {
        const p = bandAt(row, i);
        if (!p) return null;
        return (
          <div key={r.id}>
            <span className="chart-tooltip-swatch" style={{ background: r.color }} aria-hidden="true" />
            {r.name}: {format(p.p50)} <span className="muted">(90% interval {intervalText(p.band90?.[0] ?? null, p.band90?.[1] ?? null, format)})</span>
            {showCounterfactual && <span className="muted">; status quo {format(p.counterfactual)}</span>}
          </div>
        );
      })}
    </div>
  );
}
