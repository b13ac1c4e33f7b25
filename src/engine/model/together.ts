/**
 * Several policy passes run in step with the status-quo pass, month by month.
 *
 * A household no policy has touched yet (never enrolled, never borrowed)
 * lives through the month exactly as it does in the status quo: the same
 * draws, the same state, the same arithmetic. So each policy pass steps only
 * the households it has touched (about an eighth of them in a month, by
 * default), and its monthly totals are the status quo's plus those
 * households' differences from it (model/pass.ts, InStep), which are exactly
 * 0 for a household living as in the status quo. test/engine/sharedWorld.test.ts
 * holds the numbers to full passes that step every household, bit for bit.
 *
 * A household becomes touched when it is enrolled (at a year start) or when
 * it takes a loan. Its loan-uptake draw (the only thing a policy does to an
 * untouched eligible household, and a draw that depends on the household and
 * the month only) is made before the month, once for every policy: if it
 * comes up, the household asks for the loan in the month, in household order
 * among those stepped, but is not stepped itself: it lives the month as in
 * the status quo (model/asking.ts). Granted the loan, it is touched: the
 * status quo's state after the month is copied over and it is stepped from
 * the next month; refused (budget or fund cap), nothing changed and it stays
 * untouched. Untouched households' consumption is copied over
 * at each year start (enrolment reads everyone's) and their whole state at
 * the end (outcomes read everyone's).
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { applyTargeting } from '../population/generate';
import { drawBits, streamKey, unitLo } from '../random/hash';
import { P } from '../random/purposes';
import { pow } from '../math/dmath';
import type { Arena, PassState } from './state';
import { LOAN_REPAID } from '../population/householdColumns';
import { startYear } from './programmes';
import { runMonths, type Recorder, type Stepped } from './pass';

export interface PolicyPass {
  ctx: Context;
  st: PassState;
  rec: Recorder;
}

/**
 * No policy changes the income process (the persistent term, health,
 * disaster and flood losses, the month's transitory factor): every pass
 * starts from the same month-0 world and draws the same numbers. So the
 * policy passes use the status quo's arrays, which its pass steps once a
 * month, instead of stepping copies of their own.
 */
function shareIncome(ref: PassState, st: PassState): void {
  st.persistent = ref.persistent;
  st.health = ref.health;
  st.disaster = ref.disaster;
  st.flood = ref.flood;
  st.lastShock = ref.lastShock;
  st.shockNow = ref.shockNow;
  st.transitoryNow = ref.transitoryNow;
}

/**
 * The rest of the per-household state a month changes for a household no programme
 * touches. Programme state (enrolment flags, loans, skills, farm practice,
 * business capital) is at its starting value for such a household in both
 * passes: the burn-in world has no loans or businesses, and only enrolment
 * or a granted loan (which mark it touched) changes any of it.
 */
function copyHousehold(from: PassState, to: PassState, i: number): void {
  to.savings[i] = from.savings[i]!;
  to.cons[i] = from.cons[i]!;
  to.outRun[i] = from.outRun[i]!;
  to.had12[i] = from.had12[i]!;
  to.reentered[i] = from.reentered[i]!;
}

function syncUntouched(ref: PassState, st: PassState, touched: Uint8Array): void {
  for (let i = 0; i < touched.length; i++) if (touched[i] === 0) copyHousehold(ref, st, i);
}

/** At a year start, of an untouched household's state only its consumption is read (regional shares, targeting errors). */
function syncConsumption(ref: PassState, st: PassState, touched: Uint8Array): void {
  const from = ref.cons;
  const to = st.cons;
  for (let i = 0; i < touched.length; i++) if (touched[i] === 0) to[i] = from[i]!;
}

/** A policy's households in step: who it has touched (Stepped), and room to merge newcomers into its order. */
interface Touched extends Stepped {
  spare: Int32Array;
}

/** Add the households `fresh` (ascending, untouched until now) to those stepped, in order. */
function addStepped(m: Touched, fresh: Int32Array, freshCount: number): void {
  if (freshCount === 0) return;
  const merged = m.spare;
  m.count = mergeInto(m.order, m.count, fresh, freshCount, merged);
  m.spare = m.order;
  m.order = merged;
}

/**
 * The month's loan-uptake draws, made once for every policy (a draw is the household's and the month's,
 * P.LOAN_UPTAKE, whatever the policy): the households whose draw is below `threshold` (the highest uptake
 * rate any untouched household can have under any policy; about 1 in 50 a month by default), ascending,
 * with their draws. Each policy compares the draw with its own rate; a household whose draw is above every
 * rate wants no loan this month under any policy.
 */
interface UptakeDraws {
  who: Int32Array;
  value: Float64Array;
  count: number;
}

function drawUptake(draws: UptakeDraws, id: Int32Array, kUptake: number, threshold: number): void {
  const { who, value } = draws;
  let c = 0;
  for (let i = 0; i < id.length; i++) {
    const u = unitLo(drawBits(kUptake, id[i]!));
    if (u < threshold) {
      who[c] = i;
      value[c++] = u;
    }
  }
  draws.count = c;
}

/**
 * At a year start: the untouched households the policy has just enrolled, touched for good from now on,
 * ascending into `into` (returns how many).
 */
function enrolled(m: Stepped, ref: PassState, st: PassState, into: Int32Array): number {
  const { touched } = m;
  const { took } = st;
  let c = 0;
  for (let i = 0; i < touched.length; i++) {
    if (touched[i] !== 0 || took[i] === 0) continue;
    copyHousehold(ref, st, i);
    touched[i] = 1;
    into[c++] = i;
  }
  return c;
}

