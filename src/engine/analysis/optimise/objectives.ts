/**
 * What the optimiser measures in each replication of a split, and how an
 * objective and the measured constraints are judged from those measures.
 * The measures come from the summary scalars a runner's scalar job returns
 * (rows of [scenario values…, status-quo values…] in MEASURED_SCALARS'
 * order), so each is exactly what a full run of the split would report.
 */
import type { ScalarKey } from '../../model/layout';
import type { Assessment } from './search';
import type { Objective, OptimiseProblem } from './problem';

/** The summary scalars every optimiser evaluation asks for. */
export const MEASURED_SCALARS = ['sustainedExits', 'povertyGapEnd', 'spentPKR', 'par30Last12', 'existingRecipients'] as const satisfies readonly ScalarKey[];
const S = MEASURED_SCALARS.length;
const at = (k: (typeof MEASURED_SCALARS)[number]) => MEASURED_SCALARS.indexOf(k);

/** One split in one replication. */
export interface Measure {
  /** Additional sustained exits: the split's sustained exits − the status quo's, on the same draws (households). */
  exits: number;
  /** Poverty gap (FGT1) at the end, share of the poverty line per person. */
  gap: number;
  /** Spent by the new programmes (PKR). */
  spent: number;
  /** PAR30 averaged over the last 12 months. */
  par30: number;
  /** The existing recipients' top-up paid, and what paying all of them every month costs (NaN when not checked). */
  topUpPaid: number;
  topUpDue: number;
}

/** A measure from a split's scalar row and, when the top-up is checked, its probe's row. */
export function measure(row: ArrayLike<number>, probe: ArrayLike<number> | null, topUpPKR: number, months: number): Measure {
  return {
    exits: row[at('sustainedExits')]! - row[S + at('sustainedExits')]!,
    gap: row[at('povertyGapEnd')]!,
    spent: row[at('spentPKR')]!,
    par30: row[at('par30Last12')]!,
    topUpPaid: probe ? probe[at('spentPKR')]! : NaN,
    topUpDue: probe ? topUpPKR * months * probe[at('existingRecipients')]! : NaN,
  };
}

const mean = (ms: readonly Measure[], f: (m: Measure) => number) => {
  let s = 0;
  for (const m of ms) s += f(m);
  return ms.length ? s / ms.length : NaN;
};

/**
 * The objective's value over replications, in its own units: mean additional
 * sustained exits, mean poverty gap at the end, or cost per additional exit
 * as the ratio of totals (Σ spent ÷ Σ additional exits; +∞ when the split
 * adds no exits), as the app reports each.
 */
export function objectiveValue(objective: Objective, ms: readonly Measure[]): number {
  switch (objective) {
    case 'maxSustainedExits':
      return mean(ms, (m) => m.exits);
    case 'minPovertyGapEnd':
      return mean(ms, (m) => m.gap);
    case 'minCostPerExit': {
      let spent = 0;
      let exits = 0;
      for (const m of ms) {
        spent += m.spent;
        exits += m.exits;
      }
      return exits > 0 ? spent / exits : Infinity;
    }
  }
}

/** +1 when more is better, −1 when less is. */
export const objectiveSign = (objective: Objective): 1 | -1 => (objective === 'maxSustainedExits' ? 1 : -1);

/** Share of the top-up due that was paid, over the replications (1 when every recipient got it every month). */
export function topUpCoverage(ms: readonly Measure[]): number {
  let paid = 0;
  let due = 0;
  for (const m of ms) {
    paid += m.topUpPaid;
    due += m.topUpDue;
  }
  return due > 0 ? paid / due : 1;
}

/** Coverage counts as complete within this (sums of the same payments in another order). */
export const COVERAGE_TOL = 1e-9;

/** Loss (lower is better) and how far the measured constraints are broken: PAR30 over its cap, top-up coverage short of 1. */
export function assessSplit(p: Pick<OptimiseProblem, 'objective' | 'par30Cap' | 'checkTopUp'>, ms: readonly Measure[]): Assessment {
  const value = objectiveValue(p.objective, ms);
  let violation = 0;
  if (p.par30Cap !== null) violation += Math.max(0, mean(ms, (m) => m.par30) - p.par30Cap);
  if (p.checkTopUp) {
    const short = 1 - topUpCoverage(ms);
    if (short > COVERAGE_TOL) violation += short;
  }
  return { loss: Number.isNaN(value) ? Infinity : -objectiveSign(p.objective) * value, violation };
}
