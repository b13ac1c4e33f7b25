/**
 * Horizontal bars, one band per row with one bar per series, whiskers for
 * the 90% interval, names (and an optional second line or note) down the
 * side so long names never collide. Used by the cost-per-exit, difference
 * and region charts. Optionally (valueLabel) each bar's value in a column
 * right of the plot, for a chart read off a slide or a printout.
 *
 * Plain svg rather than recharts, for the reason given in BandChart: measured
 * on the dashboard during a run, each recharts bar chart took 20–40 ms of
 * main thread to mount on an idle core and 60–140 ms with the simulation
 * busy (well past the 100 ms budget for a first mount); these take a few.
 */
import { scaleLinear } from 'd3';
import type { IntervalValue } from '../types';
import type { NiceScale } from '../data/scale';
import { whiskerEnds } from '../data/interval';
import { TICK } from '../axis';
import { INK } from '../palette';
import { svgText } from '../lang';
import { BottomAxis, LeftCategories, wrappedTitleBottom, ReferenceLine, useCategoryNameWidth, useCategoryPlotHeight, useCategoryWeights, type CategoryLabel } from './axes';
import { BarMarks, type BarMark } from './BarMarks';
import { bandLayout } from './bands';
import { plotBox } from './layout';
import { PlotSurface } from './PlotSurface';
import { useWidth } from './useWidth';
import { textWidth } from './wrap';

export interface HBarSeries<R> {
  key: string;
  name: string;
  color: (row: R) => string;
  value: (row: R) => IntervalValue;
}

export interface HBarPlotProps<R> {
  rows: readonly R[];
  /** Each row's label, second line and note (its band's position is filled in here). */
  category: (row: R, index: number) => Omit<CategoryLabel, 'centre'>;
  series: readonly HBarSeries<R>[];
  scale: NiceScale;
  tick: (v: number) => string;
  axisTitle: string;
  /** What the chart shows, for assistive technology. */
  label: string;
  height: number;
  /** Room for the names left of the plot (at most; a narrow chart gives them less and wraps them). */
  nameWidth: number;
  /** A reference line at zero (differences, which can be negative). */
  zeroLine?: boolean;
  top?: number;
  maxBarSize?: number;
  barGap?: number;
  cap?: number;
  /**
   * Each bar's value in words, written in a column right of the plot (null: none for that bar). Opt in where the
   * numbers must be read without the axis (a slide, a printout) and each row holds one bar: the column is as wide
   * as its widest value, measured, so no value can reach a whisker (whose ends lie inside the plot), a name or the
   * drawing's edge; values at the bars' ends had run into their whiskers.
   */
  valueLabel?: (row: R, series: HBarSeries<R>) => string | null;
}

/** Room below the plot for the axis and its title (on one line); from the axis to the title's baseline. */
const BOTTOM = 50;
const TITLE_OFFSET = 36;

/** Names take at most this share of a narrow chart's width (less its value column), leaving the rest to the bars. */
const NAME_SHARE = 0.4;

/** Room right of the plot without a value column: the last tick's label, centred on the plot's end, reaches into it. */
const RIGHT = 24;
/** Between the plot's end and the value column, and from the column to the drawing's edge. */
const VALUE_GAP = 8;
const VALUE_EDGE = 4;

export function HBarPlot<R>(props: HBarPlotProps<R>) {
  const { rows, category, series, scale, tick, axisTitle, label, height: designed, zeroLine = false, top = 8, maxBarSize, barGap, cap, valueLabel } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  // Each bar's value (or null), by row then series; the column is as wide as the widest.
  const values = valueLabel ? rows.map((row) => series.map((s) => (s.value(row).value === null ? null : valueLabel(row, s)))) : [];
  const column = Math.ceil(Math.max(0, ...values.flat().map((v) => (v ? textWidth(v, TICK.fontSize) : 0))));
  const right = column > 0 ? Math.max(RIGHT, VALUE_GAP + column + VALUE_EDGE) : RIGHT;
  const labels = rows.map(category);
  const nameWidth = useCategoryNameWidth(props.nameWidth, Math.round((width - (right - RIGHT)) * NAME_SHARE), labels);
  // Deeper where the axis title wraps (a phone's narrow chart): its second line had been cut off under the plot.
  const bottom = wrappedTitleBottom(axisTitle, plotBox(width, designed, { top, right, bottom: BOTTOM, left: 12 + nameWidth }), BOTTOM, TITLE_OFFSET);
  const height = useCategoryPlotHeight(designed, labels, nameWidth, top + bottom);
  const box = plotBox(width, height, { top, right, bottom, left: 12 + nameWidth });
  const x = scaleLinear().domain(scale.domain).range([box.left, box.right]);
  const weights = useCategoryWeights(labels, nameWidth, box.bottom - box.top);
  const bands = bandLayout(rows.length, box.top, box.bottom, series.length, { maxBarSize, barGap, weights });
  const marks: BarMark[] = [];
  rows.forEach((row, i) => {
    const { key } = category(row, i);
    series.forEach((s, j) => {
      const v = s.value(row);
      if (v.value === null) return;
      const w = whiskerEnds(v);
      marks.push({ key: `${key}-${s.key}`, series: s.name, from: x(0), to: x(v.value), centre: bands.bar(i, j), size: bands.size, color: s.color(row), whisker: w && [x(w[0]), x(w[1])] });
    });
  });
  const items = labels.map((it, i) => ({ ...it, centre: bands.centre(i), band: weights && bands.bandOf(i) }));
  return (
    <PlotSurface width={width} height={height} label={label} containerRef={ref}>
      <BottomAxis box={box} scale={x} ticks={scale.ticks} format={tick} title={axisTitle} grid titleOffset={TITLE_OFFSET} />
      <BarMarks marks={marks} orient="horizontal" cap={cap} />
      <LeftCategories box={box} items={items} width={nameWidth} />
      {column > 0 && (
        // Right-aligned at the column's far edge, so a column of amounts in one scale word lines up by its digits.
        <g className="chart-values" textAnchor="end" fill={INK.reference} fontSize={TICK.fontSize}>
          {values.flatMap((row, i) =>
            row.map((v, j) =>
              v === null ? null : (
                <text key={`${category(rows[i]!, i).key}-${series[j]!.key}`} data-value-for={category(rows[i]!, i).label} x={box.right + VALUE_GAP + column} y={bands.bar(i, j)} dy={4}>
                  {svgText(v)}
                </text>
              ),
            ),
          )}
        </g>
      )}
      {zeroLine && <ReferenceLine box={box} x={x(0)} />}
    </PlotSurface>
  );
}
