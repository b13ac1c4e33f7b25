/**
 * Everything derived from a scenario once, before any replication: strata,
 * the calibrated income locations, sample allocation and weights, seasonal
 * and price paths, budgets. Pure and cached per scenario object.
 */
import type { Scenario } from '../scenario/types';
import { buildStrata, STRATA_COUNT, type Stratum } from '../population/regions';
import { livelihoodShares } from '../population/livelihoods';
import type { Sample } from '../population/generate';
import type { HouseholdData } from '../population/households';
import { householdDataFor, replicationProblem, rowsFor, stratumStarts } from '../population/householdLayout';
import { calibrateWorld, type WorldCalibration } from './calibrateWorld';
import { cos, exp, log1p, pow } from '../math/dmath';
import { normalTable } from '../random/normal';

export interface Context {
  sc: Scenario;
  n: number;
  months: number;
  years: number;
  strata: Stratum[];
  /** Livelihood shares of each stratum (LIVELIHOODS order). */
  livelihoodShares: number[][];
  /** Headcount target (share of people) of each stratum. */
  headcountTarget: Float64Array;
  /** Calibrated location of log income per adult-equivalent, per stratum (NaN for imported data: its incomes are given). */
  mu: Float64Array;
  /** The run's sample: households per stratum and their weights (imported data: replication 0's rows, mean weight per stratum). */
  sample: Sample;
  /** Imported household data the population comes from (scenario.households), or null for the synthetic population. */
  households: HouseholdData | null;
  /** Real households in each stratum (population / household size). */
  stratumHouseholds: Float64Array;
  /** Months simulated before month 0 under the status quo (the age of the PMT survey). */
  burnIn: number;
  /** Farm seasonal log-income term by month of year (0 = January), mean 0. */
  seasonByMonthOfYear: Float64Array;
  /**
   * exp of the transitory income term for each entry of the normal table:
   * exp(σ_e·N[k] − σ_e²/2) (mean −σ²/2 in logs so it averages 1 in levels), looked up rather than computed.
   */
  expTransitory: Float64Array;
  /** Mean of exp(season) over the year: a farm household's expected earnings factor. */
  seasonMean: number;
  /**
   * Seasonal reserve a farm household holds after month-of-year m's income, per rupee of
   * base earnings: the anticipated surplus of the months since the lean season, cumulated.
   */
  seasonReserve: Float64Array;
  /** Log real-income adjustment by month: all households, and extra for the bottom 40%. */
  priceAll: Float64Array;
  pricePoor: Float64Array;
  /** Real value of one nominal rupee of transfers in month t. */
  transferReal: Float64Array;
  /** Budget for each year in PKR (partial last year pro rata). */
  yearBudget: Float64Array;
  /** Months simulated in each year. */
  yearMonths: Int32Array;
  /** Monthly probability that a disaster strikes each stratum. */
  disasterMonthly: Float64Array;
  /** Share of each stratum's households hit by the 2022-scale flood. */
  floodShare: Float64Array;
}

/** The simulation starts in July (fiscal year); month-of-year 0 = January. */
export const START_MONTH_OF_YEAR = 6;
/** Minimum sample share per stratum so small strata (GB, ICT rural) are represented. */
const MIN_STRATUM_SHARE = 0.004;

/** Split n sample households across strata: a floor each, the rest by population (largest remainder). */
export function allocateSample(n: number, populations: readonly number[], minShare = MIN_STRATUM_SHARE): Int32Array {
  const k = populations.length;
  const floor = Math.max(1, Math.floor(n * minShare));
  const rest = n - floor * k;
  if (rest < 0) throw new Error(`at least ${k} households are needed, one per stratum`);
  const total = populations.reduce((a, b) => a + b, 0);
  const exact = populations.map((p) => (rest * p) / total);
  const counts = exact.map((x) => Math.floor(x));
  let left = rest - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return Int32Array.from(counts, (c) => c + floor);
}

