/**
 * Paired differences against the baseline (scenario − baseline, replication
 * by replication, on common random numbers; computed by the engine's
 * compareRuns). A scenario identical to the baseline has a difference of
 * exactly 0 in every replication, so its interval has zero width and no whiskers.
 */
import type { DiffRun, IntervalValue } from '../types';
import type { MetricKey } from '../metrics';
import { interval } from './interval';

export interface DifferenceRow extends IntervalValue {
  id: string;
  name: string;
  color: string;
  /** Replications both runs hold: the difference's sample size. */
  replications: number;
}

export function differenceRows(diffs: readonly DiffRun[], metric: MetricKey): DifferenceRow[] {
  return diffs.map((d) => ({
    id: d.id,
    name: d.name,
    color: d.color,
    replications: d.diff.replications,
    ...interval(d.diff.summary[metric]),
  }));
}

