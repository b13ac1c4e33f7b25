/**
 * Layout of the packed Float64Array one replication returns. Plain numbers
 * in a fixed order cross the worker boundary as one transferable buffer.
 *
 * A replication holds one block per pass: the scenario, then (if enabled) the
 * no-programme counterfactual run on the same draws.
 */
import { REGIONS } from '../population/regions';
import { PROGRAMMES } from '../scenario/groups/budget';

export const SCALARS = [
  'povertyHeadcountStart', 'povertyHeadcountEnd', 'poorHouseholdsStart', 'poorHouseholdsEnd', 'poorPeopleEnd',
  'sustainedExits', 'reentries', 'newlyPoor',
  'povertyGapStart', 'povertyGapEnd', 'povertySeverityStart', 'povertySeverityEnd',
  'giniStart', 'giniEnd', 'meanIncomeStart', 'meanIncomeEnd',
  'budgetPKR', 'spentPKR', 'unspentPKR', 'leakagePKR',
  'loansDisbursedPKR', 'principalRepaidPKR', 'outstandingPKR', 'writtenOffPKR', 'interestPaidPKR',
  'loansDisbursedCount', 'par30End', 'defaultRate', 'extensionsGranted', 'reschedulings', 'divertedRecalledPKR',
  'riskFundEndPKR', 'riskFundContributionsPKR', 'riskFundPayoutsPKR', 'interestSubsidyPKR',
  'cashRecipients', 'stipendRecipients', 'trainees', 'farmersSupported', 'borrowers',
  'inclusionError', 'exclusionError', 'totalHouseholds', 'totalPeople',
] as const;
export type ScalarKey = (typeof SCALARS)[number];

/**
 * Monthly series. Flows are per month: loansDisbursedPKR. Stocks are end-of-
 * month levels: povertyHeadcount, poorHouseholds, povertyGap, meanIncome,
 * par30, riskFundBalancePKR, outstandingPKR, activeBorrowers, arrears*PKR.
 * Running totals since month 0: cumulativeSpentPKR, writtenOffPKR,
 * principalRepaidPKR, and defaultRate (written off ÷ disbursed so far).
 */
export const SERIES = [
  'povertyHeadcount', 'poorHouseholds', 'povertyGap', 'meanIncome', 'par30', 'riskFundBalancePKR',
  'cumulativeSpentPKR', 'outstandingPKR', 'loansDisbursedPKR', 'writtenOffPKR', 'principalRepaidPKR',
  'defaultRate', 'activeBorrowers', 'arrears1to29PKR', 'arrears30to89PKR', 'arrears90plusPKR',
] as const;
export type SeriesKey = (typeof SERIES)[number];

export const REGION_SCALARS = [
  'povertyHeadcountStart', 'povertyHeadcountEnd', 'poorHouseholdsEnd', 'sustainedExits', 'reentries', 'newlyPoor',
  'spentPKR', 'people', 'households',
] as const;
export type RegionScalarKey = (typeof REGION_SCALARS)[number];

/** Participants and their sustained exits, by programme (admin has none). */
export const PROGRAMME_SCALARS = ['participants', 'sustainedExits'] as const;
export const PARTICIPANT_PROGRAMMES = ['cash', 'stipend', 'microfinance', 'training', 'farm'] as const;

/** Income histogram: people-weighted, log-spaced bins of income / poverty line. */
export const HIST_BINS = 60;
export const HIST_MIN_RATIO = 0.1;
export const HIST_MAX_RATIO = 10;
export const DECILES = 10;
export const MAX_YEARS = 10;
/** Per year: budget, then spent by each programme (incl. admin), then unspent. */
export const YEAR_FIELDS = 2 + PROGRAMMES.length;

export interface PassLayout {
  months: number;
  scalars: number;
  series: number;
  region: number;
  programme: number;
  histStart: number;
  histEnd: number;
  decileStart: number;
  decileEnd: number;
  years: number;
  size: number;
}

/** Offsets of each block within one pass. */
export function passLayout(months: number): PassLayout {
  let o = 0;
  const take = (n: number) => {
    const at = o;
    o += n;
    return at;
  };
  const scalars = take(SCALARS.length);
  const series = take(SERIES.length * months);
  const region = take(REGIONS.length * REGION_SCALARS.length);
  const programme = take(PARTICIPANT_PROGRAMMES.length * PROGRAMME_SCALARS.length);
  const histStart = take(HIST_BINS);
  const histEnd = take(HIST_BINS);
  const decileStart = take(DECILES);
  const decileEnd = take(DECILES);
  const years = take(MAX_YEARS * YEAR_FIELDS);
  return { months, scalars, series, region, programme, histStart, histEnd, decileStart, decileEnd, years, size: o };
}

export const scalarIndex = Object.fromEntries(SCALARS.map((k, i) => [k, i])) as Record<ScalarKey, number>;
export const seriesIndex = Object.fromEntries(SERIES.map((k, i) => [k, i])) as Record<SeriesKey, number>;
export const regionScalarIndex = Object.fromEntries(REGION_SCALARS.map((k, i) => [k, i])) as Record<RegionScalarKey, number>;
