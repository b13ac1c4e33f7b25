/**
 * The tornado: one row per uncertain parameter, largest span at the top (the
 * spread of the outcomes at its low value, the base and its high value: a
 * parameter whose two ends both move the outcome the same way ranks by how
 * far they move it, not by the little they differ), with a bar from the base
 * outcome to the outcome at the parameter's low value (5th percentile) and,
 * just under it, one to its high value (95th). Together they reach from the
 * smallest of the three outcomes to the largest, the base line among them.
 * Side by side rather than drawn over each other: when both values move the
 * outcome the same way, the longer bar would hide the shorter. A parameter
 * with no effect has an empty row at the base line, last. The two ends have
 * colours of their own (palette TORNADO_COLORS), not scenarios'. A static
 * analysis chart, so recharts. For a paired difference the title names both
 * scenarios ("A − B: outcome") and the axis is in the difference's units.
 */
import { useContext, useMemo } from 'react';
import { scaleLinear } from 'd3';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Outcome, TornadoBar } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { AnalysisFrame } from '../analysis/AnalysisFrame';
import { DataTable } from '../../charts/DataTable';
import { Legend } from '../../charts/Legend';
import { AXIS_LABEL_STYLE } from '../../charts/axis';
import { INK, TORNADO_COLORS as COLORS } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { hasTopAxis, labelColumn, OnOnePage, placedHeight, placedRowAxis, placeRows, rowsChart, topValueAxis, valueAxis } from '../analysis/chartProps';
import { outcomeAxisFormat, outcomeColumnFormat, outcomeName, outcomeScale, paramLabel, paramValue, spreadColumnFormat, swingRange, type Difference } from './text';

/**
 * A count of households has no fractions: ticks at ±0.5 around an outcome where nothing moved (0 at every point)
 * had read "−1 | −1 | 0 | 1 | 1". Only the whole ones, where there are two or more to show.
 */
export function wholeTicks(ticks: readonly number[]): number[] {
  const whole = ticks.filter((t) => Number.isInteger(t));
  return whole.length >= 2 ? whole : [...ticks];
}

/** A row's room for its two bars (16 + 3 + 16 px) and some air; its name and range beside or above them. */
const BARS = 44;

interface Row {
  path: string;
  label: string;
  /** The range it swings over, under its name. */
  detail: string;
  lowRange: [number, number];
  highRange: [number, number];
}

