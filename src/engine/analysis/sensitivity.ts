/**
 * Sensitivity of an outcome to the scenario's uncertain parameters, as
 * designs of fixed-value scenarios and the analysis of their outcomes. A
 * runner evaluates the designs (any runner: in-thread, worker pool, shards):
 * each design point is the scenario with its uncertain parameters set to
 * given values (and no uncertainty left), run for the scenario's
 * replications on the same seed, so every point faces the same households
 * and shocks (common random numbers) and a parameter with no effect moves
 * the outcome by exactly 0.
 *
 * Tornado: every parameter at its 5th and 95th percentile in turn, the rest
 * at their values in the scenario; bars sorted by their span, the spread of
 * the outcomes at the low value, the base and the high value.
 * Sobol': a Saltelli design on the parameters' distributions (each unit
 * coordinate through the distribution's quantile function), analysed by
 * sobolIndices.
 */
import type { RunResult } from '../results/result';
import { summarise, summariseRatio } from '../results/quantile';
import type { ScalarKey } from '../model/layout';
import type { Scenario } from '../scenario/types';
import { isRead, quantile, uncertainPaths, uncertainSpec, valueAt, withValues, type Distribution } from '../scenario/uncertainty';
import { saltelliDesign, saltelliRuns, sobolIndices, type SobolIndices } from './sobolIndices';

