/**
 * Paired differences against the baseline (scenario − baseline, replication
 * by replication, on common random numbers; computed by the engine's
 * compareRuns). A scenario identical to the baseline has a difference of
 * exactly 0 in every replication, so its interval has zero width and no whiskers.
 */
import type { RegionId, RegionScalarKey } from '../../../engine/index';
import type { DiffRun, IntervalValue } from '../types';
import type { MetricKey } from '../metrics';
import { interval } from './interval';

/** Where a difference is read: the whole country, or within one region (its households only). */
export type DiffPlace = 'all' | RegionId;

export interface DifferenceRow extends IntervalValue {
  id: string;
  name: string;
  color: string;
  /** Replications both runs hold: the difference's sample size. */
  replications: number;
}

export function differenceRows(diffs: readonly DiffRun[], metric: MetricKey, place: DiffPlace = 'all'): DifferenceRow[] {
  return diffs.map((d) => ({
    id: d.id,
    name: d.name,
    color: d.color,
    replications: d.diff.replications,
    ...interval(place === 'all' ? d.diff.summary[metric] : d.diff.byRegion?.[place][metric as RegionScalarKey]),
  }));
}

/** Whether every one of `metrics` was differenced within each region for every scenario, so a region can be shown. */
export const regionalDifferences = (diffs: readonly DiffRun[], metrics: readonly MetricKey[]): boolean =>
  diffs.length > 0 && diffs.every((d) => d.diff.byRegion !== undefined && metrics.every((m) => d.diff.byRegion!.punjab[m as RegionScalarKey] !== undefined));

