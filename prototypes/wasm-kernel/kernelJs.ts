/**
 * The reduced kernel in plain TypeScript: exactly the household loop that
 * kernel.c runs (the status-quo month of runMonths, programmes off), written
 * the way runMonths is written (hoisted columns, the engine's own hash, exp
 * and consumption rule). Timing this against the wasm kernel compares the
 * same work; timing runMonths shows what its programme branches cost.
 */
import type { Population } from '../../src/engine/population/generate';
import type { PassState } from '../../src/engine/model/state';
import { REGIONS } from '../../src/engine/population/regions';
import { drawBits, unit32, unitHi, unitLo } from '../../src/engine/random/hash';
import { NORMAL_TABLE } from '../../src/engine/random/normal';
import { exp } from '../../src/engine/math/dmath';
import { consume } from '../../src/engine/model/consumption';
import type { MonthInputs, PassParams } from './month';

/** The state columns the status-quo month reads or writes. */
export type KernelState = Pick<
  PassState,
  'persistent' | 'health' | 'disaster' | 'flood' | 'savings' | 'cons' | 'lastShock' | 'outRun' | 'had12' | 'poor0' | 'reentered'
>;

/** Layout of the monthly totals, shared with kernel.c. */
export const TOTAL = { poorPeople: 0, poorHouseholds: 1, gap: 2, consSum: 3, people: 4, existingHouseholds: 5, regionPoor: 6, regionPeople: 6 + REGIONS.length } as const;
export const TOTALS_LENGTH = 6 + 2 * REGIONS.length;

const SUSTAINED_MONTHS = 12;
const SHOCK_FLOOR = 1e-4;

export function runMonthJs(pop: Population, st: KernelState, par: PassParams, m: MonthInputs, totals: Float64Array, expTransitory: Float64Array): void {
  const n = pop.n;
  const { rho, innovSd, healthMonthly, healthRecovery, healthLoss, disasterRecovery, disasterAffected, disasterLoss, floodRecovery, floodLoss } = par;
  const { povertyLine: z, mpc, bufferMonths, savingsGrowth } = par;
  const { t, kIncome, kShock, kFlood, floodNow, hit, priceLog, poorPriceLog, existingReal, seasonFactor, seasonMean, reserveFactor } = m;
  const stratumOf = pop.stratum;
  const regionOf = pop.region;
  const baseOf = pop.base;
  const farmOf = pop.farm;
  const bottom40Of = pop.bottom40;
  const existingOf = pop.existing;
  const weightOf = pop.weight;
  const sizeOf = pop.size;
  const aeOf = pop.ae;
  const { persistent, health, disaster, flood, lastShock, savings, cons, outRun, had12, poor0, reentered } = st;
  const N = NORMAL_TABLE;
  const floodShare = par.floodShare;
  const regionPoor = totals.subarray(TOTAL.regionPoor, TOTAL.regionPoor + REGIONS.length);
  const regionPeople = totals.subarray(TOTAL.regionPeople, TOTAL.regionPeople + REGIONS.length);
  regionPoor.fill(0);
  regionPeople.fill(0);
  let poorPeople = 0;
  let poorHh = 0;
  let gap = 0;
  let consSum = 0;
  let people = 0;
  let existingHouseholds = 0;

  for (let i = 0; i < n; i++) {
    const w = weightOf[i]!;
    const s = stratumOf[i]!;
    const ae = aeOf[i]!;
    const bits = drawBits(kIncome, i);
    const p = rho * persistent[i]! + innovSd * N[bits & 0xffff]!;
    persistent[i] = p;
    const sb = drawBits(kShock, i);
    let shock = health[i]! * healthRecovery;
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
      if (hit[s] && unitHi(sb) < disasterAffected) {
        dis -= disasterLoss;
        lastShock[i] = t;
      }
      disaster[i] = dis;
      shock += dis;
    }
    let fl = flood[i]!;
    if (fl !== 0 || floodNow) {
      fl *= floodRecovery;
      if (fl > -SHOCK_FLOOR) fl = 0;
      if (floodNow && unit32(drawBits(kFlood, i)) < floodShare[s]!) {
        fl -= floodLoss;
        lastShock[i] = t;
      }
      flood[i] = fl;
      shock += fl;
    }
    let permLog = baseOf[i]! + p + priceLog;
    if (bottom40Of[i]) permLog += poorPriceLog;
    let transfers = 0;
    if (existingOf[i]) {
      transfers += existingReal;
      existingHouseholds += w;
    }
    const baseEarnings = ae * exp(permLog);
    let earned = baseEarnings * expTransitory[bits >>> 16]!;
    if (shock !== 0) earned *= exp(shock);
    let expectedEarnings = baseEarnings;
    let reserve = 0;
    if (farmOf[i]) {
      earned *= seasonFactor;
      expectedEarnings = baseEarnings * seasonMean;
      reserve = baseEarnings * reserveFactor;
    }
    const expected = expectedEarnings + transfers;
    const cashOnHand = savings[i]! + earned + transfers;
    const c = consume(mpc, bufferMonths, expected, cashOnHand, reserve);
    savings[i] = (cashOnHand - c) * savingsGrowth;
    const perAe = c / ae;
    cons[i] = perAe;
    const wp = w * sizeOf[i]!;
    const r = regionOf[i]!;
    people += wp;
    regionPeople[r] += wp;
    consSum += wp * perAe;
    if (perAe < z) {
      poorPeople += wp;
      regionPoor[r] += wp;
      poorHh += w;
      gap += wp * (1 - perAe / z);
      if (had12[i] && poor0[i]) reentered[i] = 1;
      outRun[i] = 0;
    } else if (++outRun[i]! >= SUSTAINED_MONTHS) {
      had12[i] = 1;
    }
  }
  totals[TOTAL.poorPeople] = poorPeople;
  totals[TOTAL.poorHouseholds] = poorHh;
  totals[TOTAL.gap] = gap;
  totals[TOTAL.consSum] = consSum;
  totals[TOTAL.people] = people;
  totals[TOTAL.existingHouseholds] = existingHouseholds;
}
