/**
 * Sobol' indices: for each uncertain parameter its first-order index (the
 * share of the outcome's variance it explains alone) and its total index
 * (with all its interactions), each with its 95% bootstrap interval as an
 * error bar. A static analysis chart, so recharts. For a paired difference
 * the title names both scenarios ("A − B: outcome"). The two indices have
 * colours of their own (palette SOBOL_COLORS), not scenarios'.
 */
import { useContext, useMemo, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceDot, XAxis, YAxis } from 'recharts';
import type { Outcome, SobolRow } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { AnalysisFrame } from '../analysis/AnalysisFrame';
import { DataTable } from '../../charts/DataTable';
import { Legend } from '../../charts/Legend';
import { valueWithInterval } from '../../charts/intervalText';
import { INK, SOBOL_COLORS as COLORS } from '../../charts/palette';
import { formatPlain, withMinus } from '../../format';
import { SOBOL_SAMPLES } from '../../../state/sensitivitySlice';
import { interleave } from '../../sentence';
import { hasTopAxis, labelColumn, OnOnePage, placedHeight, placedRowAxis, placeRows, rowsChart, topValueAxis, valueAxis } from '../analysis/chartProps';
import { outcomeName, outcomeScale, paramLabel, type Difference } from './text';

/** A row's room for its two bars (18 + 4 + 18 px) with their whiskers' caps, and some air; its name beside or above them. */
const BARS = 56;

