/**
 * ui/place on a hand-built page with fake geometry (jsdom lays nothing out):
 * blocks stacked top to bottom, each as tall as its data-h or its children,
 * and scroll tops that move what a scrolling part holds. Fails if the place
 * is not the anchor nearest the top, if the new screen's taller lines move
 * it, if a note added before it shifts it onto another part, or if the
 * inside of a part that scrolls on its own is taken for the page's place;
 * and, while the place is held, if a chart drawn deep inside a cell above it
 * leaves it moved past the end of that task, or the hold lets go while a face
 * is still loading, or a face's arrival is not followed by putting it back;
 * or if it holds on while only text changes (a run's counts and numbers,
 * which had held it the full 15 s), or for a chart still to draw below the
 * place, or through focus the reader took elsewhere or a scroll that no
 * layout explains (a screen reader's cursor, find in page), which it had
 * scrolled back.
 */
// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusByApp, holdPlaces, placesOf, restorePlaces } from '../../src/ui/place';

const scrollTops = new Map<Element, number>();

/** A block's height: its own data-h, or its children's stacked (a part that scrolls its own keeps its data-h). */
function heightOf(el: Element): number {
  const own = el.getAttribute('data-h');
  if (own !== null) return Number(own);
  return Array.from(el.children).reduce((sum, c) => sum + heightOf(c), 0);
}

/** The top of an element in the viewport: its ancestors' tops, its earlier siblings' heights, less every scroll above it. */
function topOf(el: Element): number {
  const parent = el.parentElement;
  if (!parent || el === document.body) return -(scrollTops.get(document.documentElement) ?? 0);
  let top = topOf(parent) - (parent === document.body ? 0 : (scrollTops.get(parent) ?? 0));
  for (const sib of Array.from(parent.children)) {
    if (sib === el) break;
    top += heightOf(sib);
  }
  return top;
}

