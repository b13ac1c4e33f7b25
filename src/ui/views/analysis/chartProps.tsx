/**
 * The furniture the analysis views' static recharts charts share (the
 * Sensitivity view's tornado and Sobol' bars, the Optimise view's split and
 * improvement): a chart of one row per item with its bars running left to
 * right, the value axis along the bottom with its unit under the ticks, and
 * the rows' names down the left (RowLabel). Props to spread onto recharts'
 * own components, which must be its direct children.
 */
import { createContext } from 'react';
import { AXIS_LABEL_STYLE, TICK } from '../../charts/axis';
import { INK } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { LABEL_WIDTH, labelLines, RowLabel, rowHeight, type RowLabelProps } from './RowLabel';

/** A BarChart of rows (recharts' layout="vertical"); `top` leaves room for a reference line's label. */
export const rowsChart = (title: string, top = 8) => ({
  layout: 'vertical' as const,
  // Room on the right for the last tick's label, centred on the axis's end.
  margin: { top, right: 36, bottom: 28, left: 8 },
  title,
  accessibilityLayer: false,
});

/** The value axis along the bottom, titled with its unit. */
export const valueAxis = (unit: string) => ({
  type: 'number' as const,
  tick: TICK,
  stroke: INK.axis,
  label: { value: svgText(unit), position: 'insideBottom' as const, offset: -18, style: AXIS_LABEL_STYLE },
});

/**
 * The label column of a chart `chartWidth` wide, and the lines a name and its detail (a tornado bar's range)
 * may take in it: LABEL_WIDTH and 2 lines each where there is room, else under half the chart (a phone's)
 * with 3 lines for the name and 4 for its detail, so the bars keep more than a sliver and nothing is cut short.
 */
export interface LabelColumn {
  width: number;
  lines: number;
  detailLines: number;
}
export function labelColumn(chartWidth: number): LabelColumn {
  const width = Math.min(LABEL_WIDTH, Math.max(120, Math.round(chartWidth * 0.45)));
  return width < LABEL_WIDTH ? { width, lines: 3, detailLines: 4 } : { width, lines: 2, detailLines: 2 };
}

/** The rows' names down the left, by the rows' category value (`dataKey`), in a column `width` wide. */
export const rowAxis = (dataKey: string, rows: RowLabelProps['rows'], width = LABEL_WIDTH, maxLines?: number, detailLines?: number) => ({
  type: 'category' as const,
  dataKey,
  width,
  tick: <RowLabel rows={rows} width={width} maxLines={maxLines} detailLines={detailLines} />,
  interval: 0,
  stroke: INK.axis,
});

/** Where each row's middle sits down the plot (px from its top), and the plot's height. */
export interface RowPlacing {
  centres: number[];
  height: number;
}

/**
 * Rows as tall as the lines their names take in `column` (at least `least` px: room for the row's bars). A band
 * scale gave every row the room of the longest name and its range, four lines where most take two, so the
 * default 15-parameter tornado was about twice as tall as it needed to be and printed at about half its size.
 */
export function placeRows(rows: readonly { label: string; detail?: string }[], column: LabelColumn, least: number): RowPlacing {
  const centres: number[] = [];
  let y = 0;
  for (const r of rows) {
    const lines = labelLines(r.label, column.lines, column.width).length + (r.detail ? labelLines(r.detail, column.detailLines, column.width).length : 0);
    const h = Math.max(least, rowHeight(lines));
    centres.push(y + h / 2);
    y += h;
  }
  return { centres, height: y };
}

/** The x axis's own height (recharts' default), under the plot. */
const X_AXIS_HEIGHT = 30;

/**
 * A plot of rows taller than this repeats its value axis along its top (topValueAxis): on a phone the default
 * tornado's plot is over 1,000 px tall, and its one axis, at the bottom, was out of sight while the reader looked
 * at its top rows, the longest bars.
 */
export const TALL_PLOT = 560;

/**
 * Whether the charts inside are read on one page, where the eye finds the bottom axis (the printed report's
 * sections): a tall plot then gets no second axis, which would only make it print smaller.
 */
export const OnOnePage = createContext(false);

/** Whether a plot of rows placed so gets a value axis along its top too; `onePage`: OnOnePage's value. */
export const hasTopAxis = (placing: RowPlacing, onePage: boolean): boolean => !onePage && placing.height > TALL_PLOT;

/** A rows chart's height for a plot of rows placed by placeRows, with `top` as given to rowsChart, and room for a top axis (hasTopAxis) if it has one. */
export const placedHeight = (placing: RowPlacing, top = 8, topAxis = false): number =>
  placing.height + top + rowsChart('', top).margin.bottom + X_AXIS_HEIGHT * (topAxis ? 2 : 1);

/** The value axis again, along the top of a tall plot (hasTopAxis), without its unit: recharts' own id for it, "top". */
export const topValueAxis = (unit: string) => ({ ...valueAxis(unit), label: undefined, orientation: 'top' as const, xAxisId: 'top', allowDataOverflow: true });

/**
 * The rows' names down the left at the places placeRows gave them: a number axis on the rows' `at` (their
 * middles), 0 at the top (recharts runs a vertical chart's number axis down), one tick per row; `rows` is keyed by String(at). The bars are
 * centred on their row's middle and may be no wider than the shortest row (recharts sizes its bands so).
 */
export const placedRowAxis = (placing: RowPlacing, rows: RowLabelProps['rows'], column: LabelColumn) => ({
  type: 'number' as const,
  dataKey: 'at',
  domain: [0, placing.height],
  ticks: placing.centres,
  allowDataOverflow: true,
  width: column.width,
  tick: <RowLabel rows={rows} width={column.width} maxLines={column.lines} detailLines={column.detailLines} />,
  tickLine: true,
  interval: 0 as const,
  stroke: INK.axis,
});
