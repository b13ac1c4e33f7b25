/**
 * useChartFit on a phone's slide (PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE), in boxes the size of those at 360 × 740 and
 * 375 × 667, its charts' parts as measured there in Chromium: the fan chart's type (subtitle, controls, legend, note)
 * 448 px at full fit and its plot 390 px at full height. jsdom lays nothing out: each part's height is a function of
 * the fit here, and the lines of text are where the test says.
 *
 * Catches: (1) the fan chart left 15 px too tall in its 618 px box at 360 × 740, its note cut off mid-sentence: the
 * old code stopped shortening its plot at MIN_PLOT_SHARE, its type at its least; (2) a chart still too tall with its
 * plots as short as they go (the difference chart's rows, held apart by Urdu's names) with nothing said of it: the old
 * code gave no ChartScroll, so the box neither became a named, focusable region nor ended between two lines of text.
 *
 * And useChartFit's ChartScroll once the fit has settled at its least, as a phone's chart mostly has: the chart's own parts
 * (state inside its frame, a replication arriving) grow or shrink it without the slide rendering it again, and only
 * the ResizeObserver hears of it. jsdom lays nothing out: the box, its parts and their lines of text are where the test
 * says, a part's growth is written straight into the DOM, as its own render would.
 *
 * Catches: the old code set ChartScroll only in the layout effect after the slide's chart rendered; the observer,
 * finding the fit unchanged, returned. So a chart at its least fit that grew past its box was cut off with nothing to
 * say so (no named, focusable region, its edge through a line), and one that stopped overflowing stayed a region in
 * the tab order with nothing to scroll.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { MIN_PLOT_SHARE, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE, useChartFit, type ChartFit, type ChartScroll } from '../../../src/ui/present/useChartFit';

/** The chart: its type's parts, then its plot (shortened no further than `held`, as names hold a bar chart's rows). */
const chart = { type: 448, plot: 390, held: 0, room: 580 };
let last: { fit: ChartFit; scroll: ChartScroll | null } | null = null;
let observers: (() => void)[] = [];

const plotHeight = (fit: ChartFit) => Math.max(chart.held, chart.plot * fit.plots) * fit.fit;
const contentHeight = (fit: ChartFit) => chart.type * fit.fit + plotHeight(fit);

/** As the slide's (SlideChart): a named region in the tab order while it scrolls. `again`: rendered again. */
function SlideChart(_: { again?: boolean }) {
  const [ref, fit, scroll] = useChartFit<HTMLDivElement>(PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE);
  last = { fit, scroll };
  return (
    <div ref={ref} data-box="" data-content={contentHeight(fit)} data-cut={scroll?.cut ?? 0} {...(scroll ? { tabIndex: 0, role: 'region', 'aria-label': 'Chart' } : {})}>
      <div className="chart-plot" data-top={0} data-height={plotHeight(fit)} />
      {/* Its note's lines under the plot, each 20 px. */}
      <p data-top={plotHeight(fit)} data-height={chart.type * fit.fit}>
        note
      </p>
    </div>
  );
}

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** The note grown by `px` (less, where negative) by a render of its own, and the observer told. */
function grow(box: HTMLElement, px: number) {
  const note = box.querySelector('p')!;
  note.setAttribute('data-height', String(num(note, 'data-height') + px));
  box.setAttribute('data-grown', String(num(box, 'data-grown') + px));
  act(() => {
    for (const report of observers) report();
  });
}

beforeEach(() => {
  last = null;
  observers = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(report: () => void) {
        observers.push(report);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.box !== undefined ? chart.room - num(this, 'data-cut') : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.box !== undefined ? Math.max(chart.room - num(this, 'data-cut'), Math.ceil(num(this, 'data-content') + num(this, 'data-grown'))) : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = num(this, 'data-top');
    const height = this.dataset.box !== undefined ? chart.room - num(this, 'data-cut') : num(this, 'data-height');
    return { top, bottom: top + height, left: 0, right: 360, width: 360, height, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  });
  // The note's text in lines 20 px tall from its paragraph's top.
  Range.prototype.getClientRects = function (this: Range) {
    const p = this.startContainer.parentElement!;
    const top = num(p, 'data-top');
    const lines = Math.ceil(num(p, 'data-height') / 20);
    return Array.from({ length: lines }, (_, k) => ({ top: top + k * 20, bottom: top + (k + 1) * 20, width: 300, height: 20 })) as unknown as DOMRectList;
  };
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (Range.prototype as Partial<Range>).getClientRects;
});

