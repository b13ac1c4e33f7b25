/**
 * The size of the slide area in pixels, and the chart scale that goes with
 * it: charts lay out in chart units (12 px ticks) and draw at this many
 * pixels per unit, so their type reads from the back of a room. 800 × 450
 * chart units fill the slide: ×1.6 at 1280 × 720, ×2.4 at 1920 × 1080.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface SlideSize {
  width: number;
  height: number;
  /** Screen pixels per chart unit on this slide. */
  scale: number;
}

const DESIGN = { width: 800, height: 450 };

export function slideScale(width: number, height: number): number {
  return Math.max(1, Math.min(width / DESIGN.width, height / DESIGN.height));
}

export function useSlideSize<T extends HTMLElement>(): [RefObject<T | null>, SlideSize] {
  const ref = useRef<T>(null);
  // Until measured (and in jsdom, which lays nothing out), the window's size.
  const [size, setSize] = useState(() => ({ width: window.innerWidth || 1280, height: window.innerHeight || 720 }));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A pixel's change is ignored: a slide is laid out afresh for each size (Presentation keys it), and Urdu's
    // buttons below the stage moved by a fraction of a pixel as it was, which rounded the stage between 663 and
    // 664 px and laid the slide out again at every frame.
    const measure = () => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      if (width > 0 && height > 0) setSize((was) => (Math.abs(was.width - width) <= 1 && Math.abs(was.height - height) <= 1 ? was : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, { ...size, scale: slideScale(size.width, size.height) }];
}