/** An index to two decimals (they are shares of variance, between about 0 and 1). */
const formatIndex = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : withMinus(formatPlain(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** The index axis stops here at most (further only in the table): a few noisy intervals squeezed every bar to a sliver. */
export const AXIS_LIMITS: readonly [number, number] = [-1, 2];

/**
 * The index axis: 0 to 1 at least, further where an estimate or an interval's end strays out, up to AXIS_LIMITS
 * (`clipped`: the bars and whiskers beyond are cut at the axis's ends), on round steps of 0.25 or 0.5.
 */
export function indexAxis(values: readonly number[]): { domain: [number, number]; ticks: number[]; clipped: boolean } {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite);
  const hi = Math.max(1, ...finite);
  const clipped = lo < AXIS_LIMITS[0] || hi > AXIS_LIMITS[1];
  const [from, to] = [Math.max(lo, AXIS_LIMITS[0]), Math.min(hi, AXIS_LIMITS[1])];
  const step = to - from <= 1.5 ? 0.25 : 0.5;
  const start = Math.floor(from / step) * step;
  const end = Math.ceil(to / step) * step;
  const ticks = Array.from({ length: Math.round((end - start) / step) + 1 }, (_, k) => Number((start + k * step).toFixed(2)));
  return { domain: [start, end], ticks, clipped };
}

/** How far an estimate or an interval's end may stray past 0 or 1, or a first-order index past its total, before it is called noise. */
const NOISE_TOLERANCE = 0.05;

/** What makes a Sobol' result noise rather than shares of variance, counted over its parameters. */
export interface SobolNoise {
  /** Estimates (first-order or total) below 0 or above 1 by more than NOISE_TOLERANCE, or not finite. */
  outside: number;
  /** First-order indices above their parameter's total index, by more than NOISE_TOLERANCE. */
  aboveTotal: number;
  /** Intervals wider than 1, the whole range a share of variance can take (or with an end that is not finite). */
  wide: number;
  /**
   * Intervals (first-order or total) with an end below 0 or above 1 by more than NOISE_TOLERANCE, or not finite: an
   * estimate inside 0 to 1 whose interval is not ("0.49 (0.20–1.19)") is not pinned down either. Each interval that
   * runs out is counted, a wide one or one around an estimate outside too, so the table shows as many as this says.
   */
  intervalOutside: number;
}

export function sobolNoise(rows: readonly SobolRow[]): SobolNoise {
  const out = (x: number) => !(x >= -NOISE_TOLERANCE && x <= 1 + NOISE_TOLERANCE);
  const wide = (i: SobolRow['firstOrder']) => !(i.high - i.low <= 1);
  const runsOut = (i: SobolRow['firstOrder']) => out(i.low) || out(i.high);
  return {
    outside: rows.reduce((n, r) => n + Number(out(r.firstOrder.estimate)) + Number(out(r.total.estimate)), 0),
    aboveTotal: rows.filter((r) => r.firstOrder.estimate > r.total.estimate + NOISE_TOLERANCE).length,
    wide: rows.reduce((n, r) => n + Number(wide(r.firstOrder)) + Number(wide(r.total)), 0),
    intervalOutside: rows.reduce((n, r) => n + Number(runsOut(r.firstOrder)) + Number(runsOut(r.total)), 0),
  };
}

/** What the advice at the app's largest N names of the command line. */
export const SOBOL_CLI = { command: 'npm run sim -- sensitivity', flag: '--samples' } as const;

/**
 * The warning under the chart when its result is noise, in words; null when it is not. `atMostSamples`: the
 * result has the app's largest N already, so the advice is the command line's larger --samples (`cli`: what
 * stands for the command and the flag in it, SOBOL_CLI's plain text unless the chart puts its code there).
 */
export function sobolNoiseText(noise: SobolNoise, atMostSamples = false, cli: Record<keyof typeof SOBOL_CLI, string> = SOBOL_CLI): string | null {
  const tolerance = formatPlain(NOISE_TOLERANCE);
  // The tolerance is said: without it, a reader counting the table's negative estimates found more than the warning.
  const parts = (['outside', 'aboveTotal', 'wide', 'intervalOutside'] as const).filter((k) => noise[k] > 0).map((k) => i18n.t(`sensitivity:sobol.${k}`, { count: noise[k], tolerance }));
  if (parts.length === 0) return null;
  const advice = atMostSamples ? i18n.t('sensitivity:sobol.moreSamplesCli', cli) : i18n.t('sensitivity:sobol.moreSamples');
  return i18n.t('sensitivity:sobol.noisy', { problems: parts.join(i18n.t('sensitivity:sobol.problemSeparator')), advice });
}

/**
 * sobolNoiseText as shown, the command and the flag each a left-to-right <code>: the Urdu message had them in
 * isolate marks, which a reader dragging across the command copied too (and the shell found no such command).
 */
export function sobolNoiseNote(noise: SobolNoise, atMostSamples = false): ReactNode {
  if (sobolNoiseText(noise) === null) return null;
  return interleave((m) => sobolNoiseText(noise, atMostSamples, { command: m.command!, flag: m.flag! })!, {
    command: <code dir="ltr">{SOBOL_CLI.command}</code>,
    flag: <code dir="ltr">{SOBOL_CLI.flag}</code>,
  });
}

interface Row {
  path: string;
  label: string;
  firstOrder: number;
  total: number;
  /**
   * Distances from the estimate to the interval's ends, as recharts' ErrorBar takes them, cut at the axis's ends;
   * none when the estimate itself is past an end (recharts would draw the whisker's caps there, outside the plot).
   */
  firstOrderError: [number, number] | undefined;
  totalError: [number, number] | undefined;
  /** Whether a bar or whisker of the row runs past the axis's low or high end (a mark says so there). */
  cutLow: boolean;
  cutHigh: boolean;
}

/**
 * A row's bars and whiskers within the axis `domain`. recharts cuts a bar at the plot's edge but not an error bar,
 * whose whiskers ran on through the labels and looked like lines between the rows; each whisker now stops at the
 * axis's end, and the row says where it was cut (cutLow, cutHigh).
 */
export function sobolRow(r: SobolRow, label: string, [lo, hi]: readonly [number, number]): Row {
  const within = (x: number) => Math.min(hi, Math.max(lo, x));
  const error = (i: SobolRow['firstOrder']): [number, number] | undefined =>
    i.estimate < lo || i.estimate > hi ? undefined : [i.estimate - within(i.low), within(i.high) - i.estimate];
  const ends = [r.firstOrder.estimate, r.firstOrder.low, r.firstOrder.high, r.total.estimate, r.total.low, r.total.high];
  return {
    path: r.path,
    label,
    firstOrder: r.firstOrder.estimate,
    total: r.total.estimate,
    firstOrderError: error(r.firstOrder),
    totalError: error(r.total),
    cutLow: ends.some((x) => x < lo),
    cutHigh: ends.some((x) => x > hi),
  };
}

/** The mark at an axis's end where a row's bars or whiskers go on past it: a small arrowhead pointing out. */
function cutMark(direction: -1 | 1) {
  return function CutMark({ cx, cy }: { cx?: number; cy?: number }) {
    if (cx === undefined || cy === undefined) return <g />;
    const tip = cx + direction * 7;
    return <path className="sobol-cut" d={`M${tip},${cy} L${cx - direction},${cy - 6} L${cx - direction},${cy + 6} Z`} fill={INK.reference} />;
  };
}

/** `samples`: the result's N, when known (the warning's advice differs at the app's largest). */
export function SobolChart({ outcome, rows: indices, difference, samples }: { outcome: Outcome; rows: readonly SobolRow[]; difference?: Difference; samples?: number }) {
  // Indices are shares of variance: see indexAxis (beyond its limits the note says the bars and whiskers are cut).
  const { domain, ticks, clipped } = indexAxis(indices.flatMap((r) => [r.firstOrder.estimate, r.firstOrder.low, r.firstOrder.high, r.total.estimate, r.total.low, r.total.high]));
  const [lo, hi] = domain;
  const onePage = useContext(OnOnePage);
  const rows = useMemo(() => indices.map((r) => sobolRow(r, paramLabel(r.path), [lo, hi])), [indices, lo, hi]);
  const { unit } = outcomeScale(outcome, difference !== undefined);
  const title = difference
    ? i18n.t('sensitivity:sobol.titleDifference', { a: difference.a, b: difference.b, outcome: outcomeName(outcome) })
    : i18n.t('sensitivity:sobol.title');
  const subtitle = difference
    ? i18n.t('sensitivity:sobol.subtitleDifference', { unit })
    : i18n.t('sensitivity:sobol.subtitle', { outcome: outcomeName(outcome), unit });
  const noise = sobolNoiseNote(sobolNoise(indices), samples !== undefined && samples >= Math.max(...SOBOL_SAMPLES));
  const cut = clipped ? i18n.t('sensitivity:sobol.clipped', { low: withMinus(formatPlain(AXIS_LIMITS[0])), high: formatPlain(AXIS_LIMITS[1]) }) : null;
  const cell = (i: SobolRow['firstOrder']) => valueWithInterval(i.estimate, i.low, i.high, formatIndex);
  return (
    <AnalysisFrame
      name="sobol"
      title={title}
      subtitle={subtitle}
      plot={(width) => {
        const column = labelColumn(width, formatIndex(ticks[0]));
        const placing = placeRows(rows, column, BARS);
        const placed = rows.map((r, k) => ({ ...r, at: placing.centres[k]! }));
        const tall = hasTopAxis(placing, onePage);
        return (
          <BarChart
            width={width}
            height={placedHeight(placing, 8, tall)}
            data={placed}
            barSize={18}
            barGap={4}
            {...rowsChart(title, 8, column.left)}
          >
            <CartesianGrid horizontal={false} stroke={INK.grid} />
            <XAxis {...valueAxis(i18n.t('sensitivity:sobol.axis'))} domain={domain} ticks={ticks} allowDataOverflow={clipped} tickFormatter={(v: number) => formatIndex(v)} />
            {tall && <XAxis {...topValueAxis(i18n.t('sensitivity:sobol.axis'))} domain={domain} ticks={ticks} tickFormatter={(v: number) => formatIndex(v)} />}
            <YAxis {...placedRowAxis(placing, new Map(placed.map((r) => [String(r.at), { label: r.label }])), column, width, BARS)} />
            <Bar dataKey="firstOrder" name={i18n.t('sensitivity:sobol.firstOrder')} fill={COLORS.firstOrder} isAnimationActive={false}>
              <ErrorBar dataKey="firstOrderError" direction="x" width={6} stroke={COLORS.whisker} strokeWidth={1.5} isAnimationActive={false} />
            </Bar>
            <Bar dataKey="total" name={i18n.t('sensitivity:sobol.total')} fill={COLORS.total} stroke={COLORS.outline} strokeWidth={1} isAnimationActive={false}>
              <ErrorBar dataKey="totalError" direction="x" width={6} stroke={COLORS.whisker} strokeWidth={1.5} isAnimationActive={false} />
            </Bar>
            {placed.flatMap((r) => [
              ...(r.cutLow ? [<ReferenceDot key={`${r.path} low`} x={lo} y={r.at} r={0} ifOverflow="visible" shape={cutMark(-1)} />] : []),
              ...(r.cutHigh ? [<ReferenceDot key={`${r.path} high`} x={hi} y={r.at} r={0} ifOverflow="visible" shape={cutMark(1)} />] : []),
            ])}
          </BarChart>
        );
      }}
      note={
        (noise || cut) && (
          <>
            {noise && <span className="sobol-noisy">{noise}</span>}
            {noise && cut && ' '}
            {cut}
          </>
        )
      }
      legend={
        <Legend
          items={[
            { key: 'firstOrder', label: i18n.t('sensitivity:sobol.firstOrder'), color: COLORS.firstOrder, mark: 'box' },
            { key: 'total', label: i18n.t('sensitivity:sobol.total'), color: COLORS.total, mark: 'box', outline: COLORS.outline },
          ]}
        />
      }
      table={() => (
        <DataTable
          caption={i18n.t('sensitivity:sobol.caption', { title })}
          rows={indices}
          rowKey={(r) => r.path}
          firstColumnWidth="16em"
          numbersNote={i18n.t('sensitivity:sobol.numbersNote')}
          columns={[
            { header: i18n.t('sensitivity:sobol.columns.parameter'), cell: (r) => paramLabel(r.path) },
            { header: i18n.t('sensitivity:sobol.columns.firstOrder'), cell: (r) => cell(r.firstOrder), numeric: true, raw: (r) => ({ estimate: r.firstOrder.estimate, low: r.firstOrder.low, high: r.firstOrder.high }) },
            { header: i18n.t('sensitivity:sobol.columns.total'), cell: (r) => cell(r.total), numeric: true, raw: (r) => ({ estimate: r.total.estimate, low: r.total.low, high: r.total.high }) },
          ]}
        />
      )}
    />
  );
}
