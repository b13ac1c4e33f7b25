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

export interface CloseOnLeaveOptions {
  /**
   * Close too when the focus leaves the page from inside the panel: Tab past the page's last control, into the
   * browser's own, where no focus arrives in the page to be heard (a Download menu in the last chart stayed open).
   * Switching to another window does the same, as it closes a native menu; so it is only for panels with nothing
   * to lose (a menu of buttons), not one with a field being typed in.
   */
  whenFocusLeavesPage?: boolean;
}

export function useCloseOnLeave(open: boolean | (() => boolean), inside: readonly RefObject<HTMLElement | null>[], close: () => void, options: CloseOnLeaveOptions = {}): void {
  const latest = useRef({ open, inside, close, options });
  useLayoutEffect(() => {
    latest.current = { open, inside, close, options };
  });
  useEffect(() => {
    const isOpen = () => {
      const { open } = latest.current;
      return typeof open === 'function' ? open() : open;
    };
    const isInside = (node: EventTarget | null) => node instanceof Node && latest.current.inside.some((r) => r.current?.contains(node));
    const away = (e: Event) => {
      if (isOpen() && e.target instanceof Node && !isInside(e.target)) latest.current.close();
    };
    let pending: ReturnType<typeof setTimeout> | undefined;
    // Focus going nowhere in the page: to the browser, or to the page's body (a click on the panel's own text blurs
    // its button too). Only the first leaves the page without its focus, which is known once the move is over.
    const left = (e: FocusEvent) => {
      if (!latest.current.options.whenFocusLeavesPage || e.relatedTarget !== null || !isOpen() || !isInside(e.target)) return;
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (!document.hasFocus() && isOpen()) latest.current.close();
      }, 0);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    document.addEventListener('focusout', left);
    return () => {
      clearTimeout(pending);
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('focusout', left);
    };
  }, []);
}
