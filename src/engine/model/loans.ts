/**
 * Microfinance for one household in one month: origination under the
 * risk-fund lending cap, instalments, arrears, extension for shocked
 * borrowers, rescheduling and classified disposal, write-off with a fund
 * payout, and diversion recall. Principal is conserved:
 * disbursed = repaid + outstanding + written off.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { STRATA_COUNT } from '../population/regions';
import { drawBits, unitHi, unitLo } from '../random/hash';
import { PROG, spend, TOOK, type PassState } from './state';

/** Month-level keys and constants shared by every household's loan step. */
export interface LoanMonth {
  t: number;
  year: number;
  kUptake: number;
  kUse: number;
  kDetect: number;
  /** Monthly uptake probability for first and repeat loans. */
  uptakeFirst: number;
  uptakeRepeat: number;
}

/** Number of scheduled instalments overdue. */
export function lateCount(arrears: number, instalment: number): number {
  return instalment > 0 ? Math.ceil(arrears / instalment - 1e-9) : 0;
}

/**
 * Up-front interest buy-down paid to the lender: the rate gap on the average
 * balance of an equal-principal schedule over grace + term months.
 */
export function subsidyFor(ctx: Context, principal: number): number {
  const m = ctx.sc.policy.microfinance;
  const gap = Math.max(0, m.lenderRatePct - m.borrowerRatePct) / 1200;
  return principal * gap * (m.graceMonths + (m.termMonths + 1) / 2);
}

/** Hit by a disaster, flood or health shock within the window, or income still depressed by one by more than `loss` log points. */
export function isShockAffected(st: PassState, i: number, t: number, window: number, loss: number): boolean {
  return t - st.lastShock[i]! <= window || st.health[i]! + st.disaster[i]! + st.flood[i]! < -loss;
}

function close(st: PassState, i: number, s: number): void {
  const L = st.loans;
  L.active[i] = 0;
  st.stratumOutstanding[s] -= L.outstanding[i]!;
  L.outstanding[i] = 0;
  L.arrears[i] = 0;
  L.interestArrears[i] = 0;
  L.left[i] = 0;
  L.overdue[i] = 0;
  L.arrearsSince[i] = -1;
  // Running per-stratum sums leave float dust once every loan is closed.
  if (Math.abs(st.stratumOutstanding[s]!) < 1) st.stratumOutstanding[s] = 0;
}

/**
 * Originate a loan for household i, which has decided to borrow, if the fund
 * cap and subsidy budget allow; returns true if disbursed. The principal
 * never reaches consumption: it is invested (a business that may fail) or
 * diverted away from the household, which still owes it.
 */
export function originate(ctx: Context, pop: Population, st: PassState, lm: LoanMonth, i: number, householdIncome: number): boolean {
  const m = ctx.sc.policy.microfinance;
  const L = st.loans;
  // The caller has already drawn the uptake decision (inlined in the hot loop).
  // A good repayer's loan grows from its last one; one whose repaid loan predates the run (imported data) has no
  // last size here, so it borrows on the first-loan rule (at the repeat uptake rate).
  const repeat = L.goodRepayer[i] === 1 && L.lastSize[i]! > 0;
  const s = pop.stratum[i]!;
  const w = pop.weight[i]!;
  const size = repeat ? L.lastSize[i]! * m.repeatGrowth : m.loanIncomeMultiple * householdIncome;
  const principal = Math.min(m.loanCapPKR, Math.max(m.minLoanPKR, size));
  const national = principal * w;
  const subsidy = subsidyFor(ctx, principal) * w;
  const envelopeAt = PROG.microfinance * STRATA_COUNT + s;
  if (st.stratumOutstanding[s]! + national > m.leverage * st.fund[s]!) return false;
  if (subsidy > st.envelope[envelopeAt]!) return false;
  spend(st, PROG.microfinance, s, lm.year, subsidy);
  st.ledger.subsidy += subsidy;
  st.ledger.disbursed += national;
  st.ledger.disbursedCount += w;
  st.stratumOutstanding[s] += national;
  st.took[i] |= TOOK.microfinance;
  L.active[i] = 1;
  L.outstanding[i] = national;
  L.instalment[i] = national / m.termMonths;
  L.left[i] = m.termMonths;
  L.arrears[i] = 0;
  L.interestArrears[i] = 0;
  L.grace[i] = m.graceMonths;
  L.extUsed[i] = 0;
  L.arrearsSince[i] = -1;
  L.rescheduled[i] = 0;
  L.extended[i] = 0;
  L.worstLate[i] = 0;
  L.overdue[i] = 0;
  L.lastSize[i] = principal;
  L.goodRepayer[i] = 0;
  L.wilful[i] = pop.uWilful[i]! < m.wilfulShare ? 1 : 0;
  const use = drawBits(lm.kUse, pop.id[i]!);
  L.diverted[i] = unitLo(use) < m.diversionShare ? 1 : 0;
  if (!L.diverted[i] && unitHi(use) < m.investSuccess) st.enterprise[i] += principal * m.monthlyReturn;
  return true;
}

/**
 * Pay what is due from `capacity` (national PKR): interest arrears first, then
 * principal arrears. Returns what the household paid (PKR, one household; w is its weight).
 */
function payDue(st: PassState, i: number, s: number, w: number, capacity: number): number {
  const L = st.loans;
  const led = st.ledger;
  let pay = Math.min(capacity, L.arrears[i]! + L.interestArrears[i]!);
  const towardsInterest = Math.min(pay, L.interestArrears[i]!);
  L.interestArrears[i] -= towardsInterest;
  led.interestPaid += towardsInterest;
  pay -= towardsInterest;
  const principal = Math.min(pay, L.arrears[i]!, L.outstanding[i]!);
  L.arrears[i] -= principal;
  L.outstanding[i] -= principal;
  st.stratumOutstanding[s] -= principal;
  led.repaid += principal;
  return (towardsInterest + principal) / w;
}

