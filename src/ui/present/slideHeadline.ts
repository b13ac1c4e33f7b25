/**
 * The sentence a scenario's slide leads with, in words an official can read
 * out: "Rs 120 bn a year: 226k more households out of poverty for a year or
 * more by month 36 (90% interval 180k to 270k); each costs Rs 531,000."
 * Exits are additional sustained exits against the status quo (the existing
 * cash transfer only) on the same draws; medians with the 5th–95th
 * percentile, as on the dashboard's headline (views/headline.ts). Below
 * MIN_INTERVAL_REPLICATIONS the interval is said to be still being estimated.
 */
import type { RunResult } from '../../engine/index';
import { formatCount, formatPKR } from '../format';
import { estimating } from '../charts/data/estimating';

export interface SlideHeadline {
  /** The sentence in large type. */
  headline: string;
  /** What it rests on, in smaller type. */
  basis: string;
}

/** "Rs 120 bn a year", or "Rs 80 → 100 → 120 bn a year" for a rising path. */
export function budgetText(annualBn: readonly number[]): string {
  if (annualBn.length === 0) return 'No new budget';
  const same = annualBn.every((x) => x === annualBn[0]);
  const bn = (x: number) => x.toLocaleString('en-US', { maximumSignificantDigits: 3 });
  return same ? `Rs ${bn(annualBn[0]!)} bn a year` : `Rs ${annualBn.map(bn).join(' → ')} bn a year`;
}

/** A count with a true minus sign, for an interval that reaches below zero. */
const count = (x: number): string => formatCount(x).replace('-', '−');

function intervalText(result: RunResult, low: number | null, high: number | null, format: (x: number) => string): string {
  if (estimating(result.meta.replications)) return ' (90% interval still being estimated)';
  return low !== null && high !== null ? ` (90% interval ${format(low)} to ${format(high)})` : '';
}

/** The headline of one scenario's slide, built from its result's summary. */
export function slideHeadline(result: RunResult): SlideHeadline {
  const { summary, meta } = result;
  const budget = budgetText(result.scenario.policy.budget.annualBn);
  const reps = `${meta.replications} replication${meta.replications === 1 ? '' : 's'}`;
  const basis = `Compared with the status quo (existing cash transfer only) on the same households and shocks; ${reps} of ${formatCount(meta.households)} households over ${meta.months} months.`;
  if ((summary.budgetPKR.p50 ?? 0) === 0) return { headline: 'No new programme money: this is the status quo (existing cash transfer only).', basis };
  const exits = summary.additionalSustainedExits;
  if (!result.counterfactual || exits.p50 === null)
    return { headline: `${budget}: ${formatPKR(summary.spentPKR.p50)} spent over ${meta.months} months; the status quo was not simulated, so there is nothing to compare with.`, basis };
  const n = Math.round(exits.p50);
  const what = n === 0 ? 'no more households' : `${formatCount(Math.abs(n))} ${n > 0 ? 'more' : 'fewer'} households`;
  const interval = intervalText(result, exits.p5, exits.p95, count);
  const cost = summary.costPerSustainedExitPKR;
  const each = n > 0 && cost.p50 !== null ? `; each costs ${formatPKR(cost.p50)}${intervalText(result, cost.p5, cost.p95, formatPKR)}` : '';
  return { headline: `${budget}: ${what} out of poverty for a year or more by month ${meta.months}${interval}${each}.`, basis };
}
