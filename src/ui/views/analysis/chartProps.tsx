/**
 * The furniture the analysis views' static recharts charts share (the
 * Sensitivity view's tornado and Sobol' bars, the Optimise view's split and
 * improvement): a chart of one row per item with its bars running left to
 * right, the value axis along the bottom with its unit under the ticks, and
 * the rows' names down the left, or on a phone above each row's bars
 * (RowLabel). Props to spread onto recharts'
 * own components, which must be its direct children.
 */
import { createContext } from 'react';
import { AXIS_LABEL_STYLE, TICK } from '../../charts/axis';
import { INK } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { textWidth } from '../../charts/plot/wrap';
import { LABEL_WIDTH, labelLines, lineHeight, RowLabel, rowHeight, type RowLabelProps } from './RowLabel';

/** A rows chart's margins: room on the right for the last tick's label, centred on the axis's end. */
const MARGIN = { right: 36, bottom: 28, left: 8 } as const;

/**
 * A BarChart of rows (recharts' layout="vertical"); `top` leaves room for a reference line's label, `left` is the
 * margin on the left (LabelColumn's, where the names may sit above their bars), `bottomExtra` room for the value
 * axis's title's second line (valueTitle).
 */
export const rowsChart = (title: string, top = 8, left: number = MARGIN.left, bottomExtra = 0) => ({
  layout: 'vertical' as const,
  margin: { top, ...MARGIN, left, bottom: MARGIN.bottom + bottomExtra },
  title,
  accessibilityLayer: false,
});

/** The value axis along the bottom, titled with its unit. */
export const valueAxis = (unit: string, title: ValueTitle | null = null) => ({
  type: 'number' as const,
  tick: TICK,
  stroke: INK.axis,
  label:
    title === null || title.lines.length === 1
      ? { value: svgText(unit), position: 'insideBottom' as const, offset: -18, style: AXIS_LABEL_STYLE, ...(title && title.dx !== 0 ? { dx: title.dx } : {}) }
      : { position: 'insideBottom' as const, offset: -18, content: (at: { x?: number | string; y?: number | string }) => <TitleLines lines={title.lines} x={Number(at.x) + title.dx} y={Number(at.y)} /> },
});

/** Air between the value axis's title and the chart's edge. */
const TITLE_AIR = 2;
/** A second line of the value axis's title, below the first (px): the chart grows by it (rowsChart's `bottomExtra`). */
export const TITLE_LINE = 16;

/**
 * The value axis's title fitted to its chart: its lines (two where one would not fit the chart, split between words
 * where the longer line is shortest) and how far to move them from the middle of the plot, where recharts centres a
 * title, to keep them within the chart (0 where they fit there). A name column down the left narrows the plot: on a
 * phone the Optimise view's improvement chart cut "additional sustained exits (thousand households)" to "…(thousand
 * house". `yAxisWidth`: the name column's width (the plot starts after it and rowsChart's left margin).
 */
export interface ValueTitle {
  lines: string[];
  dx: number;
}

export function valueTitle(unit: string, chartWidth: number, yAxisWidth: number, left: number = MARGIN.left): ValueTitle {
  const size = Number(AXIS_LABEL_STYLE.fontSize);
  const room = chartWidth - 2 * TITLE_AIR;
  let lines = [unit];
  if (textWidth(unit, size) > room) {
    const words = unit.split(' ');
    let widest = Infinity;
    for (let k = 1; k < words.length; k++) {
      const split = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
      const w = Math.max(...split.map((line) => textWidth(line, size)));
      if (w < widest) {
        widest = w;
        lines = split;
      }
    }
  }
  const half = Math.max(...lines.map((line) => textWidth(line, size))) / 2;
  const centre = (left + yAxisWidth + chartWidth - MARGIN.right) / 2;
  const lowest = half + TITLE_AIR;
  const highest = chartWidth - half - TITLE_AIR;
  const dx = lowest > highest ? chartWidth / 2 - centre : Math.min(highest, Math.max(lowest, centre)) - centre;
  return { lines, dx };
}