/**
 * The untouched households eligible for a loan whose uptake draw comes up this month, ascending: they ask for
 * a loan in the month (model/asking.ts). Neither eligibility nor the uptake rate of an untouched household
 * changes within a year: only a year start or a loan changes them.
 */
function wantingLoans(m: Touched, st: PassState, draws: UptakeDraws, first: number, repeat: number): void {
  const { touched, asking } = m;
  const { mfEligible } = st;
  const { goodRepayer } = st.loans;
  const { who, value } = draws;
  let c = 0;
  for (let j = 0; j < draws.count; j++) {
    const i = who[j]!;
    if (touched[i] !== 0 || mfEligible[i] === 0) continue;
    // Never borrowed in this run, so the first-loan rate applies, or the repeat rate for a household imported
    // as having repaid a loan (the monthly loop compares the same draw with the same rates).
    if (value[j]! >= (goodRepayer[i] ? repeat : first)) continue;
    asking.who[c++] = i;
  }
  asking.count = c;
  asking.asked = 0;
  asking.grantedCount = 0;
}

/**
 * After the month: the households granted a loan in it are touched from now on. They lived it as in the
 * status quo (model/asking.ts), so their state is the status quo's after the month, and the loan's.
 */
function addGranted(m: Touched, ref: PassState, st: PassState): void {
  const { granted, grantedCount } = m.asking;
  for (let k = 0; k < grantedCount; k++) copyHousehold(ref, st, granted[k]!);
  addStepped(m, granted, grantedCount);
}

/**
 * Merge two ascending, disjoint lists into `into` (returns its length). Each element of `b` is placed after
 * the run of `a` below it, so the inner loop only copies (`b`, the month's newcomers, is short beside `a`):
 * a loop comparing both lists at every step held about 3% of a comparison's CPU profile.
 */
function mergeInto(a: Int32Array, aCount: number, b: Int32Array, bCount: number, into: Int32Array): number {
  let x = 0;
  let c = 0;
  for (let y = 0; y < bCount; y++) {
    const next = b[y]!;
    while (x < aCount && a[x]! < next) into[c++] = a[x++]!;
    into[c++] = next;
  }
  while (x < aCount) into[c++] = a[x++]!;
  return c;
}

/**
 * Run months [0, months) of the status-quo pass `ref` (recorded by refRec)
 * and of every policy pass, all from the same month-0 world. On return every
 * pass's state is complete, as if each had been run alone.
 */
export function runTogether(
  ctx0: Context, pop: Population, ref: PassState, refRec: Recorder, policies: readonly PolicyPass[], repKey: number, months: number, from: Arena | null = null,
): void {
  for (const p of policies) shareIncome(ref, p.st);
  const n = pop.n;
  // The status quo's earnings each month, which the policies' households read unless a programme raised theirs.
  ref.earnings = policies.length === 0 ? null : from ? from.f64Pairs() : new Float64Array(2 * n);
  const i32 = from ? () => from.i32() : () => new Int32Array(n);
  const mine: Touched[] = policies.map(() => ({
    touched: from ? from.u8() : new Uint8Array(n),
    order: i32(),
    count: 0,
    spare: i32(),
    asking: { who: i32(), count: 0, asked: 0, granted: i32(), grantedCount: 0 },
  }));
  const uptake = policies.map((p) => 1 - pow(1 - p.ctx.sc.policy.microfinance.annualUptake, 1 / 12));
  const repeatUptake = policies.map((p) => 1 - pow(1 - p.ctx.sc.policy.microfinance.repeatUptake, 1 / 12));
  // An untouched household is on the repeat rate only if imported data says it repaid a loan: one that repays
  // a loan here was touched when it borrowed.
  const repaid = pop.loanStatus !== null && pop.loanStatus.includes(LOAN_REPAID);
  const threshold = Math.max(0, ...uptake, ...(repaid ? repeatUptake : []));
  const draws: UptakeDraws = { who: i32(), value: from ? from.f64() : new Float64Array(n), count: 0 };
  const joining = i32();
  // The population arrives ordered for ctx0's categorical bonus; it is re-ordered only when a policy's differs.
  let bonus = ctx0.sc.policy.cash.categoricalBonus;
  for (let t = 0; t < months; t++) {
    if (policies.length > 0) drawUptake(draws, pop.id, streamKey(repKey, t, P.LOAN_UPTAKE), threshold);
    policies.forEach((p, k) => {
      const m = mine[k]!;
      if (t % 12 === 0) {
        syncConsumption(ref, p.st, m.touched);
        const b = p.ctx.sc.policy.cash.categoricalBonus;
        if (b !== bonus) {
          applyTargeting(pop, b);
          bonus = b;
        }
        startYear(p.ctx, pop, p.st, t / 12);
        addStepped(m, joining, enrolled(m, ref, p.st, joining));
      }
      wantingLoans(m, p.st, draws, uptake[k]!, repeatUptake[k]!);
    });
    runMonths(ctx0, pop, ref, repKey, t, t + 1, refRec);
    policies.forEach((p, k) => {
      runMonths(p.ctx, pop, p.st, repKey, t, t + 1, p.rec, false, { ref, only: mine[k]! });
      addGranted(mine[k]!, ref, p.st);
    });
  }
  policies.forEach((p, k) => syncUntouched(ref, p.st, mine[k]!.touched));
}
