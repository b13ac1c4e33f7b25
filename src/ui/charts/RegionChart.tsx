/**
 * Poverty by region for one scenario. Mode "headcount": share of people in
 * poverty at the start and the end, side by side. Mode "gap": the poverty
 * gap at the start and the end (its table adds severity and the Gini). Mode
 * "exits": households out of poverty for 12+ months. Mode "added": those
 * beyond the status quo on the same draws, with their cost (offered only when
 * the status quo was run). The tables of both add the region's targeting
 * errors of cash. Bars are means across replications, whiskers the
 * 90% interval; regions run down the side so their names never collide.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { useRemembered } from '../memory';
import type { ChartRun } from './types';
import { regionIntervals, regionRows, type RegionMode, type RegionRow } from './data/region';
import { intervalValues, niceScale, withPeers, type NiceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Legend } from './Legend';
import { Segmented } from './Segmented';
import { axisUnit, tickPercent } from './axis';
import { BEFORE_COLOR } from './palette';
import { intervalDetail, noUpperEnd, openIntervalNote, unbroken, valueWithInterval } from './intervalText';
import { openAbove } from './data/interval';
import { formatGini } from './GiniChart';
import { countsLike, formatNumber, formatShare, rupeesLike, sharesLike, type Formatter } from '../format';
import { CHART_TEXT } from './text';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';

export type { RegionMode } from './data/region';

const modes = (added: boolean) => [
  { value: 'headcount', label: i18n.t('charts:region.peopleInPoverty') },
  { value: 'gap', label: i18n.t('charts:depth.gap') },
  { value: 'exits', label: i18n.t('charts:region.outOfPoverty') },
  ...(added ? [{ value: 'added', label: i18n.t('charts:region.added') }] : []),
] as { value: RegionMode; label: string }[];

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

/** A column of a many-column table: its header may wrap, and the interval goes on a second line, so a phone shows a few whole columns. */
const narrow = (header: string, pick: (r: RegionRow) => RegionRow['after'], format: Formatter, f = unbroken(format)): Column<RegionRow> => ({
  header,
  numeric: true,
  wraps: true,
  cell: (r) => (pick(r).value === null ? '–' : f(pick(r).value)),
  // An interval open above (a cost per exit where some replications add none) keeps its lower end; one open at both
  // (where 95% or more add none) says so, rather than leave a bare cost that looks exact.
  detail: (r) => {
    const v = pick(r);
    if (v.value !== null && v.low === null && v.high === null) return `(${i18n.t('charts:interval.noEnds')})`;
    return v.value !== null && v.low !== null && v.high === null ? `(${i18n.t('charts:interval.range', { low: f(v.low), high: noUpperEnd() })})` : intervalDetail(v, f);
  },
});

const regionLabel = (r: RegionRow) => ({ key: r.region, label: r.label });

/** The axis for these scenarios' regions in one mode: the chart's own, or one shared by its peers (registry: sharedScale). */
export function regionScale(runs: readonly ChartRun[], mode: RegionMode): NiceScale {
  return niceScale(intervalValues(runs.flatMap((r) => regionIntervals(regionRows(r.result), mode))), { zero: true, count: 4 });
}

/** Severity (FGT2) as the depth chart writes it: the squared gap × 100. */
const formatSeverity: Formatter = (x) => formatNumber(x === null || x === undefined ? x : 100 * x);

