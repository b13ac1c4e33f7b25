/**
 * Poverty by region for one scenario. Mode "headcount": share of people in
 * poverty at the start and the end, side by side. Mode "exits": households
 * out of poverty for 12+ months. Bars are means across replications, whiskers
 * the 90% interval; regions run down the side so their names never collide.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { useRemembered } from '../memory';
import type { ChartRun } from './types';
import { regionIntervals, regionRows, type RegionRow } from './data/region';
import { intervalValues, niceScale, withPeers, type NiceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { Segmented } from './Segmented';
import { axisUnit, tickPercent } from './axis';
import { BEFORE_COLOR } from './palette';
import { valueWithInterval } from './intervalText';
import { countsLike, formatShare, type Formatter } from '../format';
import { CHART_TEXT } from './text';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';

export type RegionMode = 'headcount' | 'exits';

const modes = () =>
  [
    { value: 'headcount', label: i18n.t('charts:region.peopleInPoverty') },
    { value: 'exits', label: i18n.t('charts:region.outOfPoverty') },
  ] as const;

export interface RegionChartProps {
  run: ChartRun;
  /** Scenarios whose values (in the mode shown) the axis spans too (side by side: one scale for every column). */
  peers?: readonly ChartRun[];
  mode?: RegionMode;
}

const col = (header: string, pick: (r: RegionRow) => RegionRow['after'], f: Formatter): Column<RegionRow> => ({
  header,
  numeric: true,
  cell: (r) => valueWithInterval(pick(r).value, pick(r).low, pick(r).high, f),
});

const regionLabel = (r: RegionRow) => ({ key: r.region, label: r.label });

/** The axis for these scenarios' regions in one mode: the chart's own, or one shared by its peers (registry: sharedScale). */
export function regionScale(runs: readonly ChartRun[], mode: RegionMode): NiceScale {
  return niceScale(intervalValues(runs.flatMap((r) => regionIntervals(regionRows(r.result), mode))), { zero: true, count: 4 });
}

export function RegionChart({ run, peers, mode = 'headcount' }: RegionChartProps) {
  const [m, setM] = useRemembered<RegionMode>('mode', mode);
  const rows = useMemo(() => regionRows(run.result), [run.result]);
  const x = useMemo(() => regionScale(withPeers(run, peers), m), [run, peers, m]);
  const text = CHART_TEXT.region;
  const months = run.result.meta.months;
  const headcount = m === 'headcount';
  const unit = headcount ? { title: i18n.t('charts:shared.percentOfPeople'), tick: tickPercent } : axisUnit('households', x.ticks);
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const series = useMemo<HBarSeries<RegionRow>[]>(
    () =>
      headcount
        ? [
            { key: 'before', name: i18n.t('charts:shared.atTheStart'), color: () => BEFORE_COLOR, value: (r) => r.before },
            { key: 'after', name: i18n.t('charts:shared.afterMonths', { months }), color: () => run.color, value: (r) => r.after },
          ]
        : [{ key: 'exits', name: i18n.t('charts:region.outOfPoverty'), color: () => run.color, value: (r) => r.exits }],
    [headcount, months, run.color],
  );
  const columns: Column<RegionRow>[] = headcount
    ? [
        { header: i18n.t('charts:region.region'), cell: (r) => r.label },
        col(i18n.t('charts:region.startHeader'), (r) => r.before, formatShare),
        col(i18n.t('charts:region.afterHeader', { months }), (r) => r.after, formatShare),
      ]
    : // Read down the regions: one scale word and one number of decimals ("2,300" had sat under "45.2k").
      [{ header: i18n.t('charts:region.region'), cell: (r) => r.label }, col(i18n.t('charts:region.exitsHeader'), (r) => r.exits, countsLike(intervalValues(rows.map((r) => r.exits))))];
  return (
    <ChartFrame
      title={title}
      subtitle={headcount ? i18n.t('charts:region.subtitleHeadcount', { subtitle: text.subtitle }) : i18n.t('charts:region.subtitleExits', { subtitle: text.subtitle, axis: unit.title })}
      controls={<Segmented label={i18n.t('charts:region.show')} options={modes()} value={m} onChange={setM} />}
      chart={
        <HBarPlot
          rows={rows}
          category={regionLabel}
          series={series}
          scale={x}
          tick={unit.tick}
          axisTitle={unit.title}
          label={title}
          height={headcount ? 420 : 340}
          nameWidth={170}
          maxBarSize={16}
          barGap={1}
          cap={4}
        />
      }
      legend={
        headcount && (
          <Legend
            items={[
              { key: 'before', label: i18n.t('charts:shared.atTheStart'), color: BEFORE_COLOR, mark: 'box' },
              { key: 'after', label: i18n.t('charts:shared.afterMonths', { months }), color: run.color, mark: 'box' },
            ]}
          />
        )
      }
      table={() => <DataTable caption={i18n.t(headcount ? 'charts:region.captionHeadcount' : 'charts:region.captionExits', { title: text.title, name: nameIn(run.name) })} columns={columns} rows={rows} rowKey={(r) => r.region} />}
    />
  );
}
