/**
 * Start-of-year programme operations: divide the year's budget across
 * programmes and strata, enrol cash and stipend recipients by PMT rank while
 * the budget lasts, buy training places and farm support, and pay the
 * risk-fund contribution. Selection walks each stratum's PMT order, so the
 * poorest-looking households (not necessarily the poorest) are served first.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import { SALARIED, SMALL_FARMER } from '../population/livelihoods';
import { PROG, spend, TOOK, type PassState } from './state';
import { MAX_YEARS, YEAR_FIELDS } from './layout';

/** Whether stratum s has any household in the run's population (imported data need not cover every stratum). */
const inData = (pop: Population, s: number) => pop.stratumStart[s + 1]! > pop.stratumStart[s]!;

/**
 * Share of the year's budget each stratum receives under the scenario's regional rule. A stratum with no
 * households gets none. Under the custom rule a region's share is split over only its strata that have
 * households, and a region with none at all gets nothing: its share is left out (unplacedShare), so the shares
 * then sum to less than 1. The rules judged on the households themselves place the whole budget.
 */
export function regionShares(ctx: Context, pop: Population, st: PassState): Float64Array {
  const { sc } = ctx;
  const z = sc.world.population.povertyLinePKR;
  const people = new Float64Array(STRATA_COUNT);
  const poor = new Float64Array(STRATA_COUNT);
  const gap = new Float64Array(STRATA_COUNT);
  for (let i = 0; i < pop.n; i++) {
    const w = pop.weight[i]! * pop.size[i]!;
    const s = pop.stratum[i]!;
    people[s] += w;
    // Judged on last month's consumption per adult-equivalent, as the planner's latest survey would.
    const y = st.cons[i]!;
    if (y < z) {
      poor[s] += w;
      gap[s] += w * (1 - y / z);
    }
  }
  const raw = new Float64Array(STRATA_COUNT);
  const rule = sc.policy.budget.regionRule;
  for (let s = 0; s < STRATA_COUNT; s++) {
    const stratum = ctx.strata[s]!;
    if (rule === 'population') raw[s] = people[s]!;
    else if (rule === 'headcount') raw[s] = poor[s]!;
    else if (rule === 'gap') raw[s] = gap[s]!;
    else if (rule === 'backwardFirst') raw[s] = poor[s]! * (stratum.backward ? sc.policy.budget.backwardWeight : 1);
    else raw[s] = inData(pop, s) ? customShare(ctx, pop, s, true) : 0;
  }
  // Custom shares are normalised as if every region had households (each region's strata summing to its share):
  // the share of a region with none is not handed to the others.
  const whole = rule === 'custom' ? Float64Array.from({ length: STRATA_COUNT }, (_, s) => customShare(ctx, pop, s, false)) : raw;
  let total = whole.reduce((a, b) => a + b, 0);
  if (!(total > 0)) {
    raw.set(people);
    total = raw.reduce((a, b) => a + b, 0);
  }
  return raw.map((x) => x / total);
}

/**
 * Stratum s's part of its region's custom share: the share times the stratum's fixed population over that of
 * the region's strata (only those with households when `present`, else all of them).
 */
function customShare(ctx: Context, pop: Population, s: number, present: boolean): number {
  const stratum = ctx.strata[s]!;
  const region = ctx.strata.filter((x) => x.region === stratum.region && (!present || inData(pop, x.index)));
  const regionPop = region.reduce((a, x) => a + x.populationM, 0);
  return ctx.sc.policy.budget.customRegionShares[stratum.region] * (stratum.populationM / regionPop);
}

/**
 * Share of the year's budget regionShares leaves out: under the custom rule, the shares of regions with no
 * households in the data (0 otherwise, and always on the synthetic population, which has every stratum).
 * That money is never placed in an envelope; closeYear reports it unspent.
 */
