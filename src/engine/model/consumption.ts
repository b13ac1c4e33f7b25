/**
 * The buffer-stock consumption rule (docs/model.md §4). A household expects
 * to earn `expected` a month (its permanent income: earnings without this
 * month's transitory and shock terms, plus business income and transfers)
 * and aims to hold `bufferMonths` of it as savings. It consumes its expected
 * income plus a share `mpc` of cash on hand above that plus the target
 * buffer (or cuts by that share of a shortfall). It cannot borrow to
 * consume: consumption never exceeds cash on hand, so a household whose
 * buffer is used up consumes what it has, and shocks then pass through in full.
 *
 * Harvest seasons are anticipated: a farm household also holds a seasonal
 * reserve (what it has put aside from the last harvest for the lean months),
 * so a predictable seasonal cycle moves savings, not consumption, unless the
 * household has too little to carry it (Paxson 1993 finds Thai rice farmers
 * smooth seasonal income almost fully).
 */
export function consume(mpc: number, bufferMonths: number, expected: number, cashOnHand: number, seasonalReserve = 0): number {
  const planned = expected + mpc * (cashOnHand - expected - bufferMonths * expected - seasonalReserve);
  return Math.min(cashOnHand, Math.max(0, planned));
}
