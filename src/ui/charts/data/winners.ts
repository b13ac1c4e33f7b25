/**
 * Winners and losers: households at least 5% better or worse off at the end
 * than in the status quo on the same draws, by start decile and over all
 * households, as the engine summarised them.
 */
import type { RunResult } from '../../../engine/index';
import type { IntervalValue } from '../types';
import { decileLabel } from './decile';
import { interval } from './interval';

export interface WinnersRow {
  decile: number;
  label: string;
  gaining: IntervalValue;
  losing: IntervalValue;
}

export function winnersRows(result: RunResult): WinnersRow[] {
  const by = result.distribution.byStartDecile;
  if (!by) return [];
  return by.shareGaining.map((g, d) => ({
    decile: d,
    label: decileLabel(d, by.shareGaining.length),
    gaining: interval(g),
    losing: interval(by.shareLosing[d]),
  }));
}

/** Over all households (NaN, shown as "–", without the status quo). */
export function winnersTotals(result: RunResult): { gaining: IntervalValue; losing: IntervalValue } {
  return { gaining: interval(result.summary.shareGaining), losing: interval(result.summary.shareLosing) };
}

/**
 * The same interval below zero, for a bar drawn downwards or leftwards
 * (losers opposite gainers): value and ends change sign, the ends swap.
 */
export function mirrored(v: IntervalValue): IntervalValue {
  const neg = (x: number | null) => (x === null ? null : -x);
  return { value: neg(v.value), low: neg(v.high), high: neg(v.low), error: v.error && [v.error[1], v.error[0]] };
}
