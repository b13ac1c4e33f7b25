/**
 * Cost per additional sustained exit (spending ÷ exits beyond the
 * no-programme counterfactual, per replication, summarised by the engine),
 * ranked cheapest first. Scenarios with no additional exits have no cost
 * per exit: they go last, flagged, never drawn as a zero.
 */
import type { ChartRun, IntervalValue } from '../types';
import { interval } from './interval';

export interface CostPerExitRow extends IntervalValue {
  id: string;
  name: string;
  color: string;
  /** True when no replication produced additional exits, so there is no cost to show. */
  noExits: boolean;
}

export function costPerExitRows(runs: readonly ChartRun[]): CostPerExitRow[] {
  const rows = runs.map((r) => {
    const v = interval(r.result.summary.costPerSustainedExitPKR);
    return { id: r.id, name: r.name, color: r.color, ...v, noExits: v.value === null };
  });
  // Stable sort: ties, and the flagged rows among themselves, keep the order they were given in.
  return rows.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return a.value - b.value;
  });
}
