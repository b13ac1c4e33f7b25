/**
 * The parts of a month every pass shares or that a pass with no programme
 * runs on its own: the income process (stepped once a month, shared by
 * passes in step), the month's population totals that never change, and the
 * lean loop of the burn-in and the status quo. model/pass.ts runs them.
 */
import type { Context } from './context';
import { monthOfYear, seasonAt } from './context';
import type { Population } from '../population/generate';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import { drawBits, streamKey, unit32, unitHi, unitLo } from '../random/hash';
import { normalTable } from '../random/normal';
import { P } from '../random/purposes';
import type { PassState } from './state';
import { consume } from './consumption';
import { exp, pow } from '../math/dmath';

/** Poverty spell needed for a sustained exit, in months (BRIEF). */
export const SUSTAINED_MONTHS = 12;
/** A health, disaster or flood loss smaller than this (log points: 0.01% of income) has ended. */
const SHOCK_FLOOR = 1e-4;

/**
 * Step the income process to month t: the persistent AR(1) term, health,
 * disaster and flood losses (log points), and this month's transitory
 * factor and total loss (shockNow, transitoryNow). No policy changes any of
 * it, so passes run in step share one income process (model/together.ts)
 * and only the status-quo pass steps it.
 */
export function stepIncome(ctx: Context, pop: Population, st: PassState, repKey: number, t: number, averageDisasters: boolean, hit: Uint8Array): void {
  const sh = ctx.sc.world.shocks;
  const kDis = streamKey(repKey, t, P.DISASTER_STRATUM);
  for (let s = 0; s < STRATA_COUNT; s++) hit[s] = averageDisasters || unit32(drawBits(kDis, s)) < ctx.disasterMonthly[s]! ? 1 : 0;
  // Each loop over households is a function of its own, and the keys they draw from are made here, once a
  // month. V8 compiles a long loop while it runs (on-stack replacement); in Chromium, code compiled that way
  // for the first of this function's loops, before the second had run, was kept and deoptimised at the end
  // of the first loop month after month (147 times in a traced run of the default comparison). And a key
  // combined inside the loop (kDis ^ 0x3c3c) deoptimised the loop's code whenever it was not a small integer.
  stepPersistent(ctx, pop, st, streamKey(repKey, t, P.INCOME));
  stepShocks(ctx, pop, st, t, streamKey(repKey, t, P.SHOCK), averageDisasters, averageDisasters ? kDis ^ 0x3c3c : 0, hit);
  // flood[] is zero until the flood month: only stepFloods writes it, states start at zero and the burn-in
  // (t < 0; floodMonth ≥ 0) never floods. So skipping the loop before then changes nothing.
  if (sh.flood2022 && t >= sh.floodMonth) stepFloods(ctx, pop, st, t, streamKey(repKey, t, P.FLOOD), t === sh.floodMonth);
}

/** The persistent AR(1) term and this month's transitory factor (stepIncome). */
function stepPersistent(ctx: Context, pop: Population, st: PassState, kInc: number): void {
  const inc = ctx.sc.world.income;
  const rho = inc.persistence;
  const innovSd = inc.persistentSd * Math.sqrt(1 - rho * rho);
  const expTransitory = ctx.expTransitory;
  const { persistent, transitoryNow } = st;
  const idOf = pop.id;
  const N = normalTable();
  // The two table lookups miss the cache; a loop that does little else keeps many of them in flight at once.
  for (let i = 0; i < pop.n; i++) {
    const bits = drawBits(kInc, idOf[i]!);
    persistent[i] = rho * persistent[i]! + innovSd * N[bits & 0xffff]!;
    transitoryNow[i] = expTransitory[bits >>> 16]!;
  }
}

/**
 * Health and disaster losses, and this month's total loss before floods (stepIncome). `kStruck`: in
 * calibration (averageDisasters), the stream that strikes each household apart with its stratum's probability.
 */
