/**
 * The width a chart has to draw in, in chart units (screen pixels divided by
 * the large-screen scale, see chartScale). Measured before the first paint (so a
 * chart never flashes at a guessed size) and again whenever its column
 * resizes. Where nothing can be measured (jsdom, some print paths) the chart
 * keeps an assumed width rather than drawing nothing.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { INITIAL_WIDTH } from '../axis';
import { useChartScale } from './chartScale';

export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const scale = useChartScale();
  const [pixels, setPixels] = useState(INITIAL_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setPixels(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, scale === 1 ? pixels : Math.floor(pixels / scale)];
}
