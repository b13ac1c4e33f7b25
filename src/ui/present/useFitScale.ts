/**
 * A slide of text may be taller than the slide, as Urdu's taller lines make
 * the assumptions table. Its height grows with the scale, so shrinking the
 * scale by how much it overflows makes it fit; but a table re-wraps as its
 * type shrinks, so its height falls faster than its type, and one step by the
 * whole overflow overshot (a table of five options shrank to 10 px type where
 * 13 px fitted). So it shrinks by at most MAX_STEP a pass and measures again,
 * stopping at the first scale that fits. It only ever shrinks, so arriving results
 * cannot make it oscillate; a new slide or size starts again from the full
 * scale (the caller keys it). A chart fits itself (useChartFit), shortening
 * its plots before it shrinks its type.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Never below this share of the slide's scale: smaller would be unreadable from a distance anyway. */
export const MIN_FIT = 0.45;
/** The most one pass shrinks by: the fit found is within this of the largest that fits. */
export const MAX_STEP = 0.92;
/**
 * A slide of text on a phone, read in the hand, never below this share: it scrolls instead (its assumptions table
 * shrank to 8 px type). A chart is clipped, not scrolled, so it keeps MIN_FIT.
 */
export const MIN_FIT_PHONE_TEXT = 0.8;
/** A phone's screen, as present.css says it. */
const PHONE = '(max-width: 40rem)';

/** Renders again when a font arrives late (Urdu's Nastaliq): it changes the text's height without a render of its own, so a fit measures again. */
export function useFontsLoaded(): void {
  const [, setFontsLoaded] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts?.addEventListener) return;
    const again = () => setFontsLoaded((n) => n + 1);
    fonts.addEventListener('loadingdone', again);
    return () => fonts.removeEventListener('loadingdone', again);
  }, []);
}

/** `scrolls`: the element scrolls when it overflows (a slide of text), so on a phone it need not shrink as far. */
export function useFitScale<T extends HTMLElement>(scrolls = false): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [fit, setFit] = useState(1);
  useFontsLoaded();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.clientHeight === 0 || el.scrollHeight <= el.clientHeight + 1) return;
    const least = scrolls && typeof window !== 'undefined' && window.matchMedia?.(PHONE).matches ? MIN_FIT_PHONE_TEXT : MIN_FIT;
    const next = Math.max(least, fit * Math.max(MAX_STEP, (el.clientHeight / el.scrollHeight) * 0.98));
    if (next < fit - 0.005) setFit(next);
  });
  return [ref, fit];
}
