/**
 * Shared inputs for chart tests: fixture results as ChartRuns and paired
 * differences, and rounding for snapshots (4 significant digits, so a change
 * in the last bits of floating point does not churn every snapshot).
 */
import { compareRuns, type RegionScalarKey, type ScalarKey } from '../../../src/engine/index';
import { fixtureResults, fixtureRun, fixtureScenario } from '../../fixtures/results';
import { assignColors } from '../../../src/ui/charts/palette';
import type { ChartRun, DiffRun } from '../../../src/ui/charts/types';

export function chartRuns(): ChartRun[] {
  const f = fixtureResults();
  const colors = assignColors(['baseline', 'bn80', 'bn120']);
  return [
    { id: 'baseline', name: 'Baseline', color: colors.baseline!, result: f.baseline },
    { id: 'bn80', name: 'Rs 80 bn', color: colors.bn80!, result: f.bn80 },
    { id: 'bn120', name: 'Rs 120 bn', color: colors.bn120!, result: f.bn120 },
  ];
}

export const DIFF_KEYS: ScalarKey[] = ['poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd'];
/** The same outcomes within each region, as the statistics service differences them. */
const REGION_DIFF_KEYS: RegionScalarKey[] = ['poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd'];

/** Rs 80 bn and Rs 120 bn against the baseline, plus a scenario identical to the baseline under another name. */
export function diffRuns(): DiffRun[] {
  const base = fixtureRun(fixtureScenario('Baseline', [0])).acc;
  const against = (name: string, bn: number[]) => compareRuns(fixtureRun(fixtureScenario(name, bn)).acc, base, DIFF_KEYS, [], REGION_DIFF_KEYS);
  return [
    { id: 'copy', name: 'Baseline copy', color: '#777777', diff: against('Baseline copy', [0]) },
    { id: 'bn80', name: 'Rs 80 bn', color: '#0072B2', diff: against('Rs 80 bn', [80]) },
    { id: 'bn120', name: 'Rs 120 bn', color: '#009E73', diff: against('Rs 120 bn', [120]) },
  ];
}

/** Deep copy with every number rounded to 4 significant digits. */
export function round4<T>(x: T): T {
  if (typeof x === 'number') return (Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(4)) : x) as T;
  if (Array.isArray(x)) return x.map(round4) as T;
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round4(v)])) as T;
  return x;
}
