/**
 * A panel opened from a top-bar button (Share, Export, New scenario…) closes when the reader goes elsewhere, by
 * pointer or by Tab: a pointer pressed, or focus arriving, outside every element of `inside`. Left open, a panel
 * lay under the next one opened, and Escape, heard only inside it, no longer reached it.
 *
 * It hears the reader from the moment the panel is on the page. The listeners had been added by an effect of `open`,
 * which React runs only after it has put the panel on the page — and a chart's Download menu, a <details> the browser
 * opens itself, React sees open only at its toggle event, a task later: a Tab or a click in between went unheard and
 * the panel stayed open. So they stay on the document while the component is mounted, and ask when an event comes
 * whether the panel is open: `open` as React last committed it (kept in a layout effect, which runs as React puts
 * the panel on the page, before the browser can hand on another event), or, for a panel the browser opens itself,
 * a function that reads the page.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export function useCloseOnLeave(open: boolean | (() => boolean), inside: readonly RefObject<HTMLElement | null>[], close: () => void): void {
  const latest = useRef({ open, inside, close });
  useLayoutEffect(() => {
    latest.current = { open, inside, close };
  });
  useEffect(() => {
    const away = (e: Event) => {
      const { open, inside, close } = latest.current;
      if (!(typeof open === 'function' ? open() : open)) return;
      if (e.target instanceof Node && !inside.some((r) => r.current?.contains(e.target as Node))) close();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, []);
}
