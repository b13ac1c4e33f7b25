/**
 * Dots with horizontal 90% whiskers, one band per row and one dot per
 * series, names down the side: for measures whose differences are small
 * against their level (a Gini of 0.302 against 0.298), where bars from zero
 * would hide them and an axis that does not start at zero is honest.
 */
import { scaleLinear } from 'd3';
import type { IntervalValue } from '../types';
import type { NiceScale } from '../data/scale';
import { whiskerEnds } from '../data/interval';
import { BottomAxis, LeftCategories, wrappedTitleBottom, useCategoryNameWidth, useCategoryPlotHeight, useCategoryWeights, type CategoryLabel } from './axes';
import { Whisker } from './Whisker';
import { bandLayout } from './bands';
import { plotBox } from './layout';
import { PlotSurface } from './PlotSurface';
import { useWidth } from './useWidth';

export interface DotSeries<R> {
  key: string;
  name: string;
  color: (row: R) => string;
  /** Null: nothing to draw in this row (e.g. the comparison with the status quo is off). */
  value: (row: R) => IntervalValue | null;
  /** An open circle rather than a filled one (a reference such as the status quo). */
  hollow?: boolean;
}

export interface DotPlotProps<R> {
  rows: readonly R[];
  category: (row: R, index: number) => Omit<CategoryLabel, 'centre'>;
  series: readonly DotSeries<R>[];
  scale: NiceScale;
  tick: (v: number) => string;
  axisTitle: string;
  label: string;
  height: number;
  nameWidth: number;
}

const RADIUS = 5;
const NAME_SHARE = 0.4;

export function DotPlot<R>({ rows, category, series, scale, tick, axisTitle, label, height: designed, nameWidth: wanted }: DotPlotProps<R>) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const labels = rows.map(category);
  const nameWidth = useCategoryNameWidth(wanted, Math.round(width * NAME_SHARE), labels);
  // Deeper where the axis title wraps (a phone's narrow chart), as HBarPlot's.
  const bottom = wrappedTitleBottom(axisTitle, plotBox(width, designed, { top: 8, right: 24, bottom: 50, left: 12 + nameWidth }), 50, 36);
  const height = useCategoryPlotHeight(designed, labels, nameWidth, 8 + bottom);
  const box = plotBox(width, height, { top: 8, right: 24, bottom, left: 12 + nameWidth });
  const x = scaleLinear().domain(scale.domain).range([box.left, box.right]);
  const weights = useCategoryWeights(labels, nameWidth, box.bottom - box.top);
  const bands = bandLayout(rows.length, box.top, box.bottom, series.length, { maxBarSize: 2 * RADIUS + 6, barGap: 2, weights });
  return (
    <PlotSurface width={width} height={height} label={label} containerRef={ref}>
      <BottomAxis box={box} scale={x} ticks={scale.ticks} format={tick} title={axisTitle} grid />
      <LeftCategories box={box} items={labels.map((it, i) => ({ ...it, centre: bands.centre(i), band: weights && bands.bandOf(i) }))} width={nameWidth} />
      <g className="chart-dots">
        {rows.map((row, i) => {
          const { key } = category(row, i);
          return series.map((s, j) => {
            const v = s.value(row);
            if (!v || v.value === null) return null;
            const w = whiskerEnds(v);
            const at = bands.bar(i, j);
            const color = s.color(row);
            return (
              <g key={`${key}-${s.key}`} data-series={s.name}>
                {w && <Whisker from={x(w[0])} to={x(w[1])} at={at} orient="horizontal" cap={4} />}
                <circle cx={x(v.value)} cy={at} r={RADIUS} fill={s.hollow ? '#fff' : color} stroke={color} strokeWidth={s.hollow ? 2 : 1} />
              </g>
            );
          });
        })}
      </g>
    </PlotSurface>
  );
}