export function TornadoChart({ outcome, bars, difference }: { outcome: Outcome; bars: readonly TornadoBar[]; difference?: Difference }) {
  const base = bars[0]?.base ?? 0;
  const onePage = useContext(OnOnePage);
  const { unit } = outcomeScale(outcome, difference !== undefined);
  const rows = useMemo(
    () =>
      bars.map<Row>((b) => ({
        path: b.path,
        label: paramLabel(b.path),
        detail: swingRange(b.path, b.low, b.high),
        lowRange: [b.base, b.outcomeLow],
        highRange: [b.base, b.outcomeHigh],
      })),
    [bars],
  );
  const title = difference
    ? i18n.t('sensitivity:tornado.titleDifference', { a: difference.a, b: difference.b, outcome: outcomeName(outcome) })
    : i18n.t('sensitivity:tornado.title');
  const subtitle = difference
    ? i18n.t('sensitivity:tornado.subtitleDifference', { unit })
    : i18n.t('sensitivity:tornado.subtitle', { outcome: outcomeName(outcome), unit });
  // An outcome undefined at a point (cost per exit with no exit) has no bar, and must not make the axis NaN.
  const values = bars.flatMap((b) => [b.base, b.outcomeLow, b.outcomeHigh]).filter((v) => Number.isFinite(v));
  // The table's outcome columns are read against each other: one scale word for all three, with the digits that make
  // a row's outcomes at the low value, the base and the high value read apart where they differ; the base as they are.
  const inColumn = outcomeColumnFormat(
    outcome,
    difference !== undefined,
    bars.flatMap((b) => [b.outcomeLow, b.outcomeHigh, b.span]),
    bars.map((b) => [b.outcomeLow, b.base, b.outcomeHigh]),
  );
  // A spread is not read apart from the outcomes: a share's in points, with the usual digits (spreadColumnFormat).
  const spread = spreadColumnFormat(outcome, difference !== undefined, inColumn);
  const [lo, hi] = values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 0];
  // Room on both sides of the bars; an analysis where nothing moved still gets an axis around the base.
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(base) * 0.05 || 1;
  // Round ends and round ticks (recharts' own would be the padded extremes, unrounded).
  const axis = scaleLinear().domain([lo - pad, hi + pad]).nice(5);
  const [axisLo, axisHi] = axis.domain() as [number, number];
  const ticks = outcome === 'additionalSustainedExits' ? wholeTicks(axis.ticks(5)) : axis.ticks(5);
  // Ticks a few hundredths of a point apart had all read "21.4%".
  const tick = outcomeAxisFormat(outcome, difference !== undefined, ticks);
  return (
    <AnalysisFrame
      name="tornado"
      title={title}
      subtitle={subtitle}
      plot={(width) => {
        const column = labelColumn(width, svgText(tick(ticks[0] ?? axisLo)));
        const placing = placeRows(rows, column, BARS);
        const placed = rows.map((r, k) => ({ ...r, at: placing.centres[k]! }));
        const tall = hasTopAxis(placing, onePage);
        return (
          <BarChart
            width={width}
            height={placedHeight(placing, 24, tall)}
            data={placed}
            barSize={16}
            barGap={3}
            {...rowsChart(title, 24, column.left)}
          >
            <CartesianGrid horizontal={false} stroke={INK.grid} />
            <XAxis {...valueAxis(unit)} domain={[axisLo, axisHi]} ticks={ticks} tickFormatter={(v: number) => svgText(tick(v))} />
            {tall && <XAxis {...topValueAxis(unit)} domain={[axisLo, axisHi]} ticks={ticks} tickFormatter={(v: number) => svgText(tick(v))} />}
            <YAxis {...placedRowAxis(placing, new Map(placed.map((r) => [String(r.at), r])), column, width, BARS)} />
            <Bar dataKey="lowRange" name={i18n.t('sensitivity:tornado.low')} fill={COLORS.low} stroke={COLORS.outline} strokeWidth={1} isAnimationActive={false} />
            <Bar dataKey="highRange" name={i18n.t('sensitivity:tornado.high')} fill={COLORS.high} isAnimationActive={false} />
            {/* Above the top axis, on a tall plot. */}
            <ReferenceLine
              x={base}
              stroke={INK.reference}
              strokeWidth={1.5}
              label={{ value: svgText(i18n.t('sensitivity:tornado.base', { value: inColumn(base) })), position: 'top', offset: tall ? 35 : 5, style: { ...AXIS_LABEL_STYLE, fill: INK.reference } }}
            />
          </BarChart>
        );
      }}
      legend={
        <Legend
          items={[
            { key: 'low', label: i18n.t('sensitivity:tornado.low'), color: COLORS.low, mark: 'box', outline: COLORS.outline },
            { key: 'high', label: i18n.t('sensitivity:tornado.high'), color: COLORS.high, mark: 'box' },
          ]}
        />
      }
      table={() => (
        <DataTable
          caption={i18n.t('sensitivity:tornado.caption', { title, base: inColumn(base) })}
          rows={bars}
          rowKey={(b) => b.path}
          firstColumnWidth="16em"
          numbersNote={i18n.t('sensitivity:tornado.numbersNote')}
          columns={[
            { header: i18n.t('sensitivity:tornado.columns.parameter'), cell: (b) => paramLabel(b.path) },
            { header: i18n.t('sensitivity:tornado.columns.low'), cell: (b) => paramValue(b.path, b.low, true), numeric: true, wraps: true, raw: (b) => ({ value: b.low }) },
            { header: i18n.t('sensitivity:tornado.columns.high'), cell: (b) => paramValue(b.path, b.high, true), numeric: true, wraps: true, raw: (b) => ({ value: b.high }) },
            { header: i18n.t('sensitivity:tornado.columns.outcomeLow'), cell: (b) => inColumn(b.outcomeLow), numeric: true, raw: (b) => ({ value: b.outcomeLow }) },
            { header: i18n.t('sensitivity:tornado.columns.outcomeHigh'), cell: (b) => inColumn(b.outcomeHigh), numeric: true, raw: (b) => ({ value: b.outcomeHigh }) },
            { header: i18n.t('sensitivity:tornado.columns.span'), cell: (b) => spread(b.span), numeric: true, raw: (b) => ({ value: b.span }) },
          ]}
        />
      )}
    />
  );
}
