/**
 * Turn an Accumulator into a RunResult: quantiles across replications for
 * every scalar, every monthly series and every breakdown. Differences against
 * the counterfactual are taken per replication before summarising, so they
 * carry common-random-number precision.
 */
import type { Dist, SeriesBand } from '../api';
import type { Accumulator } from './accumulator';
import type { RunResult, Summary } from './result';
import { summarise, summariseRatio } from './quantile';
import { REGIONS } from '../population/regions';
import { PROGRAMMES } from '../scenario/groups/budget';
import {
  DECILES, HIST_BINS, HIST_MAX_RATIO, HIST_MIN_RATIO, PARTICIPANT_PROGRAMMES, PROGRAMME_SCALARS, REGION_SCALARS,
  SCALARS, SERIES, YEAR_FIELDS, scalarIndex, type ScalarKey,
} from '../model/layout';
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

export function buildResult(acc: Accumulator, threads: number): RunResult {
  const sc = acc.scenario;
  const L = acc.layout;
  const months = sc.simulation.months;
  const cf = L.size;
  const hasCf = sc.simulation.counterfactual;
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
  summary.costPerSustainedExitPKR = hasCf
    ? summariseRatio(
        acc.map((d) => d[sIdx('spentPKR')]!),
        acc.map((d) => d[sIdx('sustainedExits')]! - d[cf + sIdx('sustainedExits')]!),
      )
    : summarise(new Float64Array(0));

  const series = Object.fromEntries(SERIES.map((k, i) => [k, seriesBand(acc, L.series + i * months, months)])) as RunResult['series'];

  const byRegion = Object.fromEntries(REGIONS.map((r, ri) => [r, Object.fromEntries(
    REGION_SCALARS.map((k, ki) => [k, summarise(acc.column(L.region + ri * REGION_SCALARS.length + ki))]),
  )])) as RunResult['byRegion'];

  const byProgramme = Object.fromEntries(PARTICIPANT_PROGRAMMES.map((p, pi) => [p, {
    participants: summarise(acc.column(L.programme + pi * PROGRAMME_SCALARS.length)),
    sustainedExits: summarise(acc.column(L.programme + pi * PROGRAMME_SCALARS.length + 1)),
  }])) as RunResult['byProgramme'];

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
  };

  const counterfactual: RunResult['counterfactual'] = hasCf
    ? {
        summary: {
          povertyHeadcountEnd: scalar('povertyHeadcountEnd', cf),
          poorHouseholdsEnd: scalar('poorHouseholdsEnd', cf),
          sustainedExits: scalar('sustainedExits', cf),
          reentries: scalar('reentries', cf),
          newlyPoor: scalar('newlyPoor', cf),
          meanIncomeEnd: scalar('meanIncomeEnd', cf),
        },
        series: {
          povertyHeadcount: seriesBand(acc, cf + L.series + SERIES.indexOf('povertyHeadcount') * months, months),
          meanIncome: seriesBand(acc, cf + L.series + SERIES.indexOf('meanIncome') * months, months),
          poorHouseholds: seriesBand(acc, cf + L.series + SERIES.indexOf('poorHouseholds') * months, months),
        },
      }
    : null;

  return {
    meta: {
      seed: sc.simulation.seed,
      replications: acc.count,
      households: sc.simulation.households,
      months,
      threads,
      engineVersion: ENGINE_VERSION,
    },
    scenario: sc,
    summary,
    series,
    byRegion,
    byProgramme,
    byYear,
    distribution,
    counterfactual,
  };
}
