/**
 * The monthly model over a population: incomes with shocks, the existing
 * transfer, new programme payments and effects, microfinance cash flows,
 * savings and consumption, and poverty spells. One function runs any span
 * of months: the burn-in before month 0 (status quo, nothing recorded) and
 * each pass from month 0 (recorded into the packed output).
 */
import type { Context } from './context';
import { monthOfYear, seasonAt } from './context';
import type { Population } from '../population/generate';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import { drawBits, streamKey, unitHi, unitLo } from '../random/hash';
import { P } from '../random/purposes';
import { createState, PROG, spend, TOOK, type Arena, type PassState } from './state';
import { closeYear, startYear, targetingErrors } from './programmes';
import { originate, serviceLoan, type LoanMonth } from './loans';
import { consume } from './consumption';
import { askBelow, nextToAsk, type Asking } from './asking';
import { exp, pow } from '../math/dmath';
import { peopleIn, statusQuoHouseholds, stepIncome, SUM, SUSTAINED_MONTHS } from './statusQuo';
import { recordMonth, type Recorder } from './record';

export type { Recorder } from './record';

export { SUSTAINED_MONTHS } from './statusQuo';


/**
 * A policy pass run in step with the status-quo pass `ref`, which has
 * already run this month. Its monthly totals are the status quo's plus what
 * the households it steps add to them or take away (each household's
 * contribution less its contribution to the status quo's totals, added in
 * household order): a household living exactly as in the status quo adds
 * exactly 0. So a policy's totals do not depend on how many of the
 * households it leaves alone are stepped anyway.
 *
 * `only`: the households it has touched (model/together.ts), the only ones
 * stepped; the others live exactly as in the status quo, and the caller
 * copies over their consumption at each year start and their whole state at
 * the end. Its income process is then
 * `ref`'s own arrays (shareIncome), its households' earnings `ref`'s
 * (`ref.earnings` must be set: runTogether sets it), and years are opened by the caller.
 * null: every household is stepped in full, with the pass's own income
 * process and year starts (the plain reference the shortcut is tested against).
 */
export interface InStep {
  ref: PassState;
  only: Stepped | null;
}

export interface Stepped {
  /** 1 for a household the policy has touched (for good), 0 for one living as in the status quo. */
  touched: Uint8Array;
  /** The households to step this month, ascending: every touched one. */
  order: Int32Array;
  count: number;
  /** Untouched households asking for a loan this month (model/asking.ts), asked in order among those stepped. */
  asking: Asking;
}

/**
 * The status quo before month 0: from the registry survey (month −burnIn)
 * households live under the existing transfer only, so month 0 starts from
 * the world's own dynamics rather than from an assumed distribution.
 * Savings start at their target.
 */
export function runBurnIn(ctx: Context, pop: Population, repKey: number, averageDisasters = false, from: Arena | null = null): PassState {
  const st = createState(pop.n, false, from);
  st.persistent.set(pop.persistent0);
  st.savings.set(pop.savings0 ?? bufferSavings(ctx, pop));
  runMonths(ctx, pop, st, repKey, -ctx.burnIn, 0, null, averageDisasters);
  return st;
}

/**
 * Savings at the survey by the buffer rule: `bufferMonths` of expected
 * income (earnings, farm earnings at their seasonal mean, and the existing
 * transfer), plus a farm household's seasonal reserve for the month.
 */
export function bufferSavings(ctx: Context, pop: Population): Float64Array {
  const savings = new Float64Array(pop.n);
  const k = ctx.sc.world.consumption.bufferMonths;
  const benefit = existingNet(ctx);
  const reserveBefore = ctx.seasonReserve[monthOfYear(-ctx.burnIn - 1)]!;
  for (let i = 0; i < pop.n; i++) {
    const earnings = pop.ae[i]! * exp(pop.base[i]! + pop.persistent0[i]!);
    const expected = earnings * (pop.farm[i] ? ctx.seasonMean : 1) + (pop.existing[i] ? benefit : 0);
    savings[i] = k * expected + (pop.farm[i] ? earnings * reserveBefore : 0);
  }
  return savings;
}

/** The existing transfer as it reaches a household, PKR a month (before deflation). */
export function existingNet(ctx: Context): number {
  const e = ctx.sc.world.existingCash;
  return e.benefitPKR * (1 - e.leakage);
}

/**
 * Run months [from, to) on state st; with programmes, the new policy operates from month 0.
 * `averageDisasters` (calibration only) strikes each household with its stratum's disaster
 * probability independently, so the calibration targets the average over disaster histories
 * instead of the one history its fixed sample happens to draw.
 */
