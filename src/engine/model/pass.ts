/**
 * One pass of the monthly model over a population: incomes with shocks,
 * programme payments and effects, microfinance, smoothed income and poverty
 * spells. Writes monthly series into `out` at the pass's series block.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { STRATA_COUNT } from '../population/regions';
import { isFarm } from '../population/livelihoods';
import { drawBits, streamKey, unit32, unitHi, unitLo } from '../random/hash';
import { NORMAL_TABLE } from '../random/normal';
import { P } from '../random/purposes';
import { createState, PROG, spend, type PassState } from './state';
import { closeYear, startYear } from './programmes';
import { lateCount, originate, serviceLoan, type LoanMonth } from './loans';
import { SERIES, seriesIndex, type PassLayout } from './layout';

/** Poverty spell needed for a sustained exit, in months (BRIEF). */
export const SUSTAINED_MONTHS = 12;

export function runPass(ctx: Context, pop: Population, repKey: number, programmes: boolean, out: Float64Array, base: number, layout: PassLayout): PassState {
  const { sc, n, months } = ctx;
  const st = createState(n, programmes);
  const z = sc.population.povertyLinePKR;
  const inc = sc.income;
  const sh = sc.shocks;
  const rho = inc.persistence;
  const innovSd = inc.persistentSd * Math.sqrt(1 - rho * rho);
  const transSd = inc.transitorySd;
  const transMean = (-transSd * transSd) / 2;
  const lambda = inc.smoothing;
  const healthMonthly = 1 - Math.pow(1 - sh.healthAnnualProb, 1 / 12);
  const trainDecay = 1 - sc.training.decay;
  const farmDecay = 1 - sc.farm.decay;
  const entDecay = 1 - sc.microfinance.returnDecay;
  const cashNet = sc.cash.benefitPKR * (1 - sc.cash.leakage);
  const protectedPerAe = sc.microfinance.subsistenceShare * z;
  const L = st.loans;
  const led = st.ledger;

  // Initial state: persistent component and smoothed income at its stationary level.
  for (let i = 0; i < n; i++) {
    st.persistent[i] = pop.persistent0[i]!;
    const y0 = Math.exp(pop.base[i]! + pop.persistent0[i]!);
    st.smooth[i] = y0;
    st.smooth0[i] = y0;
    st.poor0[i] = y0 < z ? 1 : 0;
  }

  const hit = new Uint8Array(STRATA_COUNT);
  const seriesBase = base + layout.series;
  const ser = (key: (typeof SERIES)[number], t: number) => seriesBase + seriesIndex[key] * months + t;
  const lm: LoanMonth = { t: 0, year: 0, kUptake: 0, kUse: 0, kDetect: 0 };

  for (let t = 0; t < months; t++) {
    const year = Math.floor(t / 12);
    const yearEnd = t % 12 === 11 || t === months - 1;
    if (programmes && t % 12 === 0) startYear(ctx, pop, st, year);
    const kInc = streamKey(repKey, t, P.INCOME);
    const kShock = streamKey(repKey, t, P.SHOCK);
    const kFlood = streamKey(repKey, t, P.FLOOD);
    const kDis = streamKey(repKey, t, P.DISASTER_STRATUM);
    const kTrain = streamKey(repKey, t, P.TRAINING);
    lm.t = t;
    lm.year = year;
    lm.kUptake = streamKey(repKey, t, P.LOAN_UPTAKE);
    lm.kUse = streamKey(repKey, t, P.LOAN_USE);
    lm.kDetect = streamKey(repKey, t, P.LOAN_DETECT);
    for (let s = 0; s < STRATA_COUNT; s++) hit[s] = unit32(drawBits(kDis, s)) < ctx.disasterMonthly[s]! ? 1 : 0;
    const floodNow = sh.flood2022 && t === sh.floodMonth;
    const season = ctx.seasonFarm[t]!;
    const pa = ctx.priceAll[t]!;
    const pp = ctx.pricePoor[t]!;
    const tr = ctx.transferReal[t]!;
    const dRec = sh.disasterRecovery;
    const fRec = sh.floodRecovery;
    const hRec = sh.healthRecovery;

    if (programmes) {
      for (let s = 0; s < STRATA_COUNT; s++) {
        const at = PROG.admin * STRATA_COUNT + s;
        spend(st, PROG.admin, s, year, yearEnd ? st.envelope[at]! : Math.min(st.adminMonthly[s]!, st.envelope[at]!));
      }
    }

    let poorPeople = 0;
    let poorHh = 0;
    let gap = 0;
    let incomeSum = 0;
    let people = 0;
    let borrowers = 0;
    let par30 = 0;
    let a1 = 0;
    let a30 = 0;
    let a90 = 0;
    const disbursedBefore = led.disbursed;

    for (let i = 0; i < n; i++) {
      const s = pop.stratum[i]!;
      const bits = drawBits(kInc, i);
      const p = rho * st.persistent[i]! + innovSd * NORMAL_TABLE[bits & 0xffff]!;
      st.persistent[i] = p;
      const e = transSd * NORMAL_TABLE[bits >>> 16]! + transMean;
      const sb = drawBits(kShock, i);
      let dis = st.disaster[i]! * dRec;
      if (hit[s] && unitHi(sb) < sh.disasterAffected) {
        dis -= sh.disasterLoss;
        st.lastShock[i] = t;
      }
      st.disaster[i] = dis;
      let fl = st.flood[i]! * fRec;
      if (floodNow && unit32(drawBits(kFlood, i)) < ctx.floodShare[s]!) {
        fl -= sh.floodLoss;
        st.lastShock[i] = t;
      }
      st.flood[i] = fl;
      let hl = st.health[i]! * hRec;
      if (unitLo(sb) < healthMonthly) {
        hl -= sh.healthLoss;
        st.lastShock[i] = t;
      }
      st.health[i] = hl;
      let logy = pop.base[i]! + p + e + dis + fl + hl + pa;
      if (isFarm(pop.livelihood[i]!)) logy += season;
      if (pop.bottom40[i]) logy += pp;
      const ae = pop.ae[i]!;
      let income: number;
      if (programmes) {
        if (st.trainLeft[i]! > 0 && --st.trainLeft[i] === 0) {
          const tb = drawBits(kTrain, i);
          if (unitLo(tb) < sc.training.completion && unitHi(tb) < sc.training.jobProb) st.trainGain[i] = sc.training.wageGain;
        }
        logy += st.trainGain[i]! + st.farmGain[i]!;
        st.trainGain[i] *= trainDecay;
        st.farmGain[i] *= farmDecay;
        income = Math.exp(logy) * ae + st.enterprise[i]!;
        st.enterprise[i] *= entDecay;
        if (st.cash[i]) {
          income += cashNet * tr;
          const w = pop.weight[i]!;
          spend(st, PROG.cash, s, year, sc.cash.benefitPKR * w);
          led.leakage += (sc.cash.benefitPKR - cashNet) * w;
        }
        if (st.stipend[i]) {
          income += sc.stipend.benefitPKR * tr;
          spend(st, PROG.stipend, s, year, sc.stipend.benefitPKR * pop.weight[i]!);
        }
        if (L.active[i]) serviceLoan(ctx, pop, st, lm, i, income, protectedPerAe * ae);
        else if (st.mfEligible[i] && !L.blacklisted[i]) originate(ctx, pop, st, lm, i, st.smooth[i]! * ae);
        if (L.active[i]) {
          const w = pop.weight[i]!;
          borrowers += w;
          const late = lateCount(L.arrears[i]!, L.instalment[i]!);
          if (late >= 2) par30 += L.outstanding[i]!;
          const arr = L.arrears[i]!;
          if (late === 1) a1 += arr;
          else if (late >= 2 && late <= 3) a30 += arr;
          else if (late >= 4) a90 += arr;
        }
      } else {
        income = Math.exp(logy) * ae;
      }
      const y = st.smooth[i]! + lambda * (income / ae - st.smooth[i]!);
      st.smooth[i] = y;
      const wp = pop.weight[i]! * pop.size[i]!;
      people += wp;
      incomeSum += wp * y;
      if (y < z) {
        poorPeople += wp;
        poorHh += pop.weight[i]!;
        gap += wp * (1 - y / z);
        if (st.had12[i] && st.poor0[i]) st.reentered[i] = 1;
        st.outRun[i] = 0;
      } else if (++st.outRun[i] >= SUSTAINED_MONTHS) {
        st.had12[i] = 1;
      }
    }
    if (programmes && yearEnd) closeYear(st, year);

    let outstanding = 0;
    let fund = 0;
    for (let s = 0; s < STRATA_COUNT; s++) {
      outstanding += st.stratumOutstanding[s]!;
      fund += st.fund[s]!;
    }
    out[ser('povertyHeadcount', t)] = poorPeople / people;
    out[ser('poorHouseholds', t)] = poorHh;
    out[ser('povertyGap', t)] = gap / people;
    out[ser('meanIncome', t)] = incomeSum / people;
    out[ser('par30', t)] = outstanding > 0 ? par30 / outstanding : 0;
    out[ser('riskFundBalancePKR', t)] = fund;
    out[ser('cumulativeSpentPKR', t)] = led.spent;
    out[ser('outstandingPKR', t)] = outstanding;
    out[ser('loansDisbursedPKR', t)] = led.disbursed - disbursedBefore;
    out[ser('writtenOffPKR', t)] = led.writtenOff;
    out[ser('principalRepaidPKR', t)] = led.repaid;
    out[ser('defaultRate', t)] = led.disbursed > 0 ? led.writtenOff / led.disbursed : 0;
    out[ser('activeBorrowers', t)] = borrowers;
    out[ser('arrears1to29PKR', t)] = a1;
    out[ser('arrears30to89PKR', t)] = a30;
    out[ser('arrears90plusPKR', t)] = a90;
  }
  return st;
}