function stepShocks(ctx: Context, pop: Population, st: PassState, t: number, kShock: number, averageDisasters: boolean, kStruck: number, hit: Uint8Array): void {
  const sh = ctx.sc.world.shocks;
  const healthMonthly = 1 - pow(1 - sh.healthAnnualProb, 1 / 12);
  const { healthRecovery, healthLoss, disasterRecovery, disasterAffected, disasterLoss } = sh;
  const disasterMonthly = ctx.disasterMonthly;
  const stratumOf = pop.stratum;
  const idOf = pop.id;
  const { health, disaster, lastShock, shockNow } = st;
  for (let i = 0; i < pop.n; i++) {
    const s = stratumOf[i]!;
    const id = idOf[i]!;
    const sb = drawBits(kShock, id);
    let shock = health[i]! * healthRecovery;
    // A loss decayed below SHOCK_FLOOR is over: snapping it to 0 lets most households skip an exp.
    if (shock > -SHOCK_FLOOR) shock = 0;
    if (unitLo(sb) < healthMonthly) {
      shock -= healthLoss;
      lastShock[i] = t;
    }
    health[i] = shock;
    let dis = disaster[i]!;
    if (dis !== 0 || hit[s]) {
      dis *= disasterRecovery;
      if (dis > -SHOCK_FLOOR) dis = 0;
      const struck = averageDisasters ? unit32(drawBits(kStruck, id)) < disasterMonthly[s]! : true;
      if (hit[s] && struck && unitHi(sb) < disasterAffected) {
        dis -= disasterLoss;
        lastShock[i] = t;
      }
      disaster[i] = dis;
      shock += dis;
    }
    shockNow[i] = shock;
  }
}

/** Flood losses, added to this month's total loss (stepIncome); the 2022-scale flood strikes in month `t` if `floodNow`. */
function stepFloods(ctx: Context, pop: Population, st: PassState, t: number, kFlood: number, floodNow: boolean): void {
  const { floodRecovery, floodLoss } = ctx.sc.world.shocks;
  const floodShare = ctx.floodShare;
  const stratumOf = pop.stratum;
  const idOf = pop.id;
  const { flood, lastShock, shockNow } = st;
  for (let i = 0; i < pop.n; i++) {
    let fl = flood[i]!;
    if (fl === 0 && !floodNow) continue;
    fl *= floodRecovery;
    if (fl > -SHOCK_FLOOR) fl = 0;
    if (floodNow && unit32(drawBits(kFlood, idOf[i]!)) < floodShare[stratumOf[i]!]!) {
      fl -= floodLoss;
      lastShock[i] = t;
    }
    flood[i] = fl;
    shockNow[i] += fl;
  }
}

/**
 * Where this month's sums over households go (people-weighted unless named otherwise), for the series:
 * `sums` is indexed by SUM, `regionPoor` by region. statusQuoHouseholds adds to them, so both must start at 0.
 */
export interface MonthTotals {
  sums: Float64Array;
  regionPoor: Float64Array;
}
export const SUM = { consSum: 0, poorPeople: 1, poorHh: 2, gap: 3, severity: 4 } as const;
export const SUM_COUNT = 5;

/**
 * People in the population and in each region, and real households on the
 * existing transfer: the same every month, so summed once (in household
 * order, as the months' sums were). Cached by population object: a
 * population's weights, sizes, regions and transfer flags never change once
 * it is drawn (each replication draws a new one).
 */
interface People {
  total: number;
  byRegion: Float64Array;
  existingHouseholds: number;
}
const peopleOf = new WeakMap<Population, People>();
export function peopleIn(pop: Population): People {
  let p = peopleOf.get(pop);
  if (!p) {
    // NaN, then 0: see zeroLedger in model/state.ts.
    p = { total: NaN, byRegion: new Float64Array(REGIONS.length), existingHouseholds: NaN };
    p.total = p.existingHouseholds = 0;
    for (let i = 0; i < pop.n; i++) {
      if (pop.existing[i]) p.existingHouseholds += pop.weight[i]!;
      const wp = pop.weight[i]! * pop.size[i]!;
      p.total += wp;
      p.byRegion[pop.region[i]!] += wp;
    }
    peopleOf.set(pop, p);
  }
  return p;
}

