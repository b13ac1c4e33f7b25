/**
 * The four headline numbers of one scenario. Each card shows the mean
 * across replications with its 90% interval, as the headline sentence, the
 * slides, the bar charts and the ranking do (HEADLINE_CENTRE), so one number
 * is quoted the same everywhere. Only the fan charts draw a median, as the
 * centre line of their bands.
 */
import { i18n } from '../../../i18n/index';
import { isStatusQuoPolicy, type Dist, type RunResult } from '../../../engine/index';
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

const CARDS: readonly Pick<HeadlineCard, 'key' | 'unit'>[] = [
  { key: 'poorHouseholdsEnd', unit: 'count' },
  { key: 'additionalSustainedExits', unit: 'count' },
  { key: 'costPerSustainedExitPKR', unit: 'pkr' },
  // The last 12 months' average: the end-month figure is an annual sawtooth as yearly cohorts of loans age.
  { key: 'par30Last12', unit: 'share' },
];

/**
 * The statistic every headline number, bar and ranking quotes: the mean across replications, the average
 * effect. For cost per exit the engine's mean is total spent ÷ total additional exits, the usual estimate of a
 * ratio. (The headline once quoted medians while the charts and the ranking quoted means, so a printout and a
 * slide could give 4.05 m and 4.15 m for the same cost, and rank two scenarios in different orders.)
 */
export const HEADLINE_CENTRE = 'mean' as const;

const NONE: Dist = { mean: null, p5: null, p25: null, p50: null, p75: null, p95: null };

export function headlineCards(result: RunResult): HeadlineCard[] {
  const s = result.summary;
  // With no loans at all, PAR30 is 0 by convention in the engine; say "no loans" instead of "0%". Read from the
  // mean (money lent is never negative), which stays while intervals are still estimated and p95 is hidden.
  const noLoans = s.loansDisbursedPKR.mean === 0;
  // The status quo's own exits and cost are not additional to anything (neither 0 nor "comparison off"): said so.
  const itself = isStatusQuoPolicy(result.scenario);
  const againstItself = (key: HeadlineCard['key']) => itself && (key === 'additionalSustainedExits' || key === 'costPerSustainedExitPKR');
  return CARDS.map((c) => ({
    ...c,
    label: i18n.t(`charts:headline.cards.${c.key}`),
    empty: i18n.t(againstItself(c.key) ? 'charts:headline.empty.statusQuoItself' : `charts:headline.empty.${c.key}`),
    ...interval((c.key === 'par30Last12' && noLoans) || againstItself(c.key) ? NONE : s[c.key], HEADLINE_CENTRE),
  }));
}
