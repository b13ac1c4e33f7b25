/**
 * Households a policy has not touched that ask for a loan this month (their
 * loan-uptake draw came up under the policy's rate: model/together.ts).
 *
 * Such a household lives the month exactly as in the status quo: it has no
 * programme, no business and no loan, and a loan granted this month is
 * invested or diverted, never consumed, so this month's consumption is the
 * status quo's and it adds exactly 0 to the month's differences from it. So
 * the policy pass does not step it: it only asks for the loan, on this
 * month's earnings (the status quo's). Most are refused (the risk fund's lending cap or the
 * subsidy envelope: about 4 in 5 by default) and stay untouched; one granted
 * a loan is touched from now on, its state the status quo's after the month
 * (together.ts copies it over then).
 *
 * The asks are made in household order among the households stepped
 * (runMonth calls askBelow before each), because a loan is granted against
 * running totals (stratum outstanding, envelopes) that stepped borrowers'
 * repayments change as the month goes.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import type { PassState } from './state';
import { originate, type LoanMonth } from './loans';

/** A policy's askers this month, ascending, and those granted a loan. */
export interface Asking {
  who: Int32Array;
  count: number;
  /** How many have asked so far this month. */
  asked: number;
  granted: Int32Array;
  grantedCount: number;
}

/** The next household to ask, or `none` if every one has asked. */
export function nextToAsk(asking: Asking, none: number): number {
  return asking.asked < asking.count ? asking.who[asking.asked]! : none;
}

/**
 * Let the askers below household `limit` ask, in order; returns `borrowers` (the month's sum of borrowers'
 * weights) with each one granted a loan added, as the monthly loop adds a borrower's.
 */
export function askBelow(
  ctx: Context, pop: Population, st: PassState, lm: LoanMonth, asking: Asking, touched: Uint8Array, limit: number, statusQuoEarnings: Float64Array, borrowers: number,
): number {
  const { who } = asking;
  while (asking.asked < asking.count && who[asking.asked]! < limit) {
    const i = who[asking.asked++]!;
    // What it earns this month is the status quo's (PassState.earnings), and it has no business yet: the loop's
    // `earned + business` is earned + 0.
    if (!originate(ctx, pop, st, lm, i, statusQuoEarnings[2 * i + 1]!)) continue;
    touched[i] = 1;
    asking.granted[asking.grantedCount++] = i;
    // A new loan is current: of the month's loan totals, it adds only to the borrowers.
    borrowers += pop.weight[i]!;
  }
  return borrowers;
}
