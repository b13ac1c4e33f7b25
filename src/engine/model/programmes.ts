/**
 * Start-of-year programme operations: divide the year's budget across
 * programmes and strata, enrol cash and stipend recipients by PMT rank while
 * the budget lasts, buy training places and farm support, and pay the
 * risk-fund contribution. Selection walks each stratum's PMT order, so the
 * poorest-looking households (not necessarily the poorest) are served first.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { STRATA_COUNT } from '../population/regions';
import { SALARIED, SMALL_FARMER } from '../population/livelihoods';
import { PROG, spend, type PassState } from './state';
import { YEAR_FIELDS } from './layout';
import { exp, log } from '../math/dmath';

/** Share of the year's budget each stratum receives under the scenario's regional rule. */
export function regionShares(ctx: Context, pop: Population, st: PassState): Float64Array {
  const { sc } = ctx;
  const z = sc.population.povertyLinePKR;
  const people = new Float64Array(STRATA_COUNT);
  const poor = new Float64Array(STRATA_COUNT);
  const gap = new Float64Array(STRATA_COUNT);
  for (let i = 0; i < pop.n; i++) {
    const w = pop.weight[i]! * pop.size[i]!;
    const s = pop.stratum[i]!;
    people[s] += w;
    // st.smooth holds smoothed log income.
    const y = exp(st.smooth[i]!);
    if (y < z) {
      poor[s] += w;
      gap[s] += w * (1 - y / z);
    }
  }
  const raw = new Float64Array(STRATA_COUNT);
  const rule = sc.budget.regionRule;
  for (let s = 0; s < STRATA_COUNT; s++) {
    const stratum = ctx.strata[s]!;
    if (rule === 'population') raw[s] = people[s]!;
    else if (rule === 'headcount') raw[s] = poor[s]!;
    else if (rule === 'gap') raw[s] = gap[s]!;
    else if (rule === 'backwardFirst') raw[s] = poor[s]! * (stratum.backward ? sc.budget.backwardWeight : 1);
    else {
      const region = ctx.strata.filter((x) => x.region === stratum.region);
      const regionPop = region.reduce((a, x) => a + x.populationM, 0);
      raw[s] = sc.budget.customRegionShares[stratum.region] * (stratum.populationM / regionPop);
    }
  }
  let total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) {
    raw.set(people);
    total = raw.reduce((a, b) => a + b, 0);
  }
  return raw.map((x) => x / total);
}

