/**
 * The result of a comparison run: each scenario's own result (exactly the
 * single-run contract), and each scenario's paired difference against the
 * first, replication by replication on common random numbers (compareRuns).
 * Names here are read by external checks: add freely, never rename.
 */
import type { Accumulator } from './accumulator';
import type { RunResult } from './result';
import type { Scenario } from '../scenario/types';
import { buildResult } from './build';
import { compareRuns, type Difference } from './compare';
import { worldKey } from '../scenario/keys';
import { ENGINE_VERSION } from '../simulate';
import { REGION_SCALARS, SCALARS, type SeriesKey } from '../model/layout';

export const COMPARISON_FORMAT = 'poverty-sim-comparison';
export const COMPARISON_VERSION = 1;

/** The series differenced month by month; every summary scalar in SCALARS is differenced too, and every regional one in REGION_SCALARS within its region. */
export const COMPARISON_SERIES: readonly SeriesKey[] = ['povertyHeadcount', 'meanIncome', 'poorHouseholds'];

/** Scenario − baseline, paired by replication index. */
export interface PairedDifference extends Difference {
  /** Always there in a comparison: every regional outcome, within each region. */
  byRegion: NonNullable<Difference['byRegion']>;
  /** Index (in `scenarios`) of the scenario this one is measured against. */
  against: number;
  /**
   * Whether the two scenarios share the whole world (not only seed,
   * households and months): if not, the difference includes the change of world.
   */
  sharedWorld: boolean;
}

/** Why a scenario's difference could not be paired with the baseline's replications. */
export interface UnpairedDifference {
  against: number;
  error: string;
}

export interface ComparisonResult {
  format: typeof COMPARISON_FORMAT;
  version: typeof COMPARISON_VERSION;
  engineVersion: string;
  /** Index of the scenario every difference is taken against: always the first. */
  baseline: 0;
  /** One result per scenario, in the order given, each what a single run of it gives. */
  scenarios: RunResult[];
  /** Null for the baseline itself. */
  differences: (PairedDifference | UnpairedDifference | null)[];
  /**
   * With `sim compare --by-programme`: which scenarios are programme-only
   * runs (engine programmeOnlyScenario) of which scenario given, by index
   * into `scenarios`. Their results give cost per exit programme by programme.
   */
  programmeOnly?: { of: number; programme: string; index: number }[];
}

/**
 * Common random numbers need the same draws, which seed, households and
 * months fix (the world's parameters do not change which draws are made).
 */
export function pairingProblem(scenario: Scenario, baseline: Scenario): string | undefined {
  const s = scenario.run;
  const b = baseline.run;
  const sData = scenario.households?.sha256 ?? null;
  const bData = baseline.households?.sha256 ?? null;
  // On imported data run.households is not used (the data sets the households), so only the data is compared then.
  const differ = (['seed', 'households', 'months'] as const)
    .filter((k) => s[k] !== b[k] && !(k === 'households' && (sData !== null || bData !== null)))
    .map((k) => `${k} ${s[k]} (baseline ${b[k]})`);
  if (sData !== bData) differ.push(`household data ${dataName(scenario)} (baseline ${dataName(baseline)})`);
  if (differ.length === 0) return undefined;
  return `not paired with the baseline: different draws (${differ.join(', ')}); differences need the same seed, households and months${sData !== bData ? ', and the same household data' : ''}`;
}

function dataName(s: Scenario): string {
  return s.households ? `"${s.households.id}" ${s.households.sha256.slice(0, 12)}` : 'synthetic';
}

/** Results and paired differences of scenarios run on common random numbers; the first scenario is the baseline. */
export function buildComparison(accs: readonly Accumulator[]): ComparisonResult {
  if (accs.length === 0) throw new Error('a comparison needs at least one scenario');
  const base = accs[0]!;
  return {
    format: COMPARISON_FORMAT,
    version: COMPARISON_VERSION,
    engineVersion: ENGINE_VERSION,
    baseline: 0,
    scenarios: accs.map(buildResult),
    differences: accs.map((acc, k) => {
      if (k === 0) return null;
      const error = pairingProblem(acc.scenario, base.scenario);
      if (error !== undefined) return { against: 0, error };
      const { byRegion, ...national } = compareRuns(acc, base, SCALARS, COMPARISON_SERIES, REGION_SCALARS);
      return { against: 0, sharedWorld: worldKey(acc.scenario) === worldKey(base.scenario), ...national, byRegion: byRegion! };
    }),
  };
}
