/**
 * Effects by decile of the start distribution (engine 2.1,
 * `distribution.byStartDecile`): households ranked by consumption per
 * adult-equivalent the month before month 0, ten groups of equal people,
 * poorest first. A household's decile is the same with and without the
 * programmes, so each row compares the same households on the same draws.
 * Only selection of the engine's summaries here; nothing is estimated.
 */
import { i18n } from '../../../i18n/index';
import { isStatusQuoPolicy, type RunResult } from '../../../engine/index';
import type { ChartRun, IntervalValue } from '../types';
import { interval, runKey } from './interval';

export type ByStartDecile = NonNullable<RunResult['distribution']['byStartDecile']>;

/** Why a scenario has no effects by decile, or null when it has them. */
export function decilesUnavailable(result: RunResult): string | null {
  if (isStatusQuoPolicy(result.scenario)) return i18n.t('charts:decile.statusQuoItself');
  return result.distribution.byStartDecile === null ? i18n.t('charts:decile.noStatusQuo') : null;
}

/** "1 (poorest)", "2", … "10 (richest)". */
export function decileLabel(d: number, count = 10): string {
  if (d === 0) return i18n.t('charts:decile.poorest');
  if (d === count - 1) return i18n.t('charts:decile.richest', { count });
  return String(d + 1);
}

/** A row per decile; scenario i's value sits under `runKey(i)` (see valueAt). */
export type DecileRow = { decile: number; label: string } & Record<string, IntervalValue | number | string>;

export type ChangeUnit = 'pkr' | 'relative';
const CHANGE_FIELD = { pkr: 'consumptionChangePKR', relative: 'consumptionChange' } as const;

/**
 * Scenarios with effects by decile that differ from the status quo anywhere
 * (`shown`), those with no change (the status quo itself, which the app runs
 * without a status quo of its own, or every decile's change exactly 0), and
 * those whose results leave the status quo out (comparison off).
 */
export function changedRuns(runs: readonly ChartRun[]): { shown: ChartRun[]; unchanged: ChartRun[]; missing: ChartRun[] } {
  const out = { shown: [] as ChartRun[], unchanged: [] as ChartRun[], missing: [] as ChartRun[] };
  for (const r of runs) {
    const d = r.result.distribution.byStartDecile;
    if (isStatusQuoPolicy(r.result.scenario) || d?.consumptionChangePKR.every((x) => x.mean === 0)) out.unchanged.push(r);
    else if (d === null) out.missing.push(r);
    else out.shown.push(r);
  }
  return out;
}

/** The change in end consumption per adult-equivalent by start decile, one entry per scenario. */
export function consumptionChangeRows(runs: readonly ChartRun[], unit: ChangeUnit): DecileRow[] {
  const count = Math.max(0, ...runs.map((r) => r.result.distribution.byStartDecile?.consumptionChangePKR.length ?? 0));
  return Array.from({ length: count }, (_, d) => {
    const row: DecileRow = { decile: d, label: decileLabel(d, count) };
    runs.forEach((r, i) => {
      const by = r.result.distribution.byStartDecile;
      if (by) row[runKey(i)] = interval(by[CHANGE_FIELD[unit]][d]);
    });
    return row;
  });
}

/** The level without the programmes, for the table (Rs per adult-equivalent a month). */
export function consumptionWithout(result: RunResult, decile: number): IntervalValue {
  return interval(result.distribution.byStartDecile?.consumptionWithoutPKR[decile]);
}

/**
 * Whether the scenarios share one status quo by decile (the same world and
 * draws, as in a comparison), so a table needs one status-quo column, not one each.
 */
export function sameStatusQuo(runs: readonly ChartRun[]): boolean {
  const first = runs[0]?.result.distribution.byStartDecile?.consumptionWithoutPKR;
  return runs.every((r) => {
    const other = r.result.distribution.byStartDecile?.consumptionWithoutPKR;
    return first !== undefined && other !== undefined && other.length === first.length && other.every((d, i) => d.mean === first[i]!.mean);
  });
}
