/**
 * The four headline numbers of one scenario. Each card shows the median
 * across replications (not the mean) with its 90% interval: the median
 * always lies inside the interval it is quoted with, and it is the centre
 * line of the fan charts too.
 */
import type { Dist, RunResult } from '../../../engine/index';
import type { UnitKind } from '../metrics';
import { interval } from './interval';
import type { IntervalValue } from '../types';

export interface HeadlineCard extends IntervalValue {
  key: 'poorHouseholdsEnd' | 'additionalSustainedExits' | 'costPerSustainedExitPKR' | 'par30Last12';
  label: string;
  unit: UnitKind;
  /** Shown instead of a value when there is none (e.g. no additional exits to divide by). */
  empty: string;
}

const CARDS: readonly Omit<HeadlineCard, keyof IntervalValue>[] = [
  { key: 'poorHouseholdsEnd', label: 'Poor households at the end', unit: 'count', empty: 'not available' },
  {
    key: 'additionalSustainedExits',
    label: 'More households out of poverty for 12+ months than under the status quo',
    unit: 'count',
    empty: 'not available (the status quo was not simulated)',
  },
  { key: 'costPerSustainedExitPKR', label: 'Cost per additional household out of poverty for 12+ months', unit: 'pkr', empty: 'no additional exits' },
  // The last 12 months' average: the end-month figure is an annual sawtooth as yearly cohorts of loans age.
  { key: 'par30Last12', label: 'Loan money 30+ days overdue, last 12 months (PAR30)', unit: 'share', empty: 'no loans made' },
];

const NONE: Dist = { mean: null, p5: null, p25: null, p50: null, p75: null, p95: null };

export function headlineCards(result: RunResult): HeadlineCard[] {
  const s = result.summary;
  // With no loans at all, PAR30 is 0 by convention in the engine; say "no loans" instead of "0%".
  const noLoans = s.loansDisbursedPKR.p95 === 0;
  return CARDS.map((c) => ({ ...c, ...interval(c.key === 'par30Last12' && noLoans ? NONE : s[c.key], 'p50') }));
}