function fakeLayout(): void {
  Object.defineProperty(document, 'scrollingElement', { configurable: true, get: () => document.documentElement });
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const top = topOf(this);
    const height = this === document.documentElement ? heightOf(document.body) : heightOf(this);
    return { top, bottom: top + height, height, left: 0, right: 100, width: 100, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  for (const prop of ['scrollTop', 'scrollHeight', 'clientHeight'] as const) {
    Object.defineProperty(Element.prototype, prop, {
      configurable: true,
      get(this: Element) {
        const content = Array.from(this.children).reduce((sum, c) => sum + heightOf(c), 0);
        const box = this === document.documentElement ? 600 : heightOf(this);
        if (prop === 'scrollHeight') return content;
        if (prop === 'clientHeight') return box;
        return scrollTops.get(this) ?? 0;
      },
      set(this: Element, v: number) {
        if (prop !== 'scrollTop') return;
        const content = Array.from(this.children).reduce((sum, c) => sum + heightOf(c), 0);
        const box = this === document.documentElement ? 600 : heightOf(this);
        scrollTops.set(this, Math.max(0, Math.min(v, content - box)));
      },
    });
  }
}

/** The results: a scrolling part 600 px tall holding headings and chart cells `h` px tall each. */
function results(h: number, note = false): string {
  const blocks = Array.from({ length: 12 }, (_, k) => `<h3 data-h="${h / 4}">Section ${k}</h3><div class="chart-cell" data-h="${h}"><p data-h="20">inside</p></div>`).join('');
  return `<main class="main" data-h="600" style="overflow-y: auto">${note ? '<p data-h="40">A note that came later</p>' : ''}${blocks}</main>`;
}

const cellTop = (k: number) => {
  const main = document.querySelector('.main')!;
  return document.querySelectorAll('.main .chart-cell')[k]!.getBoundingClientRect().top - main.getBoundingClientRect().top;
};

/** The frame's resize callbacks, which jsdom does not have: here they never come, as before the next frame. */
class NoFrameYet {
  observe(): void {}
  disconnect(): void {}
}

/** The page's faces: loading or loaded, and a face's arrival. */
function fakeFonts(status: 'loading' | 'loaded'): { status: string; arrive: () => void } {
  const target = new EventTarget();
  const fonts = Object.assign(target, { status });
  Object.defineProperty(document, 'fonts', { configurable: true, value: fonts });
  return Object.assign(fonts, { arrive: () => ((fonts.status = 'loaded'), target.dispatchEvent(new Event('loadingdone'))) });
}

/** Chart cells that draw into a frame inside them, as views/ChartCell does: taller once drawn. */
function drawnLater(): string {
  const blocks = Array.from({ length: 12 }, (_, k) => `<h3 data-h="50">Section ${k}</h3><div class="chart-cell"><figure><div class="frame" data-h="20"></div></figure></div>`).join('');
  return `<main class="main" data-h="300" style="overflow-y: auto">${blocks}</main>`;
}
const draw = (k: number, h: number) => {
  const frame = document.querySelectorAll('.main .frame')[k]!;
  frame.innerHTML = `<svg data-h="${h}"></svg>`;
  frame.removeAttribute('data-h');
};

afterEach(() => {
  scrollTops.clear();
  document.body.innerHTML = '';
  vi.useRealTimers();
  delete (window as { ResizeObserver?: unknown }).ResizeObserver;
  delete (document as { fonts?: unknown }).fonts;
});

describe('the reader’s place', () => {
  it('is the anchor nearest the part’s top, brought back to the same height on a screen of taller lines', () => {
    fakeLayout();
    document.body.innerHTML = results(200);
    const main = document.querySelector('.main')!;
    main.scrollTop = 5 * 250 + 50 + 30; // chart cell 5 starts 30 px above the top, section 6's heading well below it.
    const places = placesOf(document);
    expect(places).toEqual([{ scroller: '.main', kind: 'DIV.chart-cell', nth: 5, offset: -30 }]);
    // The new screen: every part a third taller (Urdu's lines), scrolled to its top.
    scrollTops.clear();
    document.body.innerHTML = results(266);
    restorePlaces(document, places);
    expect(cellTop(5)).toBe(-30);
  });

  it('finds its anchor when a part came before it on the new screen (a note shown once the columns are measured)', () => {
    fakeLayout();
    document.body.innerHTML = results(200);
    document.querySelector('.main')!.scrollTop = 3 * 250 + 50 + 10;
    const places = placesOf(document);
    scrollTops.clear();
    document.body.innerHTML = results(200, true);
    restorePlaces(document, places);
    // One more anchor before it on the new screen: counted among the charts, it is still the fourth chart.
    expect(cellTop(3)).toBe(-10);
  });

  it('counts nothing inside a part that scrolls on its own as the page’s place (the levers, scrolled apart on a phone)', () => {
    fakeLayout();
    const levers = Array.from({ length: 100 }, (_, k) => `<p data-h="30">Lever ${k}</p>`).join('');
    const page = (h: number) =>
      `<div class="editor" data-h="300" style="overflow-y: auto">${levers}</div>` +
      Array.from({ length: 10 }, (_, k) => `<section data-h="${h}"><h2 data-h="40">Part ${k}</h2></section>`).join('');
    document.body.innerHTML = page(400);
    const editor = document.querySelector('.editor')!;
    editor.scrollTop = 500;
    document.documentElement.scrollTop = 300 + 2 * 400 + 12;
    const places = placesOf(document);
    // A lever 8 px below the window's top lies nearer than the heading 12 px above it, but it is the levers' place.
    expect(places).toEqual([
      { scroller: '.editor', kind: 'P.', nth: 17, offset: 10 },
      { scroller: '', kind: 'H2.', nth: 2, offset: -12 },
    ]);
    scrollTops.clear();
    document.body.innerHTML = page(500);
    restorePlaces(document, places);
    const part2 = document.querySelectorAll('section')[2]!;
    expect(part2.getBoundingClientRect().top).toBe(-12);
    expect(document.querySelector('.editor')!.scrollTop).toBe(500);
  });

  it('while held, puts the place back at the end of the task that drew a chart deep inside a cell above it, before any frame', async () => {
    fakeLayout();
    Object.assign(window, { ResizeObserver: NoFrameYet });
    document.body.innerHTML = drawnLater();
    document.querySelector('.main')!.scrollTop = 6 * 50 + 5 * 20 + 10;
    const places = placesOf(document);
    expect(places).toEqual([{ scroller: '.main', kind: 'DIV.chart-cell', nth: 5, offset: -10 }]);
    const stop = holdPlaces(document, places);
    draw(2, 300);
    // In the task that drew it, the cell has moved down by the chart's growth.
    expect(cellTop(5)).toBe(270);
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    draw(3, 200);
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    // A heading rewritten (its text alone changes: the fake layout takes its new height from its attribute, which
    // is not watched), as a number rewritten in the new language is: put back too.
    const h3 = document.querySelectorAll('.main h3')[4]!;
    h3.setAttribute('data-h', '90');
    h3.firstChild!.nodeValue = 'Section four, renamed';
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    stop();
    draw(4, 100);
    await Promise.resolve();
    expect(cellTop(5)).toBe(70);
  });

  it('holds the place while a face is still loading, and puts it back when the face arrives', () => {
    vi.useFakeTimers();
    fakeLayout();
    Object.assign(window, { ResizeObserver: NoFrameYet });
    const fonts = fakeFonts('loading');
    document.body.innerHTML = drawnLater();
    document.querySelector('.main')!.scrollTop = 6 * 50 + 5 * 20 + 10;
    const places = placesOf(document);
    const stop = holdPlaces(document, places);
    // Long past the still time (3 s): the face is still loading, so the place is still held.
    vi.advanceTimersByTime(10_000);
    // The face arrives and the page is laid out again in it (taller lines above the place), with no change of
    // what the part holds: the face's arrival puts the place back.
    for (const h3 of Array.from(document.querySelectorAll('.main h3')).slice(0, 5)) h3.setAttribute('data-h', '80');
    expect(cellTop(5)).toBe(140);
    fonts.arrive();
    expect(cellTop(5)).toBe(-10);
    // Loaded and still for 3 s: let go.
    vi.advanceTimersByTime(3_100);
    for (const h3 of Array.from(document.querySelectorAll('.main h3')).slice(0, 5)) h3.setAttribute('data-h', '50');
    fonts.arrive();
    expect(cellTop(5)).toBe(-160);
    stop();
  });

  it('lets go STILL_MS after the last change of layout, however often a live region or a number is rewritten since', async () => {
    vi.useFakeTimers();
    fakeLayout();
    Object.assign(window, { ResizeObserver: NoFrameYet });
    document.body.innerHTML = drawnLater();
    // A run's counts, read out as they change: in a chart cell above the place, as tall as nothing.
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    document.querySelector('.main figure')!.append(status);
    const heading = document.querySelectorAll('.main h3')[0]!;
    document.querySelector('.main')!.scrollTop = 6 * 50 + 5 * 20 + 10;
    const stop = holdPlaces(document, placesOf(document));
    // A chart above drawn a second in: put back, and held on.
    vi.advanceTimersByTime(1000);
    draw(0, 200);
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    // Then every 500 ms for 5 s the counts and a number above the place are rewritten, moving nothing. They had
    // held the place the full 15 s.
    for (let k = 1; k <= 10; k++) {
      vi.advanceTimersByTime(500);
      status.textContent = `${k * 40} of 400 replications done`;
      heading.firstChild!.nodeValue = `Section 0: ${k * 40}`;
      await Promise.resolve();
    }
    // Let go 3 s after the chart: one drawn above now moves the place.
    draw(1, 100);
    await Promise.resolve();
    expect(cellTop(5)).toBe(70);
    stop();
  });

  it('lets go when the reader takes focus elsewhere (a screen reader moving to a link), not when the app returns focus', async () => {
    fakeLayout();
    Object.assign(window, { ResizeObserver: NoFrameYet });
    document.body.innerHTML = '<select id="language"><option>English</option></select>' + drawnLater();
    document.querySelectorAll('.main figure')[9]!.insertAdjacentHTML('beforeend', '<a href="#sources">Sources</a>');
    document.querySelector('.main')!.scrollTop = 6 * 50 + 5 * 20 + 10;
    const stop = holdPlaces(document, placesOf(document));
    // Focus returned to the language switch as the new screen is drawn (ui/Root): still held.
    focusByApp(document.querySelector('select'), { preventScroll: true });
    draw(2, 300);
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    // Focus moved by a screen reader, with no key, click or wheel: let go, so it is not scrolled back.
    document.querySelector<HTMLElement>('.main a')!.focus();
    expect(document.activeElement).toBe(document.querySelector('.main a'));
    draw(3, 200);
    await Promise.resolve();
    expect(cellTop(5)).toBe(170);
    stop();
  });

  it('lets go on a scroll that no change of layout explains, and before putting the place back undoes it; not on the browser’s own', async () => {
    fakeLayout();
    Object.assign(window, { ResizeObserver: NoFrameYet });
    document.body.innerHTML = drawnLater();
    const main = document.querySelector('.main')!;
    main.scrollTop = 6 * 50 + 5 * 20 + 10;
    const stop = holdPlaces(document, placesOf(document));
    // The browser's scroll anchoring: a chart above drawn, the part scrolled by its growth in the same layout, and
    // the scroll reported. Still held: the next chart drawn above is put right.
    draw(1, 300);
    main.scrollTop += 280;
    main.dispatchEvent(new Event('scroll'));
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    draw(2, 100);
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    // A screen reader's cursor brings a later part into view, with no event of the reader's; in the same task a
    // number above is rewritten, before the scroll is reported (at the next frame). It had been scrolled back.
    main.scrollTop = 800;
    document.querySelectorAll('.main h3')[1]!.firstChild!.nodeValue = 'Section 1: refined';
    await Promise.resolve();
    expect(main.scrollTop).toBe(800);
    main.dispatchEvent(new Event('scroll'));
    draw(3, 100);
    await Promise.resolve();
    expect(main.scrollTop).toBe(800);
    stop();
  });

  it('waits for a chart still to draw above the place, not for one below it (out of sight, drawn once a run ends)', async () => {
    vi.useFakeTimers();
    fakeLayout();
    Object.assign(window, { ResizeObserver: NoFrameYet });
    document.body.innerHTML = drawnLater();
    const cells = document.querySelectorAll('.main .chart-cell');
    cells[3]!.classList.add('chart-cell-pending');
    cells[9]!.classList.add('chart-cell-pending');
    document.querySelector('.main')!.scrollTop = 6 * 50 + 5 * 20 + 10;
    const stop = holdPlaces(document, placesOf(document));
    // Past the still time, the chart above not drawn yet: held, and put back when it is.
    vi.advanceTimersByTime(4000);
    draw(3, 200);
    cells[3]!.classList.remove('chart-cell-pending');
    await Promise.resolve();
    expect(cellTop(5)).toBe(-10);
    // Still for 3 s more with only the chart below still to draw: let go (it had held the place the full 15 s).
    vi.advanceTimersByTime(3100);
    draw(1, 100);
    await Promise.resolve();
    expect(cellTop(5)).toBe(70);
    stop();
  });
});
