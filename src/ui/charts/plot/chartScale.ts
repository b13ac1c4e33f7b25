/**
 * How much larger charts draw on large screens. A chart lays itself out in
 * "chart units" (the px constants of axis.ts and plot/layout.ts: 12 px ticks,
 * the margins, Y_AXIS_WIDTH) and PlotSurface scales the whole svg by this
 * factor through its viewBox. Text, margins and strokes grow together, so
 * nothing laid out to fit its margin can clip, and no layout code has to know.
 *
 * Keyed to the window, not the chart's column, so every chart on a page and
 * the page's own type (styles.css, charts.css: the same breakpoint) change
 * together. At 1600 px and wider, ticks read 15 px instead of 12.
 *
 * A phone's charts draw larger too: at 390 × 844 their 12 px ticks and
 * notes were too small to read in the hand. Drawn at PHONE_SCALE, the chart
 * lays out in fewer chart units across (300 at 390 px), so the axes keep
 * fewer ticks and names wrap sooner (axes' thinTicks and wrapLines, which
 * measure in chart units) rather than overlap.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

/** Windows at least this wide count as large; mirrored by `@media (min-width: 1600px)` in styles.css and charts.css. */
export const LARGE_SCREEN_PX = 1600;
/** Scale factor on large screens (12 px ticks → 15 px). */
export const LARGE_SCREEN_SCALE = 1.25;

/** Windows at most this wide count as phones (present.css's 40rem); mirrored by charts.css's `@media screen and (max-width: 640px)`. */
export const PHONE_PX = 640;
/** Scale factor on phones: 12 px ticks → 14 px, 13 px axis titles → 15 px. */
export const PHONE_SCALE = 7 / 6;

const QUERY = `(min-width: ${LARGE_SCREEN_PX}px)`;
// Screen only: paper keeps its design size (the printed report sets its own scale, 1, in any case).
const PHONE_QUERY = `screen and (max-width: ${PHONE_PX}px)`;
// jsdom and some print paths have no matchMedia: charts stay at their design size there.
const media = (query: string, win: Window | null = typeof window === 'undefined' ? null : window) => (win && typeof win.matchMedia === 'function' ? win.matchMedia(query) : null);

function subscribe(onChange: () => void): () => void {
  const all = [media(QUERY), media(PHONE_QUERY)];
  for (const m of all) m?.addEventListener('change', onChange);
  return () => all.forEach((m) => m?.removeEventListener('change', onChange));
}

/** Screen pixels per chart unit for a window's width: LARGE_SCREEN_SCALE, PHONE_SCALE or 1. */
export function windowChartScale(win?: Window | null): number {
  if (media(QUERY, win)?.matches) return LARGE_SCREEN_SCALE;
  return media(PHONE_QUERY, win)?.matches ? PHONE_SCALE : 1;
}

const current = () => windowChartScale();

/**
 * A scale set for one part of the page instead of the window's: the
 * presentation's slides draw charts for projector distance, so their type
 * grows with the slide rather than with the window's breakpoint; the
 * printed report draws them at paper's scale, 1, on any screen.
 */
export const ChartScaleOverride = createContext<number | null>(null);

/** Screen pixels per chart unit for this window: 1, LARGE_SCREEN_SCALE at LARGE_SCREEN_PX and wider, PHONE_SCALE on a phone (or the override). */
export function useChartScale(): number {
  const override = useContext(ChartScaleOverride);
  const windowScale = useWindowChartScale();
  return override ?? windowScale;
}

/** The window's scale, whatever part of the page this is in: a slide's charts draw no smaller than the window's (present/Slide). */
export function useWindowChartScale(): number {
  return useSyncExternalStore(subscribe, current, () => 1);
}

/**
 * Plots drawn shorter than designed, as a share of their height: 1 but in the
 * printed report, where a shorter plot lets two charts share an A4 page
 * instead of one chart and half a page of white (views/ReportView). Type,
 * margins and widths stay as they are; only the height a plot lays out in.
 */
export const PlotHeightScale = createContext(1);

/** The height to lay a plot out in: its design's, times PlotHeightScale. */
export function usePlotHeight(height: number): number {
  const scale = useContext(PlotHeightScale);
  return scale === 1 ? height : Math.round(height * scale);
}
