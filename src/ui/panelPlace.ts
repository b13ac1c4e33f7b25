/**
 * Where a panel opened from a top-bar button goes (Export, Share): fixed on
 * screen, under the button and lined up with its end, but kept inside the
 * window: on a phone the top bar wraps and puts the button anywhere, and a
 * panel hung from it ran off the left or right edge, or below the bottom
 * where no scrolling could reach it. A panel taller than the room under the
 * button scrolls inside itself, or starts at the top of the window if that
 * room is too small to use.
 */
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/** Gap kept between a panel and the window's edges, and between the button and the panel, px. */
const MARGIN = 8;
const GAP = 6;
/** Less room than this under the button, and the panel starts at the top of the window instead. */
const LEAST_HEIGHT = 240;

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** The panel's top, left and greatest height in a window of `width` × `height`, for a button at `button` (viewport px). */
export function panelPlace(button: Box, panelWidth: number, width: number, height: number, rtl: boolean): { top: number; left: number; maxHeight: number } {
  // Its inline end on the button's: the right edge in English, the left in Urdu; then moved inside the window.
  const wanted = rtl ? button.left : button.right - panelWidth;
  const left = Math.max(MARGIN, Math.min(wanted, width - panelWidth - MARGIN));
  const below = button.bottom + GAP;
  const room = height - below - MARGIN;
  return room >= LEAST_HEIGHT ? { top: below, left, maxHeight: room } : { top: MARGIN, left, maxHeight: height - 2 * MARGIN };
}

/**
 * The style of a panel open under `button`: transparent until measured, then placed (panelPlace); both before the
 * browser paints. Transparent, not hidden: a panel that moves focus into itself as it opens (Share) could not,
 * while its contents were visibility: hidden.
 */
export function usePanelPlace(open: boolean, button: RefObject<HTMLElement | null>, panel: RefObject<HTMLElement | null>): CSSProperties {
  const [place, setPlace] = useState<{ top: number; left: number; maxHeight: number } | null>(null);
  useLayoutEffect(() => {
    if (!open || !button.current || !panel.current) {
      setPlace(null);
      return;
    }
    const place = () => {
      if (!button.current || !panel.current) return;
      const rtl = getComputedStyle(button.current).direction === 'rtl';
      setPlace(panelPlace(button.current.getBoundingClientRect(), panel.current.offsetWidth, window.innerWidth, window.innerHeight, rtl));
    };
    place();
    // Placed again when the window changes size (a phone turned on its side), where the button may have moved.
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, button, panel]);
  return place ? { top: place.top, left: place.left, maxHeight: place.maxHeight } : { opacity: 0 };
}
