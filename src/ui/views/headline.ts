/**
 * The plain-language headline an official can read out: budget, households
 * in poverty at the end relative to the status quo (the existing cash
 * transfer only, on the same draws), and the 90% interval.
 */
import type { RunResult } from '../../engine/index';
import { formatCount, formatPKR } from '../format';
import { estimating } from '../charts/data/estimating';

export function headlineSentence(name: string, result: RunResult): string {
  const years = Math.round(result.meta.months / 12);
  const horizon = years >= 1 && result.meta.months % 12 === 0 ? `${years} year${years === 1 ? '' : 's'}` : `${result.meta.months} months`;
  const avoided = result.summary.poorHouseholdsAvoided;
  const spent = result.summary.spentPKR.p50;
  if ((result.summary.budgetPKR.p50 ?? 0) === 0) return `${name}: no new programme money, so this is the status quo (existing cash transfer only).`;
  if (!result.counterfactual || avoided.p50 === null) return `${name}: ${formatPKR(spent)} spent over ${horizon} (the status quo was not simulated, so there is nothing to compare with).`;
  const interval = estimating(result.meta.replications)
    ? '; its 90% interval is still being estimated'
    : avoided.p5 !== null && avoided.p95 !== null ? `; 90% interval ${formatCount(avoided.p5)} to ${formatCount(avoided.p95)}` : '';
  const verb = avoided.p50 >= 0 ? 'fewer' : 'more';
  return `${name}: ${formatPKR(spent)} over ${horizon} leaves ${formatCount(Math.abs(avoided.p50))} ${verb} households in poverty at the end than the status quo (existing cash transfer only)${interval}.`;
}
