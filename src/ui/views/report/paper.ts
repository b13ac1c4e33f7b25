/**
 * The report laid out for paper while it prints, from any window. On screen
 * it is as wide as its column allows, at most the page's 680 px: on a phone
 * 370 px, and what printed from there was the phone's report, its charts
 * drawn for 350 px in the left half of the page, page 1 ending in 42% white
 * (what each option changes judged too tall for it in the phone's column,
 * report/settingsFirst), 13 pages where a laptop's window printed 12.
 *
 * Print lays the page out for A4 without running a script, ResizeObserver's
 * included, but the browser says so first: `beforeprint` (window.print, the
 * browser's menu, Chromium's PDF) and the print media query (print
 * emulated). Then, before anything is laid out for paper, the report takes
 * the page's width (report.css: .report-paper), its charts redraw at it
 * (useWidth's PaperLayout), and what it measures for paper is measured again
 * there (onLaidOutForPaper: leadPairFit, settingsFirst, printedFit), each in
 * flushSync, so that print lays out the result. `afterprint` puts the
 * screen's layout back.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** The print media query, watched while a report is on screen (none in jsdom). */
let printQuery: MediaQueryList | null = null;
/** Between `beforeprint` and `afterprint`. */
let printing = false;
/** What the report is laid out for now: paper while printing or while print media applies. */
let paper = false;
const listeners = new Set<() => void>();
const measures = new Set<() => void>();

function update(): void {
  const next = printing || (printQuery?.matches ?? false);
  if (next === paper) return;
  paper = next;
  // The report at the page's width, its charts redrawn for it…
  flushSync(() => listeners.forEach((f) => f()));
  // …then what it measures for paper, measured on them.
  if (paper) for (const measure of [...measures]) flushSync(measure);
}

const beforePrint = () => ((printing = true), update());
const afterPrint = () => ((printing = false), update());

/**
 * Whether the print events are heard. They are heard from the first report on for good, not only while a report is
 * on screen: a report that unmounted while printing (its listeners gone before `afterprint`) left `printing` true,
 * and the next report came up laid out for paper.
 */
let hearingPrint = false;

function subscribe(onChange: () => void): () => void {
  if (!hearingPrint && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    hearingPrint = true;
  }
  if (listeners.size === 0 && typeof window !== 'undefined') {
    printQuery = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    printQuery?.addEventListener('change', update);
    paper = printing || (printQuery?.matches ?? false);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0 || typeof window === 'undefined') return;
    printQuery?.removeEventListener('change', update);
    printQuery = null;
  };
}

/** Whether the report is laid out for paper now (it is printing, or print media applies). */
export function usePaperLayout(): boolean {
  return useSyncExternalStore(subscribe, () => paper, () => false);
}

/**
 * `measure` again each time the report has been laid out for paper, before print lays it out (its ResizeObserver
 * would report only after). Returns its removal.
 */
export function onLaidOutForPaper(measure: () => void): () => void {
  measures.add(measure);
  return () => void measures.delete(measure);
}

/**
 * `measure` now, again each time `el` changes size (ResizeObserver), and each time the report has been laid out for
 * paper (onLaidOutForPaper): how the printed report's fitted sections keep their measures current. Returns its removal.
 */
export function measureForPaper(el: Element, measure: () => void): () => void {
  measure();
  const observer = new ResizeObserver(measure);
  observer.observe(el);
  const forPaper = onLaidOutForPaper(measure);
  return () => {
    observer.disconnect();
    forPaper();
  };
}
