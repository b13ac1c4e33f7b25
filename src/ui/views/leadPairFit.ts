/**
 * The printed report's first two charts on one page: the poverty lines and the
 * difference from the baseline, what an official reads the results for, one
 * above the other on the page the results start. The difference chart's panels keep a
 * row's room for each label's lines (in Urdu a name, its value and its interval
 * take three), so what can give is the poverty chart's plot: a line chart
 * reads as well a little shorter. Its share of its designed height is worked
 * out from the two cells as laid out at the report's printable width (the
 * screen's column is the page's): the page's height less the heading, the gap,
 * the difference chart and the poverty chart's frame around its plot. Within
 * bounds: never taller than the other charts' plots (REPORT_PLOT_HEIGHT), never
 * squatter than LEAST; when even that does not fit (many scenarios, a long
 * name, Urdu), the difference chart starts under it, as many of its panels as
 * fit on that page and the rest on the next (report.css), and the poverty
 * chart's plot takes the room they leave (up to MOST_ALONE), so the
 * page breaks at a panel's foot: kept at the others' height, it had left a fifth
 * of the page white inside the difference chart's frame, in Urdu.
 * Where the pair fits, the report keeps the two together (report.css,
 * .report-charts-paired): the results run on under the ranking, so the page
 * they start on is not always a new one.
 *
 * Print changes nothing while it lays out (no script runs then), so the size is
 * chosen on screen, as report/printedFit chooses the Sensitivity section's: on a
 * copy of the two without what paper leaves out (asPrinted). Measured with the
 * screen's buttons and chart controls (the poverty chart's 50 px of them), the
 * pair was judged not to fit in English where it did, and page 2 ended in a
 * quarter page of white inside the difference chart's frame.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { HEIGHT } from '../charts/axis';
import { measureForPaper } from './report/paper';

/** The squattest the poverty chart's plot prints, as a share of its designed height (320 × 0.5: a 160 px plot). */
export const LEAST = 0.5;
/**
 * The tallest it prints, where it fills a page above part of the difference chart: 400 px at the page's 680 px
 * width, still wider than tall by 1.7 (the 1.0 of its screen height left Urdu's page 2 with 90 px white in the frame).
 */
export const MOST_ALONE = 1.25;
/** Room for rounding and for what print lays out a little differently (fonts' line boxes). */
const SLACK = 16;

export interface PairLayout {
  /** The page's height less @page's margins, px. */
  page: number;
  /** The section's heading, with its margins. */
  heading: number;
  /** The first chart's cell, its plot and the second chart's cell, px as laid out now. */
  first: number;
  plot: number;
  second: number;
  /** Between the two cells. */
  gap: number;
  /** The first chart's plot at its designed height (at the width and scale it is drawn at now), px. */
  designed: number;
  /**
   * Where the second chart may break, between its panels: from the top of its cell to the foot of each panel but
   * the last, with the frame's padding and border that print repeats there (report.css: box-decoration-break), px.
   */
  breaks?: readonly number[];
}

/** The room a page leaves the first chart's plot, px, beside the heading, the rest of the first cell and `second` px. */
const roomOver = (l: PairLayout, second: number): number => l.page - l.heading - (l.first - l.plot) - l.gap - second - SLACK;

const laidOut = (l: PairLayout): boolean => l.page > 0 && l.plot > 0 && l.designed > 0;

/** Whether the pair shares a page with the first chart's plot at LEAST or taller (false while nothing is laid out). */
export function pairShares(l: PairLayout): boolean {
  return laidOut(l) && roomOver(l, l.second) / l.designed >= LEAST;
}

/** Two decimals, down: a redraw only when the room has moved by a few pixels, not at every sub-pixel change. */
const share = (x: number): number => Math.floor(x * 100) / 100;

/**
 * The share of its designed height the first chart's plot should print at: for the pair to share a page, at most
 * `most` and at least LEAST. Where even LEAST would not fit, the share at which the first plot fills the page over
 * the most panels of the second chart that fit with it at LEAST or taller, at most MOST_ALONE; `most` where not one
 * fits, or nothing is laid out.
 */
export function pairPlotScale(l: PairLayout, most: number): number {
  if (!laidOut(l)) return most;
  if (pairShares(l)) return Math.min(most, share(roomOver(l, l.second) / l.designed));
  const fits = [...(l.breaks ?? [])].sort((a, b) => b - a).map((part) => roomOver(l, part) / l.designed).find((s) => s >= LEAST);
  return fits === undefined ? most : Math.min(MOST_ALONE, share(fits));
}

/** The class under which report.css lays a chart out as it prints: without its buttons and the controls paper drops. */
export const AS_PRINTED = 'report-as-printed';