export function unplacedShare(ctx: Context, pop: Population): number {
  const budget = ctx.sc.policy.budget;
  if (budget.regionRule !== 'custom') return 0;
  let missing = 0;
  let total = 0;
  for (const region of REGIONS) {
    const share = budget.customRegionShares[region];
    total += share;
    if (!ctx.strata.some((x) => x.region === region && inData(pop, x.index))) missing += share;
  }
  return missing > 0 ? missing / total : 0;
}


/** Open year y: set envelopes, enrol recipients, buy places, capitalise the fund. */
export function startYear(ctx: Context, pop: Population, st: PassState, y: number): void {
  const pol = ctx.sc.policy;
  const budget = ctx.yearBudget[y]!;
  const months = ctx.yearMonths[y]!;
  st.ledger.budget += budget;
  st.years[y * YEAR_FIELDS] = budget;
  st.cash.fill(0);
  st.stipend.fill(0);
  st.topUp.fill(0);
  st.moneyShort.fill(0);
  // A year with no budget still runs the loop below: eligibility for loans is
  // refreshed and an opening risk-fund balance is placed, though nobody is enrolled.
  const shares = regionShares(ctx, pop, st);
  const unplaced = unplacedShare(ctx, pop);
  const ps = pol.budget.programmeShares;
  const raw = [ps.cash, ps.stipend, ps.microfinance, ps.training, ps.farm, ps.admin];
  // Validation allows shares to sum to 1 within 1e-6; normalising keeps every rupee accounted for.
  const total = raw.reduce((a, b) => a + b, 0);
  const progShare = raw.map((x) => x / total);
  for (let p = 0; p < progShare.length; p++)
    for (let s = 0; s < STRATA_COUNT; s++) st.envelope[p * STRATA_COUNT + s] = budget * progShare[p]! * shares[s]!;
  for (let p = 0; p < progShare.length; p++) st.unplaced[p] = budget * progShare[p]! * unplaced;
  for (let s = 0; s < STRATA_COUNT; s++) st.adminMonthly[s] = st.envelope[PROG.admin * STRATA_COUNT + s]! / months;

  // Split as the budget is: a region left out by the custom rule gets no part of the opening balance either.
  if (y === 0 && pol.microfinance.initialFundPKR > 0)
    for (let s = 0; s < STRATA_COUNT; s++) st.fund[s] += pol.microfinance.initialFundPKR * shares[s]!;

  for (let s = 0; s < STRATA_COUNT; s++) enrolStratum(ctx, pop, st, y, s, months);
  if (y === 0) targetingErrors(ctx, pop, st);
}

/**
 * Inclusion and exclusion errors of cash as a whole when year 1 opens, as a household sees it: the existing
 * transfer, its top-up or the new one (the existing transfer alone in the status quo, whose `cash` is all 0, or in
 * a year 1 with no money). Judged on consumption then, each household by its own weight, summed in household
 * order: an order that hangs on nothing else (the targeting order depends on the policy's categorical priority,
 * which would have made the status quo's last bits depend on which policy ran beside it). Until engine 2.5.0 the
 * status quo and a policy with no money in year 1 had none (null), so no comparison with the status quo could say
 * what a policy does to them. Since 2.8.0 also within each region, over its own households.
 */
export function targetingErrors(ctx: Context, pop: Population, st: PassState): void {
  const z = ctx.sc.world.population.povertyLinePKR;
  let recipientsPoor = 0;
  let recipients = 0;
  let poorAll = 0;
  let poorReached = 0;
  // The same four sums within each region (engine 2.8.0), beside the national ones, which keep their own
  // running totals and so their last bits.
  const R = REGIONS.length;
  const byRegion = new Float64Array(4 * R);
  for (let i = 0; i < pop.n; i++) {
    const w = pop.weight[i]!;
    const r = pop.region[i]!;
    const poorNow = st.cons[i]! < z;
    const gets = pop.existing[i] || st.cash[i];
    if (gets) {
      recipients += w;
      byRegion[r] += w;
      if (poorNow) {
        recipientsPoor += w;
        byRegion[R + r] += w;
      }
    }
    if (poorNow) {
      poorAll += w;
      byRegion[2 * R + r] += w;
      if (gets) {
        poorReached += w;
        byRegion[3 * R + r] += w;
      }
    }
  }
  st.inclusionError = recipients > 0 ? 1 - recipientsPoor / recipients : NaN;
  st.exclusionError = poorAll > 0 ? 1 - poorReached / poorAll : NaN;
  for (let r = 0; r < R; r++) {
    st.regionInclusionError[r] = byRegion[r]! > 0 ? 1 - byRegion[R + r]! / byRegion[r]! : NaN;
    st.regionExclusionError[r] = byRegion[2 * R + r]! > 0 ? 1 - byRegion[3 * R + r]! / byRegion[2 * R + r]! : NaN;
  }
}

