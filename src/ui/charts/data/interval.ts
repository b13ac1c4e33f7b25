/**
 * From the engine's quantile summary (Dist) to what a bar with whiskers
 * needs. Only selection and subtraction of already-computed quantiles: the
 * statistics were taken across replications by the engine.
 */
import type { Dist } from '../../../engine/index';
import type { IntervalValue } from '../types';

export type Centre = 'mean' | 'p50';

/**
 * The chosen centre with its 5th–95th percentile interval. Whiskers are
 * clipped at the centre because a mean can fall outside a narrow interval
 * when replications are few; a negative whisker would draw backwards. An
 * interval of zero width (e.g. a scenario identical to the baseline) gets no
 * whiskers at all.
 */
export function interval(d: Dist | undefined, centre: Centre = 'mean'): IntervalValue {
  const value = d?.[centre] ?? null;
  const low = d?.p5 ?? null;
  const high = d?.p95 ?? null;
  const error: [number, number] | null =
    value === null || low === null || high === null || low === high
      ? null
      : [Math.max(0, value - low), Math.max(0, high - value)];
  return { value, low, high, error };
}

/** A [low, high] pair for a range area, or null if either end is undefined. */
export function band(low: number | null | undefined, high: number | null | undefined): [number, number] | null {
  return low === null || low === undefined || high === null || high === undefined ? null : [low, high];
}

/** The key of the i-th scenario in a row (by position: ids may hold any characters). */
export const runKey = (i: number): string => `s${i}`;

/** Scenario i's interval in a row keyed by `runKey`, for tables. */
export const valueAt = (row: object, i: number): IntervalValue | undefined =>
  (row as Record<string, unknown>)[runKey(i)] as IntervalValue | undefined;

/** The whisker's ends in data units (value minus and plus `error`), or null when there is none to draw. */
export function whiskerEnds(v: IntervalValue | undefined): [number, number] | null {
  return v && v.value !== null && v.error ? [v.value - v.error[0], v.value + v.error[1]] : null;
}

/** A value drawn without an interval (e.g. a part of a stacked bar, a mean). */
export const plain = (value: number | null): IntervalValue => ({ value, low: null, high: null, error: null });

/** An interval with a lower end and no upper one (an unbounded 95th percentile, e.g. cost per exit where some replications add no exits). */
export const openAbove = (v: IntervalValue): boolean => v.value !== null && v.low !== null && v.high === null;
