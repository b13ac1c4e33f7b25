/**
 * A chart on a slide that is taller than the room under its headline (the
 * fan chart with Urdu's taller lines in its legend and note, or with the
 * note that the runs are still going) is first drawn shorter: its plots lay
 * out in fewer chart units of height (PlotHeightScale, as the printed
 * report's do), while its type, margins and widths keep the slide's scale.
 * Only a chart still too tall with its plots as short as they go is shrunk
 * whole (useFitScale's way), since that shrinks the ticks that have to be
 * read from the back of the room: at 1280 × 720, charts shrunk whole to
 * 0.7–0.8 had ticks of 12–14 px. A bar chart whose names take two lines
 * (axes' CategoryLayout) is shrunk down to READABLE_FIT, then its names
 * cut to one line, before it shrinks further: with five options and one
 * 60-character name, the difference and cost slides had 10–11 px ticks.
 *
 * Shrinking is by at most MAX_STEP a pass, as useFitScale's, since a chart's
 * names and intervals re-wrap as its type shrinks and its height can fall
 * several times faster than its type (the difference slide with five options
 * shrank to 0.63 in one step where 0.8 fitted, half the slide left empty).
 * After a step that overshot, it searches between the largest scale seen to
 * fit and the smallest seen too tall, halving that gap each pass. Plots
 * shortened before the type shrank then take the room that is left, once (the
 * cost slide's plot had stayed at 0.6 of its height above a fifth of the
 * slide left empty). The smallest too tall only ever falls, so arriving
 * results cannot make it oscillate; a new slide or size starts again from the
 * full height and scale (the caller keys it).
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { MAX_STEP, MIN_FIT, useFontsLoaded } from './useFitScale';

/**
 * Plots never shorter than this share of their designed height: the fan chart's lines flatten below it. A bar
 * chart's plot may stop short of it, where its names need the room (axes' useCategoryPlotHeight).
 */
export const MIN_PLOT_SHARE = 0.6;

/** Lines a bar chart's name takes on a slide at most, until the chart is shrunk to READABLE_FIT (then one). */
export const NAME_LINES = 2;
/** The fit a chart shrinks to before its names are cut to one line: ticks of 16 px at 1280 × 720 (12 × 1.6 × 0.84). */
export const READABLE_FIT = 0.84;
/** The search for the largest fit stops when it is known within this. */
const SEARCH_GAP = 0.02;

export interface ChartFit {
  /** Share of their designed height the plots lay out in (PlotHeightScale). */
  plots: number;
  /** Lines a category's name may take (axes' CategoryLayout). */
  names: number;
  /** Share of the slide's scale the whole chart draws at. */
  fit: number;
  /** The largest fit seen to fit (0: none yet) and the smallest seen too tall (Infinity: none), at these plots and names. */
  fits: number;
  tooTall: number;
  /** Whether the plots have taken the room left after the search: they do once. */
  grown: boolean;
}

/** How tall spans stand together, each [top, bottom]: stacked ones add up, side-by-side ones count once. */
export function coveredHeight(spans: readonly (readonly [number, number])[]): number {
  let total = 0;
  let reached = -Infinity;
  for (const [top, bottom] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (bottom <= reached) continue;
    total += bottom - Math.max(top, reached);
    reached = bottom;
  }
  return total;
}

/**
 * The fit after measuring a chart whose content is `content` px tall (less than `room` where it fits) in `room` px,
 * `plots` px of it its plots (stacked): plots shortened by the overflow first, down to MIN_PLOT_SHARE, while
 * shortening them still shortens them (`squeeze`: a bar chart's names may hold them); then the whole chart shrunk
 * by the share it still overflows, at most MAX_STEP a pass, down to READABLE_FIT; then its names cut to one line;
 * then shrunk further, down to MIN_FIT. A chart that fits with a step too far behind it is tried halfway back;
 * once that search is done, shortened plots grow into the room left. The same fit when nothing is to change, so a
 * caller can tell.
 */
export function nextChartFit(was: ChartFit, content: number, room: number, plots: number, squeeze = true): ChartFit {
  const over = content - room;
  if (room <= 0) return was;
  if (over <= 1) {
    const fits = Math.max(was.fits, was.fit);
    if (Number.isFinite(was.tooTall) && was.tooTall - fits > SEARCH_GAP) return { ...was, fits, fit: (fits + was.tooTall) / 2 };
    // In proportion to their share, as they were shortened; 2% less, for what does not grow with them. Should they
    // not fit after all, they are shortened again (squeeze), and do not grow again.
    if (!was.grown && was.plots < 1 && plots > 0 && -over > 2) return { ...was, fits, plots: Math.min(1, was.plots * (1 + (-over / plots) * 0.98)), grown: true };
    return fits === was.fits || !Number.isFinite(was.tooTall) ? was : { ...was, fits };
  }
  if (squeeze && was.plots > MIN_PLOT_SHARE + 0.005 && plots > 0) {
    // The plots' height is in proportion to their share; 2% more, for the type that does not shorten with them.
    return { ...was, plots: Math.max(MIN_PLOT_SHARE, was.plots * (1 - (over / plots) * 1.02)) };
  }
  const tooTall = Math.min(was.tooTall, was.fit);
  // Back to the largest seen to fit, unless that is this one (the chart has grown since: results arrived).
  if (was.fits > 0 && was.fits < was.fit) return { ...was, fit: was.fits, tooTall };
  if (was.names > 1 && was.fit <= READABLE_FIT + 0.005) {
    // With shorter names a larger type may fit again: searched for up to the full scale.
    return { ...was, names: 1, fits: 0, tooTall: 1 };
  }
  const least = was.names > 1 ? READABLE_FIT : MIN_FIT;
  const fit = Math.max(least, was.fit * Math.max(MAX_STEP, (room / content) * 0.98));
  return fit < was.fit - 0.005 ? { ...was, fit, fits: 0, tooTall } : was;
}

const FULL: ChartFit = { plots: 1, names: NAME_LINES, fit: 1, fits: 0, tooTall: Infinity, grown: false };

/** How tall an element's content stands, from its top to its last child's bottom margin: less than its height where it fits. */
function contentHeight(el: HTMLElement): number {
  if (el.scrollHeight > el.clientHeight + 1) return el.scrollHeight;
  const top = el.getBoundingClientRect().top;
  let bottom = top;
  for (const child of el.children) bottom = Math.max(bottom, child.getBoundingClientRect().bottom + parseFloat(getComputedStyle(child).marginBottom || '0'));
  return Math.min(el.clientHeight, Math.ceil(bottom - top));
}

export function useChartFit<T extends HTMLElement>(): [RefObject<T | null>, ChartFit] {
  const ref = useRef<T>(null);
  const [fit, setFit] = useState(FULL);
  // The plots' height when they were last shortened: one that did not shorten them (names holding a bar chart's
  // rows apart) says shortening further is no use.
  const shortenedFrom = useRef<number | null>(null);
  useFontsLoaded();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.clientHeight === 0) return;
    const plots = coveredHeight([...el.querySelectorAll('.chart-plot')].map((p) => {
      const r = p.getBoundingClientRect();
      return [r.top, r.bottom] as const;
    }));
    const squeeze = shortenedFrom.current === null || plots < shortenedFrom.current - 1;
    const next = nextChartFit(fit, contentHeight(el), el.clientHeight, plots, squeeze);
    if (next === fit) return;
    // Grown plots may be shortened again, from their new height.
    if (next.grown !== fit.grown) shortenedFrom.current = null;
    else if (next.plots !== fit.plots) shortenedFrom.current = plots;
    setFit(next);
  });
  return [ref, fit];
}