export function RegionChart({ run, peers, mode = 'headcount' }: RegionChartProps) {
  const [remembered, setM] = useRemembered<RegionMode>('mode', mode);
  const hasAdded = run.result.counterfactual !== null;
  // A mode remembered from a scenario run with the status quo falls back where there is none to compare with.
  const m: RegionMode = remembered === 'added' && !hasAdded ? 'exits' : remembered;
  const rows = useMemo(() => regionRows(run.result), [run.result]);
  const x = useMemo(() => regionScale(withPeers(run, peers), m), [run, peers, m]);
  const text = CHART_TEXT.region;
  const months = run.result.meta.months;
  const twoBars = m === 'headcount' || m === 'gap';
  const unit = m === 'headcount'
    ? { title: i18n.t('charts:shared.percentOfPeople'), tick: tickPercent }
    : m === 'gap' ? { title: i18n.t('charts:depth.gapAxis'), tick: tickPercent } : axisUnit('households', x.ticks);
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const series = useMemo<HBarSeries<RegionRow>[]>(() => {
    const start = i18n.t('charts:shared.atTheStart');
    const after = i18n.t('charts:shared.afterMonths', { months });
    switch (m) {
      case 'headcount':
        return [
          { key: 'before', name: start, color: () => BEFORE_COLOR, value: (r) => r.before },
          { key: 'after', name: after, color: () => run.color, value: (r) => r.after },
        ];
      case 'gap':
        return [
          { key: 'before', name: start, color: () => BEFORE_COLOR, value: (r) => r.gapBefore },
          { key: 'after', name: after, color: () => run.color, value: (r) => r.gapAfter },
        ];
      case 'exits':
        return [{ key: 'exits', name: i18n.t('charts:region.outOfPoverty'), color: () => run.color, value: (r) => r.exits }];
      case 'added':
        return [{ key: 'added', name: i18n.t('charts:region.added'), color: () => run.color, value: (r) => r.added }];
    }
  }, [m, months, run.color]);
  const region: Column<RegionRow> = { header: i18n.t('charts:region.region'), cell: (r) => r.label };
  // Beside exits and their cost: where fewer of a region's people are poor, the same PMT noise pays more who are not.
  // Each in one number of decimals down the regions ("63.0%" under "65.2%", not "63%").
  const targeting = [
    narrow(i18n.t('charts:region.inclusionHeader'), (r) => r.inclusion, sharesLike(intervalValues(rows.map((r) => r.inclusion)))),
    narrow(i18n.t('charts:region.exclusionHeader'), (r) => r.exclusion, sharesLike(intervalValues(rows.map((r) => r.exclusion)))),
  ];
  const columns = ((): Column<RegionRow>[] => {
    switch (m) {
      case 'headcount':
        return [region, col(i18n.t('charts:region.startHeader'), (r) => r.before, formatShare), col(i18n.t('charts:region.afterHeader', { months }), (r) => r.after, formatShare)];
      case 'gap':
        return [
          region,
          narrow(i18n.t('charts:region.gapStartHeader'), (r) => r.gapBefore, formatShare),
          narrow(i18n.t('charts:region.gapAfterHeader', { months }), (r) => r.gapAfter, formatShare),
          narrow(i18n.t('charts:region.severityAfterHeader', { months }), (r) => r.severityAfter, formatSeverity),
          narrow(i18n.t('charts:region.giniStartHeader'), (r) => r.giniBefore, formatGini),
          narrow(i18n.t('charts:region.giniAfterHeader', { months }), (r) => r.giniAfter, formatGini),
        ];
      // Read down the regions: one scale word and one number of decimals ("2,300" had sat under "45.2k").
      case 'exits':
        return [region, narrow(i18n.t('charts:region.exitsHeader'), (r) => r.exits, countsLike(intervalValues(rows.map((r) => r.exits)))), ...targeting];
      case 'added':
        return [
          region,
          narrow(i18n.t('charts:region.addedHeader'), (r) => r.added, countsLike(intervalValues(rows.map((r) => r.added)), true)),
          narrow(i18n.t('charts:region.costHeader'), (r) => r.costPerAdded, rupeesLike(intervalValues(rows.map((r) => r.costPerAdded)))),
          narrow(i18n.t('charts:region.spentHeader'), (r) => r.spent, rupeesLike(intervalValues(rows.map((r) => r.spent)))),
          ...targeting,
        ];
    }
  })();
  const subtitle = {
    headcount: () => i18n.t('charts:region.subtitleHeadcount', { subtitle: text.subtitle }),
    gap: () => i18n.t('charts:region.subtitleGap', { subtitle: text.subtitle }),
    exits: () => i18n.t('charts:region.subtitleExits', { subtitle: text.subtitle, axis: unit.title }),
    added: () => i18n.t('charts:region.subtitleAdded', { subtitle: text.subtitle, axis: unit.title }),
  }[m]();
  const caption = {
    headcount: 'charts:region.captionHeadcount', gap: 'charts:region.captionGap', exits: 'charts:region.captionExits', added: 'charts:region.captionAdded',
  } as const;
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      note={m === 'added' && rows.some((r) => openAbove(r.costPerAdded)) ? openIntervalNote() : undefined}
      controls={<Segmented label={i18n.t('charts:region.show')} options={modes(hasAdded)} value={m} onChange={setM} />}
      chart={
        <HBarPlot
          rows={rows}
          category={regionLabel}
          series={series}
          scale={x}
          tick={unit.tick}
          axisTitle={unit.title}
          label={title}
          height={twoBars ? 420 : 340}
          zeroLine={m === 'added'}
          nameWidth={170}
          maxBarSize={16}
          barGap={1}
          cap={4}
        />
      }
      legend={
        twoBars && (
          <Legend
            items={[
              { key: 'before', label: i18n.t('charts:shared.atTheStart'), color: BEFORE_COLOR, mark: 'box' },
              { key: 'after', label: i18n.t('charts:shared.afterMonths', { months }), color: run.color, mark: 'box' },
            ]}
          />
        )
      }
      table={() => <DataTable caption={i18n.t(caption[m], { title: text.title, name: nameIn(run.name) })} columns={columns} rows={rows} rowKey={(r) => r.region} />}
    />
  );
}
