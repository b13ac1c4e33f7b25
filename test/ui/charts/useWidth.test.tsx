/**
 * useWidth: a chart measures its container before its first paint, unless
 * its cell has already measured the placeholder frame (PlotWidthHint): then
 * it draws at the hint without reading the layout, and the browser's first
 * layout report (ResizeObserver) confirms or corrects it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { PaperLayout, PlotWidthHint, useWidth } from '../../../src/ui/charts/plot/useWidth';
import { INITIAL_WIDTH } from '../../../src/ui/charts/axis';

function Probe() {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} data-testid="plot">
      {width}
    </div>
  );
}

/** A ResizeObserver whose reports the test sends (jsdom has none), and a clientWidth the test sets, counting reads. */
function fakeLayout(width: number) {
  const observers: (() => void)[] = [];
  let reads = 0;
  let current = width;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly cb: () => void) {}
      observe() {
        observers.push(() => this.cb());
      }
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => {
    reads++;
    return current;
  });
  return {
    reads: () => reads,
    /** The width laid out, with no layout report (as when print lays the page out). */
    set: (w: number) => {
      current = w;
    },
    resize: (w: number) => {
      current = w;
      act(() => observers.forEach((report) => report()));
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useWidth()', () => {
  test('with nothing to measure (jsdom), a chart keeps the assumed width, or the hint it was given', () => {
    render(<Probe />);
    expect(screen.getByTestId('plot')).toHaveTextContent(String(INITIAL_WIDTH));
    render(
      <PlotWidthHint.Provider value={512}>
        <Probe />
      </PlotWidthHint.Provider>,
    );
    expect(screen.getAllByTestId('plot')[1]).toHaveTextContent('512');
  });

  test('without a hint, it reads its width before the first paint', () => {
    const layout = fakeLayout(431);
    render(<Probe />);
    expect(layout.reads()).toBe(1);
    expect(screen.getByTestId('plot')).toHaveTextContent('431');
  });

  test('with a hint, it draws at the hint without reading the layout; the first layout report confirms it', () => {
    const layout = fakeLayout(487);
    render(
      <PlotWidthHint.Provider value={487}>
        <Probe />
      </PlotWidthHint.Provider>,
    );
    expect(layout.reads()).toBe(0);
    expect(screen.getByTestId('plot')).toHaveTextContent('487');
    layout.resize(487);
    expect(screen.getByTestId('plot')).toHaveTextContent('487');
  });

  test('a wrong hint is corrected at the first layout report, and later resizes follow', () => {
    const layout = fakeLayout(300);
    render(
      <PlotWidthHint.Provider value={487}>
        <Probe />
      </PlotWidthHint.Provider>,
    );
    expect(screen.getByTestId('plot')).toHaveTextContent('487');
    layout.resize(300);
    expect(screen.getByTestId('plot')).toHaveTextContent('300');
    layout.resize(350);
    expect(screen.getByTestId('plot')).toHaveTextContent('350');
  });

  // Printing from a phone, the report takes the page's width (views/report/paper) and print lays it out without a
  // layout report: the charts had stayed drawn for the phone's 350 px, in the left half of the page.
  test('laid out for paper (the report printing), it reads its width at once, without waiting for a layout report, and again back on screen', () => {
    const layout = fakeLayout(350);
    const at = (paper: boolean) => (
      <PaperLayout.Provider value={paper}>
        <Probe />
      </PaperLayout.Provider>
    );
    const { rerender } = render(at(false));
    expect(screen.getByTestId('plot')).toHaveTextContent('350');
    layout.set(644);
    rerender(at(true));
    expect(screen.getByTestId('plot')).toHaveTextContent('644');
    layout.set(350);
    rerender(at(false));
    expect(screen.getByTestId('plot')).toHaveTextContent('350');
  });
});
