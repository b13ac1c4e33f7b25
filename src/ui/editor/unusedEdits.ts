/**
 * Boxes in the levers holding a value that cannot be used (not a number, out of range, refused by the scenario's
 * checks). The scenario keeps its last valid value, so the results on screen are for that one: a planner read
 * "Rs 239 bn spent" for a cash share of 95% while the box said 150 and the only clue was the box's own message.
 * Each such box is counted here while it is shown, so the results can say so (Dashboard).
 */
import { useEffect, useSyncExternalStore } from 'react';

/** Values that cannot be used, by the component that holds them (a distribution's editor holds several boxes). */
const unused = new Map<string, number>();
let total = 0;
const listeners = new Set<() => void>();

function mark(holder: string, count: number): void {
  if ((unused.get(holder) ?? 0) === count) return;
  total += count - (unused.get(holder) ?? 0);
  if (count > 0) unused.set(holder, count);
  else unused.delete(holder);
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Counts `count` unusable values held by `holder` (a unique id) while it is mounted. */
export function useReportUnused(holder: string, count: number): void {
  useEffect(() => mark(holder, count), [holder, count]);
  useEffect(() => () => mark(holder, 0), [holder]);
}

/** How many values typed in the levers cannot be used. */
export const useUnusedEdits = (): number => useSyncExternalStore(subscribe, () => total, () => 0);