/** A title of two lines where recharts would put one: the first line's baseline at recharts' `y`, the next below it. */
function TitleLines({ lines, x, y }: { lines: string[]; x: number; y: number }) {
  return (
    <text className="recharts-text recharts-label" x={x} y={y} textAnchor="middle" style={AXIS_LABEL_STYLE}>
      {lines.map((line, k) => (
        <tspan key={k} x={x} dy={k === 0 ? 0 : TITLE_LINE}>
          {svgText(line)}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Where the rows' names go in a chart `chartWidth` wide, and the lines a name and its detail (a tornado bar's
 * range) may take: a column LABEL_WIDTH wide down the left, 2 lines each, where that leaves the bars more than
 * half the chart; else (a phone's chart) above each row's bars, across the plot, so that the bars keep its whole
 * width. A column under half a phone's chart had left the bars about 150 of 390 px, and wrapped names onto 3
 * lines and ranges onto 4.
 */
export interface LabelColumn {
  /** The names' width: the column's, or (`above`) the plot's. */
  width: number;
  lines: number;
  detailLines: number;
  /** Names sit above their row's bars, and the y axis is only its line. */
  above: boolean;
  /** The chart's left margin (rowsChart's `left`). */
  left: number;
}

/** The y axis's width when names sit above their bars: only its line. */
const ABOVE_AXIS = 1;
/** Air over a name above its bars. */
const ABOVE_AIR = 10;
/** Air between the first tick's label and the chart's left edge. */
const TICK_AIR = 2;

/**
 * `firstTick`: the value axis's first tick label, which is centred on the plot's left edge. With the names down the
 * left it has their column's room; with the names above their bars the left margin gives it room, or recharts
 * leaves out a label that would run past the chart's edge: on a phone the tornado's first tick ("75k", 9 px in) was
 * not drawn.
 */
export function labelColumn(chartWidth: number, firstTick = ''): LabelColumn {
  if (Math.round(chartWidth * 0.45) >= LABEL_WIDTH) return { width: LABEL_WIDTH, lines: 2, detailLines: 2, above: false, left: MARGIN.left };
  const left = Math.max(MARGIN.left, Math.ceil(textWidth(firstTick, TICK.fontSize) / 2) + TICK_AIR - ABOVE_AXIS);
  return { width: Math.max(120, chartWidth - left - MARGIN.right - ABOVE_AXIS), lines: 2, detailLines: 3, above: true, left };
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
 * Rows as tall as the lines their names take in `column`, with `bars` px for the row's bars and some air: beside
 * the names (the row at least `bars` tall) or under them (`column.above`). A band scale gave every row the room of
 * the longest name and its range, four lines where most take two, so the default 15-parameter tornado was about
 * twice as tall as it needed to be and printed at about half its size.
 */
export function placeRows(rows: readonly { label: string; detail?: string }[], column: LabelColumn, bars: number): RowPlacing {
  const centres: number[] = [];
  let y = 0;
  for (const r of rows) {
    const lines = labelLines(r.label, column.lines, column.width).length + (r.detail ? labelLines(r.detail, column.detailLines, column.width).length : 0);
    // Above their bars, names keep some air from the row before, so that they read as the heading of the bars under them.
    const names = column.above ? ABOVE_AIR + lines * lineHeight() : 0;
    const h = column.above ? names + bars : Math.max(bars, rowHeight(lines));
    centres.push(y + names + (h - names) / 2);
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
  placing.height + top + MARGIN.bottom + X_AXIS_HEIGHT * (topAxis ? 2 : 1);

/** The value axis again, along the top of a tall plot (hasTopAxis), without its unit: recharts' own id for it, "top". */
export const topValueAxis = (unit: string) => ({ ...valueAxis(unit), label: undefined, orientation: 'top' as const, xAxisId: 'top', allowDataOverflow: true });

/**
 * The rows' names at the places placeRows gave them, down the left or above their bars (`column.above`): a number
 * axis on the rows' `at` (their middles), 0 at the top (recharts runs a vertical chart's number axis down), one
 * tick per row; `rows` is keyed by String(at). The bars are centred on their row's middle, in the `bars` px given
 * to placeRows, and may be no wider than the shortest row (recharts sizes its bands so). `chartWidth`: the
 * chart's, across which names above their bars run.
 */
export const placedRowAxis = (placing: RowPlacing, rows: RowLabelProps['rows'], column: LabelColumn, chartWidth: number, bars: number) => ({
  type: 'number' as const,
  dataKey: 'at',
  domain: [0, placing.height],
  ticks: placing.centres,
  allowDataOverflow: true,
  width: column.above ? ABOVE_AXIS : column.width,
  tick: (
    <RowLabel
      rows={rows}
      width={column.width}
      maxLines={column.lines}
      detailLines={column.detailLines}
      above={column.above ? { by: bars / 2, left: column.left + ABOVE_AXIS, right: chartWidth - MARGIN.right } : undefined}
    />
  ),
  tickLine: !column.above,
  interval: 0 as const,
  stroke: INK.axis,
});
