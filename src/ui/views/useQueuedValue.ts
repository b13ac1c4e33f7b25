/**
 * A value that follows `value` one task at a time (see taskQueue): null
 * until first shown, then updated in a task of its own, rendered there
 * synchronously so that the chart's whole update (render, commit, effects)
 * stays inside that one task. `key` picks what the consumer draws from the
 * value; a new value with the same key is not worth a render and is skipped.
 * Out of sight (`inSight` false), it follows only once the key has settled:
 * new values that leave the key as it was (a chart's inputs refreshed for
 * another part of the page, such as the programme-by-programme runs that go
 * on after a comparison) neither draw it nor make it wait longer.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { cancel, enqueue, enqueueWhenSettled } from './taskQueue';

export function useQueuedValue<T>(value: T, key: (v: T) => unknown = (v) => v, inSight = true): { shown: T | null; current: boolean } {
  const [shown, setShown] = useState<T | null>(null);
  const owner = useRef({});
  // The newest value, read when the job runs: a job queued for a key draws whatever value has that key by then.
  const latest = useRef(value);
  const wanted = key(value);
  const current = shown !== null && key(shown) === wanted;
  useEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    if (current) cancel(owner.current);
    else (inSight ? enqueue : enqueueWhenSettled)(owner.current, () => flushSync(() => setShown(latest.current)));
  }, [wanted, current, inSight]);
  useEffect(() => {
    const o = owner.current;
    return () => cancel(o);
  }, []);
  return { shown, current };
}
