/**
 * Axes drawn as plain svg: an axis line, tick marks, tick labels in the
 * axis's own unit and the axis title, plus grid lines across the plot. The
 * ticks come from niceScale (round steps) or the chart itself.
 */
import { isRtl, svgLineStep, svgText } from '../lang';
import { createContext, useContext, type ReactNode } from 'react';
import { AXIS_LABEL_STYLE, TICK } from '../axis';
import { INK } from '../palette';
import { AXIS_STROKE, TICK_SIZE, Y_AXIS_WIDTH, type Box } from './layout';
import { clampLines, splitInterval, textWidth, wrapLines } from './wrap';
import { usePlotHeight } from './chartScale';

type Position = (v: number) => number;

/** Axis titles' font size (AXIS_LABEL_STYLE), and how far past the plot's ends a bottom title may run before it wraps. */
const TITLE_SIZE = 13;
const TITLE_OVERHANG = 60;

/**
 * A bottom axis title's lines, centred under the plot: as wide as the plot and as far past each end as the
 * drawing has room for (at most TITLE_OVERHANG in all), so that no line runs off the drawing's edge (a narrow
 * side-by-side column lost the end of "(× poverty line)").
 */
export function bottomTitleLines(title: string, box: Box): string[] {
  const room = box.width === undefined ? TITLE_OVERHANG : Math.max(0, 2 * Math.min(box.left, box.width - box.right));
  return wrapLines(title, box.right - box.left + Math.min(TITLE_OVERHANG, room), TITLE_SIZE);
}

const titleLineY = (box: Box, titleOffset: number, k: number) =>
  box.bottom + titleOffset + (isRtl() ? 6 : 0) + k * (isRtl() ? svgLineStep(TITLE_SIZE) : TITLE_SIZE + 3);

/** How far below the plot a bottom axis title reaches, its last line's descenders included: the margin a chart leaves for it. */
export function bottomTitleDepth(title: string, box: Box, titleOffset: number): number {
  return titleLineY(box, titleOffset, bottomTitleLines(title, box).length - 1) - box.bottom + (isRtl() ? 10 : 5);
}

/**
 * The room under a plot for its axis and title: `margin`, designed for a title on one line, or deeper for one that
 * wraps (bottomTitleDepth). Only then: a title on one line keeps the layout it had.
 */
export function wrappedTitleBottom(title: string, box: Box, margin: number, titleOffset: number): number {
  return bottomTitleLines(title, box).length > 1 ? Math.max(margin, bottomTitleDepth(title, box, titleOffset)) : margin;
}

interface LinearAxisProps {
  box: Box;
  scale: Position;
  ticks: readonly number[];
  format: (v: number) => string;
  title?: string;
  /** Grid lines across the plot at every tick. */
  grid?: boolean;
}

/**
 * The mark of an axis that does not start at zero: the axis line cut just above the plot's foot by two slanted
 * strokes (the usual sign in print), so a zoomed axis reads as one wherever the chart is printed or copied to.
 */
function AxisBreak({ x, y }: { x: number; y: number }) {
  return (
    <g className="chart-axis-break" transform={`translate(${x},${y})`} stroke={AXIS_STROKE}>
      <rect x={-6} y={-5} width={12} height={7} fill="#fff" stroke="none" />
      <line x1={-6} y1={0} x2={6} y2={-4} />
      <line x1={-6} y1={4} x2={6} y2={0} />
    </g>
  );
}

