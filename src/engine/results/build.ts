/**
 * Turn an Accumulator into a RunResult: quantiles across replications for
 * every scalar, every monthly series and every breakdown. Differences against
 * the counterfactual are taken per replication before summarising, so they
 * carry common-random-number precision.
 */
import type { Dist, SeriesBand } from '../api';
import type { Accumulator } from './accumulator';
import type { ByStartDecile, RegionEffects, RunResult, Summary } from './result';
import { summarise, summariseRatio } from './quantile';
import { REGIONS } from '../population/regions';
import { PROGRAMMES } from '../scenario/groups/budget';
import {
  DECILE_FIELDS, DECILE_SCALARS, decileScalarIndex, DECILES, EFFECT_GROUPS, HIST_BINS, HIST_MAX_RATIO, HIST_MIN_RATIO, MAX_YEARS, PROGRAMME_SCALARS, programmeScalarIndex, REGION_SCALARS,
  regionScalarIndex, SCALARS, SERIES, YEAR_FIELDS, scalarIndex, type DecileScalarKey, type ProgrammeScalarKey, type RegionScalarKey, type ScalarKey,
} from '../model/layout';
import { warningsFor } from './warnings';
import { drawnValue, uncertainPaths } from '../scenario/uncertainty';
import { ENGINE_VERSION } from '../simulate';
import { exp, log } from '../math/dmath';

export function seriesBand(acc: Accumulator, offset: number, months: number): SeriesBand {
  const band: SeriesBand = { mean: [], p5: [], p25: [], p50: [], p75: [], p95: [] };
  for (let t = 0; t < months; t++) {
    const d = summarise(acc.column(offset + t));
    band.mean.push(d.mean);
    band.p5.push(d.p5);
    band.p25.push(d.p25);
    band.p50.push(d.p50);
    band.p75.push(d.p75);
    band.p95.push(d.p95);
  }
  return band;
}

/** Ratio of two per-replication sums, summarised across replications (NaN where the denominator is 0). */
function ratioDist(num: Float64Array, den: Float64Array, minus = 0): Dist {
  return summarise(Float64Array.from(num, (x, k) => (den[k]! > 0 ? x / den[k]! - minus : NaN)));
}

/** Effects by start decile, each ratio taken per replication (see ByStartDecile). */
function byStartDecile(acc: Accumulator): ByStartDecile {
  const L = acc.layout;
  const col = (q: number, field: number) => acc.column(L.byDecile + q * DECILE_FIELDS + field);
  const field = (q: number, k: DecileScalarKey) => col(q, decileScalarIndex[k]);
  const part = (q: number, g: number) => col(q, DECILE_SCALARS.length + g);
  const deciles = Array.from({ length: DECILES }, (_, q) => q);
  const perDecile = (f: (q: number) => Dist) => deciles.map(f);
  const byGroup = (f: (q: number, g: number) => Dist) =>
    Object.fromEntries(EFFECT_GROUPS.map((p, g) => [p, perDecile((q) => f(q, g))])) as Record<(typeof EFFECT_GROUPS)[number], Dist[]>;
  const groupTotals = EFFECT_GROUPS.map((_, g) => acc.map((d) => {
    let s = 0;
    for (let q = 0; q < DECILES; q++) s += d[L.byDecile + q * DECILE_FIELDS + DECILE_SCALARS.length + g]!;
    return s;
  }));
  return {
    consumptionWithoutPKR: perDecile((q) => ratioDist(field(q, 'consWithout'), field(q, 'people'))),
    consumptionChangePKR: perDecile((q) => {
      const w = field(q, 'consWith');
      const wo = field(q, 'consWithout');
      return ratioDist(Float64Array.from(w, (x, k) => x - wo[k]!), field(q, 'people'));
    }),
    consumptionChange: perDecile((q) => ratioDist(field(q, 'consWith'), field(q, 'consWithout'), 1)),
    shareGaining: perDecile((q) => ratioDist(field(q, 'betterOff'), field(q, 'households'))),
    shareLosing: perDecile((q) => ratioDist(field(q, 'worseOff'), field(q, 'households'))),
    coverage: byGroup((q, g) => ratioDist(part(q, g), field(q, 'households'))),
    incidence: byGroup((q, g) => ratioDist(part(q, g), groupTotals[g]!)),
  };
}

