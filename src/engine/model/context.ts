/**
 * Everything derived from a scenario once, before any replication: strata,
 * calibration, sample allocation and weights, seasonal and price paths.
 * Pure and cached per scenario object.
 */
import type { Scenario } from '../scenario/types';
import { buildStrata, REGION_DATA, REGIONS, STRATA_COUNT, type Stratum } from '../population/regions';
import { calibrate, type Calibration, type StratumMixture } from '../population/calibrate';
import { LIVELIHOOD_OFFSET, LIVELIHOODS, isFarm, livelihoodShares } from '../population/livelihoods';
import { disasterParts, filteredSeasonAtStart, stationaryParts, type StationaryParts } from '../population/stationary';
import { cos, exp, log1p, pow } from '../math/dmath';

export interface Context {
  sc: Scenario;
  n: number;
  months: number;
  years: number;
  strata: Stratum[];
  calibration: Calibration;
  /** First household index of each stratum; stratumStart[S] = n. */
  stratumStart: Int32Array;
  /** Households represented by one sample household, per stratum. */
  weight: Float64Array;
  /** Real households in each stratum (population / household size). */
  stratumHouseholds: Float64Array;
  /** Seasonal log-income term by month of simulation for farm livelihoods (mean-corrected). */
  seasonFarm: Float64Array;
  /** Stationary moments of smoothed log income shared by all strata. */
  stationary: StationaryParts;
  /** Per stratum × livelihood: mean shift of stationary log S beyond μ_s + livelihood offset. */
  startShift: Float64Array;
  /** Per stratum: spread of the part of log S not explained by permanent and persistent draws. */
  startResidualSd: Float64Array;
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
export function allocateSample(n: number, populations: readonly number[]): Int32Array {
  const k = populations.length;
  const floor = Math.max(1, Math.floor(n * MIN_STRATUM_SHARE));
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

/** Farm seasonality by month of year: two harvests, rabi (Apr–May) and kharif (Oct–Nov), a 6-month cycle; mean 0 in logs. */
function seasonByMonthOfYear(amplitude: number): number[] {
  return Array.from({ length: 12 }, (_, m) => amplitude * cos((2 * Math.PI * (m - 3.5)) / 6));
}

const REGION_DATA_DISASTER = REGIONS.map((r) => REGION_DATA[r].disasterAnnualProb);

function yearValue(path: readonly number[], year: number): number {
  return path[Math.min(year, path.length - 1)]!;
}

export function buildContext(sc: Scenario): Context {
  const n = sc.simulation.households;
  const months = sc.simulation.months;
  const years = Math.ceil(months / 12);
  const strata = buildStrata(sc.population.urbanRuralRatio);
  const disasterMonthly = Float64Array.from(strata, (s) => {
    const annual = Math.min(1, sc.shocks.disasterScale * (REGION_DATA_DISASTER[s.regionIndex]! * (s.rural ? 1 : 0.5)));
    return 1 - pow(1 - annual, 1 / 12);
  });
  const season = seasonByMonthOfYear(sc.income.seasonalAmplitude);
  const seasonFarm = Float64Array.from({ length: months }, (_, t) => season[(START_MONTH_OF_YEAR + t) % 12]!);
  const seasonStart = filteredSeasonAtStart(sc.income.smoothing, season, START_MONTH_OF_YEAR);
  const stationary = stationaryParts(sc);
  const L = LIVELIHOODS.length;
  const startShift = new Float64Array(STRATA_COUNT * L);
  const startResidualSd = new Float64Array(STRATA_COUNT);
  const mixtures: StratumMixture[] = strata.map((st, s) => {
    const dis = disasterParts(sc, disasterMonthly[s]!);
    const residual = stationary.persistentResidual + stationary.commonVariance + dis.variance;
    startResidualSd[s] = Math.sqrt(residual);
    for (let l = 0; l < L; l++) startShift[s * L + l] = stationary.commonMean + dis.mean + (isFarm(l) ? seasonStart : 0);
    return {
      shares: livelihoodShares(st.rural, sc.population.ruralFarmShare, sc.population.smallFarmerShare),
      offsets: LIVELIHOOD_OFFSET.map((o, l) => o + startShift[s * L + l]!),
      sigma: Math.sqrt(sc.income.permanentSd ** 2 + stationary.persistentFiltered + residual - stationary.persistentResidual),
    };
  });
  const calibration = calibrate(strata, sc.population.headcountTarget, sc.population.povertyLinePKR, mixtures);
  const counts = allocateSample(n, strata.map((s) => s.populationM));
  const stratumStart = new Int32Array(STRATA_COUNT + 1);
  for (let s = 0; s < STRATA_COUNT; s++) stratumStart[s + 1] = stratumStart[s]! + counts[s]!;
  const stratumHouseholds = Float64Array.from(strata, (s) => (s.populationM * 1e6) / sc.population.householdSize);
  const weight = Float64Array.from(strata, (_, s) => stratumHouseholds[s]! / counts[s]!);

  const priceAll = new Float64Array(months);
  const pricePoor = new Float64Array(months);
  const transferReal = new Float64Array(months).fill(1);
  if (sc.prices.costOfLiving) {
    let cum = 0;
    let cumPoor = 0;
    for (let t = 0; t < months; t++) {
      cum += log1p(yearValue(sc.prices.inflationPct, Math.floor(t / 12)) / 100) / 12;
      cumPoor += log1p(sc.prices.poorExtraInflationPct / 100) / 12;
      priceAll[t] = (sc.prices.indexation - 1) * cum;
      pricePoor[t] = -cumPoor;
      transferReal[t] = exp(-cum);
    }
  }
  const yearBudget = new Float64Array(years);
  const yearMonths = new Int32Array(years);
  for (let y = 0; y < years; y++) {
    yearMonths[y] = Math.min(12, months - 12 * y);
    yearBudget[y] = yearValue(sc.budget.annualBn, y) * 1e9 * (yearMonths[y]! / 12);
  }
  const floodShare = Float64Array.from(strata, (s) => sc.shocks.floodAffected[s.region]);
  return {
    sc, n, months, years, strata, calibration, stratumStart, weight, stratumHouseholds,
    seasonFarm, stationary, startShift, startResidualSd, priceAll, pricePoor, transferReal,
    yearBudget, yearMonths, disasterMonthly, floodShare,
  };
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
