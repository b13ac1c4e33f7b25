/**
 * Poverty by region for one scenario, each with its 90% interval across
 * replications: the headcount (share of people), the poverty gap and
 * severity and the Gini at the start and the end; sustained exits
 * (households); the inclusion and exclusion errors of cash when year 1
 * opens; and, against the status quo on the same draws, additional exits and
 * their cost (null without the counterfactual).
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
  gapBefore: IntervalValue;
  gapAfter: IntervalValue;
  severityAfter: IntervalValue;
  giniBefore: IntervalValue;
  giniAfter: IntervalValue;
  /** Shares of the region's cash recipients not poor, and of its poor households without cash, when year 1 opens. */
  inclusion: IntervalValue;
  exclusion: IntervalValue;
  /** Sustained exits beyond the status quo's, and spending over them (null values without the counterfactual). */
  added: IntervalValue;
  costPerAdded: IntervalValue;
  spent: IntervalValue;
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
      gapBefore: interval(r.povertyGapStart),
      gapAfter: interval(r.povertyGapEnd),
      severityAfter: interval(r.povertySeverityEnd),
      giniBefore: interval(r.giniStart),
      giniAfter: interval(r.giniEnd),
      inclusion: interval(r.inclusionError),
      exclusion: interval(r.exclusionError),
      added: interval(r.additionalSustainedExits),
      costPerAdded: interval(r.costPerSustainedExitPKR),
      spent: interval(r.spentPKR),
    };
  });
}

/** What the chart can show: people in poverty, the poverty gap, households out of poverty, and those beyond the status quo. */
export type RegionMode = 'headcount' | 'gap' | 'exits' | 'added';

/** The intervals the chart draws in each mode, for its axis extent. */
export const regionIntervals = (rows: readonly RegionRow[], mode: RegionMode): IntervalValue[] =>
  rows.flatMap((r) => {
    switch (mode) {
      case 'headcount': return [r.before, r.after];
      case 'gap': return [r.gapBefore, r.gapAfter];
      case 'exits': return [r.exits];
      case 'added': return [r.added];
    }
  });
