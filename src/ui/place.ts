/**
 * The reader's place in each scrolled part of the page (the results, the
 * levers, or the page itself on a phone), kept across a change of language
 * or number scale, which draws the screen afresh (ui/Root.tsx) and would
 * otherwise put every part back at its top.
 *
 * A place is the heading, chart or paragraph whose top is nearest the part's
 * top, counted among its kind in document order (the sixth chart, the
 * third list item), and how far below (or above) it sits: the new screen has
 * the same parts in the same order, in other words and heights (Urdu's lines
 * are taller), so the same count finds the same part
 * and the scroll brings it to the same height. The new screen's charts are
 * drawn in tasks of their own, each changing the heights above the place
 * (the browser's scroll anchoring loses its anchor when an empty frame is
 * replaced by its chart), so the place is held, brought back after every
 * change of height or of what the part holds, until the reader scrolls,
 * clicks or types, or the screen has been still for a few seconds. Parts
 * inside a part that scrolls on its own (the levers on a phone, where the
 * page scrolls too; a chart's table) are not the outer part's place.
 */

/**
 * What a place is counted in: the parts each screen has in every language. A chart counts as its cell, not its
 * parts: the new screen first shows each chart as an empty frame, drawn in a task of its own (views/ChartCell).
 */
const ANCHORS = 'h1, h2, h3, h4, figure, fieldset, p, li, tr, .chart-cell';

/** Parts that scroll on their own, whose insides are not the page's place (the levers on a phone, a chart's table). */
const OWN_SCROLL = '.main, .editor, .chart-table-wrap';

const SCROLLERS = ['.main', '.editor', ''] as const;

function scrollerOf(doc: Document, selector: string): Element | null {
  return selector ? doc.querySelector(selector) : doc.scrollingElement;
}

/** Whether the element scrolls its own content (not only lays it out at full height, as on paper or on a phone). */
function scrollsOwn(el: Element): boolean {
  return el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY);
}

/** The anchors the part scrolls: not inside a chart's cell (counted as the cell), nor inside a part that scrolls its own. */
function anchorsIn(doc: Document, scroller: Element): Element[] {
  const all = (scroller === doc.scrollingElement ? doc.body : scroller).querySelectorAll(ANCHORS);
  const own = new Map<Element, boolean>();
  return Array.from(all).filter((el) => {
    const outer = el.parentElement;
    if (!outer || outer.closest('.chart-cell')) return false;
    const inner = outer.closest(OWN_SCROLL);
    if (!inner || inner === scroller || !scroller.contains(inner)) return true;
    if (!own.has(inner)) own.set(inner, scrollsOwn(inner));
    return !own.get(inner);
  });
}

/** What an anchor is, to know it again on the new screen: its tag and first class ("DIV.chart-cell", "P.empty-note"). */
const kindOf = (el: Element): string => `${el.tagName}.${el.classList[0] ?? ''}`;

export interface Place {
  /** The scrolled part: '' for the page itself, else a selector that finds it on the new screen. */
  scroller: string;
  /** The anchor: what it is (kindOf), and how many of its kind come before it (a note shown before a chart, on one screen and not yet on the other, does not move it onto another chart). */
  kind: string;
  nth: number;
  /** The anchor's top below the part's top, in pixels (negative: above it). */
  offset: number;
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
    const seen = new Map<string, number>();
    let best: Place | null = null;
    for (const anchor of anchorsIn(doc, el)) {
      const kind = kindOf(anchor);
      const nth = seen.get(kind) ?? 0;
      seen.set(kind, nth + 1);
      const rect = anchor.getBoundingClientRect();
      if (rect.height > 0 && (!best || Math.abs(rect.top - top) < Math.abs(best.offset))) best = { scroller, kind, nth, offset: rect.top - top };
    }
    if (best) places.push(best);
  }
  return places;
}

/** The place's anchor on this screen: the nth of its kind. */
const anchorAt = (anchors: readonly Element[], place: Place): Element | null => anchors.filter((el) => kindOf(el) === place.kind)[place.nth] ?? null;

/** Scroll each part so that its anchor is where it was (as near as the part's length allows). */
export function restorePlaces(doc: Document, places: readonly Place[]): void {
  for (const place of places) {
    const el = scrollerOf(doc, place.scroller);
    const anchor = el && anchorAt(anchorsIn(doc, el), place);
    if (!el || !anchor) continue;
    el.scrollTop += anchor.getBoundingClientRect().top - viewTop(doc, el) - place.offset;
  }
}

/** How long a place is held after the last change on screen, and at most, in milliseconds. */
const STILL_MS = 3000;
const HOLD_MS = 15_000;

/**
 * Bring each part to its place now, and again after each change of what it holds (a chart drawn, a note added),
 * until the reader acts (a wheel, a touch, a click, a key), nothing has changed for STILL_MS with no chart left
 * to draw, or HOLD_MS have passed (charts refining under a run go on changing). Returns what stops the holding early (a newer change of
 * screen).
 */
export function holdPlaces(doc: Document, places: readonly Place[]): () => void {
  restorePlaces(doc, places);
  const view = doc.defaultView;
  if (places.length === 0 || !view || typeof view.ResizeObserver === 'undefined') return () => {};
  // Still for STILL_MS, no chart left to draw and no face still loading (a chart waiting its turn on a slow machine,
  // or Urdu's faces arriving after the screen was laid out in a fallback, would move the place later).
  const settled = () => {
    if (doc.querySelector('.chart-cell-pending') || doc.fonts?.status === 'loading') still = view.setTimeout(settled, STILL_MS);
    else stop();
  };
  let still = view.setTimeout(settled, STILL_MS);
  const cap = view.setTimeout(stop, HOLD_MS);
  const again = () => {
    restorePlaces(doc, places);
    view.clearTimeout(still);
    still = view.setTimeout(settled, STILL_MS);
  };
  // A change of size is seen by the next frame's resize callbacks, before it is painted. A change of what a part
  // holds, anywhere inside it (a chart drawn in its cell, a number rewritten), is put right at the end of the task
  // that made it: until the next frame, a script reading the page (a test, a screen reader's query) found the place
  // moved, as far as a chart's height (252 px, once, in CI).
  const resized = new view.ResizeObserver(again);
  const contents = new Set<Element>();
  const changed = new view.MutationObserver((records) => {
    for (const record of records) {
      if (!contents.has(record.target as Element)) continue;
      for (const node of Array.from(record.addedNodes)) if (node instanceof view.Element) resized.observe(node);
    }
    again();
  });
  for (const place of places) {
    const el = scrollerOf(doc, place.scroller);
    const content = el === doc.scrollingElement ? doc.body : el;
    if (!content) continue;
    contents.add(content);
    for (const child of Array.from(content.children)) resized.observe(child);
    changed.observe(content, { childList: true, subtree: true, characterData: true });
  }
  // A face that arrives lays the page out again.
  doc.fonts?.addEventListener?.('loadingdone', again);
  // Not stopped by a scroll: the browser moves a part itself as its contents change (scroll anchoring, a shorter
  // part's end), and a scroll cannot be told from the reader's. Their scrolls come with a wheel, touch, pointer or key.
  const READER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  for (const type of READER) doc.addEventListener(type, stop, { capture: true, passive: true });
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    resized.disconnect();
    changed.disconnect();
    view!.clearTimeout(still);
    view!.clearTimeout(cap);
    for (const type of READER) doc.removeEventListener(type, stop, { capture: true });
    doc.fonts?.removeEventListener?.('loadingdone', again);
  }
  return stop;
}
