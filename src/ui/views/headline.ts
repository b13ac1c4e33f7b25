/**
 * The plain-language headline an official can read out: budget, households
 * out of poverty relative to no programmes, and the 90% interval.
 */
import type { RunResult } from '../../engine/index';
import { formatCount, formatPKR } from '../format';

export function headlineSentence(name: string, result: RunResult): string {
  const years = Math.round(result.meta.months / 12);
  const horizon = years >= 1 && result.meta.months % 12 === 0 ? `${years} year${years === 1 ? '' : 's'}` : `${result.meta.months} months`;
  const avoided = result.summary.poorHouseholdsAvoided;
  const spent = result.summary.spentPKR.p50;
  if (!result.counterfactual || avoided.p50 === null) return `${name}: ${formatPKR(spent)} spent over ${horizon}.`;
  if ((result.summary.budgetPKR.p50 ?? 0) === 0) return `${name}: no new programme money; poverty follows its own course.`;
  const interval = avoided.p5 !== null && avoided.p95 !== null ? `; 90% interval ${formatCount(avoided.p5)} to ${formatCount(avoided.p95)}` : '';
  const verb = avoided.p50 >= 0 ? 'fewer' : 'more';
  return `${name}: ${formatPKR(spent)} over ${horizon} leaves ${formatCount(Math.abs(avoided.p50))} ${verb} households in poverty at the end than no programmes would${interval}.`;
}
