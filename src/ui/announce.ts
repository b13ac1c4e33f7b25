/** What a live region says while work goes on: RunProgress's run, the Sensitivity and Optimise views' analyses. */
import { useEffect, useRef, useState } from 'react';

/** How often at most the live region speaks while a run goes (a status change is said at once). */
export const ANNOUNCE_EVERY_MS = 5000;

/**
 * What a screen reader hears: the visible text, but at most every few
 * seconds while the count moves, and at once when the status changes
 * (finished, cancelled, failed). The bars themselves are not live.
 */
export function useAnnouncement(text: string, status: string): string {
  const [said, setSaid] = useState(text);
  const last = useRef({ at: -Infinity, status });
  useEffect(() => {
    if (text === said) return;
    const urgent = status !== last.current.status;
    const wait = urgent ? 0 : Math.max(0, ANNOUNCE_EVERY_MS - (performance.now() - last.current.at));
    const timer = setTimeout(() => {
      last.current = { at: performance.now(), status };
      setSaid(text);
    }, wait);
    return () => clearTimeout(timer);
  }, [text, status, said]);
  return said;
}
