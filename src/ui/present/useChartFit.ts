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
 *
 * A chart that got shorter while shown (results arriving: fewer rows, a
 * caution gone, the note that the runs are still going gone from under it)
 * had stayed shrunk, its slide part empty, until one left the slide and came
 * back. So once settled, the room it leaves is remembered; measured again
 * (after a render, or when the chart or its room changes size: a
 * ResizeObserver, since a chart's own parts and the lines under it re-render
 * without the slide) with more room left than that, it searches up from where
 * it is (regrowChartFit): the full scale first, else halfway back, as above.
 * Only a change of the content or the room starts a search, never a step of
 * its own, so it cannot swing; and each search runs in one task's renders.
 *
 * On a phone (PHONE_LEAST_FIT), its type at its least, a chart's plots are
 * shortened further (PHONE_MIN_PLOT_SHARE). One still too tall (the difference
 * and decile charts, whose rows Urdu's names hold apart) scrolls in its box,
 * and says so (ChartScroll: SlideChart makes it a named region in the tab
 * order, present.css shades its edge), its box ending between two lines of
 * text (lineCut): at 375 × 667 the difference slide's second panel had been
 * sliced through its ticks, the fan chart's note mid-sentence, with nothing to
 * say there was more.
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
/**
 * The least fit on a phone, read in the hand: ticks of 13 px at PHONE_SCALE's 14 (chartScale). Shrunk further, its
 * charts had 10–12 px type; at it, their plots are shortened further (PHONE_MIN_PLOT_SHARE), and a chart still too
 * tall scrolls in its box (present.css, SlideChart).
 */
export const PHONE_LEAST_FIT = 13 / 14;
/**
 * Plots on a phone's slide, at PHONE_LEAST_FIT, never shorter than this share of their designed height (MIN_PLOT_SHARE
 * elsewhere): the fan chart's plot is then 145 px high at 375 × 667, its six ticks (20.5–23%) 16 px apart for 13 px
 * labels, its lines still apart; any shorter and the ticks stand closer than their own labels are tall. At 0.6 (194
 * px) the chart had run 65 px past its box there, its note cut off mid-sentence; at 360 × 740 it now fits (202 px).
 */
export const PHONE_MIN_PLOT_SHARE = 0.45;
/** The search for the largest fit stops when it is known within this. */
const SEARCH_GAP = 0.02;
/** More room left under a settled chart than this (px) beyond what it left when it settled: it has got shorter, and grows again. */
export const REGROW_SLACK = 4;

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
 * caller can tell. `least`: no smaller than this (PHONE_LEAST_FIT on a phone), names cut to one line there.
 * `leastPlots`: at `least`, the plots are shortened further, down to this share (PHONE_MIN_PLOT_SHARE on a phone),
 * before the chart is left too tall (to scroll): a phone's difference and fan slides had been cut off with their
 * plots at MIN_PLOT_SHARE, and their type cannot shrink there.
 */
export function nextChartFit(was: ChartFit, content: number, room: number, plots: number, squeeze = true, least = MIN_FIT, leastPlots = MIN_PLOT_SHARE): ChartFit {
  const over = content - room;
  if (room <= 0) return was;
  if (over <= 1) {
    const fits = Math.max(was.fits, was.fit);
    if (Number.isFinite(was.tooTall) && was.tooTall - fits > SEARCH_GAP) return { ...was, fits, fit: (fits + was.tooTall) / 2 };
    // Searching up after the chart got shorter (regrowChartFit): the full scale first, the commonest fit.
    if (!Number.isFinite(was.tooTall) && was.fit < 1) return { ...was, fits, fit: 1 };
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
  const readable = Math.max(READABLE_FIT, least);
  if (was.names > 1 && was.fit <= readable + 0.005) {
    // With shorter names a larger type may fit again: searched for up to the full scale.
    return { ...was, names: 1, fits: 0, tooTall: 1 };
  }
  const fit = Math.max(was.names > 1 ? readable : Math.max(least, MIN_FIT), was.fit * Math.max(MAX_STEP, (room / content) * 0.98));
  if (fit < was.fit - 0.005) return { ...was, fit, fits: 0, tooTall };
  if (squeeze && was.plots > leastPlots + 0.005 && plots > 0) return { ...was, plots: Math.max(leastPlots, was.plots * (1 - (over / plots) * 1.02)) };
  return was;
}

/**
 * A settled fit opened to search up again, from where it is (the chart got shorter): nothing known to fit or too tall
 * any more (so nextChartFit, measuring it fits, tries the full scale, then halves back), and its plots free to grow
 * once more. Its names stay as they are: two lines again would be searched for from the full scale, as a new slide's.
 */
export function regrowChartFit(was: ChartFit): ChartFit {
  return { ...was, fits: 0, tooTall: Infinity, grown: false };
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

/**
 * How far above `bottom` (px from the top of the viewport) a box must end for no line of its text to be cut in two.
 * A line's box is taller than its letters (Nastaliq's far taller, overlapping the next line's by a quarter of its
 * height): a line is cut where the edge passes through the middle half of its box, and the edge then moves to an
 * eighth of its box below its top, above its letters; again, for a line beside it (a tick beside a name) or above it.
 * To its box's top, the line above had been cut in turn, and the one above that: Urdu's fan chart's box ended 101 px
 * up, its note gone. 0 where the edge passes between lines; at most `most`.
 */
export function lineCut(lines: readonly (readonly [number, number])[], bottom: number, most: number): number {
  let edge = bottom;
  for (let moved = true; moved && bottom - edge < most; ) {
    moved = false;
    for (const [top, end] of lines) {
      const height = end - top;
      if (top + height / 4 < edge && end - height / 4 > edge) {
        edge = top + height / 8;
        moved = true;
      }
    }
  }
  return Math.min(most, Math.max(0, Math.floor(bottom - edge)));
}

/** Every line of text in `el` as laid out, [top, bottom]: each line of an HTML text's, each svg text's. */
function textLines(el: HTMLElement): [number, number][] {
  const lines: [number, number][] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  // (A document that lays nothing out, as jsdom, has no lines to give.)
  if (typeof range.getClientRects !== 'function') return lines;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.height > 0 && r.width > 0) lines.push([r.top, r.bottom]);
  }
  return lines;
}

/**
 * A chart too tall for its box at its least fit, as it scrolls: `cut` px taken off the bottom of its box so that the
 * box's edge passes between two lines of text, not through one (lineCut); null while it fits.
 */
export interface ChartScroll {
  cut: number;
}

/**
 * `least`: the smallest fit to shrink to, `leastPlots` the shortest plots at it (nextChartFit); a new value takes
 * effect from the next measuring. Also how the chart scrolls, once settled too tall (ChartScroll), or null.
 */
export function useChartFit<T extends HTMLElement>(least = MIN_FIT, leastPlots = MIN_PLOT_SHARE): [RefObject<T | null>, ChartFit, ChartScroll | null] {
  const ref = useRef<T>(null);
  const [fit, setFit] = useState(FULL);
  // The px taken off the box's bottom (ChartScroll): the room measured is the box's height with them.
  const [scroll, setScroll] = useState<ChartScroll | null>(null);
  const cut = useRef(0);
  cut.current = scroll?.cut ?? 0;
  // The scroll as last rendered, for the observer, which reports between renders.
  const scrolled = useRef(scroll);
  scrolled.current = scroll;
  const plotFloor = useRef(leastPlots);
  plotFloor.current = leastPlots;
  // The fit as last rendered, for the observer, which reports between renders.
  const current = useRef(fit);
  // The plots' height when they were last shortened: one that did not shorten them (names holding a bar chart's
  // rows apart) says shortening further is no use.
  const shortenedFrom = useRef<number | null>(null);
  // The room a settled fit left when last measured: more than that later means the chart or its room changed.
  const settled = useRef<{ fit: ChartFit; slack: number } | null>(null);
  const floor = useRef(least);
  floor.current = least;
  useFontsLoaded();

  /** The fit after measuring the chart at `was`: `was` itself when nothing is to change. */
  const step = (was: ChartFit): ChartFit => {
    const el = ref.current;
    if (!el || el.clientHeight === 0) return was;
    const plots = coveredHeight([...el.querySelectorAll('.chart-plot')].map((p) => {
      const r = p.getBoundingClientRect();
      return [r.top, r.bottom] as const;
    }));
    const content = contentHeight(el);
    const room = el.clientHeight + cut.current;
    // Checked before the search goes on: a chart held at its least fit, still too tall, that got shorter had gone on
    // with the bound it knew, measured before, and stopped short of the full scale with room left.
    const slack = room - content;
    const last = settled.current;
    if (last !== null && last.fit === was && slack > last.slack + REGROW_SLACK && (was.fit < 1 || was.plots < 1)) {
      settled.current = null;
      shortenedFrom.current = null;
      return regrowChartFit(was);
    }
    const squeeze = shortenedFrom.current === null || plots < shortenedFrom.current - 1;
    const next = nextChartFit(was, content, room, plots, squeeze, floor.current, plotFloor.current);
    if (next === was) {
      settled.current = { fit: was, slack };
      return was;
    }
    // Grown plots may be shortened again, from their new height.
    if (next.grown !== was.grown) shortenedFrom.current = null;
    else if (next.plots !== was.plots) shortenedFrom.current = plots;
    return next;
  };

  /** How the chart scrolls at a settled fit (ChartScroll), or null; undefined where its box is not laid out. */
  const scrolls = (): ChartScroll | null | undefined => {
    const box = ref.current;
    if (!box || box.clientHeight === 0) return undefined;
    const room = box.clientHeight + cut.current;
    // The lines where they stand unscrolled: read further down, the box's edge is where it was for the reader.
    const edge = box.getBoundingClientRect().top + room - box.scrollTop;
    return box.scrollHeight > room + 1 ? { cut: lineCut(textLines(box), edge, room / 4) } : null;
  };
  /** Sets how the chart scrolls, settled, where that changed: compared by value, so setting it cannot loop. */
  const rescroll = () => {
    const now = scrolls();
    if (now !== undefined && now?.cut !== scrolled.current?.cut) setScroll(now);
  };

  // The chart and the room it has, watched between renders: the chart's parts (its legend, notes, a table) and the
  // lines under it on the slide render on their own. The report comes after layout; the search it starts renders
  // in a task of its own (setFit), each pass after it before paint (the layout effect below).
  const observer = useRef<ResizeObserver | null>(null);
  const pending = useRef(false);
  const watched = useRef(new WeakSet<Element>());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(() => {
      // A fit set here and not yet rendered: what is laid out is not that fit's, so it is measured once rendered.
      if (pending.current) return;
      const next = step(current.current);
      // Settled, as a chart at its least fit mostly is: grown or shrunk by its own parts, it may start or stop
      // scrolling without the slide rendering it again.
      if (next === current.current) {
        rescroll();
        return;
      }
      pending.current = true;
      setFit(next);
    });
    watch.observe(el);
    observer.current = watch;
    return () => {
      watch.disconnect();
      observer.current = null;
      watched.current = new WeakSet();
    };
    // Once for the box: step reads only refs, so the observer made here stays current.
  }, []);

  useLayoutEffect(() => {
    current.current = fit;
    pending.current = false;
    const el = ref.current;
    if (el && observer.current) {
      for (const child of el.children) {
        if (watched.current.has(child)) continue;
        watched.current.add(child);
        observer.current.observe(child);
      }
    }
    const next = step(fit);
    if (next !== fit) {
      setFit(next);
      return;
    }
    // Settled: still too tall, it scrolls, its box ending between two lines of text.
    rescroll();
  });
  return [ref, fit, scroll];
}
