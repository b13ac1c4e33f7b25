/**
 * The width a chart has to draw in, in chart units (screen pixels divided by
 * the large-screen scale, see chartScale). Measured before the first paint (so a
 * chart never flashes at a guessed size) and again whenever its column
 * resizes. Where nothing can be measured (jsdom, some print paths) the chart
 * keeps an assumed width rather than drawing nothing.
 *
 * A dashboard chart is first drawn in a task of its own (views/taskQueue), and
 * reading its width there forced the browser to lay out the page inside that
 * task, after a first render at the assumed width that was then thrown away:
 * together most of the longest task of a run. So a chart cell measures its
 * placeholder, a frame of the same shape, when the browser lays it out anyway
 * (a ResizeObserver), and hands the width down as PlotWidthHint. A chart
 * given a hint draws at it straight away and checks it once the browser has
 * laid the chart out; a wrong hint (a chart whose plot is narrower than its
 * frame) is corrected before that frame is painted.
 *
 * It returns a callback ref, not a ref object: the element can be replaced
 * while the component that measures it stays (a frame shows its table, then
 * the chart again, without re-rendering the chart's component), and an
 * observer set up once in an effect went on watching the old, detached
 * element, so the chart no longer followed resizes. A callback ref observes
 * each element as it is attached and stops when it is detached.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, type RefCallback } from 'react';
import { flushSync } from 'react-dom';
import { INITIAL_WIDTH } from '../axis';
import { useChartScale } from './chartScale';

/** The plot width a chart's container is expected to have, in screen pixels (null: none known, measure). */
export const PlotWidthHint = createContext<number | null>(null);

/** An element's width in whole screen pixels as useWidth reads it (0 where nothing is laid out). */
export const pixelWidth = (el: HTMLElement): number => Math.floor(el.clientWidth);

/**
 * Whether the charts inside are laid out for paper (the printed report while it prints: views/report/paper). When it
 * changes, a chart measures its width at once, before print lays the page out: the ResizeObserver reports only after.
 */
export const PaperLayout = createContext(false);

export function useWidth<T extends HTMLElement>(): [RefCallback<T>, number] {
  const scale = useChartScale();
  const hint = useContext(PlotWidthHint);
  const [given] = useState(hint);
  const [pixels, setPixels] = useState(given ?? INITIAL_WIDTH);
  // Only the first element is checked against the hint; one attached later is simply measured.
  const hinted = useRef(given !== null);
  // The element measured, and the layout (paper or screen) it was last measured for.
  const measured = useRef<T | null>(null);
  const paper = useContext(PaperLayout);
  const laidOutFor = useRef(paper);
  useLayoutEffect(() => {
    if (laidOutFor.current === paper) return;
    laidOutFor.current = paper;
    const w = measured.current ? pixelWidth(measured.current) : 0;
    if (w > 0) setPixels(w);
  }, [paper]);
  const ref = useCallback((el: T | null) => {
    if (!el) return;
    measured.current = el;
    const measure = () => {
      const w = pixelWidth(el);
      if (w > 0) setPixels(w);
    };
    const observing = typeof ResizeObserver !== 'undefined';
    const checkHint = hinted.current;
    hinted.current = false;
    if (!checkHint || !observing) measure();
    if (!observing) return;
    // The observer reports once the browser has laid the chart out, before it paints. Its first report checks a
    // hint, and a wrong one redraws at once (flushSync), before that paint; later reports (resizes) redraw as usual.
    let checking = checkHint;
    const observer = new ResizeObserver(() => {
      if (!checking) return measure();
      checking = false;
      flushSync(measure);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (measured.current === el) measured.current = null;
    };
  }, []);
  return [ref, scale === 1 ? pixels : Math.floor(pixels / scale)];
}
