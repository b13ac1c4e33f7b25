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

/** The rows' names down the left, by the rows' category value (`dataKey`), in a column `width` wide. */
export const rowAxis = (dataKey: string, rows: RowLabelProps['rows'], width = LABEL_WIDTH, maxLines?: number) => ({
  type: 'category' as const,
  dataKey,
  width,
  tick: <RowLabel rows={rows} width={width} maxLines={maxLines} />,
  interval: 0,
  stroke: INK.axis,
});
