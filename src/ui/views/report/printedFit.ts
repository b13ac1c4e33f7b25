/**
 * How tall a section's recharts plot may print for the section to stay on
 * one page, and so at what share of its size it prints. report.css caps a
 * plot's printed height at the section's --printed-plot-max, which this
 * sets: the page's height (--printed-page) less everything else the section
 * prints (its heading, the chart's title, legend, notes and basis line, as
 * laid out on screen at the report's printable width). A tornado of many
 * rows is taller than a page and prints scaled down (the default 15
 * parameters at about 85% in English, 70% in Urdu, whose lines are taller;
 * 55% and 41% while every row had room for four lines of label); the Sensitivity section says so on screen, while its
 * table, which prints in full size over as many pages as it needs, is a
 * click away.
 */
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';
import { measureForPaper } from './paper';

/** What the print stylesheet leaves out (the note that says the plot is scaled), and some room for rounding. */
const SLACK = 12;

export interface PrintedFit {
  /** The section's style: the plot's printed height, where it is known. */
  style: CSSProperties | undefined;
  /** The share of its size the plot prints at: 1 when it fits, or where nothing is laid out (jsdom). */
  scale: number;
}

/** `ref`: the section, while `shown`; `leftOut`: a selector for what it shows on screen only. */
export function usePrintedFit(ref: RefObject<HTMLElement | null>, shown: boolean, leftOut: string): PrintedFit {
  const [room, setRoom] = useState<{ max: number; scale: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const page = parseFloat(getComputedStyle(el).getPropertyValue('--printed-page'));
      const plot = el.querySelector('svg.recharts-surface')?.getBoundingClientRect().height ?? 0;
      if (!(page > 0) || !(plot > 0)) return setRoom(null);
      const screenOnly = [...el.querySelectorAll(leftOut)].reduce((h, e) => h + e.getBoundingClientRect().height + parseFloat(getComputedStyle(e).marginTop), 0);
      // The heading's top margin is kept at the top of a page, outside the section's box.
      const head = el.firstElementChild ? parseFloat(getComputedStyle(el.firstElementChild).marginTop) || 0 : 0;
      const rest = el.getBoundingClientRect().height + head - screenOnly - plot;
      const max = Math.max(0, Math.floor(page - rest - SLACK));
      setRoom((was) => (was?.max === max ? was : { max, scale: Math.min(1, max / plot) }));
    };
    // The plot is drawn once its frame has measured its width, shown as a table and as a chart again, redrawn in
    // another language, at the page's width while the report prints from a narrower window (report/paper): each
    // changes the section's size.
    return measureForPaper(el, read);
  }, [ref, shown, leftOut]);
  return room ? { style: { '--printed-plot-max': `${room.max}px` } as CSSProperties, scale: room.scale } : { style: undefined, scale: 1 };
}
