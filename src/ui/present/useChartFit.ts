/**
 * A chart on a slide that is taller than the room under its headline (the
 * fan chart with Urdu's taller lines in its legend and note, or with the
 * note that the runs are still going) is first drawn shorter: its plots lay
 * out in fewer chart units of height (PlotHeightScale, as the printed
 * report's do), while its type, margins and widths keep the slide's scale.
 * Only a chart still too tall with its plots as short as they go is shrunk
 * whole (useFitScale's way), since that shrinks the ticks that have to be
 * read from the back of the room: at 1280 × 720, charts shrunk whole to
 * 0.7–0.8 had ticks of 12–14 px.
 *
 * Like useFitScale it only ever shrinks, so arriving results cannot make it
 * oscillate; a new slide or size starts again from the full height and scale
 * (the caller keys it).
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { MIN_FIT, useFontsLoaded } from './useFitScale';

/**
 * Plots never shorter than this share of their designed height: the fan chart's lines flatten below it. A bar
 * chart's plot may stop short of it, where its names need the room (axes' useCategoryPlotHeight).
 */
export const MIN_PLOT_SHARE = 0.6;

export interface ChartFit {
  /** Share of their designed height the plots lay out in (PlotHeightScale). */
  plots: number;
  /** Share of the slide's scale the whole chart draws at. */
  fit: number;
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
 * The fit after measuring a chart whose content is `content` px tall in `room` px, `plots` px of it its plots
 * (stacked): plots shortened by the overflow first, down to MIN_PLOT_SHARE, while shortening them still
 * shortens them (`squeeze`: a bar chart's names may hold them); then the whole chart shrunk by the share it
 * still overflows, down to MIN_FIT. The same fit when it fits, so a caller can tell nothing changed.
 */
export function nextChartFit(was: ChartFit, content: number, room: number, plots: number, squeeze = true): ChartFit {
  const over = content - room;
  if (room <= 0 || over <= 1) return was;
  if (squeeze && was.plots > MIN_PLOT_SHARE + 0.005 && plots > 0) {
    // The plots' height is in proportion to their share; 2% more, for the type that does not shorten with them.
    return { ...was, plots: Math.max(MIN_PLOT_SHARE, was.plots * (1 - (over / plots) * 1.02)) };
  }
  const fit = Math.max(MIN_FIT, was.fit * (room / content) * 0.98);
  return fit < was.fit - 0.005 ? { ...was, fit } : was;
}

const FULL: ChartFit = { plots: 1, fit: 1 };

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
    const next = nextChartFit(fit, el.scrollHeight, el.clientHeight, plots, squeeze);
    if (next === fit) return;
    if (next.plots !== fit.plots) shortenedFrom.current = plots;
    setFit(next);
  });
  return [ref, fit];
}