/**
 * The month of a pass with no new programme (the burn-in and the status
 * quo): earnings, the existing transfer, consumption and savings, and, if
 * `record`, poverty spells and the month's totals. It is the monthly loop of
 * runMonths with everything a programme adds left out (programme state is
 * empty in such a pass: no enrolment, loans or business capital), so it
 * gives the same numbers bit for bit (test/engine/statusQuoKernel.test.ts
 * holds it to that); it exists because V8 compiles the smaller loop to much
 * faster code, and these passes are most of a replication's work.
 */
export function statusQuoHouseholds(ctx: Context, pop: Population, st: PassState, t: number, existingReal: number, record: boolean, totals: MonthTotals): void {
  const z = ctx.sc.world.population.povertyLinePKR;
  const { mpc, bufferMonths } = ctx.sc.world.consumption;
  const savingsGrowth = 1 + ctx.sc.world.consumption.savingsReturn;
  const seasonFactor = exp(seasonAt(ctx, t));
  const seasonMean = ctx.seasonMean;
  const reserveFactor = ctx.seasonReserve[monthOfYear(t)]!;
  const priceLog = t >= 0 ? ctx.priceAll[t]! : 0;
  const poorPriceLog = t >= 0 ? ctx.pricePoor[t]! : 0;
  const { region: regionOf, base: baseOf, farm: farmOf, bottom40: bottom40Of, existing: existingOf, weight: weightOf, size: sizeOf, ae: aeOf } = pop;
  const { persistent, shockNow, transitoryNow, savings, cons, outRun, had12, poor0, reentered, earnings } = st;
  // The sums are added up in place, not in locals stored after the loop: code compiled for this loop while it
  // runs (on-stack replacement) in the first call, before any store after the loop had run, has no type feedback
  // for such stores; Chromium kept that code and deoptimised it at the loop's end in call after call (up to
  // 168 times in a run; test/e2e/jit.test.ts counts them). Nothing follows the loop now.
  const { sums, regionPoor } = totals;
  for (let i = 0; i < pop.n; i++) {
    const ae = aeOf[i]!;
    const permLog = baseOf[i]! + persistent[i]! + priceLog + poorPriceLog * bottom40Of[i]!;
    const transfers = existingReal * existingOf[i]!;
    const baseEarnings = ae * exp(permLog);
    let earned = baseEarnings * transitoryNow[i]!;
    const shock = shockNow[i]!;
    if (shock !== 0) earned *= exp(shock);
    const f = farmOf[i]!;
    earned *= f ? seasonFactor : 1;
    const expectedEarnings = baseEarnings * (f ? seasonMean : 1);
    const reserve = baseEarnings * (f ? reserveFactor : 0);
    if (earnings !== null) {
      earnings[2 * i] = baseEarnings;
      earnings[2 * i + 1] = earned;
    }
    const expected = expectedEarnings + transfers;
    const cashOnHand = savings[i]! + earned + transfers;
    const c = consume(mpc, bufferMonths, expected, cashOnHand, reserve);
    savings[i] = (cashOnHand - c) * savingsGrowth;
    const perAe = c / ae;
    cons[i] = perAe;
    if (!record) continue;
    const w = weightOf[i]!;
    const wp = w * sizeOf[i]!;
    const r = regionOf[i]!;
    sums[SUM.consSum] += wp * perAe;
    if (perAe < z) {
      sums[SUM.poorPeople] += wp;
      regionPoor[r] += wp;
      sums[SUM.poorHh] += w;
      const g = 1 - perAe / z;
      sums[SUM.gap] += wp * g;
      sums[SUM.severity] += wp * g * g;
      if (had12[i] && poor0[i]) reentered[i] = 1;
      outRun[i] = 0;
    } else if (++outRun[i] >= SUSTAINED_MONTHS) {
      had12[i] = 1;
    }
  }
}
