/**
 * The furniture the analysis views' static recharts charts share (the
 * Sensitivity view's tornado and Sobol' bars, the Optimise view's split and
 * improvement): a chart of one row per item with its bars running left to
 * right, the value axis along the bottom with its unit under the ticks, and
 * the rows' names down the left (RowLabel). Props to spread onto recharts'
 * own components, which must be its direct children.
 */
import { AXIS_LABEL_STYLE, TICK } from '../../charts/axis';
import { INK } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { LABEL_WIDTH, RowLabel, type RowLabelProps } from './RowLabel';

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
export function labelColumn(chartWidth: number): { width: number; lines: number; detailLines: number } {
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