/**
 * `read` of a copy of the section's heading and its first two chart cells, laid out beside it out of sight as they
 * print (AS_PRINTED), then removed, in the same task: nothing is painted, and the reader's focus, on a button that
 * paper hides, stays where it is (hiding the buttons themselves would have taken it away).
 */
function asPrinted<T>(section: HTMLElement, cells: HTMLElement[], read: (copy: HTMLElement) => T): T {
  const copy = section.cloneNode(false) as HTMLElement;
  const heading = section.querySelector('h2');
  const list = cells[0]!.parentElement!.cloneNode(false) as HTMLElement;
  if (heading) copy.append(heading.cloneNode(true));
  list.append(...cells.map((c) => c.cloneNode(true)));
  copy.append(list);
  return readCopyAsPrinted(section, copy, read);
}

/**
 * `read` of `copy`, a copy of (part of) `original`, laid out as it prints (AS_PRINTED) just after it, at its width,
 * out of sight and out of reach of focus and of assistive technology, then removed in the same task (report/settingsFirst
 * measures the ranking so).
 */
export function readCopyAsPrinted<T>(original: HTMLElement, copy: HTMLElement, read: (copy: HTMLElement) => T): T {
  copy.classList.add(AS_PRINTED);
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  copy.style.cssText = `position: absolute; top: 0; inset-inline-start: 0; width: ${original.getBoundingClientRect().width}px; visibility: hidden; pointer-events: none;`;
  original.after(copy);
  try {
    return read(copy);
  } finally {
    copy.remove();
  }
}

/** The pair's layout as `section` (the report's charts: their heading and the list of cells) prints it. */
export function printedPair(section: HTMLElement, first: HTMLElement, second: HTMLElement): PairLayout {
  return asPrinted(section, [first, second], (copy) => {
    const [a, b] = [...copy.querySelectorAll<HTMLElement>('.chart-cell')] as [HTMLElement, HTMLElement];
    const heading = copy.querySelector('h2');
    const plot = a.querySelector<SVGSVGElement>('svg.chart-surface');
    const headingStyle = heading && getComputedStyle(heading);
    const top = a.getBoundingClientRect();
    const below = b.getBoundingClientRect();
    const drawn = plot?.getBoundingClientRect().height ?? 0;
    // The plot's viewBox is its height in chart units (the designed height times the share it is drawn at).
    const units = plot?.viewBox?.baseVal?.height ?? 0;
    const frame = b.querySelector('figure.chart-frame');
    const frameStyle = frame && getComputedStyle(frame);
    const foot = frameStyle ? (parseFloat(frameStyle.paddingBottom) || 0) + (parseFloat(frameStyle.borderBottomWidth) || 0) : 0;
    const panels = [...b.querySelectorAll('.chart-panels > .chart-panel')];
    return {
      page: parseFloat(getComputedStyle(section).getPropertyValue('--printed-page')),
      heading: heading && headingStyle ? heading.getBoundingClientRect().height + parseFloat(headingStyle.marginTop) + parseFloat(headingStyle.marginBottom) : 0,
      first: top.height,
      plot: drawn,
      second: below.height,
      gap: below.top - top.bottom,
      designed: units > 0 ? (HEIGHT.standard * drawn) / units : 0,
      breaks: panels.slice(0, -1).map((p) => p.getBoundingClientRect().bottom - below.top + foot),
    };
  });
}

/**
 * `ref`: the report's charts (their heading and the list of cells); the first is a band chart at its standard
 * height (the poverty chart), while `shown`. Returns the share for its plot, `most` until the two are laid out (and
 * in jsdom), and whether the two share a page at it.
 */
export function useLeadPairScale(ref: RefObject<HTMLElement | null>, most: number, shown: boolean): { scale: number; paired: boolean } {
  const [pair, setPair] = useState({ scale: most, paired: false });
  useLayoutEffect(() => {
    const section = ref.current;
    if (!section || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const [first, second] = [...section.querySelectorAll<HTMLElement>('.report-charts > .chart-cell')];
      const plot = first?.querySelector<SVGSVGElement>('svg.chart-surface');
      const heading = section.querySelector('h2');
      if (!first || !second || !plot || !heading || second.classList.contains('chart-cell-pending')) return;
      const layout = printedPair(section, first, second);
      const next = { scale: pairPlotScale(layout, most), paired: pairShares(layout) };
      setPair((was) => (was.scale === next.scale && was.paired === next.paired ? was : next));
    };
    // Each chart is drawn once its cell is in sight and redrawn as results come in, in another language, at another
    // width: each changes the cells' sizes. Printing from a window narrower than the page, they are redrawn at its
    // width (report/paper) and measured there before print lays them out.
    return measureForPaper(section, read);
  }, [ref, most, shown]);
  return pair;
}
