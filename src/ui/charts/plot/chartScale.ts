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
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

/** Windows at least this wide count as large; mirrored by `@media (min-width: 1600px)` in styles.css and charts.css. */
export const LARGE_SCREEN_PX = 1600;
/** Scale factor on large screens (12 px ticks → 15 px). */
export const LARGE_SCREEN_SCALE = 1.25;

const QUERY = `(min-width: ${LARGE_SCREEN_PX}px)`;
// jsdom and some print paths have no matchMedia: charts stay at their design size there.
const media = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

const current = () => (media()?.matches ? LARGE_SCREEN_SCALE : 1);

/**
 * A scale set for one part of the page instead of the window's: the
 * presentation's slides draw charts for projector distance, so their type
 * grows with the slide rather than with the window's breakpoint; the
 * printed report draws them at paper's scale, 1, on any screen.
 */
export const ChartScaleOverride = createContext<number | null>(null);

/** Screen pixels per chart unit for this window: 1, or LARGE_SCREEN_SCALE at LARGE_SCREEN_PX and wider (or the override). */
export function useChartScale(): number {
  const override = useContext(ChartScaleOverride);
  const windowScale = useSyncExternalStore(subscribe, current, () => 1);
  return override ?? windowScale;
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
