/**
 * useChartFit on a slide whose chart gets shorter while it is shown, as when
 * results arrive (fewer rows, a caution gone). The chart had stayed shrunk,
 * part of its slide empty, until one left the slide and came back: its
 * smallest fit seen too tall only ever fell. jsdom lays nothing out: the
 * chart's height here is its rows times ROW at its fit, in a box ROOM tall,
 * and the box's resize reports are sent by the test.
 *
 * Catches: (1) a chart re-rendered shorter not growing back (the old code kept
 * its shrunk fit); (2) a chart whose own parts got shorter without the slide
 * re-rendering (a legend, a note), or whose room grew (the note that the runs
 * are still going gone from under it), not growing back: the old code
 * measured only after the slide's own renders; (3) a chart held at its least
 * fit (a phone's) that got shorter stopping short of the full scale, on a bound
 * measured before; (4) a regrown fit that swings or keeps rendering on later
 * reports.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { useChartFit, type ChartFit } from '../../../src/ui/present/useChartFit';

const ROOM = 450;
const ROW = 100;
const size = { room: ROOM };
let reports: (() => void)[] = [];

/** The chart's content: `rows` rows at the fit the slide gives it (data-fit), so it re-renders with the slide. */
function Content({ rows, fit }: { rows: number; fit: number }) {
  return <div data-content="" data-height={rows * ROW * fit} />;
}

/** A part that changes its own height, as a chart's legend or note does, without the slide rendering. */
let setOwnRows: (rows: number) => void = () => {};
function OwnContent({ start, fit }: { start: number; fit: number }) {
  const [rows, setRows] = useState(start);
  setOwnRows = (n) => setRows(n);
  return <Content rows={rows} fit={fit} />;
}

let renders = 0;
let last: ChartFit | null = null;
function SlideChart({ rows, own = false, least }: { rows: number; own?: boolean; least?: number }) {
  const [ref, fit] = useChartFit<HTMLDivElement>(least);
  renders += 1;
  last = fit;
  return (
    <div ref={ref} data-box="">
      {own ? <OwnContent start={rows} fit={fit.fit} /> : <Content rows={rows} fit={fit.fit} />}
    </div>
  );
}

const heightOf = (el: Element): number => Number(el.querySelector('[data-content]')?.getAttribute('data-height') ?? el.getAttribute('data-height') ?? 0);

beforeEach(() => {
  size.room = ROOM;
  reports = [];
  renders = 0;
  last = null;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: () => void) {}
      observe() {
        reports.push(() => this.report());
      }
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.box !== undefined ? size.room : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.box !== undefined ? Math.max(size.room, heightOf(this)) : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const height = this.dataset.box !== undefined ? size.room : heightOf(this);
    return { top: 0, bottom: height, left: 0, right: 800, width: 800, height, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Every resize report the observers would send now. */
const report = () => act(() => reports.forEach((send) => send()));

describe('useChartFit when the chart changes while shown', () => {
  it('grows back to the full scale when a re-rendered chart gets shorter (results arrived: fewer rows)', () => {
    const { rerender } = render(<SlideChart rows={6} />);
    // 600 px at full scale in 450: shrunk to about 0.75.
    expect(last!.fit).toBeLessThanOrEqual(0.75);
    expect(last!.fit).toBeGreaterThan(0.72);
    rerender(<SlideChart rows={4} />);
    // 400 px at full scale fits: the old code stayed at 0.75, 300 px of the 450 used.
    expect(last!.fit).toBe(1);
  });

  it('grows as far as fits, not past it, when the chart gets shorter but not enough for the full scale', () => {
    const { rerender } = render(<SlideChart rows={6} />);
    rerender(<SlideChart rows={5} />);
    // 500 px at full scale: the largest fit is 0.9, found within the search's 2%.
    expect(last!.fit * 5 * ROW).toBeLessThanOrEqual(ROOM + 1);
    expect(last!.fit).toBeGreaterThan(0.88);
  });

  it('grows back when a part of the chart gets shorter without the slide rendering, on its resize report', () => {
    render(<SlideChart rows={6} own />);
    const shrunk = last!.fit;
    expect(shrunk).toBeLessThan(0.76);
    act(() => setOwnRows(4));
    // The slide did not render, so only the observer can tell.
    report();
    expect(last!.fit).toBe(1);
  });

  it('grows into room given back under it (the note that the runs are still going gone), on the box\u2019s resize report', () => {
    size.room = 380;
    render(<SlideChart rows={4} />);
    expect(last!.fit * 4 * ROW).toBeLessThanOrEqual(381);
    size.room = ROOM;
    report();
    expect(last!.fit).toBe(1);
  });

  it('grows to the full scale when a chart held at its least fit, still too tall, gets shorter (a phone\u2019s slide)', () => {
    // At PHONE_LEAST_FIT 600 px of chart is still 557 px in 450: held there (it scrolls). Its search had known the
    // full scale too tall and, the chart shorter, stopped within 2% of it with room left; it now measures afresh.
    render(<SlideChart rows={6} own least={13 / 14} />);
    expect(last!.fit).toBeCloseTo(13 / 14, 6);
    act(() => setOwnRows(4));
    report();
    expect(last!.fit).toBe(1);
  });

  it('settles: later reports with nothing changed neither change the fit nor render again', () => {
    const { rerender } = render(<SlideChart rows={6} />);
    rerender(<SlideChart rows={5} />);
    const settled = last;
    const count = renders;
    for (let k = 0; k < 5; k++) report();
    expect(last).toBe(settled);
    expect(renders).toBe(count);
    // And a chart that gets taller again shrinks as before, then holds.
    rerender(<SlideChart rows={6} />);
    expect(last!.fit * 6 * ROW).toBeLessThanOrEqual(ROOM + 1);
    const again = last;
    const after = renders;
    for (let k = 0; k < 5; k++) report();
    expect(last).toBe(again);
    expect(renders).toBe(after);
  });
});
