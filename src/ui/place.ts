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
 * clicks or types, moves focus or is scrolled elsewhere by a screen reader or
 * find in page, or nothing has changed size or moved it for a few seconds. Parts
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

/** Where a part stands: how far it is scrolled, its anchor's top below the start of all it holds (which no scroll moves), and how long it and its box are. */
interface Standing {
  el: Element;
  scroll: number;
  at: number;
  length: number;
  box: number;
}

/** The part and its anchor on this screen. */
function anchorOf(doc: Document, place: Place): { el: Element; anchor: Element } | null {
  const el = scrollerOf(doc, place.scroller);
  const anchor = el && anchorAt(anchorsIn(doc, el), place);
  return el && anchor ? { el, anchor } : null;
}

function standingOf(doc: Document, place: Place): Standing | null {
  const found = anchorOf(doc, place);
  if (!found) return null;
  const { el, anchor } = found;
  const scroll = el.scrollTop;
  return { el, scroll, at: anchor.getBoundingClientRect().top - viewTop(doc, el) + scroll, length: el.scrollHeight, box: el.clientHeight };
}

/** Scroll the part so that its anchor is where it was (as near as the part's length allows); whether it was a pixel or more away. */
function putBack(now: Standing, place: Place): boolean {
  const away = now.at - now.scroll - place.offset;
  if (Math.abs(away) < 1) return false;
  now.el.scrollTop = now.scroll + away;
  return true;
}

/** Scroll each part so that its anchor is where it was (as near as the part's length allows). */
export function restorePlaces(doc: Document, places: readonly Place[]): void {
  for (const place of places) {
    const now = standingOf(doc, place);
    if (now) putBack(now, place);
  }
}

/**
 * Whether the part was scrolled since the hold last left it with nothing laid out anew: its anchor where it was in
 * what it holds, and it and its box as long. The browser scrolls a part itself only when its layout changes (scroll
 * anchoring keeps its own anchor in view as the heights above it change, a part grown shorter ends higher); a scroll
 * without one is someone else's: a screen reader's virtual cursor bringing what it reads into view, find in page, a
 * skip link's jump, none of which comes with a wheel, touch, pointer or key of the reader's.
 */
const scrolledByOther = (was: Standing, now: Standing): boolean =>
  Math.abs(now.scroll - was.scroll) >= 1 && Math.abs(now.at - was.at) < 1 && Math.abs(now.length - was.length) < 1 && Math.abs(now.box - was.box) < 1;

/** Changes inside these are a run's progress and other news read out as it changes: several a second during a run. */
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="progressbar"], [role="timer"], [role="log"], [role="alert"], [role="marquee"]';

/** Focus moved by the app itself (returned to the control that had it, handed on from one that went): not the reader's. */
let appFocusing = 0;

/** Focus `el` as the app's own handling of focus, which does not end the holding of the reader's place. */
export function focusByApp(el: HTMLElement | null | undefined, options?: FocusOptions): void {
  if (!el) return;
  appFocusing++;
  try {
    el.focus(options);
  } finally {
    appFocusing--;
  }
}

/** How long a place is held after the last change of layout (a size changed, or the place had moved), and at most, in milliseconds. */
const STILL_MS = 3000;
const HOLD_MS = 15_000;

/**
 * Bring each part to its place now, and again after each change of size or of what it holds (a chart drawn, a note
 * added), until the reader acts (a wheel, a touch, a click, a key, focus taken elsewhere, a scroll not the browser's
 * own), nothing has changed size nor moved the place for STILL_MS with no chart left to draw, or HOLD_MS have passed
 * (charts refining under a run go on changing). Changes of text that move nothing (a run's counts, numbers refining)
 * do not hold it longer: during a run they never stop, and the place had been held the full HOLD_MS, scrolling a
 * screen reader's cursor back to it. Returns what stops the holding early (a newer change of screen).
 */
