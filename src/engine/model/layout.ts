/**
 * Layout of the packed Float64Array one replication returns. Plain numbers
 * in a fixed order cross the worker boundary as one transferable buffer.
 *
 * A replication holds one block per pass: the scenario, then (if enabled) the
 * counterfactual run on the same draws: the status quo, in which the existing
 * cash transfer keeps paying and no new programme runs (not a world without
 * programmes).
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
  // extensionsGranted: loans (weighted households) granted at least one extension month, not months (loans.ts);
  // reschedulings: loans (weighted households) rescheduled, each at most once.
  'loansDisbursedCount', 'par30End', 'defaultRate', 'extensionsGranted', 'reschedulings', 'divertedRecalledPKR',
  'riskFundEndPKR', 'riskFundContributionsPKR', 'riskFundPayoutsPKR', 'interestSubsidyPKR',
  'cashRecipients', 'stipendRecipients', 'trainees', 'farmersSupported', 'borrowers',
  'inclusionError', 'exclusionError', 'totalHouseholds', 'totalPeople',
  'existingCashPKR', 'existingRecipients', 'poorBothWaves', 'poorOneWave', 'poorNeitherWave', 'par30Last12',
  'meanSavingsEnd', 'loanPaymentsPKR',
] as const;
export type ScalarKey = (typeof SCALARS)[number];

/**
 * Monthly series. Flows are per month: loansDisbursedPKR. Stocks are end-of-
 * month levels: povertyHeadcount, poorHouseholds, povertyGap (FGT1),
 * povertySeverity (FGT2, the squared gap), meanIncome,
 * par30, riskFundBalancePKR, outstandingPKR, activeBorrowers, arrears*PKR,
 * renegotiatedPKR (outstanding of loans extended or rescheduled).
 * Running totals since month 0: cumulativeSpentPKR, writtenOffPKR,
 * principalRepaidPKR, and defaultRate (written off ÷ disbursed so far).
 */
export const SERIES = [
  'povertyHeadcount', 'poorHouseholds', 'povertyGap', 'meanIncome', 'par30', 'riskFundBalancePKR',
  'cumulativeSpentPKR', 'outstandingPKR', 'loansDisbursedPKR', 'writtenOffPKR', 'principalRepaidPKR',
  'defaultRate', 'activeBorrowers', 'arrears1to29PKR', 'arrears30to89PKR', 'arrears90plusPKR', 'renegotiatedPKR',
  'povertySeverity',
] as const;
export type SeriesKey = (typeof SERIES)[number];

/**
 * Outcomes within each region, as the national ones are defined (outcomes.ts): headcount, gap and severity
 * (FGT 0/1/2, shares of the region's people), Gini and mean consumption per adult-equivalent (people-weighted)
 * at the start and the end; households counted; money spent there; the inclusion and exclusion errors of cash
 * when year 1 opens, over the region's households (engine 2.8.0). For a region with no households the shares,
 * means, Gini and errors are NaN (undefined) and the counts 0; an error is NaN too in a replication where the
 * region has no cash recipient (inclusion) or no poor household (exclusion).
 */
export const REGION_SCALARS = [
  'povertyHeadcountStart', 'povertyHeadcountEnd', 'poorHouseholdsEnd', 'sustainedExits', 'reentries', 'newlyPoor',
  'spentPKR', 'people', 'households',
  'poorHouseholdsStart', 'povertyGapStart', 'povertyGapEnd', 'povertySeverityStart', 'povertySeverityEnd', 'giniStart', 'giniEnd',
  'meanIncomeStart', 'meanIncomeEnd', 'inclusionError', 'exclusionError',
] as const;
export type RegionScalarKey = (typeof REGION_SCALARS)[number];

/**
 * Sums over the participants of each programme (and of any programme), for
 * effects on participants paired with the status quo on the same draws:
 * households, people, Σ household size; Σ end consumption per adult-equivalent
 * with the programmes and without (household-weighted); poor people with and
 * without; sustained exits with and without; households at least 5% better
 * off and at least 5% worse off. Ratios are taken per replication (build.ts).
 */
