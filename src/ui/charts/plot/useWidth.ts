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
 */
import { createContext, useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { INITIAL_WIDTH } from '../axis';
import { useChartScale } from './chartScale';

/** The plot width a chart's container is expected to have, in screen pixels (null: none known, measure). */
export const PlotWidthHint = createContext<number | null>(null);

/** An element's width in whole screen pixels as useWidth reads it (0 where nothing is laid out). */
export const pixelWidth = (el: HTMLElement): number => Math.floor(el.clientWidth);

export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const scale = useChartScale();
  const hint = useContext(PlotWidthHint);
  const [given] = useState(hint);
  const [pixels, setPixels] = useState(given ?? INITIAL_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = pixelWidth(el);
      if (w > 0) setPixels(w);
    };
    const observing = typeof ResizeObserver !== 'undefined';
    if (given === null || !observing) measure();
    if (!observing) return;
    // The observer reports once the browser has laid the chart out, before it paints. Its first report checks a
    // hint, and a wrong one redraws at once (flushSync), before that paint; later reports (resizes) redraw as usual.
    let checking = given !== null;
    const observer = new ResizeObserver(() => {
      if (!checking) return measure();
      checking = false;
      flushSync(measure);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [given]);
  return [ref, scale === 1 ? pixels : Math.floor(pixels / scale)];
}
