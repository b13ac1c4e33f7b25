/**
 * The printed Optimisation section on one page, from its heading to its last
 * chart: its plots drawn for paper (the frontier at the report's share of
 * its height, the split's rows only as tall as their names: OptimiseSection)
 * and, where that still leaves the section a little taller than the page,
 * each printed at the same share of its size (report.css caps a plot at
 * --printed-plot-max, which this sets on each chart's cell). Where/when even
 * MIN_SHARE would not bring them onto one page (the regions' split too, or
 * Urdu's taller lines), they print at full size and run on over pages.
 *
 * Without it the frontier did not fit under the split and began the next page:
 * the section's first page ended in 27% white (270 px of 1009), the next in a
 * quarter more under the provenance. Where this comes from (the provenance)
 * may run on to the next page, under which the assumptions begin.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { measureForPaper } from './paper';

/** Room for rounding, as printedFit's. */
export const SLACK = 12;
/** The least share a plot prints at, as the Sensitivity section's says nothing above it (about 10 px ticks). */
export const MIN_SHARE = 0.8;

export interface SectionLayout {
  /** The page's height, px (--printed-page). */
  page: number;
  /** From the top of the section's heading (its margin included) to the foot of its last chart, as laid out now. */
  used: number;
  /** Each plot's height as laid out now (capped in print) and as drawn (its viewBox). */
  drawn: readonly number[];
  designed: readonly number[];
}

/**
 * The printed height of each plot for the section to end its last chart on the page it starts: the plots' own where
 * they fit, the same share of each where MIN_SHARE or more brings them onto the page, null (their own, running on
 * over pages) where it would not.
 */
export function printedPlotMaxes({ page, used, drawn, designed }: SectionLayout): number[] | null {
  const total = designed.reduce((a, b) => a + b, 0);
  if (!(page > 0) || !(total > 0) || drawn.length !== designed.length) return null;
  const rest = used - drawn.reduce((a, b) => a + b, 0);
  const share = (page - SLACK - rest) / total;
  if (share >= 1 || share < MIN_SHARE) return null;
  return designed.map((h) => Math.floor(h * share));
}

/** `ref`: the section, while `shown`. The printed heights of its cells' plots, in their order, or null. */
export function useOptimiseFit(ref: RefObject<HTMLElement | null>, shown: boolean): number[] | null {
  const [maxes, setMaxes] = useState<number[] | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const page = parseFloat(getComputedStyle(el).getPropertyValue('--printed-page'));
      const cells = [...el.querySelectorAll('.report-charts > .chart-cell')];
      const plots = cells.map((c) => c.querySelector<SVGSVGElement>('svg.recharts-surface'));
      if (cells.length === 0 || plots.some((p) => !p)) return setMaxes(null);
      const drawn = plots.map((p) => p!.getBoundingClientRect().height);
      // A cap shrinks the plot as laid out; what it was drawn at is its viewBox's.
      const designed = plots.map((p, k) => p!.viewBox?.baseVal?.height || Number(p!.getAttribute('height')) || drawn[k]!);
      const head = el.firstElementChild ? parseFloat(getComputedStyle(el.firstElementChild).marginTop) || 0 : 0;
      const used = cells[cells.length - 1]!.getBoundingClientRect().bottom - el.getBoundingClientRect().top + head;
      const next = printedPlotMaxes({ page, used, drawn, designed });
      setMaxes((was) => (String(was) === String(next) ? was : next));
    };
    // The plots are drawn once their frames have measured their width, and again at the page's width (report/paper).
    return measureForPaper(el, read);
  }, [ref, shown]);
  return maxes;
}
