/**
 * Differences against the baseline for up to four scenarios, one panel per
 * metric, computed by the engine on common random numbers (the same shocks
 * in both runs), so the interval is the policy's, not the noise's; for the
 * whole country or within one region, as the reader picks.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useContext, useId, useMemo } from 'react';
import { ticks } from 'd3';
import { REGIONS } from '../../engine/index';
import { keyLabel } from '../editor/labels';
import { useRemembered } from '../memory';
import { ChartScaleOverride } from './plot/chartScale';
import type { DiffRun, Unpaired } from './types';
import { differenceRows, regionalDifferences, type DiffPlace } from './data/difference';
import { intervalValues, niceScale } from './data/scale';
import { metricInfo, type MetricKey, type UnitKind } from './metrics';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { DifferencePanel } from './DifferencePanel';
import { axisUnit, TICK_FOR, tickIn } from './axis';
import { valueWithInterval } from './intervalText';
import { countsInScaleOf, type Formatter } from '../format';
import { numberSettings } from '../../i18n/numbers';
import { CHART_TEXT } from './text';

export interface DifferenceChartProps {
  diffs: DiffRun[];
  /** Compared scenarios left out because they cannot be paired with the baseline: each is named with the reason. */
  unpaired?: Unpaired[];
  /** Metrics to show, one panel each; each must be among the keys the Difference was computed for. */
  metrics?: MetricKey[];
}

export const DEFAULT_DIFF_METRICS: MetricKey[] = ['poorHouseholdsEnd', 'sustainedExits'];

/** The smallest extent that still reads as a scale when every difference is 0. */
const ZERO_EXTENT = { share: 0.01, count: 1e4, pkr: 1e9 } as const;
/** Roughly how many ticks a panel's axis has. */
const PANEL_TICKS = 4;

/**
 * A panel's axis title and ticks. A count whose axis reaches a million at most is in thousands, as its labels are
 * ("−141k"): ticks of −0.2 on a "households (m)" axis beside labels in thousands read as two different numbers.
 */
export function panelAxis(unit: UnitKind, title: string, domain: readonly [number, number]): { axis: string; tick: (v: number) => string } {
  // On the lakh and crore scale the labels say "1.84 lakh" or "Rs 40 crore": an axis in millions or billions beside
  // them read as another number. It is in thousands, lakh, crore or arab, whichever keeps its ticks (the panel's,
  // niceScale's of this domain) whole: "−3, −2, −1, 0" lakh, "0, 20 … 120" thousand, not "0, 0.2 … 1.2" lakh (axisUnit).
  if (unit !== 'share' && numberSettings().scale === 'southAsian') {
    const { title: axis, tick } = axisUnit(unit === 'count' ? 'households' : 'rupees', ticks(domain[0], domain[1], PANEL_TICKS));
    return { axis, tick };
  }
  const most = Math.max(...domain.map(Math.abs));
  if (unit === 'count' && most <= 1e6) return { axis: i18n.t('charts:metrics.units.countAxisThousands'), tick: tickIn(1e3) };
  return { axis: title, tick: TICK_FOR[unit] };
}

/**
 * A row's label: its difference and 90% interval, a count's three numbers in one scale word, the largest's
 * ("+29.1k (+2.6k to +54.6k)", where "+2,600" had stood between two in thousands); other units as they format.
 */
function rowText(unit: UnitKind, format: Formatter, r: { value: number | null; low: number | null; high: number | null }): string {
  return valueWithInterval(r.value, r.low, r.high, unit === 'count' ? countsInScaleOf([r.value, r.low, r.high], true) : format);
}

/** "Region: [All regions | Punjab | …]": where the differences are read. */
function PlaceSelect({ value, onChange }: { value: DiffPlace; onChange: (place: DiffPlace) => void }) {
  const id = useId();
  return (
    <span className="chart-band-for">
      <label htmlFor={id}>{i18n.t('charts:difference.place')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as DiffPlace)}>
        <option value="all">{i18n.t('charts:difference.allRegions')}</option>
        {REGIONS.map((r) => (
          <option key={r} value={r}>
            {keyLabel(r)}
          </option>
        ))}
      </select>
    </span>
  );
}

export function DifferenceChart({ diffs, unpaired = [], metrics = DEFAULT_DIFF_METRICS }: DifferenceChartProps) {
  // Within one region: the same paired differences over its households only (a regional split moves money between
  // regions, and the national figure hides who gains and who loses). Offered when every metric shown has them.
  // The printed report and the slides (laid out to fit their page: ChartScaleOverride) show the whole country, as
  // before: the picker belongs to the dashboard, and its room there pushed the report's pair past its page.
  const onPage = useContext(ChartScaleOverride) !== null;
  const [remembered, setPlace] = useRemembered<DiffPlace>('place', 'all');
  const regional = !onPage && regionalDifferences(diffs, metrics);
  const place: DiffPlace = regional ? remembered : 'all';
  const panels = useMemo(
    () =>
      metrics.map((key) => {
        const info = metricInfo(key);
        const rows = differenceRows(diffs, key, place);
        const subs = rows.map((r) => rowText(info.unit, info.formatDiff, r));
        return { key, info, rows, subs, scale: niceScale(intervalValues(rows), { zero: true, flat: ZERO_EXTENT[info.unit], count: PANEL_TICKS }) };
      }),
    [diffs, metrics, place],
  );
  const text = CHART_TEXT.difference;
  const otherWorld = diffs.filter((d) => d.worldDiffers);
  const notes = [
    ...unpaired.map((u) => ({ id: u.id, text: i18n.t('charts:difference.notShown', { name: nameIn(u.name), reason: u.reason }) })),
    ...otherWorld.map((d) => ({ id: d.id, text: i18n.t('charts:difference.otherWorld', { name: nameIn(d.name) }) })),
  ];
  const columns: Column<number>[] = [
    { header: i18n.t('charts:shared.scenario'), cell: (i) => diffs[i]!.name },
    ...panels.map((p) => ({ header: i18n.t('charts:difference.header', { label: p.info.label }), numeric: true, cell: (i: number) => p.subs[i]! })),
  ];
  const where = place === 'all' ? null : keyLabel(place);
  return (
    <ChartFrame
      title={text.title}
      subtitle={where === null ? text.subtitle : i18n.t('charts:difference.subtitleIn', { subtitle: text.subtitle, region: where })}
      note={text.note}
      controls={
        (regional || notes.length > 0) && (
          <>
            {regional && <PlaceSelect value={place} onChange={setPlace} />}
            {notes.length > 0 && (
              <ul className="unpaired-note" aria-label={i18n.t(unpaired.length > 0 ? 'charts:difference.notShownLabel' : 'charts:difference.notesLabel')}>
                {notes.map((n) => (
                  <li key={n.id}>{n.text}</li>
                ))}
              </ul>
            )}
          </>
        )
      }
      chart={
        <div className="chart-panels">
          {panels.map((p) => (
            <DifferencePanel key={p.key} label={p.info.label} rows={p.rows} subs={p.subs} {...panelAxis(p.info.unit, p.info.diffAxis, p.scale.domain)} scale={p.scale} />
          ))}
        </div>
      }
      table={() => (
        <DataTable
          caption={where === null ? i18n.t('charts:difference.caption', { title: text.title }) : i18n.t('charts:difference.captionIn', { title: text.title, region: where })}
          columns={columns}
          rows={diffs.map((_, i) => i)}
          rowKey={(i) => diffs[i]!.id}
        />
      )}
    />
  );
}
