/**
 * Inequality per scenario: the Gini of consumption per adult-equivalent
 * across people at the start and the end, and the status quo's end on the
 * same draws (null when it is left out of the results).
 */
import type { ChartRun, IntervalValue } from '../types';
import { interval } from './interval';

export interface GiniRow {
  id: string;
  name: string;
  color: string;
  start: IntervalValue;
  end: IntervalValue;
  statusQuoEnd: IntervalValue | null;
  /** End minus the status quo's end, per replication (null without a status quo). */
  change: IntervalValue | null;
}

export function giniRows(runs: readonly ChartRun[]): GiniRow[] {
  return runs.map((r) => ({
    id: r.id,
    name: r.name,
    color: r.color,
    start: interval(r.result.summary.giniStart),
    end: interval(r.result.summary.giniEnd),
    statusQuoEnd: r.result.counterfactual ? interval(r.result.counterfactual.summary.giniEnd) : null,
    change: r.result.counterfactual ? interval(r.result.summary.giniChangeEnd) : null,
  }));
}

/** Every value and interval end drawn, for the axis extent. */
export const giniIntervals = (rows: readonly GiniRow[]): IntervalValue[] =>
  rows.flatMap((r) => [r.start, r.end, ...(r.statusQuoEnd ? [r.statusQuoEnd] : [])]);
