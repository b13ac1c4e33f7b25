/**
 * Vertical bars by category: grouped (one bar per series, with whiskers for
 * the 90% interval) or stacked (parts of a whole, with the total above).
 * Used by the flows, budget and loan-ledger charts.
 *
 * Plain svg rather than recharts, for the reason given in BandChart: measured
 * on the dashboard during a run, each recharts bar chart took 20–40 ms of
 * main thread to mount on an idle core and 60–140 ms with the simulation
 * busy (well past the 100 ms budget for a first mount); these take a few.
 */
import { svgText } from '../lang';
import { scaleLinear } from 'd3';
import type { IntervalValue } from '../types';
import type { NiceScale } from '../data/scale';
import { whiskerEnds } from '../data/interval';
import { TICK } from '../axis';
import { INK } from '../palette';
import { BottomCategories, bottomCategoriesHeight, LeftAxis } from './axes';
import { BarMarks, type BarMark } from './BarMarks';
import { bandLayout } from './bands';
import { plotBox, Y_AXIS_WIDTH } from './layout';
import { PlotSurface } from './PlotSurface';
import { usePlotHeight } from './chartScale';
import { useWidth } from './useWidth';
import { textWidth } from './wrap';

export interface VBarPlotProps<C> {
  categories: readonly C[];
  categoryKey: (c: C) => string;
  categoryLabel: (c: C) => string;
  series: readonly { name: string; color: string }[];
  /** Series j's bar in category c; only `value` counts when stacked. */
  value: (c: C, j: number) => IntervalValue | undefined;
  stacked?: boolean;
  /** Text above each category's bar (stacked: the whole stack), e.g. the total. */
  topLabel?: (c: C) => string | null;
  /** A shorter text for when `topLabel` is wider than the band (narrow columns), e.g. the number without its unit. */
  topLabelShort?: (c: C) => string | null;
  scale: NiceScale;
  tick: (v: number) => string;
  axisTitle: string;
  /** What the chart shows, for assistive technology. */
  label: string;
  height: number;
  /** Room above the plot (for top labels) and below it (for category labels). */
  top?: number;
  bottom?: number;
  maxBarSize?: number;
  barGap?: number;
  cap?: number;
}

/** Least room between two neighbouring labels above bars. */
const LABEL_GAP = 12;

export function VBarPlot<C>(props: VBarPlotProps<C>) {
  const { categories, categoryKey, categoryLabel, series, value, stacked = false, topLabel, topLabelShort, scale, tick, axisTitle, label, height: designed } = props;
  const height = usePlotHeight(designed);
  const { top = 8, bottom = 38, maxBarSize, barGap, cap } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  const margins = { top, right: 16, left: 12 + Y_AXIS_WIDTH };
  // The bands span the plot's width, whatever its height: they say how the labels wrap, and so how much room
  // the plot leaves below it (more for a label wrapped in Urdu, whose lines step at Nastaliq's height).
  const across = plotBox(width, height, { ...margins, bottom });
  const bands = bandLayout(categories.length, across.left, across.right, stacked ? 1 : series.length, { maxBarSize, barGap });
  const box = plotBox(width, height, { ...margins, bottom: Math.max(bottom, bottomCategoriesHeight(categories.map(categoryLabel), bands.band)) });
  const y = scaleLinear().domain(scale.domain).range([box.bottom, box.top]);
  const marks: BarMark[] = [];
  const tops: { key: string; x: number; y: number; text: string }[] = [];
  categories.forEach((c, i) => {
    let base = 0;
    series.forEach((s, j) => {
      const v = value(c, j);
      if (v?.value == null) return;
      const from = stacked ? base : 0;
      const to = from + v.value;
      if (stacked) base = to;
      const w = stacked ? null : whiskerEnds(v);
      marks.push({ key: `${categoryKey(c)}-${j}`, series: s.name, from: y(from), to: y(to), centre: bands.bar(i, stacked ? 0 : j), size: bands.size, color: s.color, whisker: w && [y(w[0]), y(w[1])] });
    });
    const full = topLabel?.(c);
    const text = full && topLabelShort && textWidth(full, TICK.fontSize) > bands.band - LABEL_GAP ? topLabelShort(c) : full;
    if (text) tops.push({ key: categoryKey(c), x: bands.centre(i), y: y(stacked ? base : 0) - 6, text });
  });
  const items = categories.map((c, i) => ({ key: categoryKey(c), label: categoryLabel(c), centre: bands.centre(i), width: bands.band }));
  return (
    <PlotSurface width={width} height={height} label={label} containerRef={ref}>
      <LeftAxis box={box} scale={y} ticks={scale.ticks} format={tick} title={axisTitle} />
      <BarMarks marks={marks} orient="vertical" cap={cap} />
      <BottomCategories box={box} items={items} />
      {tops.map((t) => (
        <text key={t.key} x={t.x} y={t.y} textAnchor="middle" {...TICK} fill={INK.reference}>
          {svgText(t.text)}
        </text>
      ))}
    </PlotSurface>
  );
}
