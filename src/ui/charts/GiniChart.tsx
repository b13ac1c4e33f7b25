/**
 * Inequality per scenario: the Gini of consumption per adult-equivalent at
 * the start, at the end, and the status quo's end on the same draws, as dots
 * with 90% whiskers on an axis fitted to the values (differences of a few
 * thousandths would vanish on bars from zero).
 */
import { signed } from '../format';
import { i18n } from '../../i18n/index';
import { useMemo } from 'react';
import type { ChartRun } from './types';
import { giniIntervals, giniRows, type GiniRow } from './data/gini';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { tickPlain } from './axis';
import { valueWithInterval } from './intervalText';
import { BEFORE_COLOR, INK } from './palette';
import { CHART_TEXT } from './text';
import { DotPlot, type DotSeries } from './plot/DotPlot';
import type { IntervalValue } from './types';

export interface GiniChartProps {
  runs: ChartRun[];
}

/** Three decimals: Gini differences between scenarios are in the third. */
/** A Gini to three decimals, as every Gini in the app is written (0.293). */
export const formatGini = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(3));
const cell = (v: IntervalValue | null) => (v ? valueWithInterval(v.value, v.low, v.high, formatGini) : '–');
/** A paired change, signed, to four decimals (it is often a few ten-thousandths). */
const formatChange = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : signed(x > 0 ? '+' : x < 0 ? '−' : '', Math.abs(x).toFixed(4));
const changeText = (v: IntervalValue | null) => (v && v.value !== null ? valueWithInterval(v.value, v.low, v.high, formatChange) : null);

export function GiniChart({ runs }: GiniChartProps) {
  const rows = useMemo(() => giniRows(runs), [runs]);
  const scale = useMemo(() => niceScale(intervalValues(giniIntervals(rows)), { count: 4, flat: 0.005 }), [rows]);
  const months = runs[0]?.result.meta.months ?? 0;
  const text = CHART_TEXT.gini;
  const series = useMemo<DotSeries<GiniRow>[]>(
    () => [
      { key: 'start', name: i18n.t('charts:shared.atTheStart'), color: () => BEFORE_COLOR, value: (r) => r.start },
      { key: 'end', name: i18n.t('charts:shared.afterMonths', { months }), color: (r) => r.color, value: (r) => r.end },
      { key: 'sq', name: i18n.t('charts:shared.statusQuoAfterMonths', { months }), color: () => INK.reference, value: (r) => r.statusQuoEnd, hollow: true },
    ],
    [months],
  );
  return (
    <ChartFrame
      title={text.title}
      subtitle={text.subtitle}
      note={text.note}
      chart={
        <DotPlot
          rows={rows}
          category={(r) => {
            const change = changeText(r.change);
            return { key: r.id, label: r.name, sub: change ? i18n.t('charts:gini.pairedChange', { change }) : undefined };
          }}
          series={series}
          scale={scale}
          tick={tickPlain}
          axisTitle={i18n.t('charts:gini.axis')}
          label={text.title}
          height={60 + rows.length * 64}
          nameWidth={150}
        />
      }
      legend={
        <Legend
          items={[
            { key: 'start', label: i18n.t('charts:shared.atTheStart'), color: BEFORE_COLOR, mark: 'dot' },
            { key: 'end', label: i18n.t('charts:gini.endLegend', { months }), color: runs[1]?.color ?? runs[0]?.color ?? INK.reference, mark: 'dot' },
            { key: 'sq', label: i18n.t('charts:shared.statusQuoAfterMonths', { months }), color: INK.reference, mark: 'ring' },
          ]}
        />
      }
      table={() => (
        <DataTable
          caption={i18n.t('charts:gini.caption', { title: text.title })}
          columns={[
            { header: i18n.t('charts:shared.scenario'), cell: (r) => r.name },
            { header: i18n.t('charts:shared.atTheStart'), numeric: true, cell: (r) => cell(r.start) },
            { header: i18n.t('charts:shared.afterMonths', { months }), numeric: true, cell: (r) => cell(r.end) },
            { header: i18n.t('charts:shared.statusQuoAfterMonths', { months }), numeric: true, cell: (r) => cell(r.statusQuoEnd) },
            { header: i18n.t('charts:gini.changeHeader'), numeric: true, cell: (r) => changeText(r.change) ?? '–' },
          ]}
          rows={rows}
          rowKey={(r) => r.id}
        />
      )}
    />
  );
}