/** Open year y: set envelopes, enrol recipients, buy places, capitalise the fund. */
export function startYear(ctx: Context, pop: Population, st: PassState, y: number): void {
  const { sc } = ctx;
  const budget = ctx.yearBudget[y]!;
  const months = ctx.yearMonths[y]!;
  st.ledger.budget += budget;
  st.years[y * YEAR_FIELDS] = budget;
  st.cash.fill(0);
  st.stipend.fill(0);
  // A year with no budget still runs the loop below: eligibility for loans is
  // refreshed and an opening risk-fund balance is placed, though nobody is enrolled.
  const shares = regionShares(ctx, pop, st);
  const ps = sc.budget.programmeShares;
  const raw = [ps.cash, ps.stipend, ps.microfinance, ps.training, ps.farm, ps.admin];
  // Validation allows shares to sum to 1 within 1e-6; normalising keeps every rupee accounted for.
  const total = raw.reduce((a, b) => a + b, 0);
  const progShare = raw.map((x) => x / total);
  for (let p = 0; p < progShare.length; p++)
    for (let s = 0; s < STRATA_COUNT; s++) st.envelope[p * STRATA_COUNT + s] = budget * progShare[p]! * shares[s]!;
  for (let s = 0; s < STRATA_COUNT; s++) st.adminMonthly[s] = st.envelope[PROG.admin * STRATA_COUNT + s]! / months;

  if (y === 0 && sc.microfinance.initialFundPKR > 0)
    for (let s = 0; s < STRATA_COUNT; s++) st.fund[s] += sc.microfinance.initialFundPKR * shares[s]!;

  const lnZ = log(sc.population.povertyLinePKR);
  let recipientsPoor = 0;
  let recipients = 0;
  let poorAll = 0;
  let poorReached = 0;
  const L = st.loans;
  for (let s = 0; s < STRATA_COUNT; s++) {
    const a = ctx.stratumStart[s]!;
    const b = ctx.stratumStart[s + 1]!;
    const w = ctx.weight[s]!;
    const cashCost = sc.cash.benefitPKR * months * w;
    const cashCut = sc.cash.targeting === 'cutoff' ? sc.cash.pmtCutoff : Infinity;
    let cashLeft = st.envelope[PROG.cash * STRATA_COUNT + s]!;
    const stipendCost = sc.stipend.benefitPKR * months * w;
    let stipendLeft = st.envelope[PROG.stipend * STRATA_COUNT + s]!;
    let trainLeft = st.envelope[PROG.training * STRATA_COUNT + s]!;
    const trainCost = sc.training.costPKR * w;
    let farmLeft = st.envelope[PROG.farm * STRATA_COUNT + s]!;
    const farmCost = sc.farm.costPKR * w;
    // Cash and stipend are re-selected each year on the fixed PMT ranking; take-up draws persist.
    for (let k = a; k < b; k++) {
      const i = pop.pmtOrder[k]!;
      const score = pop.pmtEffective[i]!;
      if (cashCost > 0 && score < cashCut && cashLeft >= cashCost && pop.uCash[i]! < sc.cash.takeUp) {
        st.cash[i] = 1;
        st.took[i] |= 1;
        cashLeft -= cashCost;
      }
      if (stipendCost > 0 && pop.schoolChildren[i] && score < sc.stipend.pmtCutoff && stipendLeft >= stipendCost && pop.uStipend[i]! < sc.stipend.takeUp) {
        st.stipend[i] = 1;
        st.took[i] |= 2;
        stipendLeft -= stipendCost;
      }
      if (!pop.skilled[i] && !(st.took[i]! & 8) && pop.livelihood[i] !== SALARIED && score < sc.training.pmtCutoff && trainLeft >= trainCost && pop.uTraining[i]! < sc.training.takeUp) {
        st.took[i] |= 8;
        // Counted down once per month from the enrolment month, so the gain starts durationMonths later.
        st.trainLeft[i] = sc.training.durationMonths + 1;
        trainLeft -= trainCost;
        spend(st, PROG.training, s, y, trainCost);
      }
      if (pop.livelihood[i] === SMALL_FARMER && !(st.took[i]! & 16) && score < sc.farm.pmtCutoff && farmLeft >= farmCost) {
        st.took[i] |= 16;
        if (pop.uFarm[i]! < sc.farm.adoption) st.farmGain[i] = sc.farm.uplift;
        farmLeft -= farmCost;
        spend(st, PROG.farm, s, y, farmCost);
      }
      st.mfEligible[i] = score < sc.microfinance.pmtCutoff && pop.livelihood[i] !== SALARIED && !L.blacklisted[i] ? 1 : 0;
      if (y === 0 && budget > 0) {
        const poorNow = st.smooth[i]! < lnZ;
        if (st.cash[i]) {
          recipients += w;
          if (poorNow) recipientsPoor += w;
        }
        if (poorNow) {
          poorAll += w;
          if (st.cash[i]) poorReached += w;
        }
      }
    }
    const fundShare = sc.microfinance.riskFundShare;
    const contribution = st.envelope[PROG.microfinance * STRATA_COUNT + s]! * fundShare;
    if (contribution > 0) {
      st.fund[s] += contribution;
      st.ledger.fundContributions += contribution;
      spend(st, PROG.microfinance, s, y, contribution);
    }
  }
  if (y === 0 && budget > 0) {
    st.inclusionError = recipients > 0 ? 1 - recipientsPoor / recipients : NaN;
    st.exclusionError = poorAll > 0 ? 1 - poorReached / poorAll : NaN;
  }
}

/** Close year y: whatever is left in the envelopes is reported unspent. */
export function closeYear(st: PassState, y: number): void {
  let left = 0;
  for (let k = 0; k < st.envelope.length; k++) {
    left += st.envelope[k]!;
    st.envelope[k] = 0;
  }
  // Guard against -0 and float dust from many small subtractions.
  if (Math.abs(left) < 1e-6) left = 0;
  st.years[y * YEAR_FIELDS + YEAR_FIELDS - 1] = left;
  st.ledger.unspent += left;
}
