/**
 * Hover (and keyboard) details for band charts: each scenario's median with
 * its 90% interval in words, formatted like everything else. Its text is
 * also the plot's accessible description (see BandChart), so the month and
 * each scenario's line are separated by real text (": ", "; "), not only by layout.
 */
import { useTranslation } from 'react-i18next';
import type { CSSProperties } from 'react';
import type { Formatter } from '../format';
import type { SeriesRow } from './data/series';
import { bandAt } from './data/series';
import { intervalText } from './intervalText';
import { ShapeSwatch } from './Legend';
import { shapeIndex } from './plot/symbols';

interface BandTooltipProps {
  id?: string;
  row: SeriesRow;
  runs: readonly { id: string; name: string; color: string }[];
  format: Formatter;
  showCounterfactual: boolean;
  style?: CSSProperties;
}

export function BandTooltip({ id, row, runs, format, showCounterfactual, style }: BandTooltipProps) {
  const { t } = useTranslation('charts');
  const lines = runs.flatMap((r, i) => {
    const p = bandAt(row, i);
    return p ? [{ r, i, p }] : [];
  });
  return (
    <div id={id} className="chart-tooltip" role="status" style={style}>
      <strong>{t('tooltip.month', { month: row.month })}</strong>
      {t('tooltip.heading')}
      {lines.map(({ r, i, p }, k) => (
        <div key={r.id}>
          <ShapeSwatch color={r.color} shape={shapeIndex(r.color, i)} /> <bdi>{r.name}</bdi>: {format(p.p50)} <span className="muted">({intervalText(p.band90?.[0] ?? null, p.band90?.[1] ?? null, format)})</span>
          {showCounterfactual && p.counterfactual !== null && <span className="muted">{t('tooltip.statusQuo', { value: format(p.counterfactual) })}</span>}
          {k < lines.length - 1 ? t('tooltip.separator') : t('tooltip.end')}
        </div>
      ))}
    </div>
  );
}