/** Outcomes a sensitivity analysis can study: each a number from one result (the mean across replications). */
export const OUTCOMES = ['additionalSustainedExits', 'povertyHeadcountEnd', 'par30Last12', 'costPerSustainedExitPKR'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcome of one evaluated design point (cost per exit: the ratio of totals, Σ spent ÷ Σ additional exits). */
export function outcomeOf(result: RunResult, outcome: Outcome): number {
  const v = result.summary[outcome].mean;
  return v === null ? Number.NaN : v;
}

/** The summary scalars an outcome is computed from, replication by replication (a runner job's `outputs.scalars`). */
export const OUTCOME_SCALARS: Record<Outcome, readonly ScalarKey[]> = {
  additionalSustainedExits: ['sustainedExits'],
  povertyHeadcountEnd: ['povertyHeadcountEnd'],
  par30Last12: ['par30Last12'],
  costPerSustainedExitPKR: ['spentPKR', 'sustainedExits'],
};

/**
 * The outcome from each replication's scalars, in replication order: rows
 * [scenario values…, status-quo values…] in OUTCOME_SCALARS' order, as a
 * runner's scalar job delivers them. The same number, bit for bit, as
 * outcomeOf(buildResult) on those replications.
 */
export function outcomeFromScalars(outcome: Outcome, rows: readonly ArrayLike<number>[]): number {
  const n = OUTCOME_SCALARS[outcome].length;
  const col = (k: number) => Float64Array.from(rows, (row) => row[k]!);
  let mean: number | null;
  switch (outcome) {
    case 'additionalSustainedExits':
      mean = summarise(Float64Array.from(rows, (row) => row[0]! - row[n]!)).mean;
      break;
    case 'costPerSustainedExitPKR':
      mean = summariseRatio(col(0), Float64Array.from(rows, (row) => row[1]! - row[n + 1]!)).mean;
      break;
    default:
      mean = summarise(col(0)).mean;
  }
  return mean === null ? Number.NaN : mean;
}

export interface SensitivityParameter {
  path: string;
  distribution: Distribution;
  /** The parameter's value in the scenario: where the tornado holds it while others swing. */
  nominal: number;
  /** In a paired difference (pairedDifference.ts): which of the two scenarios marks it uncertain. */
  uncertainIn?: 'both' | 'scenario' | 'versus';
}

/**
 * The scenario's uncertain parameters, in sorted path order, with their values in the scenario; not those the
 * model does not read under its other settings (isRead: a flood parameter with the flood off), which would cost
 * runs and could only show no effect.
 */
export function sensitivityParameters(sc: Scenario): SensitivityParameter[] {
  return uncertainPaths(sc).filter((path) => isRead(sc, path)).map((path) => ({ path, distribution: sc.uncertainty[path]!, nominal: valueAt(sc, path) }));
}

/** The scenario with the given values and no uncertainty left: one design point. */
export function designPoint(sc: Scenario, values: Readonly<Record<string, number>>): Scenario {
  const rounded = Object.fromEntries(Object.entries(values).map(([p, v]) => [p, uncertainSpec(p)?.integer ? Math.round(v) : v]));
  return withValues({ ...sc, uncertainty: {} }, rounded);
}

export interface TornadoDesign {
  parameters: SensitivityParameter[];
  /** The base point (every parameter at its value in the scenario), then low and high for each parameter in turn. */
  points: Scenario[];
  low: number[];
  high: number[];
  /** A paired difference's comparator at each point (pairedDifference.ts): a point's outcome is then points[k]'s minus versus[k]'s. */
  versus?: Scenario[];
}

/** The 5th and 95th percentiles the tornado swings between. */
export const TORNADO_QUANTILES = [0.05, 0.95] as const;

export function tornadoDesign(sc: Scenario): TornadoDesign {
  const parameters = sensitivityParameters(sc);
  const { values, low, high } = tornadoValues(parameters);
  return { parameters, points: values.map((v) => designPoint(sc, v)), low, high };
}

/**
 * The tornado's parameter values, point by point: every parameter at its
 * nominal value, then each at its low and its high value in turn.
 */
export function tornadoValues(parameters: readonly SensitivityParameter[]): { values: Record<string, number>[]; low: number[]; high: number[] } {
  const nominal = Object.fromEntries(parameters.map((p) => [p.path, p.nominal]));
  const low = parameters.map((p) => quantile(p.distribution, TORNADO_QUANTILES[0]));
  const high = parameters.map((p) => quantile(p.distribution, TORNADO_QUANTILES[1]));
  const values = [nominal];
  parameters.forEach((p, i) => {
    values.push({ ...nominal, [p.path]: low[i]! }, { ...nominal, [p.path]: high[i]! });
  });
  return { values, low, high };
}

export interface TornadoBar {
  path: string;
  low: number;
  high: number;
  /** The outcome at the low and the high value, and at the base point. */
  outcomeLow: number;
  outcomeHigh: number;
  base: number;
  /** |outcomeHigh − outcomeLow|. Kept for files that read it; the bars are sorted by `span`. */
  swing: number;
  /**
   * The largest minus the smallest of outcomeLow, base and outcomeHigh (of those defined, NaN with fewer than two):
   * what the bars are sorted by and how far the row's bars reach. Not the swing: a parameter whose low and high
   * values both move the outcome the same way from the base swings little however far each end moves it.
   */
  span: number;
}

/** The spread (max − min) of the defined values among `values`; NaN when fewer than two are defined. */
function spreadOf(values: readonly number[]): number {
  const defined = values.filter((v) => Number.isFinite(v));
  return defined.length < 2 ? Number.NaN : Math.max(...defined) - Math.min(...defined);
}

/** Bars from the design's outcomes (in its points' order), largest span first, bars with no span last; ties keep path order. */
export function tornadoBars(design: TornadoDesign, outcomes: readonly number[]): TornadoBar[] {
  if (outcomes.length !== design.points.length) throw new RangeError(`tornado: expected ${design.points.length} outcomes, got ${outcomes.length}`);
  const base = outcomes[0]!;
  const bars = design.parameters.map((p, i) => {
    const outcomeLow = outcomes[1 + 2 * i]!;
    const outcomeHigh = outcomes[2 + 2 * i]!;
    const swing = Math.abs(outcomeHigh - outcomeLow);
    return { path: p.path, low: design.low[i]!, high: design.high[i]!, outcomeLow, outcomeHigh, base, swing, span: spreadOf([outcomeLow, base, outcomeHigh]) };
  });
  // NaN compares as nothing, which left a sort's order to the engine's algorithm: an undefined span ranks below any.
  const rank = (b: TornadoBar) => (Number.isNaN(b.span) ? -Infinity : b.span);
  return bars.map((b, i) => ({ b, i })).sort((x, y) => rank(y.b) - rank(x.b) || x.i - y.i).map(({ b }) => b);
}

/**
 * The bars whose parameter left the outcome exactly at its base value at both ends (span 0). The runs share their
 * draws, so a parameter with no effect does that; but so can one with a small effect, since an outcome summed over
 * sample households (exits, poor households, the headcount) moves only when one of them changes state: at a small
 * sample (2,000 households, a few replications) most bars of a count can sit at exactly 0. Said with the tornado, in
 * the app and the CLI, so that 0 is not read as evidence of no effect.
 */
export function unmovedBars(bars: readonly TornadoBar[]): TornadoBar[] {
  // Both ends at the base, each defined (a NaN equals nothing): a span of 0 can come from two defined outcomes alone.
  return bars.filter((b) => b.outcomeLow === b.base && b.outcomeHigh === b.base);
}

export interface SobolDesign {
  parameters: SensitivityParameter[];
  samples: number;
  points: Scenario[];
  /** As TornadoDesign.versus. */
  versus?: Scenario[];
}

/** The Saltelli design on the parameters' distributions: samples × (parameters + 2) scenarios. */
export function sobolDesign(sc: Scenario, samples: number): SobolDesign {
  const parameters = sensitivityParameters(sc);
  if (parameters.length === 0) throw new RangeError('Sobol\u2019 analysis: the scenario has no uncertain parameters');
  return { parameters, samples, points: sobolValues(parameters, samples).map((v) => designPoint(sc, v)) };
}

/** The Saltelli design's parameter values, point by point: each unit coordinate through its parameter's quantile function. */
export function sobolValues(parameters: readonly SensitivityParameter[], samples: number): Record<string, number>[] {
  const d = parameters.length;
  const design = saltelliDesign(d, samples);
  return Array.from({ length: saltelliRuns(d, samples) }, (_, r) =>
    Object.fromEntries(parameters.map((p, k) => [p.path, quantile(p.distribution, unitInside(design.points[r * d + k]!))])),
  );
}

/** A Sobol' coordinate in [0, 1) moved off 0, where a quantile function may be infinite. */
const unitInside = (u: number) => (u === 0 ? 2 ** -33 : u);

export interface SobolRow {
  path: string;
  firstOrder: SobolIndices['firstOrder'][number];
  total: SobolIndices['total'][number];
}

/** Bootstrap resamples for Sobol' intervals, in the app and the CLI alike (both seed them with the scenario's seed). */
export const SOBOL_BOOTSTRAP = 500;

/**
 * Whether the outcome took one value at every point of the design's A and B matrices, whose variance the indices are
 * shares of: at a small sample (1,000 households, 2 replications) a count such as additional sustained exits moves in
 * steps of a whole sample household and can stay put over all of them.
 */
export function noSpread(design: SobolDesign, outcomes: readonly number[]): boolean {
  const first = outcomes[0];
  for (let j = 1; j < 2 * design.samples; j++) if (outcomes[j] !== first) return false;
  return true;
}

export function sobolRows(design: SobolDesign, outcomes: readonly number[], options: { bootstrap?: number; seed?: number } = {}): { rows: SobolRow[]; variance: number } {
  // No spread over A and B: every index is 0/0. Said as undefined (NaN, null in a file), not as 0, which had read as
  // "no parameter matters" while a tornado of the same scenario moved the outcome.
  if (noSpread(design, outcomes)) {
    const none = { estimate: NaN, low: NaN, high: NaN };
    return { rows: design.parameters.map((p) => ({ path: p.path, firstOrder: none, total: none })), variance: 0 };
  }
  const res = sobolIndices(outcomes, design.parameters.length, design.samples, { bootstrap: SOBOL_BOOTSTRAP, ...options });
  return { rows: design.parameters.map((p, i) => ({ path: p.path, firstOrder: res.firstOrder[i]!, total: res.total[i]! })), variance: res.variance };
}
