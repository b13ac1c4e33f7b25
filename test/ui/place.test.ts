/**
 * ui/place on a hand-built page with fake geometry (jsdom lays nothing out):
 * blocks stacked top to bottom, each as tall as its data-h or its children,
 * and scroll tops that move what a scrolling part holds. Fails if the place
 * is not the anchor nearest the top, if the new screen's taller lines move
 * it, if a note added before it shifts it onto another part, or if the
 * inside of a part that scrolls on its own is taken for the page's place.
 */
// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { placesOf, restorePlaces } from '../../src/ui/place';

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

afterEach(() => {
  scrollTops.clear();
  document.body.innerHTML = '';
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
});
