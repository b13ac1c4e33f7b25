/**
 * Boxes in the levers holding a value that cannot be used (not a number, out of range, refused by the scenario's
 * checks). The scenario keeps its last valid value, so the results on screen are for that one: a planner read
 * "Rs 239 bn spent" for a cash share of 95% while the box said 150 and the only clue was the box's own message.
 * Each such box is counted here while it is shown, so the results can say so (Dashboard).
 */
import { useEffect, useSyncExternalStore } from 'react';

const unused = new Set<string>();
const listeners = new Set<() => void>();

function mark(box: string, isUnused: boolean): void {
  if (unused.has(box) === isUnused) return;
  if (isUnused) unused.add(box);
  else unused.delete(box);
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Counts box `box` (a unique id) while `isUnused` and it is mounted. */
export function useReportUnused(box: string, isUnused: boolean): void {
  useEffect(() => mark(box, isUnused), [box, isUnused]);
  useEffect(() => () => mark(box, false), [box]);
}

/** How many boxes in the levers hold a value that cannot be used. */
export const useUnusedEdits = (): number => useSyncExternalStore(subscribe, () => unused.size, () => 0);