/**
 * One month of an active loan. `cashOnHand` is what the household has this
 * month (savings plus income, PKR); `protectedCash` is the consumption it
 * keeps before paying. Amounts on the loan arrays are national (sample amount
 * × weight). Returns what the household paid this month (PKR, one household).
 */
export function serviceLoan(ctx: Context, pop: Population, st: PassState, lm: LoanMonth, i: number, cashOnHand: number, protectedCash: number): number {
  const m = ctx.sc.policy.microfinance;
  const L = st.loans;
  const led = st.ledger;
  const s = pop.stratum[i]!;
  const w = pop.weight[i]!;
  const t = lm.t;

  if (L.diverted[i] && unitLo(drawBits(lm.kDetect, pop.id[i]!)) < m.diversionDetection) {
    // Diverted principal is recalled: converted to a commercial loan and leaves the programme's books as repaid.
    led.repaid += L.outstanding[i]!;
    led.recalled += L.outstanding[i]!;
    close(st, i, s);
    return 0;
  }
  if (L.grace[i]! > 0) {
    L.grace[i]--;
    return 0;
  }
  const rate = m.borrowerRatePct / 1200;
  const interestDue = L.outstanding[i]! * rate;
  const affected = isShockAffected(st, i, t, m.shockWindowMonths, m.shockAffectedLoss);
  const capacity = Math.max(0, cashOnHand - protectedCash) * w;
  let paid = 0;
  const nextDue = L.left[i]! > 0 ? L.instalment[i]! : 0;
  const owed = L.arrears[i]! + nextDue + L.interestArrears[i]! + interestDue;

  if (affected && capacity < owed && L.extUsed[i]! < m.maxExtensionMonths && !L.wilful[i] && nextDue > 0) {
    // Extension (展期): this month's instalment is postponed; terms kept, no arrears recorded. What the
    // household can pay still goes to interest and to arrears from before, interest first.
    if (L.extUsed[i] === 0) led.extensions += w;
    L.extUsed[i]++;
    L.extended[i] = 1;
    L.interestArrears[i] += interestDue;
    paid = payDue(st, i, s, w, capacity);
  } else {
    if (L.left[i]! > 0) {
      L.arrears[i] += L.instalment[i]!;
      L.left[i]--;
    }
    L.interestArrears[i] += interestDue;
    paid = L.wilful[i] ? 0 : payDue(st, i, s, w, capacity);
  }

  const behind = lateCount(L.arrears[i]!, L.instalment[i]!);
  // Months overdue: instalments behind while the schedule runs, up to and
  // including the month its last instalment falls due (nextDue > 0); once it
  // has ended, unpaid arrears keep ageing a month at a time, so a matured loan
  // in arrears still reaches the write-off point. (Before engine 2.6.0 the
  // ageing began in the last instalment's own month: a borrower 2 behind who
  // paid 2 of the 3 then due was counted 3 months overdue, not 1.)
  const late = behind === 0 ? 0 : nextDue > 0 ? behind : Math.max(behind, L.overdue[i]! + 1);
  L.overdue[i] = late;
  if (late === 0) L.arrearsSince[i] = -1;
  else if (L.arrearsSince[i]! < 0) L.arrearsSince[i] = t;
  if (late > L.worstLate[i]!) L.worstLate[i] = late;

  if (L.outstanding[i]! <= 1e-6 * w || (L.left[i] === 0 && L.arrears[i]! <= 1e-6 * w)) {
    // Repaid in full (any float dust of principal counts as repaid).
    led.repaid += L.outstanding[i]!;
    L.goodRepayer[i] = L.worstLate[i]! < 2 ? 1 : 0;
    close(st, i, s);
    return paid;
  }
  if (late < 2) return paid;
  // Classified disposal: arrears that began within the shock window of a shock are "shock-driven".
  const since = L.arrearsSince[i]!;
  const shockCaused = !L.wilful[i] && (affected || st.lastShock[i]! >= since - m.shockWindowMonths);
  if (shockCaused && !L.rescheduled[i] && m.rescheduleMonths > 0) {
    const remaining = L.left[i]! + late + m.rescheduleMonths;
    L.instalment[i] = L.outstanding[i]! / remaining;
    L.left[i] = remaining;
    L.arrears[i] = 0;
    L.overdue[i] = 0;
    L.arrearsSince[i] = -1;
    L.rescheduled[i] = 1;
    led.reschedulings += w;
    return paid;
  }
  if (late >= m.writeOffMonths) {
    const bal = L.outstanding[i]!;
    // Wilful default is pursued (partial recovery); shock-driven default is written off without pursuit.
    // Recovery is taken from the household's cash on hand above protected consumption, so pursuit cannot push it below subsistence.
    const recovered = shockCaused ? 0 : Math.min(bal * m.recoveryRate, Math.max(0, capacity - paid * w));
    const lost = bal - recovered;
    led.repaid += recovered;
    paid += recovered / w;
    led.writtenOff += lost;
    const payout = Math.min(st.fund[s]!, lost * m.riskFundCoverage);
    st.fund[s] -= payout;
    led.fundPayouts += payout;
    L.blacklisted[i] = 1;
    st.mfEligible[i] = 0;
    L.goodRepayer[i] = 0;
    close(st, i, s);
  }
  return paid;
}
