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
 * name, Urdu), the poverty chart keeps the others' height and the difference
 * chart starts under it, its second panel on the next page (report.css).
 * Where the pair fits, the report keeps the two together (report.css,
 * .report-charts-paired): the results run on under the ranking, so the page
 * they start on is not always a new one.
 *
 * Print changes nothing while it lays out (no script runs then), so the size is
 * chosen on screen, as report/printedFit chooses the Sensitivity section's.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { HEIGHT } from '../charts/axis';

/** The squattest the poverty chart's plot prints, as a share of its designed height (320 × 0.5: a 160 px plot). */
export const LEAST = 0.5;
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
}

/** The room a page leaves the first chart's plot, px, beside everything else of the pair. */
const pairRoom = (l: PairLayout): number => l.page - l.heading - (l.first - l.plot) - l.gap - l.second - SLACK;

/** Whether the pair shares a page with the first chart's plot at LEAST or taller (false while nothing is laid out). */
export function pairShares(l: PairLayout): boolean {
  return l.page > 0 && l.plot > 0 && l.designed > 0 && pairRoom(l) / l.designed >= LEAST;
}

/**
 * The share of its designed height the first chart's plot should print at for the pair to share a page: at most
 * `most`, at least LEAST, and `most` when even LEAST would not fit (or nothing is laid out).
 */
export function pairPlotScale(l: PairLayout, most: number): number {
  if (!pairShares(l)) return most;
  const wanted = pairRoom(l) / l.designed;
  if (wanted >= most) return most;
  // Two decimals: a redraw only when the room has moved by a few pixels, not at every sub-pixel change.
  return Math.floor(wanted * 100) / 100;
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
      const style = getComputedStyle(heading);
      const a = first.getBoundingClientRect();
      const b = second.getBoundingClientRect();
      const drawn = plot.getBoundingClientRect().height;
      // The plot's viewBox is its height in chart units (the designed height times the share it is drawn at).
      const units = plot.viewBox.baseVal?.height ?? 0;
      const layout: PairLayout = {
        page: parseFloat(getComputedStyle(section).getPropertyValue('--printed-page')),
        heading: heading.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
        first: a.height,
        plot: drawn,
        second: b.height,
        gap: b.top - a.bottom,
        designed: units > 0 ? (HEIGHT.standard * drawn) / units : 0,
      };
      const next = { scale: pairPlotScale(layout, most), paired: pairShares(layout) };
      setPair((was) => (was.scale === next.scale && was.paired === next.paired ? was : next));
    };
    read();
    // Each chart is drawn once its cell is in sight and redrawn as results come in, in another language, at another
    // width: each changes the cells' sizes.
    const observer = new ResizeObserver(read);
    observer.observe(section);
    return () => observer.disconnect();
  }, [ref, most, shown]);
  return pair;
}
