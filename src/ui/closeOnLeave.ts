/**
 * A panel opened from a top-bar button (Share, Export, New scenario…) closes when the reader goes elsewhere, by
 * pointer or by Tab: a pointer pressed, or focus arriving, outside every element of `inside`. Left open, a panel
 * lay under the next one opened, and Escape, heard only inside it, no longer reached it.
 */
import { useEffect, type RefObject } from 'react';

export function useCloseOnLeave(open: boolean, inside: readonly RefObject<HTMLElement | null>[], close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (e.target instanceof Node && !inside.some((r) => r.current?.contains(e.target as Node))) close();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
    // The refs and `close` are read when an event comes; only opening and closing change what is listened for.
  }, [open]);
}