/** A sample of n households over the strata, weighted to the real households of each. */
export function sampleDesign(n: number, strata: readonly Stratum[], stratumHouseholds: Float64Array, minShare?: number): Sample {
  const counts = allocateSample(n, strata.map((s) => s.populationM), minShare);
  const stratumStart = new Int32Array(STRATA_COUNT + 1);
  for (let s = 0; s < STRATA_COUNT; s++) stratumStart[s + 1] = stratumStart[s]! + counts[s]!;
  return { n, stratumStart, weight: Float64Array.from(strata, (_, s) => stratumHouseholds[s]! / counts[s]!) };
}

/** Farm seasonality by month of year: two harvests, rabi (Apr–May) and kharif (Oct–Nov), a 6-month cycle; mean 0 in logs. */
function seasonByMonthOfYear(amplitude: number): Float64Array {
  return Float64Array.from({ length: 12 }, (_, m) => amplitude * cos((2 * Math.PI * (m - 3.5)) / 6));
}

/** Month of year (0 = January) of simulation month t (negative t: the burn-in). */
export function monthOfYear(t: number): number {
  return (((START_MONTH_OF_YEAR + t) % 12) + 12) % 12;
}

/** Season term for month t of the simulation. */
export function seasonAt(ctx: Context, t: number): number {
  return ctx.seasonByMonthOfYear[monthOfYear(t)]!;
}

/** Cumulated anticipated seasonal surplus by month of year, shifted so its lowest month holds no reserve. */
function seasonalReserve(season: Float64Array, mean: number): Float64Array {
  const cumulative = new Float64Array(12);
  let c = 0;
  for (let m = 0; m < 12; m++) {
    c += exp(season[m]!) - mean;
    cumulative[m] = c;
  }
  const low = Math.min(...cumulative);
  return cumulative.map((x) => x - low);
}

function yearValue(path: readonly number[], year: number): number {
  return path[Math.min(year, path.length - 1)]!;
}

export function buildContext(sc: Scenario): Context {
  const w = sc.world;
  const households = sc.households ? householdDataFor(sc) : null;
  const n = households ? importedSample(households).n : sc.run.households;
  const months = sc.run.months;
  const years = Math.ceil(months / 12);
  const strata = buildStrata(w.population.urbanRuralRatio);
  const disasterMonthly = Float64Array.from(strata, (s) => {
    const rural = w.shocks.disasterAnnualProb[s.region];
    const annual = Math.min(1, w.shocks.disasterScale * rural * (s.rural ? 1 : w.shocks.urbanDisasterRatio));
    return 1 - pow(1 - annual, 1 / 12);
  });
  const stratumHouseholds = Float64Array.from(strata, (s) => (s.populationM * 1e6) / w.population.householdSize);

  const priceAll = new Float64Array(months);
  const pricePoor = new Float64Array(months);
  const transferReal = new Float64Array(months).fill(1);
  if (w.prices.costOfLiving) {
    let cum = 0;
    let cumPoor = 0;
    for (let t = 0; t < months; t++) {
      cum += log1p(yearValue(w.prices.inflationPct, Math.floor(t / 12)) / 100) / 12;
      cumPoor += log1p(w.prices.poorExtraInflationPct / 100) / 12;
      priceAll[t] = (w.prices.indexation - 1) * cum;
      pricePoor[t] = -cumPoor;
      transferReal[t] = exp(-cum);
    }
  }
  const yearBudget = new Float64Array(years);
  const yearMonths = new Int32Array(years);
  for (let y = 0; y < years; y++) {
    yearMonths[y] = Math.min(12, months - 12 * y);
    yearBudget[y] = yearValue(sc.policy.budget.annualBn, y) * 1e9 * (yearMonths[y]! / 12);
  }
  const season = seasonByMonthOfYear(w.income.seasonalAmplitude);
  const seasonMean = season.reduce((a, x) => a + exp(x), 0) / 12;
  const ctx: Context = {
    sc, n, months, years, strata,
    livelihoodShares: strata.map((s) => livelihoodShares(sc, s.rural)),
    headcountTarget: new Float64Array(STRATA_COUNT),
    mu: new Float64Array(STRATA_COUNT),
    sample: households ? importedSample(households) : sampleDesign(n, strata, stratumHouseholds),
    households,
    stratumHouseholds,
    burnIn: w.population.registryAgeMonths,
    expTransitory: expTransitoryTable(w.income.transitorySd),
    seasonByMonthOfYear: season,
    seasonMean,
    seasonReserve: seasonalReserve(season, seasonMean),
    priceAll, pricePoor, transferReal, yearBudget, yearMonths, disasterMonthly,
    floodShare: Float64Array.from(strata, (s) => w.shocks.floodAffected[s.region]),
  };
  if (households) {
    // Incomes are given, so there is nothing to calibrate them to.
    ctx.headcountTarget.fill(NaN);
    ctx.mu.fill(NaN);
    return ctx;
  }
  const cal = calibrationFor(ctx);
  ctx.headcountTarget = cal.headcountTarget;
  ctx.mu = cal.mu;
  return ctx;
}

