/**
 * One pass of the monthly model over a population: incomes with shocks,
 * programme payments and effects, microfinance, smoothed income and poverty
 * spells. Writes monthly series into `out` at the pass's series block.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { STRATA_COUNT } from '../population/regions';
import { drawBits, streamKey, unit32, unitHi, unitLo } from '../random/hash';
import { NORMAL_TABLE } from '../random/normal';
import { P } from '../random/purposes';
import { createState, PROG, spend, type PassState } from './state';
import { closeYear, startYear } from './programmes';
import { originate, serviceLoan, type LoanMonth } from './loans';
import { SERIES, seriesIndex, type PassLayout } from './layout';
import { exp, log, pow } from '../math/dmath';

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
  // Transitory noise has mean −σ²/2 in logs so that it averages 1 in levels.
  const transMean = (-transSd * transSd) / 2;
  const lambda = inc.smoothing;
  const healthMonthly = 1 - pow(1 - sh.healthAnnualProb, 1 / 12);
  const trainDecay = 1 - sc.training.decay;
  const farmDecay = 1 - sc.farm.decay;
  const entDecay = 1 - sc.microfinance.returnDecay;
  const cashNet = sc.cash.benefitPKR * (1 - sc.cash.leakage);
  const protectedPerAe = sc.microfinance.subsistenceShare * z;
  const L = st.loans;
  const led = st.ledger;

  // Initial state: the population's stationary draw of smoothed log income.
  const lnZ = log(z);
  for (let i = 0; i < n; i++) {
    st.persistent[i] = pop.persistent0[i]!;
    st.smooth[i] = pop.logS0[i]!;
    st.smooth0[i] = pop.logS0[i]!;
    st.poor0[i] = pop.logS0[i]! < lnZ ? 1 : 0;
  }

  // Hoist every array into a local: V8 does not reliably hoist property loads out of the hot loop.
  const stratumOf = pop.stratum;
  const baseOf = pop.base;
  const farmOf = pop.farm;
  const bottom40Of = pop.bottom40;
  const weightOf = pop.weight;
  const sizeOf = pop.size;
  const aeOf = pop.ae;
  const persistent = st.persistent;
  const health = st.health;
  const disaster = st.disaster;
  const flood = st.flood;
  const lastShock = st.lastShock;
  const smooth = st.smooth;
  const outRun = st.outRun;
  const had12 = st.had12;
  const poor0 = st.poor0;
  const tookOf = st.took;
  const active = L.active;
  const goodRepayer = L.goodRepayer;
  const mfEligible = st.mfEligible;
  const floodShare = ctx.floodShare;
  const N = NORMAL_TABLE;
  const hit = new Uint8Array(STRATA_COUNT);
  const cashPaid = new Float64Array(STRATA_COUNT);
  const stipendPaid = new Float64Array(STRATA_COUNT);
  const seriesBase = base + layout.series;
  const ser = (key: (typeof SERIES)[number], t: number) => seriesBase + seriesIndex[key] * months + t;
  const lm: LoanMonth = {
    t: 0, year: 0, kUptake: 0, kUse: 0, kDetect: 0,
    uptakeFirst: 1 - pow(1 - sc.microfinance.annualUptake, 1 / 12),
    uptakeRepeat: 1 - pow(1 - sc.microfinance.repeatUptake, 1 / 12),
  };
  const cashBenefit = sc.cash.benefitPKR;
  const stipendBenefit = sc.stipend.benefitPKR;

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
    const dLoss = sh.disasterLoss;
    const dAff = sh.disasterAffected;
    const hLoss = sh.healthLoss;
    cashPaid.fill(0);
    stipendPaid.fill(0);

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
      const s = stratumOf[i]!;
      const bits = drawBits(kInc, i);
      const p = rho * persistent[i]! + innovSd * N[bits & 0xffff]!;
      persistent[i] = p;
      const sb = drawBits(kShock, i);
      let shock = health[i]! * hRec;
      if (unitLo(sb) < healthMonthly) {
        shock -= hLoss;
        lastShock[i] = t;
      }
      health[i] = shock;
      let dis = disaster[i]!;
      if (dis !== 0 || hit[s]) {
        dis *= dRec;
        if (hit[s] && unitHi(sb) < dAff) {
          dis -= dLoss;
          lastShock[i] = t;
        }
        disaster[i] = dis;
        shock += dis;
      }
      let fl = flood[i]!;
      if (fl !== 0 || floodNow) {
        fl *= fRec;
        if (floodNow && unit32(drawBits(kFlood, i)) < floodShare[s]!) {
          fl -= sh.floodLoss;
          lastShock[i] = t;
        }
        flood[i] = fl;
        shock += fl;
      }
      let logy = baseOf[i]! + p + transSd * N[bits >>> 16]! + transMean + shock + pa;
      if (farmOf[i]) logy += season;
      if (bottom40Of[i]) logy += pp;
      const took = programmes ? tookOf[i]! : 0;
      if (took !== 0) {
        // Programme money is added in levels, so this household needs exp and log.
        if (st.trainLeft[i]! > 0 && --st.trainLeft[i] === 0) {
          const tb = drawBits(kTrain, i);
          if (unitLo(tb) < sc.training.completion && unitHi(tb) < sc.training.jobProb) st.trainGain[i] = sc.training.wageGain;
        }
        logy += st.trainGain[i]! + st.farmGain[i]!;
        st.trainGain[i] *= trainDecay;
        st.farmGain[i] *= farmDecay;
        const ae = aeOf[i]!;
        let extra = st.enterprise[i]!;
        st.enterprise[i] = extra * entDecay;
        if (st.cash[i]) {
          extra += cashNet * tr;
          cashPaid[s] += cashBenefit * weightOf[i]!;
        }
        if (st.stipend[i]) {
          extra += stipendBenefit * tr;
          stipendPaid[s] += stipendBenefit * weightOf[i]!;
        }
        if (extra !== 0) logy = log(exp(logy) + extra / ae);
      }
      const logS = smooth[i]! + lambda * (logy - smooth[i]!);
      smooth[i] = logS;
      const y = exp(logS);
      const w = weightOf[i]!;
      const wp = w * sizeOf[i]!;
      people += wp;
      incomeSum += wp * y;
      if (logS < lnZ) {
        poorPeople += wp;
        poorHh += w;
        gap += wp * (1 - y / z);
        if (had12[i] && poor0[i]) st.reentered[i] = 1;
        outRun[i] = 0;
      } else if (++outRun[i] >= SUSTAINED_MONTHS) {
        had12[i] = 1;
      }
      if (programmes && (active[i] || mfEligible[i])) {
        const ae = aeOf[i]!;
        if (active[i]) serviceLoan(ctx, pop, st, lm, i, y * ae, protectedPerAe * ae);
        else if (unitLo(drawBits(lm.kUptake, i)) < (goodRepayer[i] ? lm.uptakeRepeat : lm.uptakeFirst)) originate(ctx, pop, st, lm, i, y * ae);
        if (active[i]) {
          borrowers += w;
          const late = L.overdue[i]!;
          if (late >= 2) par30 += L.outstanding[i]!;
          const arr = L.arrears[i]!;
          if (late === 1) a1 += arr;
          else if (late >= 2 && late <= 3) a30 += arr;
          else if (late >= 4) a90 += arr;
        }
      }
    }
    if (programmes) {
      for (let s = 0; s < STRATA_COUNT; s++) {
        if (cashPaid[s]! > 0) {
          spend(st, PROG.cash, s, year, cashPaid[s]!);
          led.leakage += cashPaid[s]! * sc.cash.leakage;
        }
        if (stipendPaid[s]! > 0) spend(st, PROG.stipend, s, year, stipendPaid[s]!);
        const at = PROG.admin * STRATA_COUNT + s;
        spend(st, PROG.admin, s, year, yearEnd ? st.envelope[at]! : Math.min(st.adminMonthly[s]!, st.envelope[at]!));
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
