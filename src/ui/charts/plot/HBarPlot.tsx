/**
 * Horizontal bars, one band per row with one bar per series, whiskers for
 * the 90% interval, names (and an optional second line or note) down the
 * side so long names never collide. Used by the cost-per-exit, difference
 * and region charts.
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
import { BottomAxis, LeftCategories, ReferenceLine, useCategoryPlotHeight, type CategoryLabel } from './axes';
import { BarMarks, type BarMark } from './BarMarks';
import { bandLayout } from './bands';
import { plotBox } from './layout';
import { PlotSurface } from './PlotSurface';
import { useWidth } from './useWidth';

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
}

/** Room below the plot for the axis and its title. */
const BOTTOM = 50;

/** Names take at most this share of a narrow chart's width, leaving the rest to the bars. */
const NAME_SHARE = 0.4;

export function HBarPlot<R>(props: HBarPlotProps<R>) {
  const { rows, category, series, scale, tick, axisTitle, label, height: designed, zeroLine = false, top = 8, maxBarSize, barGap, cap } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  const nameWidth = Math.min(props.nameWidth, Math.round(width * NAME_SHARE));
  const height = useCategoryPlotHeight(designed, rows.map(category), nameWidth, top + BOTTOM);
  const box = plotBox(width, height, { top, right: 24, bottom: BOTTOM, left: 12 + nameWidth });
  const x = scaleLinear().domain(scale.domain).range([box.left, box.right]);
  const bands = bandLayout(rows.length, box.top, box.bottom, series.length, { maxBarSize, barGap });
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
  const items = rows.map((row, i) => ({ ...category(row, i), centre: bands.centre(i) }));
  return (
    <PlotSurface width={width} height={height} label={label} containerRef={ref}>
      <BottomAxis box={box} scale={x} ticks={scale.ticks} format={tick} title={axisTitle} grid />
      <BarMarks marks={marks} orient="horizontal" cap={cap} />
      <LeftCategories box={box} items={items} width={nameWidth} />
      {zeroLine && <ReferenceLine box={box} x={x(0)} />}
    </PlotSurface>
  );
}