/**
 * Year y's enrolment in stratum s (startYear), walking its PMT order. A function of its own rather than the
 * body of a loop over strata: Chromium deoptimises code compiled for an inner loop while it runs whenever
 * that loop ends (106 times in a traced run of the default comparison, none since; see generatePopulation).
 */
function enrolStratum(ctx: Context, pop: Population, st: PassState, y: number, s: number, months: number): void {
  const pol = ctx.sc.policy;
  const L = st.loans;
  const a = pop.stratumStart[s]!;
  const b = pop.stratumStart[s + 1]!;
  // Costs are per household: a sample household stands for `weight` real ones (its own weight; the
  // synthetic sample's weights are equal within a stratum, imported data's need not be).
  const cashPerHousehold = pol.cash.benefitPKR * months;
  const cashCut = pol.cash.targeting === 'cutoff' ? pol.cash.pmtCutoff : Infinity;
  let cashLeft = st.envelope[PROG.cash * STRATA_COUNT + s]!;
  // A raise for the existing transfer's recipients comes first, poorest-looking first.
  // New households are enrolled only once every existing recipient in the stratum has its raise.
  const topUpPerHousehold = pol.cash.existingTopUpPKR * months;
  let enrolNew = true;
  if (topUpPerHousehold > 0) {
    for (let k = a; k < b; k++) {
      const i = pop.pmtOrder[k]!;
      if (!pop.existing[i]) continue;
      const topUpCost = topUpPerHousehold * pop.weight[i]!;
      if (cashLeft < topUpCost) {
        enrolNew = false;
        st.moneyShort[PROG.cash * STRATA_COUNT + s] = 1;
        break;
      }
      st.topUp[i] = 1;
      st.took[i] |= TOOK.cash;
      cashLeft -= topUpCost;
    }
  }
  const stipendPerHousehold = pol.stipend.benefitPKR * months;
  let stipendLeft = st.envelope[PROG.stipend * STRATA_COUNT + s]!;
  let trainLeft = st.envelope[PROG.training * STRATA_COUNT + s]!;
  let farmLeft = st.envelope[PROG.farm * STRATA_COUNT + s]!;
  // Cash and stipend are re-selected each year on the fixed PMT ranking; take-up draws persist.
  // New cash goes to households not already on the existing transfer.
  // Each programme first asks whether the household is eligible and takes it up, then whether the money left
  // pays for it: an eligible household the money cannot pay for marks the envelope moneyShort, so that money
  // left over is reported as a whole-household step rather than as a lack of eligible households. The
  // conditions only read state, so asking them in two steps changes no enrolment.
  let cashShort = false;
  let stipendShort = false;
  let trainShort = false;
  let farmShort = false;
  for (let k = a; k < b; k++) {
    const i = pop.pmtOrder[k]!;
    const score = pop.pmtEffective[i]!;
    const w = pop.weight[i]!;
    const cashCost = cashPerHousehold * w;
    const stipendCost = stipendPerHousehold * w;
    const trainCost = pol.training.costPKR * w;
    const farmCost = pol.farm.costPKR * w;
    if (enrolNew && cashCost > 0 && !pop.existing[i] && score < cashCut && pop.uCash[i]! < pol.cash.takeUp) {
      if (cashLeft >= cashCost) {
        st.cash[i] = 1;
        st.took[i] |= TOOK.cash;
        cashLeft -= cashCost;
      } else cashShort = true;
    }
    if (stipendCost > 0 && pop.schoolChildren[i] && score < pol.stipend.pmtCutoff && pop.uStipend[i]! < pol.stipend.takeUp) {
      if (stipendLeft >= stipendCost) {
        st.stipend[i] = 1;
        st.took[i] |= TOOK.stipend;
        stipendLeft -= stipendCost;
      } else stipendShort = true;
    }
    if (!pop.skilled[i] && !(st.took[i]! & TOOK.training) && pop.livelihood[i] !== SALARIED && score < pol.training.pmtCutoff && pop.uTraining[i]! < pol.training.takeUp) {
      if (trainLeft >= trainCost) {
        st.took[i] |= TOOK.training;
        // Counted down once per month from the enrolment month, so the gain starts durationMonths later.
        st.trainLeft[i] = pol.training.durationMonths + 1;
        trainLeft -= trainCost;
        spend(st, PROG.training, s, y, trainCost);
      } else trainShort = true;
    }
    if (pop.livelihood[i] === SMALL_FARMER && !(st.took[i]! & TOOK.farm) && score < pol.farm.pmtCutoff) {
      if (farmLeft >= farmCost) {
        st.took[i] |= TOOK.farm;
        if (pop.uFarm[i]! < pol.farm.adoption) st.farmGain[i] = pol.farm.uplift;
        farmLeft -= farmCost;
        spend(st, PROG.farm, s, y, farmCost);
      } else farmShort = true;
    }
    st.mfEligible[i] = score < pol.microfinance.pmtCutoff && pop.livelihood[i] !== SALARIED && !L.blacklisted[i] ? 1 : 0;
  }
  const fundShare = pol.microfinance.riskFundShare;
  const contribution = st.envelope[PROG.microfinance * STRATA_COUNT + s]! * fundShare;
  if (contribution > 0) {
    st.fund[s] += contribution;
    st.ledger.fundContributions += contribution;
    spend(st, PROG.microfinance, s, y, contribution);
  }
  if (cashShort) st.moneyShort[PROG.cash * STRATA_COUNT + s] = 1;
  if (stipendShort) st.moneyShort[PROG.stipend * STRATA_COUNT + s] = 1;
  if (trainShort) st.moneyShort[PROG.training * STRATA_COUNT + s] = 1;
  if (farmShort) st.moneyShort[PROG.farm * STRATA_COUNT + s] = 1;
}

/**
 * Close year y: whatever is left in the envelopes, and the money never placed in one (unplaced), is reported
 * unspent, in total and by programme, and
 * (unspentStep) the part of it left where an eligible household went unserved for lack of money.
 */
export function closeYear(st: PassState, y: number): void {
  let left = 0;
  for (let k = 0; k < st.envelope.length; k++) {
    const p = Math.floor(k / STRATA_COUNT);
    st.unspentByProgramme[p * MAX_YEARS + y] += st.envelope[k]!;
    if (st.moneyShort[k]) st.unspentStep[p * MAX_YEARS + y] += st.envelope[k]!;
    left += st.envelope[k]!;
    st.envelope[k] = 0;
  }
  // Money for regions with no households in the data was never placed: unspent, and no step of enrolment's.
  for (let p = 0; p < st.unplaced.length; p++) {
    st.unspentByProgramme[p * MAX_YEARS + y] += st.unplaced[p]!;
    left += st.unplaced[p]!;
    st.unplaced[p] = 0;
  }
  // Guard against -0 and float dust from many small subtractions.
  if (Math.abs(left) < 1e-6) left = 0;
  st.years[y * YEAR_FIELDS + YEAR_FIELDS - 1] = left;
  st.ledger.unspent += left;
}