export function runMonths(
  ctx: Context, pop: Population, st: PassState, repKey: number, from: number, to: number, rec: Recorder | null, averageDisasters = false, inStep: InStep | null = null, generalLoop = false,
): void {
  for (let t = from; t < to; t++) runMonth(ctx, pop, st, repKey, t, rec, averageDisasters, inStep, generalLoop);
}

/** Per stratum, this month's: disaster strike (stepIncome sets every one), cash and stipend paid. Reused month after month. */
const monthHit = new Uint8Array(STRATA_COUNT);
const monthCashPaid = new Float64Array(STRATA_COUNT);
const monthStipendPaid = new Float64Array(STRATA_COUNT);

/**
 * Month t of runMonths. A function of its own, called once a month, rather than the body of a loop over
 * months: Chromium deoptimises code compiled for an inner loop (here the households) while it runs whenever
 * that loop ends (26–74 times in traced runs of the default comparison, none since; see generatePopulation).
 */
function runMonth(
  ctx: Context, pop: Population, st: PassState, repKey: number, t: number, rec: Recorder | null, averageDisasters: boolean, inStep: InStep | null, generalLoop: boolean,
): void {
  const { sc, months } = ctx;
  const n = pop.n;
  const programmes = st.programmes;
  const z = sc.world.population.povertyLinePKR;
  const pol = sc.policy;
  const trainDecay = 1 - pol.training.decay;
  const farmDecay = 1 - pol.farm.decay;
  const entDecay = 1 - pol.microfinance.returnDecay;
  const existingBenefit = existingNet(ctx);
  const existingGross = sc.world.existingCash.benefitPKR;
  const topUpGross = pol.cash.existingTopUpPKR;
  const cashGross = pol.cash.benefitPKR;
  const cashKeep = 1 - pol.cash.leakage;
  const stipendGross = pol.stipend.benefitPKR;
  const stipendKeep = 1 - pol.stipend.leakage;
  const protectedPerAe = pol.microfinance.subsistenceShare * z;
  const { mpc, bufferMonths } = sc.world.consumption;
  const savingsGrowth = 1 + sc.world.consumption.savingsReturn;
  const L = st.loans;
  const led = st.ledger;

  // Hoist the arrays every household touches into locals: V8 does not reliably hoist property loads out of the
  // hot loop. Programme state read only by participants stays on `st` (measured: hoisting it changes nothing).
  const stratumOf = pop.stratum;
  const regionOf = pop.region;
  const baseOf = pop.base;
  const farmOf = pop.farm;
  const bottom40Of = pop.bottom40;
  const existingOf = pop.existing;
  const weightOf = pop.weight;
  const sizeOf = pop.size;
  const aeOf = pop.ae;
  // In step with the status quo, these are the status quo's own arrays (shareIncome), stepped by its pass.
  const { persistent, shockNow, transitoryNow, savings, cons, outRun, had12, poor0 } = st;
  const tookOf = st.took;
  const active = L.active;
  const goodRepayer = L.goodRepayer;
  const mfEligible = st.mfEligible;
  const hit = monthHit;
  const cashPaid = monthCashPaid.fill(0);
  const stipendPaid = monthStipendPaid.fill(0);
  // This month's totals, kept on the state: a policy pass in step with this one adds its differences to them.
  const { sums, regionPoor } = st.totals;
  sums.fill(0);
  regionPoor.fill(0);
  const { existingHouseholds } = peopleIn(pop);
  const only = inStep ? inStep.only : null;
  const order = only ? only.order : null;
  const stepped = only ? only.count : n;
  const refCons = inStep ? inStep.ref.cons : null;
  // With the status quo's income process, its earnings this month (PassState.earnings; null in a full pass).
  const shared = only !== null ? inStep!.ref.earnings : null;
  const recording = rec !== null && t >= 0;
  const year = t >= 0 ? Math.floor(t / 12) : -1;
  const lm: LoanMonth = {
    t, year,
    kUptake: streamKey(repKey, t, P.LOAN_UPTAKE),
    kUse: streamKey(repKey, t, P.LOAN_USE),
    kDetect: streamKey(repKey, t, P.LOAN_DETECT),
    uptakeFirst: 1 - pow(1 - pol.microfinance.annualUptake, 1 / 12),
    uptakeRepeat: 1 - pow(1 - pol.microfinance.repeatUptake, 1 / 12),
  };

  const yearEnd = t >= 0 && (t % 12 === 11 || t === months - 1);
  if (programmes && t >= 0 && t % 12 === 0 && !only) startYear(ctx, pop, st, year);
  // The status quo's targeting errors, judged as a policy's are when its first year opens.
  if (!programmes && t === 0) targetingErrors(ctx, pop, st);
  if (!only) stepIncome(ctx, pop, st, repKey, t, averageDisasters, hit);
  const kTrain = streamKey(repKey, t, P.TRAINING);
  const season = seasonAt(ctx, t);
  const reserveFactor = ctx.seasonReserve[monthOfYear(t)]!;
  const seasonFactor = exp(season);
  const seasonMean = ctx.seasonMean;
  const priceLog = t >= 0 ? ctx.priceAll[t]! : 0;
  const poorPriceLog = t >= 0 ? ctx.pricePoor[t]! : 0;
  const real = t >= 0 ? ctx.transferReal[t]! : 1;
  const existingReal = existingBenefit * real;

  let poorPeople = 0;
  let poorHh = 0;
  let gap = 0;
  let severity = 0;
  let consSum = 0;
  let borrowers = 0;
  let par30 = 0;
  let a1 = 0;
  let a30 = 0;
  let a90 = 0;
  let renegotiated = 0;
  const disbursedBefore = led.disbursed;

  // The next household to ask for a loan (n: none left), checked before each household stepped.
  let nextAsker = only !== null ? nextToAsk(only.asking, n) : n;
  if (!programmes && !inStep && !generalLoop) {
    // No programme: the lean loop (the burn-in keeps no spells or totals: nothing reads them).
    statusQuoHouseholds(ctx, pop, st, t, existingReal, t >= 0, st.totals);
  } else for (let j = 0; j < stepped; j++) {
    const i = order === null ? j : order[j]!;
    if (nextAsker < i) {
      borrowers = askBelow(ctx, pop, st, lm, only!.asking, only!.touched, i, shared!, borrowers);
      nextAsker = nextToAsk(only!.asking, n);
    }
    const w = weightOf[i]!;
    const s = stratumOf[i]!;
    const ae = aeOf[i]!;
    let transfers = existingReal * existingOf[i]!;
    const took = programmes ? tookOf[i]! : 0;
    // Training and farm support raise permanent income (log points); no other programme changes earnings.
    let raised = false;
    let gain = 0;
    if (took !== 0) {
      // Each programme's columns are read only by households that ever took part in it (took's bits): most
      // touched households are in one or two programmes, and each column read is a cache line fetched. A
      // household outside training and farm support has gains of 0, so adding them changed nothing.
      if (took & (TOOK.training | TOOK.farm)) {
        if (st.trainLeft[i]! > 0 && --st.trainLeft[i] === 0) {
          const tb = drawBits(kTrain, pop.id[i]!);
          if (unitLo(tb) < pol.training.completion && unitHi(tb) < pol.training.jobProb) st.trainGain[i] = pol.training.wageGain;
        }
        raised = true;
        gain = st.trainGain[i]! + st.farmGain[i]!;
        st.trainGain[i] *= trainDecay;
        st.farmGain[i] *= farmDecay;
      }
      if (took & TOOK.cash) {
        if (st.topUp[i]) {
          transfers += topUpGross * cashKeep * real;
          cashPaid[s] += topUpGross * w;
        }
        if (st.cash[i]) {
          transfers += cashGross * cashKeep * real;
          cashPaid[s] += cashGross * w;
        }
      }
      if ((took & TOOK.stipend) !== 0 && st.stipend[i]) {
        transfers += stipendGross * stipendKeep * real;
        stipendPaid[s] += stipendGross * w;
      }
    }
    // Business capital comes only from a loan (the burn-in world has none), so only a borrower's is read.
    const business = took & TOOK.microfinance ? st.enterprise[i]! : 0;
    if (business !== 0) st.enterprise[i] = business * entDecay;
    // What the household expects to earn (its permanent income) and what it earns this month. Unless a programme
    // raised its permanent income, both are the status quo's, term for term, so they are read from it.
    let baseEarnings: number;
    let earned: number;
    if (shared !== null && !raised) {
      baseEarnings = shared[2 * i]!;
      earned = shared[2 * i + 1]!;
    } else {
      let permLog = baseOf[i]! + persistent[i]! + priceLog + poorPriceLog * bottom40Of[i]!;
      if (raised) permLog += gain;
      baseEarnings = ae * exp(permLog);
      // This month's earnings: transitory noise by table, the season by the month's factor, an exp only for a live shock.
      earned = baseEarnings * transitoryNow[i]!;
      const shock = shockNow[i]!;
      if (shock !== 0) earned *= exp(shock);
      earned *= farmOf[i] ? seasonFactor : 1;
    }
    const f = farmOf[i]!;
    const expectedEarnings = baseEarnings * (f ? seasonMean : 1);
    const reserve = baseEarnings * (f ? reserveFactor : 0);
    const expected = expectedEarnings + business + transfers;
    let cashOnHand = savings[i]! + earned + business + transfers;
    // Microfinance: instalments and interest come out of cash on hand; a new loan is invested or diverted, never consumed.
    if (programmes && (active[i] || mfEligible[i])) {
      const protectedCash = protectedPerAe * ae;
      if (active[i]) {
        const paid = serviceLoan(ctx, pop, st, lm, i, cashOnHand, protectedCash);
        cashOnHand -= paid;
        led.householdPayments += paid * w;
      }
      else if (unitLo(drawBits(lm.kUptake, pop.id[i]!)) < (goodRepayer[i] ? lm.uptakeRepeat : lm.uptakeFirst)) originate(ctx, pop, st, lm, i, earned + business);
      if (active[i]) {
        borrowers += w;
        const late = L.overdue[i]!;
        // At risk: 30+ days overdue, or rescheduled after 30+ days (classified disposal). An extension
        // (展期) is a formal postponement with no default record (China 2020), so it is reported apart.
        if (late >= 2 || L.rescheduled[i]) par30 += L.outstanding[i]!;
        if (L.extended[i] || L.rescheduled[i]) renegotiated += L.outstanding[i]!;
        const arr = L.arrears[i]!;
        if (late === 1) a1 += arr;
        else if (late >= 2 && late <= 3) a30 += arr;
        else if (late >= 4) a90 += arr;
      }
    }
    const c = consume(mpc, bufferMonths, expected, cashOnHand, reserve);
    savings[i] = (cashOnHand - c) * savingsGrowth;
    const perAe = c / ae;
    cons[i] = perAe;
    const wp = w * sizeOf[i]!;
    // What the household adds to the month's totals (in step: less what it adds to the status quo's).
    let dCons = wp * perAe;
    let dPoor = 0;
    let dPoorHh = 0;
    let dGap = 0;
    let dSeverity = 0;
    if (perAe < z) {
      const g = 1 - perAe / z;
      dPoor = wp;
      dPoorHh = w;
      dGap = wp * g;
      dSeverity = wp * g * g;
      if (had12[i] && poor0[i]) st.reentered[i] = 1;
      outRun[i] = 0;
    } else if (++outRun[i] >= SUSTAINED_MONTHS) {
      had12[i] = 1;
    }
    if (refCons !== null) {
      const was = refCons[i]!;
      dCons -= wp * was;
      if (was < z) {
        const g = 1 - was / z;
        dPoor -= wp;
        dPoorHh -= w;
        dGap -= wp * g;
        dSeverity -= wp * g * g;
      }
    }
    consSum += dCons;
    poorPeople += dPoor;
    regionPoor[regionOf[i]!] += dPoor;
    poorHh += dPoorHh;
    gap += dGap;
    severity += dSeverity;
  }
  if (only !== null) borrowers = askBelow(ctx, pop, st, lm, only.asking, only.touched, n, shared!, borrowers);
  // The lean loop added its totals to `sums` in place; the general loop's go there now.
  if (programmes || inStep || generalLoop) {
    if (inStep) {
      // The status quo's totals plus this pass's differences from them.
      const was = inStep.ref.totals;
      consSum = was.sums[SUM.consSum]! + consSum;
      poorPeople = was.sums[SUM.poorPeople]! + poorPeople;
      poorHh = was.sums[SUM.poorHh]! + poorHh;
      gap = was.sums[SUM.gap]! + gap;
      severity = was.sums[SUM.severity]! + severity;
      for (let r = 0; r < REGIONS.length; r++) regionPoor[r] = was.regionPoor[r]! + regionPoor[r]!;
    }
    sums[SUM.consSum] = consSum;
    sums[SUM.poorPeople] = poorPeople;
    sums[SUM.poorHh] = poorHh;
    sums[SUM.gap] = gap;
    sums[SUM.severity] = severity;
  }
  led.existingCash += existingHouseholds * existingGross;
  if (programmes && t >= 0) {
    for (let s = 0; s < STRATA_COUNT; s++) {
      if (cashPaid[s]! > 0) {
        spend(st, PROG.cash, s, year, cashPaid[s]!);
        led.leakage += cashPaid[s]! * pol.cash.leakage;
      }
      if (stipendPaid[s]! > 0) {
        spend(st, PROG.stipend, s, year, stipendPaid[s]!);
        led.leakage += stipendPaid[s]! * pol.stipend.leakage;
      }
      const at = PROG.admin * STRATA_COUNT + s;
      spend(st, PROG.admin, s, year, yearEnd ? st.envelope[at]! : Math.min(st.adminMonthly[s]!, st.envelope[at]!));
    }
    if (yearEnd) closeYear(st, year);
  }
  if (recording) recordMonth(rec!, pop, st, t, months, { par30, borrowers, a1, a30, a90, renegotiated, disbursed: led.disbursed - disbursedBefore });
}