/** The value each replication held drew for each uncertain parameter (recomputed: a draw is a pure function of seed, replication and parameter). */
function drawnParameters(acc: Accumulator): RunResult['uncertainty'] {
  const sc = acc.scenario;
  const parameters = uncertainPaths(sc);
  if (parameters.length === 0) return null;
  const replications = acc.indices();
  return { parameters, replications, draws: replications.map((r) => parameters.map((p) => drawnValue(sc, p, r))) };
}

export function buildResult(acc: Accumulator): RunResult {
  const sc = acc.scenario;
  const L = acc.layout;
  const months = sc.run.months;
  const cf = L.size;
  const hasCf = sc.run.counterfactual;
  const sIdx = (k: ScalarKey) => L.scalars + scalarIndex[k];
  const scalar = (k: ScalarKey, base = 0): Dist => summarise(acc.column(base + sIdx(k)));

  const summary = {} as Summary;
  for (const k of SCALARS) (summary as Record<string, Dist>)[k] = scalar(k);
  const years = Math.ceil(months / 12);
  const yearOffset = (y: number, field: number) => L.years + y * YEAR_FIELDS + field;
  summary.spentByProgrammePKR = Object.fromEntries(
    PROGRAMMES.map((p, pi) => [p, summarise(acc.map((d) => {
      let s = 0;
      for (let y = 0; y < years; y++) s += d[yearOffset(y, 1 + pi)]!;
      return s;
    }))]),
  ) as Summary['spentByProgrammePKR'];
  const diff = (k: ScalarKey, sign: 1 | -1) => summarise(acc.map((d) => (hasCf ? sign * (d[sIdx(k)]! - d[cf + sIdx(k)]!) : NaN)));
  summary.additionalSustainedExits = diff('sustainedExits', 1);
  summary.poorHouseholdsAvoided = diff('poorHouseholdsEnd', -1);
  summary.headcountReductionEnd = diff('povertyHeadcountEnd', -1);
  summary.giniChangeEnd = diff('giniEnd', 1);
  summary.povertyGapChangeEnd = diff('povertyGapEnd', 1);
  summary.povertySeverityChangeEnd = diff('povertySeverityEnd', 1);
  const additional = acc.map((d) => d[sIdx('sustainedExits')]! - d[cf + sIdx('sustainedExits')]!);
  summary.costPerSustainedExitPKR = hasCf ? summariseRatio(acc.map((d) => d[sIdx('spentPKR')]!), additional) : summarise(new Float64Array(0));
  // Risk-fund capital still in the fund at the end has not been used up: net cost leaves it out, but only
  // what the budget put in (an opening balance came from outside the budget and was never counted as spent).
  summary.costPerSustainedExitNetPKR = hasCf
    ? summariseRatio(acc.map((d) => d[sIdx('spentPKR')]! - Math.min(d[sIdx('riskFundEndPKR')]!, d[sIdx('riskFundContributionsPKR')]!)), additional)
    : summarise(new Float64Array(0));
  const unspentBy = (block: number) => Object.fromEntries(
    PROGRAMMES.map((p, pi) => [p, summarise(acc.map((d) => {
      let s = 0;
      for (let y = 0; y < MAX_YEARS; y++) s += d[block + pi * MAX_YEARS + y]!;
      return s;
    }))]),
  ) as Summary['unspentByProgrammePKR'];
  summary.unspentByProgrammePKR = unspentBy(L.unspent);
  summary.unspentStepByProgrammePKR = unspentBy(L.unspentStep);

  // Gainers and losers among all households: sums over the start deciles.
  const overDeciles = (k: DecileScalarKey) => acc.map((d) => {
    let s = 0;
    for (let q = 0; q < DECILES; q++) s += d[L.byDecile + q * DECILE_FIELDS + decileScalarIndex[k]]!;
    return s;
  });
  const households = overDeciles('households');
  summary.shareGaining = hasCf ? ratioDist(overDeciles('betterOff'), households) : summarise(new Float64Array(0));
  summary.shareLosing = hasCf ? ratioDist(overDeciles('worseOff'), households) : summarise(new Float64Array(0));

  const series = Object.fromEntries(SERIES.map((k, i) => [k, seriesBand(acc, L.series + i * months, months)])) as unknown as RunResult['series'];
  series.byRegion = Object.fromEntries(
    REGIONS.map((r, ri) => [r, { povertyHeadcount: seriesBand(acc, L.regionSeries + ri * months, months) }]),
  ) as RunResult['series']['byRegion'];

  const regionAt = (ri: number, k: RegionScalarKey) => L.region + ri * REGION_SCALARS.length + regionScalarIndex[k];
  const byRegion = Object.fromEntries(REGIONS.map((r, ri) => {
    const within = Object.fromEntries(REGION_SCALARS.map((k) => [k, summarise(acc.column(regionAt(ri, k)))])) as Record<RegionScalarKey, Dist>;
    // Paired with the status quo within the region, per replication, as the national differences are.
    const diff = (k: RegionScalarKey, sign: 1 | -1) => summarise(acc.map((d) => (hasCf ? sign * (d[regionAt(ri, k)]! - d[cf + regionAt(ri, k)]!) : NaN)));
    const effects: RegionEffects = {
      additionalSustainedExits: diff('sustainedExits', 1),
      poorHouseholdsAvoided: diff('poorHouseholdsEnd', -1),
      headcountReductionEnd: diff('povertyHeadcountEnd', -1),
      povertyGapChangeEnd: diff('povertyGapEnd', 1),
      povertySeverityChangeEnd: diff('povertySeverityEnd', 1),
      giniChangeEnd: diff('giniEnd', 1),
      // Every rupee is paid in a stratum (administration and risk-fund capital too), and a household's exit is its
      // own region's: so a region's cost per exit is its own spending over its own additional exits.
      costPerSustainedExitPKR: hasCf
        ? summariseRatio(acc.column(regionAt(ri, 'spentPKR')), acc.map((d) => d[regionAt(ri, 'sustainedExits')]! - d[cf + regionAt(ri, 'sustainedExits')]!))
        : summarise(new Float64Array(0)),
    };
    return [r, { ...within, ...effects }];
  })) as RunResult['byRegion'];

  const K = PROGRAMME_SCALARS.length;
  const byProgramme = Object.fromEntries(EFFECT_GROUPS.map((p, pi) => {
    const col = (k: ProgrammeScalarKey) => acc.column(L.programme + pi * K + programmeScalarIndex[k]);
    const participants = col('participants');
    const people = col('people');
    const consWith = col('consWith');
    const consWithout = col('consWithout');
    const poorWith = col('poorWith');
    const poorWithout = col('poorWithout');
    const per = (x: Float64Array, d: Float64Array) => Float64Array.from(x, (v, k) => (d[k]! > 0 ? v / d[k]! : NaN));
    const incomeWith = per(consWith, participants);
    const incomeWithout = per(consWithout, participants);
    const povertyWith = per(poorWith, people);
    const povertyWithout = per(poorWithout, people);
    const exits = col('sustainedExits');
    const exitsWithout = col('exitsWithout');
    return [p, {
      participants: summarise(participants),
      householdSize: ratioDist(col('sizeSum'), participants),
      incomeWith: summarise(incomeWith),
      incomeWithout: summarise(incomeWithout),
      incomeEffect: ratioDist(incomeWith, incomeWithout, 1),
      povertyWith: summarise(povertyWith),
      povertyWithout: summarise(povertyWithout),
      povertyEffect: ratioDist(povertyWith, povertyWithout, 1),
      sustainedExits: summarise(exits),
      additionalSustainedExits: summarise(Float64Array.from(exits, (x, k) => x - exitsWithout[k]!)),
      shareBetterOff: ratioDist(col('betterOff'), participants),
      shareWorseOff: ratioDist(col('worseOff'), participants),
    }];
  })) as RunResult['byProgramme'];

  const yearList = (field: number) => Array.from({ length: years }, (_, y) => summarise(acc.column(yearOffset(y, field))));
  const byYear = {
    budgetPKR: yearList(0),
    spentPKR: Object.fromEntries(PROGRAMMES.map((p, pi) => [p, yearList(1 + pi)])) as RunResult['byYear']['spentPKR'],
    unspentPKR: yearList(YEAR_FIELDS - 1),
  };

  const meanBins = (at: number) => Array.from({ length: HIST_BINS }, (_, b) => summarise(acc.column(at + b)).mean ?? 0);
  const lo = log(HIST_MIN_RATIO);
  const span = log(HIST_MAX_RATIO) - lo;
  const distribution = {
    lineRatioEdges: Array.from({ length: HIST_BINS + 1 }, (_, b) => exp(lo + (span * b) / HIST_BINS)),
    start: meanBins(L.histStart),
    end: meanBins(L.histEnd),
    decileMeanStart: Array.from({ length: DECILES }, (_, d) => summarise(acc.column(L.decileStart + d))),
    decileMeanEnd: Array.from({ length: DECILES }, (_, d) => summarise(acc.column(L.decileEnd + d))),
    byRegion: Object.fromEntries(REGIONS.map((r, ri) => [r, {
      decileMeanStart: Array.from({ length: DECILES }, (_, d) => summarise(acc.column(L.regionDecileStart + ri * DECILES + d))),
      decileMeanEnd: Array.from({ length: DECILES }, (_, d) => summarise(acc.column(L.regionDecileEnd + ri * DECILES + d))),
    }])) as RunResult['distribution']['byRegion'],
    byStartDecile: hasCf ? byStartDecile(acc) : null,
  };

  const counterfactual: RunResult['counterfactual'] = hasCf
    ? {
        summary: {
          povertyHeadcountStart: scalar('povertyHeadcountStart', cf),
          poorBothWaves: scalar('poorBothWaves', cf),
          poorOneWave: scalar('poorOneWave', cf),
          poorNeitherWave: scalar('poorNeitherWave', cf),
          giniEnd: scalar('giniEnd', cf),
          par30Last12: scalar('par30Last12', cf),
          povertyHeadcountEnd: scalar('povertyHeadcountEnd', cf),
          poorHouseholdsEnd: scalar('poorHouseholdsEnd', cf),
          sustainedExits: scalar('sustainedExits', cf),
          reentries: scalar('reentries', cf),
          newlyPoor: scalar('newlyPoor', cf),
          meanIncomeEnd: scalar('meanIncomeEnd', cf),
          povertyGapEnd: scalar('povertyGapEnd', cf),
          povertySeverityEnd: scalar('povertySeverityEnd', cf),
        },
        series: {
          povertyHeadcount: seriesBand(acc, cf + L.series + SERIES.indexOf('povertyHeadcount') * months, months),
          meanIncome: seriesBand(acc, cf + L.series + SERIES.indexOf('meanIncome') * months, months),
          poorHouseholds: seriesBand(acc, cf + L.series + SERIES.indexOf('poorHouseholds') * months, months),
          povertyGap: seriesBand(acc, cf + L.series + SERIES.indexOf('povertyGap') * months, months),
          povertySeverity: seriesBand(acc, cf + L.series + SERIES.indexOf('povertySeverity') * months, months),
        },
      }
    : null;

  const result: RunResult = {
    meta: {
      seed: sc.run.seed,
      replications: acc.count,
      households: sc.households ? sc.households.rows : sc.run.households,
      months,
      // How many threads ran a result never changes its numbers, so the result does not record it (the CLI reports it on stderr).
      threads: null,
      engineVersion: ENGINE_VERSION,
      warnings: [],
    },
    scenario: sc,
    uncertainty: drawnParameters(acc),
    summary,
    series,
    byRegion,
    byProgramme,
    byYear,
    distribution,
    counterfactual,
  };
  result.meta.warnings = warningsFor(result);
  return result;
}
