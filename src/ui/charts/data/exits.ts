/**
 * Poverty flows per scenario: sustained exits, re-entries and the newly
 * poor. One row per flow; scenario i's mean and 90% interval under `s{i}`.
 */
import { i18n } from '../../../i18n/index';
import { labelled } from '../lang';
import type { ChartRun, IntervalValue } from '../types';
import { interval, runKey, valueAt } from './interval';

export const EXIT_METRICS = [
  labelled('sustainedExits', () => i18n.t('charts:exits.sustainedExits')),
  labelled('reentries', () => i18n.t('charts:exits.reentries')),
  labelled('newlyPoor', () => i18n.t('charts:exits.newlyPoor')),
] as const;

export type ExitsRow = { metric: string; label: string } & Record<string, IntervalValue | string>;

export function exitsRows(runs: readonly ChartRun[]): ExitsRow[] {
  return EXIT_METRICS.map(({ key, label }) => {
    const row: ExitsRow = { metric: key, label };
    runs.forEach((r, i) => {
      row[runKey(i)] = interval(r.result.summary[key]);
    });
    return row;
  });
}

/** The intervals a chart of these rows draws, for its axis extent. */
export const exitsIntervals = (rows: readonly ExitsRow[], runs: number): (IntervalValue | undefined)[] =>
  rows.flatMap((row) => Array.from({ length: runs }, (_, i) => valueAt(row, i)));
