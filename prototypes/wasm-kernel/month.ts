/**
 * What the reduced kernels take from the scenario: the constants of a pass
 * and, once a month, the month's inputs. Computed exactly as runMonths
 * computes them (src/engine/model/pass.ts), by one piece of code for both
 * the JS kernel and the wasm kernel, so the kernels differ only in the
 * household loop.
 */
import type { Context } from '../../src/engine/model/context';
import { monthOfYear, seasonAt } from '../../src/engine/model/context';
import { STRATA_COUNT } from '../../src/engine/population/regions';
import { drawBits, streamKey, unit32 } from '../../src/engine/random/hash';
import { P } from '../../src/engine/random/purposes';
import { exp, pow } from '../../src/engine/math/dmath';

export interface PassParams {
  rho: number;
  innovSd: number;
  healthMonthly: number;
  healthRecovery: number;
  healthLoss: number;
  disasterRecovery: number;
  disasterAffected: number;
  disasterLoss: number;
  floodRecovery: number;
  floodLoss: number;
  povertyLine: number;
  mpc: number;
  bufferMonths: number;
  savingsGrowth: number;
  /** The existing transfer as paid (gross), for the ledger. */
  existingGross: number;
  /** Share of each stratum's households hit by the 2022-scale flood. */
  floodShare: Float64Array;
}

export function passParams(ctx: Context): PassParams {
  const w = ctx.sc.world;
  const inc = w.income;
  const sh = w.shocks;
  return {
    rho: inc.persistence,
    innovSd: inc.persistentSd * Math.sqrt(1 - inc.persistence * inc.persistence),
    healthMonthly: 1 - pow(1 - sh.healthAnnualProb, 1 / 12),
    healthRecovery: sh.healthRecovery,
    healthLoss: sh.healthLoss,
    disasterRecovery: sh.disasterRecovery,
    disasterAffected: sh.disasterAffected,
    disasterLoss: sh.disasterLoss,
    floodRecovery: sh.floodRecovery,
    floodLoss: sh.floodLoss,
    povertyLine: w.population.povertyLinePKR,
    mpc: w.consumption.mpc,
    bufferMonths: w.consumption.bufferMonths,
    savingsGrowth: 1 + w.consumption.savingsReturn,
    existingGross: w.existingCash.benefitPKR,
    floodShare: ctx.floodShare,
  };
}

export interface MonthInputs {
  t: number;
  kIncome: number;
  kShock: number;
  kFlood: number;
  floodNow: boolean;
  /** 1 where a disaster struck the stratum this month. */
  hit: Uint8Array;
  priceLog: number;
  poorPriceLog: number;
  existingReal: number;
  seasonFactor: number;
  seasonMean: number;
  reserveFactor: number;
}

export function createMonthInputs(): MonthInputs {
  return {
    t: 0, kIncome: 0, kShock: 0, kFlood: 0, floodNow: false, hit: new Uint8Array(STRATA_COUNT),
    priceLog: 0, poorPriceLog: 0, existingReal: 0, seasonFactor: 1, seasonMean: 1, reserveFactor: 0,
  };
}

/** Fill `m` with month t's inputs (status quo: averageDisasters off). */
export function monthInputs(ctx: Context, repKey: number, t: number, m: MonthInputs): MonthInputs {
  const sh = ctx.sc.world.shocks;
  const e = ctx.sc.world.existingCash;
  const kDis = streamKey(repKey, t, P.DISASTER_STRATUM);
  m.t = t;
  m.kIncome = streamKey(repKey, t, P.INCOME);
  m.kShock = streamKey(repKey, t, P.SHOCK);
  m.kFlood = streamKey(repKey, t, P.FLOOD);
  for (let s = 0; s < STRATA_COUNT; s++) m.hit[s] = unit32(drawBits(kDis, s)) < ctx.disasterMonthly[s]! ? 1 : 0;
  m.floodNow = sh.flood2022 && t === sh.floodMonth;
  m.priceLog = t >= 0 ? ctx.priceAll[t]! : 0;
  m.poorPriceLog = t >= 0 ? ctx.pricePoor[t]! : 0;
  m.existingReal = e.benefitPKR * (1 - e.leakage) * (t >= 0 ? ctx.transferReal[t]! : 1);
  m.seasonFactor = exp(seasonAt(ctx, t));
  m.seasonMean = ctx.seasonMean;
  m.reserveFactor = ctx.seasonReserve[monthOfYear(t)]!;
  return m;
}