export const PROGRAMME_SCALARS = [
  'participants', 'people', 'sizeSum', 'consWith', 'consWithout', 'poorWith', 'poorWithout',
  'sustainedExits', 'exitsWithout', 'betterOff', 'worseOff',
] as const;
export type ProgrammeScalarKey = (typeof PROGRAMME_SCALARS)[number];
export const PARTICIPANT_PROGRAMMES = ['cash', 'stipend', 'microfinance', 'training', 'farm'] as const;
/** Effects are reported for each programme and for participants of any programme. */
export const EFFECT_GROUPS = [...PARTICIPANT_PROGRAMMES, 'any'] as const;
export const programmeScalarIndex = Object.fromEntries(PROGRAMME_SCALARS.map((k, i) => [k, i])) as Record<ProgrammeScalarKey, number>;

/**
 * Sums by decile of the start distribution (consumption per adult-equivalent
 * the month before month 0, people-weighted; the same households in every
 * pass of a replication, since no programme has paid yet): households,
 * people, Σ people × end consumption with the programmes and without (the
 * status quo on the same draws), households at least 5% better and worse off,
 * then the participating households of each effect group. Written into the
 * scenario block when the status quo is run.
 */
export const DECILE_SCALARS = ['households', 'people', 'consWith', 'consWithout', 'betterOff', 'worseOff'] as const;
export type DecileScalarKey = (typeof DECILE_SCALARS)[number];
export const DECILE_FIELDS = DECILE_SCALARS.length + EFFECT_GROUPS.length;
export const decileScalarIndex = Object.fromEntries(DECILE_SCALARS.map((k, i) => [k, i])) as Record<DecileScalarKey, number>;

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
  /** Monthly poverty headcount by region: REGIONS × months. */
  regionSeries: number;
  region: number;
  programme: number;
  /** Unspent money by programme: PROGRAMMES × MAX_YEARS. */
  unspent: number;
  histStart: number;
  histEnd: number;
  decileStart: number;
  decileEnd: number;
  years: number;
  /** Sums by start decile: DECILES × DECILE_FIELDS (DECILE_SCALARS, then participants by effect group). */
  byDecile: number;
  /**
   * The part of `unspent` left where an eligible household went unserved for lack of money (PassState
   * unspentStep): PROGRAMMES × MAX_YEARS. After the blocks before it, so that each kept its place.
   */
  unspentStep: number;
  /** Decile means within each region, at the start and the end: REGIONS × DECILES each (as decileStart / decileEnd nationally). */
  regionDecileStart: number;
  regionDecileEnd: number;
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
  const regionSeries = take(REGIONS.length * months);
  const region = take(REGIONS.length * REGION_SCALARS.length);
  const programme = take(EFFECT_GROUPS.length * PROGRAMME_SCALARS.length);
  const unspent = take(PROGRAMMES.length * MAX_YEARS);
  const histStart = take(HIST_BINS);
  const histEnd = take(HIST_BINS);
  const decileStart = take(DECILES);
  const decileEnd = take(DECILES);
  const years = take(MAX_YEARS * YEAR_FIELDS);
  const byDecile = take(DECILES * DECILE_FIELDS);
  const unspentStep = take(PROGRAMMES.length * MAX_YEARS);
  const regionDecileStart = take(REGIONS.length * DECILES);
  const regionDecileEnd = take(REGIONS.length * DECILES);
  return {
    months, scalars, series, regionSeries, region, programme, unspent, histStart, histEnd, decileStart, decileEnd, years, byDecile, unspentStep,
    regionDecileStart, regionDecileEnd, size: o,
  };
}

export const scalarIndex = Object.fromEntries(SCALARS.map((k, i) => [k, i])) as Record<ScalarKey, number>;
export const seriesIndex = Object.fromEntries(SERIES.map((k, i) => [k, i])) as Record<SeriesKey, number>;
export const regionScalarIndex = Object.fromEntries(REGION_SCALARS.map((k, i) => [k, i])) as Record<RegionScalarKey, number>;
