/**
 * The reader's place in each scrolled part of the page (the results, the
 * levers, or the page itself on a phone), kept across a change of language
 * or number scale, which draws the screen afresh (ui/Root.tsx) and would
 * otherwise put every part back at its top.
 *
 * A place is the heading, chart or paragraph whose top is nearest the part's
 * top, counted in document order, and how far below (or above) it sits: the
 * new screen has the same parts in the same order, in other words and
 * heights (Urdu's lines are taller), so the same count finds the same part
 * and the scroll brings it to the same height. The new screen's charts are
 * drawn in tasks of their own, each changing the heights above the place
 * (the browser's scroll anchoring loses its anchor when an empty frame is
 * replaced by its chart), so the place is held, brought back after every
 * change of height, until the reader scrolls, clicks or types, or the screen
 * has been still for a few seconds.
 */

/**
 * What a place is counted in: the parts each screen has in every language. A chart counts as its cell, not its
 * parts: the new screen first shows each chart as an empty frame, drawn in a task of its own (views/ChartCell).
 */
const ANCHORS = 'h1, h2, h3, h4, figure, fieldset, p, li, tr, .chart-cell';

function anchorsIn(doc: Document, scroller: Element): Element[] {
  const all = (scroller === doc.scrollingElement ? doc.body : scroller).querySelectorAll(ANCHORS);
  return Array.from(all).filter((el) => el.parentElement?.closest('.chart-cell') == null);
}

export interface Place {
  /** The scrolled part: '' for the page itself, else a selector that finds it on the new screen. */
  scroller: string;
  anchor: number;
  /** The anchor's top below the part's top, in pixels (negative: above it). */
  offset: number;
}

const SCROLLERS = ['', '.main', '.editor'] as const;

function scrollerOf(doc: Document, selector: string): Element | null {
  return selector ? doc.querySelector(selector) : doc.scrollingElement;
}

/** The top of what the part shows, in the viewport's coordinates. */
function viewTop(doc: Document, el: Element): number {
  return el === doc.scrollingElement ? 0 : el.getBoundingClientRect().top;
}

/** The reader's place in each part that is scrolled away from its top. */
export function placesOf(doc: Document): Place[] {
  const places: Place[] = [];
  for (const scroller of SCROLLERS) {
    const el = scrollerOf(doc, scroller);
    if (!el || el.scrollTop <= 0) continue;
    const top = viewTop(doc, el);
    const anchors = anchorsIn(doc, el);
    let best: Place | null = null;
    for (let k = 0; k < anchors.length; k++) {
      const rect = anchors[k]!.getBoundingClientRect();
      if (rect.height > 0 && (!best || Math.abs(rect.top - top) < Math.abs(best.offset))) best = { scroller, anchor: k, offset: rect.top - top };
    }
    if (best) places.push(best);
  }
  return places;
}

/** Scroll each part so that its anchor is where it was (as near as the part's length allows). */
export function restorePlaces(doc: Document, places: readonly Place[]): void {
  for (const place of places) {
    const el = scrollerOf(doc, place.scroller);
    const anchor = el && anchorsIn(doc, el)[place.anchor];
    if (!el || !anchor) continue;
    el.scrollTop += anchor.getBoundingClientRect().top - viewTop(doc, el) - place.offset;
  }
}

/** How long a place is held after the last change of height, in milliseconds. */
const HOLD_MS = 3000;

/**
 * Bring each part to its place now, and again after each change of height of what it holds, until the reader
 * acts or nothing has moved for HOLD_MS. Returns what stops the holding early (a newer change of screen).
 */
export function holdPlaces(doc: Document, places: readonly Place[]): () => void {
  restorePlaces(doc, places);
  const view = doc.defaultView;
  if (places.length === 0 || !view || typeof view.ResizeObserver === 'undefined') return () => {};
  let timer = view.setTimeout(stop, HOLD_MS);
  const observer = new view.ResizeObserver(() => {
    restorePlaces(doc, places);
    view.clearTimeout(timer);
    timer = view.setTimeout(stop, HOLD_MS);
  });
  for (const place of places) {
    const el = scrollerOf(doc, place.scroller);
    const content = el === doc.scrollingElement ? doc.body : el;
    for (const child of Array.from(content?.children ?? [])) observer.observe(child);
  }
  const READER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  for (const type of READER) doc.addEventListener(type, stop, { capture: true, passive: true });
  function stop() {
    observer.disconnect();
    view!.clearTimeout(timer);
    for (const type of READER) doc.removeEventListener(type, stop, { capture: true });
  }
  return stop;
}
