/**
 * Round axis extents and ticks (d3's `nice` and `ticks`: steps of 1, 2 or 5
 * times a power of ten), so that axes read "0, 0.5, 1 … 3" rather than
 * an evenly split "0, 0.7, 1.4 …". Only the extent of values the
 * chart already draws is taken; nothing is estimated.
 */
import { nice, ticks } from 'd3';
import type { IntervalValue } from '../types';

export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

/** The scenarios a single-scenario chart's axis spans: its own, and its peers' when it shares a scale with them (registry). */
export function withPeers<T>(run: T, peers: readonly T[] | undefined): readonly T[] {
  return peers ? (peers.includes(run) ? peers : [run, ...peers]) : [run];
}

export interface NiceOptions {
  /** Keep zero on the axis (bars start at zero). */
  zero?: boolean;
  /** Roughly how many ticks. */
  count?: number;
  /** Half-width to use when every value is the same (e.g. all differences exactly 0). */
  flat?: number;
}

export function niceScale(values: Iterable<number | null | undefined>, { zero = false, count = 5, flat = 1 }: NiceOptions = {}): NiceScale {
  let lo = zero ? 0 : Infinity;
  let hi = zero ? 0 : -Infinity;
  let seen = false;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    seen = true;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // Nothing to show yet (no results): 0 to `flat`, not a range below zero; equal values get an axis around them.
  if (!seen) [lo, hi] = [0, flat];
  else if (lo === hi) [lo, hi] = [lo - flat, hi + flat];
  const [a, b] = nice(lo, hi, count);
  return { domain: [a, b], ticks: ticks(a, b, count) };
}

/** Every number an interval bar draws: the bar end and both whisker ends. */
export function* intervalValues(items: Iterable<IntervalValue | undefined>): Generator<number | null> {
  for (const v of items) if (v) yield* [v.value, v.low, v.high];
}