/**
 * exp(σ·N[k] − σ²/2) for each entry of the normal table, one table per σ:
 * every scenario of a comparison (and every replication, whose scenario
 * object is new when it draws uncertain policy values) shares it, so the
 * monthly loop's random lookups stay in one 512 kB table instead of one per
 * scenario, and the 65,536 exps are computed once.
 */
const expTransitoryTables = new Map<number, Float64Array>();
function expTransitoryTable(sd: number): Float64Array {
  let table = expTransitoryTables.get(sd);
  if (!table) {
    const N = normalTable();
    table = new Float64Array(N.length);
    for (let k = 0; k < N.length; k++) table[k] = exp(sd * N[k]! - (sd * sd) / 2);
    if (expTransitoryTables.size >= MAX_CALIBRATIONS) expTransitoryTables.delete(expTransitoryTables.keys().next().value!);
    expTransitoryTables.set(sd, table);
  }
  return table;
}

/** Imported data's sample of replication 0 (every replication's, without a replication column): its strata and their mean weights. */
function importedSample(data: HouseholdData): Sample {
  const rows = rowsFor(data, 0);
  if (!rows || rows.length === 0) throw new Error(replicationProblem(data, 1) ?? 'the household data has no rows');
  const stratumStart = stratumStarts(data, rows);
  const total = new Float64Array(STRATA_COUNT);
  for (const j of rows) total[2 * data.region[j]! + data.rural[j]!] += data.weight[j]!;
  const weight = Float64Array.from(total, (x, s) => x / (stratumStart[s + 1]! - stratumStart[s]!));
  return { n: rows.length, stratumStart, weight };
}

/**
 * The calibration depends on the world alone, so scenarios that share a world
 * (every scenario of a comparison, every edit of a policy) share one solve.
 * A few worlds are kept, oldest dropped first.
 */
const calibrations = new Map<string, WorldCalibration>();
const MAX_CALIBRATIONS = 8;

/** What the burn-in can see of the world: prices and the 2022-scale flood act only from month 0. */
export function calibrationKey(world: Scenario['world']): string {
  const { flood2022: _f, floodMonth: _m, floodLoss: _l, floodRecovery: _r, floodAffected: _a, ...shocks } = world.shocks;
  const { prices: _p, ...rest } = world;
  return JSON.stringify({ ...rest, shocks });
}

function calibrationFor(ctx: Context): WorldCalibration {
  const key = calibrationKey(ctx.sc.world);
  let cal = calibrations.get(key);
  if (!cal) {
    cal = calibrateWorld(ctx);
    calibrations.set(key, cal);
    if (calibrations.size > MAX_CALIBRATIONS) calibrations.delete(calibrations.keys().next().value!);
  }
  return cal;
}

const cache = new WeakMap<Scenario, Context>();
/** Context for a scenario object, computed once per object. */
export function contextFor(sc: Scenario): Context {
  let c = cache.get(sc);
  if (!c) {
    c = buildContext(sc);
    cache.set(sc, c);
  }
  return c;
}
