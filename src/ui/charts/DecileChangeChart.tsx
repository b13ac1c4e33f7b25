/**
 * Change in consumption by start decile: for every compared scenario, the
 * mean change in end consumption per adult-equivalent against the status quo
 * on the same draws, in rupees a month or in per cent, with whiskers for the
 * 90% interval. Deciles run down the side (poorest at the top) and the
 * scenarios sit side by side in each decile: the planner's question is which
 * split reaches the poorest tenth, and rows keep 3–4 scenarios' bars and
 * whiskers apart on a phone, where ten groups of columns would not.
 * Scenarios identical to the status quo everywhere are left out and named.
 */
import { i18n } from '../../i18n/index';
import { nameIn, nameList } from './lang';
import { useMemo } from 'react';
import { useRemembered } from '../memory';
import type { ChartRun } from './types';
import { changedRuns, consumptionChangeRows, consumptionWithout, sameStatusQuo, type ChangeUnit, type DecileRow } from './data/decile';
import { intervalValues, niceScale } from './data/scale';
import { valueAt } from './data/interval';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend, runLegend } from './Legend';
import { Segmented } from './Segmented';
import { tickPercent, tickPlain } from './axis';
import { intervalDetail } from './intervalText';
import { formatChange, formatPKRRounded, signed, type Formatter } from '../format';
import { CHART_TEXT } from './text';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';

export interface DecileChangeChartProps {
  runs: ChartRun[];
  unit?: ChangeUnit;
}

/** "+Rs 39.3": formatPKRRounded writes "−" already; only "+" is added. */
const formatSignedPKR: Formatter = (x) => (x !== null && x !== undefined && x > 0 ? signed('+', formatPKRRounded(x)) : formatPKRRounded(x));

const units = () =>
  [
    { value: 'pkr', label: i18n.t('charts:decileChange.pkrLabel'), subtitle: i18n.t('charts:decileChange.pkrSubtitle'), axis: i18n.t('charts:decileChange.pkrAxis'), tick: tickPlain, format: formatSignedPKR },
    { value: 'relative', label: i18n.t('charts:decileChange.relativeLabel'), subtitle: i18n.t('charts:decileChange.relativeSubtitle'), axis: i18n.t('charts:decileChange.relativeAxis'), tick: tickPercent, format: formatChange },
  ] as const;

/** Bar thickness and the gap between a decile's bars: ten deciles × up to five scenarios stay apart. */
const BAR = 10;
const ROW_PAD = 14;

export function DecileChangeChart({ runs, unit = 'pkr' }: DecileChangeChartProps) {
  const [u, setU] = useRemembered<ChangeUnit>('unit', unit);
  const { shown, unchanged, missing } = useMemo(() => changedRuns(runs), [runs]);
  const rows = useMemo(() => consumptionChangeRows(shown, u), [shown, u]);
  const options = units();
  const info = options.find((x) => x.value === u)!;
  const scale = useMemo(() => niceScale(intervalValues(rows.flatMap((r) => shown.map((_, i) => valueAt(r, i)))), { zero: true, count: 4 }), [rows, shown]);
  const series = useMemo<HBarSeries<DecileRow>[]>(
    () => shown.map((r, i) => ({ key: r.id, name: r.name, color: () => r.color, value: (row) => valueAt(row, i)! })),
    [shown],
  );
  const text = CHART_TEXT.decileChange;
  const months = runs[0]?.result.meta.months ?? 0;
  const notes = [
    text.note,
    unchanged.length > 0 && i18n.t('charts:decileChange.unchanged', { names: nameList(unchanged.map((r) => r.name)) }),
    missing.length > 0 && i18n.t('charts:decileChange.missing', { names: nameList(missing.map((r) => r.name)) }),
  ].filter(Boolean);
  const statusQuo = (run: ChartRun, header: string): Column<DecileRow> => ({
    header,
    numeric: true,
    cell: (r) => formatPKRRounded(consumptionWithout(run.result, r.decile).value),
    raw: (r) => ({ mean: consumptionWithout(run.result, r.decile).value }),
  });
  // One status-quo column when the scenarios share it (a comparison on one world), else one each.
  const shared = sameStatusQuo(shown);
  const columns: Column<DecileRow>[] = [
    { header: i18n.t('charts:shared.startDecile'), cell: (r) => r.label },
    ...(shared && shown[0] ? [statusQuo(shown[0], i18n.t('charts:decileChange.sharedStatusQuo'))] : []),
    ...shown.flatMap((run, i) => [
      ...(shared ? [] : [statusQuo(run, i18n.t('charts:decileChange.statusQuoFor', { name: nameIn(run.name) }))]),
      {
        header: i18n.t('charts:decileChange.change', { name: nameIn(run.name) }),
        numeric: true,
        cell: (r: DecileRow) => info.format(valueAt(r, i)?.value),
        detail: (r: DecileRow) => intervalDetail(valueAt(r, i), info.format),
        raw: (r: DecileRow) => {
          const v = valueAt(r, i);
          return { mean: v?.value, p5: v?.low, p95: v?.high };
        },
      },
    ]),
  ];
  const empty = shown.length === 0 ? <p className="empty-note">{i18n.t('charts:decileChange.empty')}</p> : null;
  return (
    <ChartFrame
      title={text.title}
      subtitle={i18n.t('charts:decileChange.subtitle', { what: info.subtitle, months, subtitle: text.subtitle })}
      note={notes.join(' ')}
      controls={<Segmented label={i18n.t('charts:decileChange.unit')} options={options} value={u} onChange={setU} />}
      chart={
        empty ?? (
          <HBarPlot
            rows={rows}
            category={(r) => ({ key: String(r.decile), label: r.label })}
            series={series}
            scale={scale}
            tick={info.tick}
            axisTitle={info.axis}
            label={i18n.t('charts:decileChange.label', { title: text.title, unit: info.label })}
            height={60 + rows.length * (shown.length * (BAR + 1) + ROW_PAD)}
            nameWidth={100}
            zeroLine
            maxBarSize={BAR}
            barGap={1}
            cap={4}
          />
        )
      }
      legend={shown.length > 0 && <Legend items={runLegend(shown, 'box')} />}
      table={() =>
        empty ?? (
          <DataTable
            caption={i18n.t('charts:decileChange.caption', { title: text.title, months, unit: info.label })}
            columns={columns}
            rows={rows}
            rowKey={(r) => String(r.decile)}
          />
        )
      }
    />
  );
}
