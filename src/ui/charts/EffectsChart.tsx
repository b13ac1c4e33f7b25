/**
 * Effects on the households each programme reached, for one scenario: the
 * change in their consumption per adult-equivalent and in the share of
 * their people in poverty at the end, against the status quo on the same
 * draws. One panel per effect, a bar per programme (means across
 * replications, whiskers the 90% interval); the table holds the levels
 * with and without, the households reached and who gained or lost.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { EFFECT_PANELS, effectBars, effectRows, effectsUnavailable, type EffectField, type EffectRow } from './data/effects';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { DifferencePanel } from './DifferencePanel';
import { tickPercent } from './axis';
import { intervalText, valueWithInterval } from './intervalText';
import { formatChange, formatCount, formatNumber, formatPKRRounded, formatShare, formatSignedCount, type Formatter } from '../format';
import { CHART_TEXT } from './text';

export interface EffectsChartProps {
  run: ChartRun;
}

/** Room for a wrapped programme name and a value split from its interval on a phone, without touching the next row. */
const ROW_HEIGHT = 54;

/** The table's rows: each measure with its unit, and how its numbers are written. */
const measures = (): readonly { field: EffectField; label: string; format: Formatter }[] => [
  { field: 'participants', label: i18n.t('charts:effects.measures.participants'), format: formatCount },
  { field: 'householdSize', label: i18n.t('charts:effects.measures.householdSize'), format: formatNumber },
  { field: 'incomeWith', label: i18n.t('charts:effects.measures.incomeWith'), format: formatPKRRounded },
  { field: 'incomeWithout', label: i18n.t('charts:effects.measures.incomeWithout'), format: formatPKRRounded },
  { field: 'incomeEffect', label: i18n.t('charts:effects.measures.incomeEffect'), format: formatChange },
  { field: 'povertyWith', label: i18n.t('charts:effects.measures.povertyWith'), format: formatShare },
  { field: 'povertyWithout', label: i18n.t('charts:effects.measures.povertyWithout'), format: formatShare },
  { field: 'povertyEffect', label: i18n.t('charts:effects.measures.povertyEffect'), format: formatChange },
  { field: 'additionalSustainedExits', label: i18n.t('charts:effects.measures.additionalSustainedExits'), format: formatSignedCount },
  { field: 'shareBetterOff', label: i18n.t('charts:effects.measures.shareBetterOff'), format: formatShare },
  { field: 'shareWorseOff', label: i18n.t('charts:effects.measures.shareWorseOff'), format: formatShare },
];

type Measure = ReturnType<typeof measures>[number];

/** One column per programme (a report's layout: programmes across, measures down), the interval under each mean. */
const tableColumns = (rows: readonly EffectRow[]): Column<Measure>[] => [
  { header: i18n.t('charts:effects.measure'), cell: (m) => m.label },
  ...rows.map((r) => ({
    header: r.name,
    numeric: true,
    cell: (m: Measure) => m.format(r[m.field].value),
    detail: (m: Measure) => {
      const v = r[m.field];
      return v.value === null || v.low === null || v.high === null || v.low === v.high ? '' : `(${intervalText(v.low, v.high, m.format)})`;
    },
  })),
];

export function EffectsChart({ run }: EffectsChartProps) {
  const rows = useMemo(() => effectRows(run.result), [run.result]);
  const panels = useMemo(
    () =>
      EFFECT_PANELS.map((p) => {
        const bars = effectBars(rows, p.key, run.color);
        const subs = bars.map((b) => valueWithInterval(b.value, b.low, b.high, formatChange));
        return { ...p, bars, subs, scale: niceScale(intervalValues(bars), { zero: true, flat: 0.01, count: 4 }) };
      }),
    [rows, run.color],
  );
  const text = CHART_TEXT.effects;
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const months = run.result.meta.months;
  const unavailable = effectsUnavailable(run.result);
  return (
    <ChartFrame
      title={title}
      subtitle={text.subtitle}
      note={text.note}
      chart={
        unavailable ? (
          <p className="empty-note">{unavailable}</p>
        ) : (
          <div className="chart-panels chart-panels-side">
            {panels.map((p) => (
              <DifferencePanel key={p.key} label={i18n.t('charts:effects.panel', { label: p.label, months })} rows={p.bars} subs={p.subs} axis={i18n.t('charts:effects.axis')} tick={tickPercent} scale={p.scale} nameWidth={190} rowHeight={ROW_HEIGHT} />
            ))}
          </div>
        )
      }
      table={() =>
        unavailable ? (
          <p className="empty-note">{unavailable}</p>
        ) : (
          <DataTable
            caption={i18n.t('charts:effects.caption', { title, months })}
            columns={tableColumns(rows)}
            rows={measures()}
            rowKey={(m) => m.field}
            firstColumnWidth="15em"
          />
        )
      }
    />
  );
}
