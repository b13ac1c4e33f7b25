/**
 * A row's name at the left of a recharts bar chart (the Sensitivity and
 * Optimise views'), or on a phone above the row's bars: lines of the
 * parameter's or programme's label, then quieter lines under it (the
 * tornado's range), wrapped to the label column (or the plot's width). Each line is its own <text>, laid out right
 * to left in Urdu (charts/lang.ts: svgText) inside the left-to-right plot,
 * with Nastaliq's taller line height.
 */
import { svgText, isRtl } from '../../charts/lang';
import { TICK } from '../../charts/axis';
import { textWidth, wrapLines } from '../../charts/plot/wrap';

/** Room for the labels: the y axis's width. */
export const LABEL_WIDTH = 260;
const FONT = TICK.fontSize;

/** Height of one label line: Nastaliq's letters climb and fall far from the baseline (as in urdu.css). */
export const lineHeight = (): number => Math.round(FONT * (isRtl() ? 1.9 : 1.3));

/** At most `max` lines of `text` in a label column `width` wide. */
export const labelLines = (text: string, max = 2, width = LABEL_WIDTH): string[] => wrapLines(text, width - 16, FONT).map((l) => l.trim()).slice(0, max);

export interface RowLabelProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string | number };
  /** By the row's category value (or String of its place, placedRowAxis): its label and the quieter lines under it. */
  rows: Map<string, { label: string; detail?: string }>;
  /** The label column's width (the y axis's): LABEL_WIDTH unless a chart needs a narrower one. */
  width?: number;
  /** Lines a label may wrap onto (a narrow column needs more). */
  maxLines?: number;
  /** Lines its detail may wrap onto. */
  detailLines?: number;
  /**
   * Names above their row's bars instead of beside them (a phone's chart: chartProps' labelColumn): the block's
   * foot `by` px above the row's middle, across the plot from `left` to `right` (from the right in Urdu).
   */
  above?: { by: number; left: number; right: number };
}

/**
 * Across the plot, a name is drawn on the paper's white, a box as wide as its longest line, so the grid and the base
 * line stop at its edge (the names are drawn over both: recharts' axes lie above its reference lines). A white outline
 * of each letter had let them run between the letters and the lines: on a phone the tornado's base line crossed the
 * names.
 */
const BACKING = '#ffffff';
/** The backing's margin around the lines' text, px. */
const BACKING_AIR = 2;

export function RowLabel({ x, y, payload, rows, width = LABEL_WIDTH, maxLines = 2, detailLines = 2, above }: RowLabelProps) {
  const row = rows.get(String(payload?.value ?? ''));
  if (!row) return null;
  const main = labelLines(row.label, maxLines, width);
  const detail = row.detail ? labelLines(row.detail, detailLines, width) : [];
  const h = lineHeight();
  const lines = main.length + detail.length;
  // The block's top: centred on the row's middle, or ending `above.by` over it; the first baseline sits most of a
  // line below the block's top.
  const blockTop = above ? Number(y ?? 0) - above.by - lines * h : Number(y ?? 0) - (lines * h) / 2;
  const top = blockTop + h * 0.75;
  const [at, anchor]: [number, 'start' | 'end'] = !above ? [Number(x ?? 0) - 8, 'end'] : isRtl() ? [above.right, 'end'] : [above.left + 4, 'start'];
  const widest = above ? Math.max(...[...main, ...detail].map((line) => textWidth(line, FONT))) + 2 * BACKING_AIR : 0;
  return (
    <g className="sens-row-label">
      {above && (
        <rect
          className="sens-row-label-backing"
          x={anchor === 'start' ? at - BACKING_AIR : at + BACKING_AIR - widest}
          y={blockTop}
          width={widest}
          height={lines * h}
          fill={BACKING}
        />
      )}
      {[...main, ...detail].map((line, k) => (
        <text key={k} x={at} y={top + k * h} textAnchor={anchor} fontSize={FONT} fill={k < main.length ? '#333333' : TICK.fill}>
          {svgText(line)}
        </text>
      ))}
    </g>
  );
}

/** Rows tall enough for `lines` label lines and a little air. */
export const rowHeight = (lines: number): number => lines * lineHeight() + 14;
