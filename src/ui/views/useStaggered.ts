/**
 * Spread chart updates over separate tasks. Rendering every chart in one go
 * when a progressive result arrives blocks the main thread for hundreds of
 * milliseconds (recharts renders and then re-renders in layout effects);
 * giving each chart its own macrotask, a little apart, keeps every task short
 * so scrolling and typing stay responsive while a run refines the charts.
 */
import { useEffect, useState } from 'react';

/** The value, updated `delayMs` after it changes (in its own task); null until first shown. */
export function useStaggered<T>(value: T, delayMs: number): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    if (shown === value) return;
    const id = setTimeout(() => setShown(value), delayMs);
    return () => clearTimeout(id);
  }, [value, shown, delayMs]);
  return shown;
}
