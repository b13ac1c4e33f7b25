/**
 * Several policy passes run in step with the status-quo pass, month by month.
 *
 * A household no policy has touched yet (never enrolled, never borrowed)
 * lives through the month exactly as it does in the status quo: the same
 * draws, the same state, the same arithmetic. So each policy pass steps only
 * the households it has touched and takes the others' consumption from the
 * status-quo pass, adding them to its monthly totals in the same order as a
 * full pass would: the numbers are those of a full pass, bit for bit
 * (test/engine/golden.test.ts and sharedWorld.test.ts hold it to that),
 * at the cost of the touched households only (a sixth to a fifth of them by
 * default).
 *
 * A household becomes touched when it is enrolled (at a year start) or when
 * it takes a loan. Its loan-uptake draw (the only thing a policy does to an
 * untouched eligible household, and a draw that does not depend on its
 * state) is made before the month: if it comes up, the status-quo state is
 * copied over and the household is stepped in full; if the loan is then
 * refused (budget or fund cap), nothing changed and it stays untouched. Untouched households' state is copied over at each year
 * start (enrolment reads everyone's consumption) and at the end (outcomes
 * read everyone's state).
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { applyTargeting } from '../population/generate';
import { drawBits, streamKey, unitLo } from '../random/hash';
import { P } from '../random/purposes';
import { pow } from '../math/dmath';
import type { PassState } from './state';
import { startYear } from './programmes';
import { runMonths, type Recorder } from './pass';

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

/**
 * Run months [0, months) of the status-quo pass `ref` (recorded by refRec)
 * and of every policy pass, all from the same month-0 world. On return every
 * pass's state is complete, as if each had been run alone.
 */
export function runTogether(
  ctx0: Context, pop: Population, ref: PassState, refRec: Recorder, policies: readonly PolicyPass[], repKey: number, months: number,
): void {
  for (const p of policies) shareIncome(ref, p.st);
  const touched = policies.map(() => new Uint8Array(pop.n));
  // The untouched households that could become touched this year: enrolled, or eligible for a loan (about half).
  const candidates = policies.map(() => new Int32Array(pop.n));
  const candidateCount = policies.map(() => 0);
  const uptake = policies.map((p) => 1 - pow(1 - p.ctx.sc.policy.microfinance.annualUptake, 1 / 12));
  const repeatUptake = policies.map((p) => 1 - pow(1 - p.ctx.sc.policy.microfinance.repeatUptake, 1 / 12));
  // The population arrives ordered for ctx0's categorical bonus; it is re-ordered only when a policy's differs.
  let bonus = ctx0.sc.policy.cash.categoricalBonus;
  for (let t = 0; t < months; t++) {
    const kUptake = streamKey(repKey, t, P.LOAN_UPTAKE);
    policies.forEach((p, k) => {
      const mine = touched[k]!;
      if (t % 12 === 0) {
        syncUntouched(ref, p.st, mine);
        const b = p.ctx.sc.policy.cash.categoricalBonus;
        if (b !== bonus) {
          applyTargeting(pop, b);
          bonus = b;
        }
        startYear(p.ctx, pop, p.st, t / 12);
        let c = 0;
        for (let i = 0; i < pop.n; i++) if (mine[i] === 0 && (p.st.took[i] !== 0 || p.st.mfEligible[i] !== 0)) candidates[k]![c++] = i;
        candidateCount[k] = c;
      }
      const { took, mfEligible } = p.st;
      const { goodRepayer } = p.st.loans;
      const first = uptake[k]!;
      const repeat = repeatUptake[k]!;
      const list = candidates[k]!;
      const count = candidateCount[k]!;
      for (let j = 0; j < count; j++) {
        const i = list[j]!;
        if (mine[i] !== 0) continue;
        // Never borrowed in this run, so the first-loan uptake rate applies, or the repeat rate for a household
        // imported as having repaid a loan (runMonths draws the same number). A household that wants a loan is
        // stepped in full this month; if the loan is refused it stays untouched (runMonths).
        if (took[i] !== 0 || (mfEligible[i] !== 0 && unitLo(drawBits(kUptake, i)) < (goodRepayer[i] ? repeat : first))) {
          copyHousehold(ref, p.st, i);
          mine[i] = took[i] !== 0 ? 1 : 2;
        }
      }
    });
    runMonths(ctx0, pop, ref, repKey, t, t + 1, refRec);
    policies.forEach((p, k) => runMonths(p.ctx, pop, p.st, repKey, t, t + 1, p.rec, false, { ref, touched: touched[k]! }));
  }
  policies.forEach((p, k) => syncUntouched(ref, p.st, touched[k]!));
}
