/**
 * Where the scenario's own budget sits on the frontier. The frontier is
 * computed at constant annual budgets; the scenario's budget is a path (a
 * value a year, its last repeating) of which only the years the run covers
 * are spent. Its place on the budget axis is the run's mean annual budget,
 * each year weighted by its months (the constant budget that spends as much
 * over the run). The additional sustained exits there are the result's own
 * (`exits`, whatever the objective): the proposal's and the reader's split's,
 * on the replications the frontier is drawn on (the same measure, the same
 * draws). Nothing is read off the lines between the frontier's budgets.
 */
import type { Dist, OptimiseResult } from '../../../engine/index';

export interface OwnBudget {
  /** The budget of each year the run covers, Rs bn a year. */
  years: number[];
  /** Rs bn a year on average over the run's months. */
  meanBn: number;
  /** The same budget in every year of the run. */
  constant: boolean;
  /** The frontier point at this very budget (a constant one), or null. */
  onFrontier: number | null;
  /** Additional sustained exits at this budget, for each split. */
  measured: { optimised: Dist; current: Dist };
}

/** The months of year y of a run of `months` (12, or fewer in a last part-year), as the engine counts them. */
const monthsOfYear = (months: number, y: number) => Math.min(12, months - 12 * y);

/** The scenario's budget (`annualBn`, over a run of `months`) against the result's frontier; null without a budget to place. */
export function ownBudget(result: Pick<OptimiseResult, 'exits' | 'frontier'>, annualBn: readonly number[], months: number): OwnBudget | null {
  if (annualBn.length === 0 || !(months > 0)) return null;
  const years = Array.from({ length: Math.ceil(months / 12) }, (_, y) => annualBn[Math.min(y, annualBn.length - 1)]!);
  const meanBn = years.reduce((s, bn, y) => s + bn * monthsOfYear(months, y), 0) / months;
  if (!Number.isFinite(meanBn)) return null;
  const constant = years.every((bn) => bn === years[0]);
  const at = constant ? result.frontier.findIndex((p) => p.budgetBn === years[0]) : -1;
  return { years, meanBn, constant, onFrontier: at >= 0 ? at : null, measured: result.exits };
}