/** A value axis on the left, with horizontal grid lines; `broken`: it does not start at zero, and shows it. */
export function LeftAxis({ box, scale, ticks, format, title, grid = true, broken = false }: LinearAxisProps & { broken?: boolean }) {
  return (
    <g className="chart-axis">
      {grid && ticks.map((t) => <line key={`g${t}`} x1={box.left} x2={box.right} y1={scale(t)} y2={scale(t)} stroke={INK.grid} />)}
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} stroke={AXIS_STROKE} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${box.left},${scale(t)})`}>
          <line x2={-TICK_SIZE} stroke={AXIS_STROKE} />
          <text x={-TICK_SIZE - 3} dy={4} textAnchor="end" {...TICK}>
            {format(t)}
          </text>
        </g>
      ))}
      {title && (
        <text transform={`translate(${box.left - Y_AXIS_WIDTH + 8},${(box.top + box.bottom) / 2}) rotate(-90)`} textAnchor="middle" style={AXIS_LABEL_STYLE}>
          {svgText(title)}
        </text>
      )}
      {broken && <AxisBreak x={box.left} y={box.bottom - 8} />}
    </g>
  );
}

interface BottomAxisProps extends Omit<LinearAxisProps, 'format'> {
  format?: (v: number) => string;
  /** Draws a tick's label instead of `format` (e.g. two lines); positioned at the tick, below the axis. */
  renderTick?: (v: number) => ReactNode;
  /** Distance from the axis down to the title's baseline. */
  titleOffset?: number;
}

/**
 * Every k-th tick, k as small as lets each label clear its neighbours (a
 * narrow column cannot hold "0 10 20 30 40 50"), counted from zero when the
 * axis has it (an axis from −5 to 25 kept "−5 5 15 25", and on a mirrored
 * axis whose labels drop the sign, two "5"s either side of an unlabelled
 * zero), else from the first tick.
 */
export function thinTicks(ticks: readonly number[], scale: Position, label: (v: number) => string): readonly number[] {
  if (ticks.length < 3) return ticks;
  const widest = Math.max(...ticks.map((t) => textWidth(label(t), TICK.fontSize)));
  const gap = Math.abs(scale(ticks[1]!) - scale(ticks[0]!));
  const k = Math.max(1, Math.ceil((widest + 8) / Math.max(1, gap)));
  const from = Math.max(0, ticks.indexOf(0)) % k;
  return k === 1 ? ticks : ticks.filter((_, i) => i % k === from);
}

/** A value axis at the bottom; with `grid`, vertical grid lines (for bars running sideways). */
export function BottomAxis({ box, scale, ticks: all, format = String, renderTick, title, grid = false, titleOffset = 36 }: BottomAxisProps) {
  // Labels drawn by `renderTick` are laid out by the chart itself; only plain labels are thinned.
  const ticks = renderTick ? all : thinTicks(all, scale, format);
  return (
    <g className="chart-axis">
      {grid && ticks.map((t) => <line key={`g${t}`} x1={scale(t)} x2={scale(t)} y1={box.top} y2={box.bottom} stroke={INK.grid} />)}
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} stroke={AXIS_STROKE} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${scale(t)},${box.bottom})`}>
          <line y2={TICK_SIZE} stroke={AXIS_STROKE} />
          {renderTick ? (
            renderTick(t)
          ) : (
            <text y={TICK_SIZE + 3} dy="0.71em" textAnchor="middle" {...TICK}>
              {format(t)}
            </text>
          )}
        </g>
      ))}
      {title && (
        <text textAnchor="middle" style={AXIS_LABEL_STYLE}>
          {bottomTitleLines(title, box).map((line, k) => (
            // Nastaliq rises well above its baseline: an Urdu title sits lower, or it runs into the tick labels.
            <tspan key={k} x={(box.left + box.right) / 2} y={titleLineY(box, titleOffset, k)}>
              {svgText(line)}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}


/** A category label under an axis, in lines at most its band wide (less a gap between neighbours). */
const bottomLines = (label: string, band: number): string[] => wrapLines(label, Math.max(40, band - 10), TICK.fontSize);

/**
 * The room under the axis that BottomCategories' labels take, for the longest of them, down to the last
 * line's descenders: a plot leaves at least this much below it (VBarPlot). An Urdu label's lines step at
 * Nastaliq's height (lang.ts), so two of its lines need more room than two English ones.
 */
export function bottomCategoriesHeight(labels: readonly string[], band: number): number {
  const lines = Math.max(1, ...labels.map((l) => bottomLines(l, band).length));
  return TICK_SIZE + 3 + TICK.fontSize + (lines - 1) * svgLineStep(TICK.fontSize) + (isRtl() ? 10 : 5);
}

/** Category labels under an axis, each centred on its band and wrapped to the band's width. */
export function BottomCategories({ box, items }: { box: Box; items: readonly { key: string; label: string; centre: number; width: number }[] }) {
  return (
    <g className="chart-axis">
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} stroke={AXIS_STROKE} />
      {items.map((it) => (
        <g key={it.key} data-category={it.label} transform={`translate(${it.centre},${box.bottom})`}>
          <line y2={TICK_SIZE} stroke={AXIS_STROKE} />
          <text textAnchor="middle" {...TICK}>
            {bottomLines(it.label, it.width).map((line, k) => (
              <tspan key={k} x={0} y={TICK_SIZE + 3 + TICK.fontSize + k * svgLineStep(TICK.fontSize)}>
                {svgText(line)}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A full-height or full-width reference line (zero, the poverty line). */
export function ReferenceLine({ box, x, y }: { box: Box; x?: number; y?: number }) {
  return x !== undefined ? (
    <line className="chart-reference-line" x1={x} x2={x} y1={box.top} y2={box.bottom} stroke={INK.reference} strokeWidth={1.5} />
  ) : (
    <line className="chart-reference-line" x1={box.left} x2={box.right} y1={y} y2={y} stroke={INK.reference} strokeWidth={1.5} />
  );
}

export interface CategoryLabel {
  key: string;
  label: string;
  /** Middle of the category's band. */
  centre: number;
  /** A second line under the label, e.g. the value in words. */
  sub?: string;
  /** Text drawn into the plot beside the axis, e.g. "no additional exits" where there is no bar. */
  note?: string;
}

/**
 * Category labels left of the plot (bars running sideways), right-aligned
 * against the axis, wrapped to `width`, with an optional second line and an
 * optional note inside the plot.
 */
/**
 * A category's lines left of the plot: its name wrapped to the names' `width` (in `most` lines at most, cut short with
 * an ellipsis: `shortened`), then its value and interval (which may take the whole width). Lines after the first
 * start with a space, as wrapLines' do, so text taken from the svg reads "Rs 80 bn −116k (…)".
 */
export function categoryLines(it: Pick<CategoryLabel, 'label' | 'sub'>, width: number, most = Infinity): { name: string[]; all: string[]; shortened: boolean } {
  const wrapped = wrapLines(it.label, width - TICK_SIZE - 6, TICK.fontSize);
  const name = clampLines(wrapped, most, width - TICK_SIZE - 6, TICK.fontSize);
  return { name, all: it.sub ? [...name, ...splitInterval(it.sub, width, TICK.fontSize).map((l) => ` ${l.trimStart()}`)] : name, shortened: wrapped.length > most };
}

/** How a chart's categories down its side are laid out where room is short (CategoryLayout). */
export interface CategoryRows {
  /** Lines a category's name takes at most, the last cut short with an ellipsis (Infinity: as many as it needs). */
  nameLines: number;
  /** Each row as tall as its own lines (useCategoryWeights), and the names' column wider for them (useCategoryNameWidth). */
  compact: boolean;
}

/**
 * On the dashboard every row of a bar chart has the room of its tallest, and names are whole. Where height is short
 * (a slide: present/Slide; the printed report: views/ReportView) rows are compact: one scenario's 60-character name
 * in four lines gave each of five rows four lines' height, and a slide's chart shrank to 10 px type to fit under its
 * headline (a printed chart took half a page more). A slide also cuts names to `nameLines`, naming a shortened one
 * in full beside the chart (its label carries data-shortened); paper keeps names whole.
 */
export const CategoryLayout = createContext<CategoryRows>({ nameLines: Infinity, compact: false });

/** How far past `most` the names' column widens for an interval that is never broken (useCategoryNameWidth). */
const UNBROKEN_MOST = 1.5;

/**
 * The names' column: `wanted`, at most `most` (a share of a narrow chart). Where rows are compact (CategoryLayout)
 * it widens up to `most` for the widest name on one line, or its value and interval: a slide at 1280 × 720 (and a
 * page) has width to spare beside its bars but not height, and a name or an interval that wraps takes another line.
 * It is also at least as wide as the widest value and the widest interval in brackets, which splitInterval puts on
 * lines of their own and never breaks, up to half as much again as `most`: on a phone (300 chart units across,
 * chartScale's PHONE_SCALE) "(−18.3% to −11.7%)" began off the drawing's left edge, "paired change −0.0014" 38 px
 * off it.
 */
export function useCategoryNameWidth(wanted: number, most: number, items: readonly Pick<CategoryLabel, 'label' | 'sub'>[]): number {
  const { compact } = useContext(CategoryLayout);
  const widest = compact ? Math.max(0, ...items.map((it) => Math.max(textWidth(it.label, TICK.fontSize) + TICK_SIZE + 6, it.sub ? textWidth(it.sub, TICK.fontSize) : 0))) : 0;
  const column = Math.round(Math.min(most, Math.max(wanted, Math.ceil(widest) + 1)));
  // As wide as the part (categoryLines measures its lines against the column); drawn, a line has 3 more to its end.
  const unbroken = Math.max(0, ...items.flatMap((it) => (it.sub ? splitAtBracket(it.sub).map((part) => textWidth(part, TICK.fontSize)) : [])));
  return Math.max(column, Math.min(Math.round(most * UNBROKEN_MOST), Math.ceil(unbroken)));
}

/** A value and interval as the lines splitInterval breaks it into where it is narrow: the value, the bracket (if any). */
const splitAtBracket = (text: string): string[] => {
  const at = text.indexOf(' (');
  return at < 0 ? [] : [text.slice(0, at), text.slice(at)];
};

/**
 * Room between one category's last line and the next one's first, beyond a line's own step: where categories
 * take several lines, the gap between them has to be visibly wider than between a category's own lines, or a
 * value and interval read as the next name's (a difference chart's "(−184k to −96.8k)" stood 14 px above
 * "Rs 100 bn a year", one line step, on a slide at 1280 × 720 and in its download from a narrow column).
 */
export const CATEGORY_GAP = Math.round(TICK.fontSize * 0.75);

/**
 * The closest a plot laid out shorter (useCategoryPlotHeight) steps a category's lines: Latin type's line height;
 * Urdu's a little more, since at Latin's step a name's descenders (ے) ran into its value and interval on the line
 * below (compact rows on paper). LeftCategories itself steps them as close as Latin's where it is given less room.
 */
export const tightLineStep = (): number => Math.round(TICK.fontSize * (isRtl() ? 1.5 : 1.2));

/** The height a category's lines take at their script's full step (lang.ts), with CATEGORY_GAP to the next. */
export const categoryHeight = (lines: number): number => lines * svgLineStep(TICK.fontSize) + CATEGORY_GAP;

/**
 * The height to lay out a plot with categories left of it in: its designed height, or PlotHeightScale's shorter
 * one (the printed report's, a slide's that would not fit), but with room for each category's lines at their full
 * step and CATEGORY_GAP to the next (a name with its value and interval takes three lines where the column is
 * narrow, four in Urdu, which ran into the next category's). A shorter plot gives up the full step down to the
 * tightest (tightLineStep), never the gap. `margins`: the plot's top and bottom margins together.
 */
export function useCategoryPlotHeight(designed: number, items: readonly Pick<CategoryLabel, 'label' | 'sub'>[], nameWidth: number, margins: number): number {
  const { nameLines, compact } = useContext(CategoryLayout);
  const each = items.map((it) => categoryLines(it, nameWidth, nameLines).all.length);
  const lines = Math.max(1, ...each);
  // Rows as tall as their own lines where they are laid out so (useCategoryWeights), else each as the tallest.
  const rowLines = compact ? each : each.map(() => lines);
  const full = margins + rowLines.reduce((sum, l) => sum + categoryHeight(l), 0);
  // Designed for a name over its value on one line, the difference chart's rows held three lines where its column
  // is narrow, one Latin step apart, with nothing between one category's interval and the next one's name: the plot
  // grows to hold them.
  const natural = Math.max(designed, full);
  const shorter = usePlotHeight(natural);
  if (shorter >= natural) return natural;
  // A long name wrapped to three lines over its value and interval, five in all, ran into the next category and
  // above the plot (a slide at 1280 × 720): even a shorter plot leaves room for them at the tightest step.
  const tightest = margins + rowLines.reduce((sum, l) => sum + l * tightLineStep() + CATEGORY_GAP, 0);
  return Math.max(tightest, Math.min(designed, full), shorter);
}

/**
 * Each category's band in a plot `height` tall (bandLayout's weights) where rows are as tall as their own lines
 * (compact: CategoryLayout): CATEGORY_GAP each, and the rest shared by their lines. Undefined elsewhere: equal
 * bands, each with room for the tallest.
 */
export function useCategoryWeights(items: readonly Pick<CategoryLabel, 'label' | 'sub'>[], nameWidth: number, height: number): number[] | undefined {
  const { nameLines, compact } = useContext(CategoryLayout);
  if (!compact || items.length === 0) return undefined;
  const lines = items.map((it) => categoryLines(it, nameWidth, nameLines).all.length);
  const step = Math.max(0, height - items.length * CATEGORY_GAP) / lines.reduce((a, b) => a + b, 0);
  return lines.map((l) => l * step + CATEGORY_GAP);
}

export function LeftCategories({ box, items, width }: { box: Box; items: readonly (CategoryLabel & { band?: number })[]; width: number }) {
  const { nameLines } = useContext(CategoryLayout);
  const textX = -TICK_SIZE - 3;
  // The room between neighbouring categories (or a category's own band, where bands differ: useCategoryWeights): a
  // label's lines step at its script's height (lang.ts) only as far as they still fit there; a name with its value
  // and interval in Urdu would otherwise run into the next category.
  const room = items.length > 1 ? Math.min(...items.slice(1).map((it, k) => Math.abs(it.centre - items[k]!.centre))) : Infinity;
  const latin = Math.round(TICK.fontSize * 1.2);
  return (
    <g className="chart-axis">
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} stroke={AXIS_STROKE} />
      {items.map((it) => {
        // A value may take the whole `width` (the plot's 12 px margin covers the tick and gap); names keep their narrower wrap.
        const { name: lines, all, shortened } = categoryLines(it, width, nameLines);
        const step = Math.min(svgLineStep(TICK.fontSize), Math.max(latin, ((it.band ?? room) - CATEGORY_GAP) / all.length));
        const first = 4 - ((all.length - 1) * step) / 2;
        return (
          <g key={it.key} data-category={it.label} data-shortened={shortened || undefined} transform={`translate(${box.left},${it.centre})`}>
            {/* The full name on hovering a shortened one (a tooltip for its group, not in the text a copy takes). */}
            {shortened && <title>{it.label}</title>}
            <line x2={-TICK_SIZE} stroke={AXIS_STROKE} />
            <text textAnchor="end" {...TICK}>
              {all.map((line, k) => (
                <tspan key={k} x={textX} y={first + k * step} fill={k < lines.length ? INK.reference : TICK.fill}>
                  {svgText(line)}
                </tspan>
              ))}
            </text>
            {it.note && (
              <text x={10} dy={4} textAnchor="start" {...TICK} fontStyle="italic">
                {svgText(it.note)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