describe('useChartFit on a phone', () => {
  it('shortens the plots below MIN_PLOT_SHARE at the least fit, so the fan chart fits its box at 360 × 740', () => {
    Object.assign(chart, { type: 448, plot: 390, held: 0, room: 618 });
    render(<SlideChart />);
    const { fit, scroll } = last!;
    // The old code: plots at 0.6, fit at 13/14, 633 px in 618 (its note cut off at the box's edge).
    expect(contentHeight(fit)).toBeLessThanOrEqual(chart.room + 1);
    expect(fit.plots).toBeLessThan(MIN_PLOT_SHARE);
    expect(fit.plots).toBeGreaterThanOrEqual(PHONE_MIN_PLOT_SHARE);
    expect(fit.fit).toBeGreaterThanOrEqual(PHONE_LEAST_FIT);
    expect(scroll).toBeNull();
  });

  it('leaves a chart that cannot fit at its least (its plots held) to scroll, its box ending between two lines', () => {
    // 375 × 667: a 545 px box; the plot held at 300 px by its names.
    Object.assign(chart, { type: 448, plot: 390, held: 300, room: 545 });
    render(<SlideChart />);
    const { fit, scroll } = last!;
    expect(fit.fit).toBeCloseTo(PHONE_LEAST_FIT, 6);
    expect(scroll).not.toBeNull();
    // The note's lines start at the plot's bottom, 20 px apart: the box's edge (its room less the cut) falls in the top
    // quarter of a line's box, above its letters (lineCut), not through its middle half.
    const edge = chart.room - scroll!.cut;
    const into = (edge - plotHeight(fit)) % 20;
    expect(into).toBeGreaterThanOrEqual(0);
    expect(into).toBeLessThanOrEqual(5);
    expect(scroll!.cut).toBeLessThan(20);
  });
});

describe('useChartFit, settled at its least fit, when the chart changes height on its own', () => {
  it('scrolls, a named region in the tab order, once it grows past its box, its edge between two lines', () => {
    // 580 px: the chart just fits at its least fit, its plots as short as they go.
    Object.assign(chart, { type: 448, plot: 390, held: 0, room: 580 });
    const { container } = render(<SlideChart />);
    const box = container.querySelector<HTMLElement>('[data-box]')!;
    const settled = last!.fit;
    expect(settled.fit).toBeCloseTo(PHONE_LEAST_FIT, 6);
    expect(last!.scroll).toBeNull();
    expect(box.getAttribute('role')).toBeNull();

    grow(box, 30);
    // Nothing left to shrink: the same fit, now scrolling.
    expect(last!.fit).toBe(settled);
    expect(last!.scroll).not.toBeNull();
    expect(box.getAttribute('role')).toBe('region');
    expect(box.tabIndex).toBe(0);
    // The note's lines start at the plot's bottom, 20 px apart: the box's edge passes through no line's middle half
    // (lineCut).
    const edge = chart.room - last!.scroll!.cut;
    const into = (edge - plotHeight(settled)) % 20;
    expect(into <= 5 || into >= 15).toBe(true);
  });

  it('stops being a region once it no longer overflows its box', () => {
    Object.assign(chart, { type: 448, plot: 390, held: 0, room: 580 });
    const { container, rerender } = render(<SlideChart />);
    const box = container.querySelector<HTMLElement>('[data-box]')!;
    // A few px past its box (more than the 1 px let pass), the slide then rendering it again: it scrolls.
    grow(box, 3);
    rerender(<SlideChart again />);
    const settled = last!.fit;
    expect(settled.fit).toBeCloseTo(PHONE_LEAST_FIT, 6);
    expect(last!.scroll).not.toBeNull();
    expect(box.getAttribute('role')).toBe('region');

    // Back, by less than would make it search up again (REGROW_SLACK): the fit stays, and the box has nothing to
    // scroll.
    grow(box, -3);
    expect(last!.fit).toBe(settled);
    expect(last!.scroll).toBeNull();
    expect(box.getAttribute('role')).toBeNull();
    expect(box.hasAttribute('tabindex')).toBe(false);
  });
});
