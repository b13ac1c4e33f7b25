/**
 * The width a chart has to draw in. Measured before the first paint (so a
 * chart never flashes at a guessed size) and again whenever its column
 * resizes. Where nothing can be measured (jsdom, some print paths) the chart
 * keeps an assumed width rather than drawing nothing.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { INITIAL_WIDTH } from '../axis';

export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