export function holdPlaces(doc: Document, places: readonly Place[]): () => void {
  restorePlaces(doc, places);
  const view = doc.defaultView;
  if (places.length === 0 || !view || typeof view.ResizeObserver === 'undefined') return () => {};
  // Where the hold last left each part.
  const left = new Map<Place, Standing>();
  for (const place of places) {
    const now = standingOf(doc, place);
    if (now) left.set(place, now);
  }
  // No change of layout for STILL_MS, no chart left to draw above a place and no face still loading (a chart waiting
  // its turn on a slow machine, or Urdu's faces arriving after the screen was laid out in a fallback, would move the
  // place later). A chart below cannot move it: out of sight, it waits for its numbers to settle (views/ChartCell),
  // which under a run they do not, and had held every place to HOLD_MS.
  const drawingAbove = () =>
    places.some((place) => {
      const found = anchorOf(doc, place);
      const pending = found ? Array.from(found.el.querySelectorAll('.chart-cell-pending')) : [];
      return pending.some((cell) => cell.compareDocumentPosition(found!.anchor) & view.Node.DOCUMENT_POSITION_FOLLOWING);
    });
  const settled = () => {
    if (doc.fonts?.status === 'loading' || drawingAbove()) still = view.setTimeout(settled, STILL_MS);
    else stop();
  };
  let still = view.setTimeout(settled, STILL_MS);
  const cap = view.setTimeout(stop, HOLD_MS);
  const again = (resized: boolean) => {
    const nows = places.map((place) => standingOf(doc, place));
    if (places.some((place, k) => left.has(place) && nows[k] && scrolledByOther(left.get(place)!, nows[k]))) return stop();
    let moved = false;
    places.forEach((place, k) => {
      const now = nows[k];
      if (!now) return;
      moved = putBack(now, place) || moved;
      left.set(place, { ...now, scroll: now.el.scrollTop });
    });
    if (!moved && !resized) return;
    view.clearTimeout(still);
    still = view.setTimeout(settled, STILL_MS);
  };
  // A change of size is seen by the next frame's resize callbacks, before it is painted. A change of what a part
  // holds, anywhere inside it (a chart drawn in its cell, a number rewritten), is put right at the end of the task
  // that made it: until the next frame, a script reading the page (a test, a screen reader's query) found the place
  // moved, as far as a chart's height (252 px, once, in CI). But not one inside a live region (a run's counts,
  // rewritten several times a second): measuring the page after each would lay it out as often, and one that changes
  // a height is seen by the next frame's resize callbacks.
  const onResize = () => again(true);
  const onChange = () => again(false);
  const resized = new view.ResizeObserver(onResize);
  const contents = new Set<Element>();
  const changed = new view.MutationObserver((records) => {
    let moving = false;
    for (const record of records) {
      const target = record.target instanceof view.Element ? record.target : record.target.parentElement;
      if (!target?.closest(LIVE)) moving = true;
      if (!contents.has(record.target as Element)) continue;
      for (const node of Array.from(record.addedNodes)) if (node instanceof view.Element) resized.observe(node);
    }
    if (moving) onChange();
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
  doc.fonts?.addEventListener?.('loadingdone', onChange);
  // A scroll is looked at as it comes (and before any putting back, which would undo it): the browser's own, as a
  // part's contents change, is put right; anyone else's ends the holding (scrolledByOther).
  doc.addEventListener('scroll', onChange, { capture: true, passive: true });
  // The reader's own scrolls come with a wheel, touch, pointer or key; a screen reader moves focus with none of them.
  const READER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  for (const type of READER) doc.addEventListener(type, stop, { capture: true, passive: true });
  const focused = () => {
    if (appFocusing === 0) stop();
  };
  doc.addEventListener('focusin', focused, { capture: true });
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    resized.disconnect();
    changed.disconnect();
    view!.clearTimeout(still);
    view!.clearTimeout(cap);
    for (const type of READER) doc.removeEventListener(type, stop, { capture: true });
    doc.removeEventListener('focusin', focused, { capture: true });
    doc.removeEventListener('scroll', onChange, { capture: true });
    doc.fonts?.removeEventListener?.('loadingdone', onChange);
  }
  return stop;
}
