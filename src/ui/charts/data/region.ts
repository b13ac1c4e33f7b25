/**
 * Poverty by region for one scenario: the headcount at the start and the
 * end (share of people), and sustained exits (households), each with its
 * 90% interval across replications.
 */
import { keyLabel } from '../../editor/labels';
import { REGIONS, type RegionId, type RunResult } from '../../../engine/index';
import type { IntervalValue } from '../types';
import { interval } from './interval';

export interface RegionRow {
  region: RegionId;
  label: string;
  before: IntervalValue;
  after: IntervalValue;
  exits: IntervalValue;
}

export function regionRows(result: RunResult): RegionRow[] {
  return REGIONS.map((region) => {
    const r = result.byRegion[region];
    return {
      region,
      label: keyLabel(region),
      before: interval(r.povertyHeadcountStart),
      after: interval(r.povertyHeadcountEnd),
      exits: interval(r.sustainedExits),
    };
  });
}

/** The intervals the chart draws in each mode, for its axis extent. */
export const regionIntervals = (rows: readonly RegionRow[], mode: 'headcount' | 'exits'): IntervalValue[] =>
  rows.flatMap((r) => (mode === 'headcount' ? [r.before, r.after] : [r.exits]));
