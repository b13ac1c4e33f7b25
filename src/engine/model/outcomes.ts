/**
 * End-of-pass outcomes, all judged on consumption per adult-equivalent:
 * poverty at start (the month before month 0) and end (FGT 0/1/2), Gini,
 * deciles, histograms, sustained exits, re-entries and newly poor, two-wave
 * poverty status, nationally and by region; money and loan totals; and
 * effects on participants, paired with the status quo on the same draws.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import { TOOK, type PassState } from './state';
import { ascendingOrder } from '../results/order';
import { SUSTAINED_MONTHS } from './pass';
import {
  DECILE_FIELDS, DECILE_SCALARS, decileScalarIndex, DECILES, EFFECT_GROUPS, HIST_BINS, MAX_YEARS, PARTICIPANT_PROGRAMMES, PROGRAMME_SCALARS,
  programmeScalarIndex, REGION_SCALARS, regionScalarIndex, scalarIndex, SERIES, YEAR_FIELDS,
  type PassLayout, type ScalarKey,
} from './layout';
import { PROGRAMMES } from '../scenario/groups/budget';
import { histogram } from './histogram';

/** Weighted Gini of values with weights, given their ascending order. */
export function weightedGini(values: Float64Array, weights: Float64Array, idx: Int32Array): number {
  let sw = 0;
  let swx = 0;
  let cum = 0;
  let area = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const w = weights[i]!;
    const x = values[i]!;
    // Area under the Lorenz curve by trapezoids in weight space.
    area += w * (2 * cum + w * x);
    cum += w * x;
    sw += w;
    swx += w * x;
  }
  return swx > 0 ? 1 - area / (sw * swx) : 0;
}

/**
 * The decile a unit falls in: the one holding the midpoint of its weight,
 * given the weight ranked below it (`cum`) out of `total`.
 */
function decileAt(cum: number, w: number, total: number): number {
  return Math.min(DECILES - 1, Math.floor((DECILES * (cum + w / 2)) / total));
}

/** Each household's decile (0 = poorest) in the people-weighted distribution of `values` (`idx`: their ascending order). */
export function decilesOf(values: Float64Array, weights: Float64Array, idx: Int32Array = ascendingOrder(values)): Uint8Array {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  const out = new Uint8Array(values.length);
  let cum = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const w = weights[i]!;
    out[i] = decileAt(cum, w, total);
    cum += w;
  }
  return out;
}

/** People-weighted mean income of each decile of the people distribution, given the ascending order. */
export function decileMeans(values: Float64Array, weights: Float64Array, idx: Int32Array, out: Float64Array, at: number): void {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  const sum = new Float64Array(DECILES);
  const wsum = new Float64Array(DECILES);
  let cum = 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const w = weights[i]!;
    const d = decileAt(cum, w, total);
    sum[d] += w * values[i]!;
    wsum[d] += w;
    cum += w;
  }
  for (let d = 0; d < DECILES; d++) out[at + d] = wsum[d]! > 0 ? sum[d]! / wsum[d]! : NaN;
}

/**
 * Gini (`gini`, one per region) and decile means (`means`, DECILES per region, from `at`) within each region, in
 * one walk of the whole population's ascending order `idx`: a region's households come up in ascending order, so
 * each region gets the sums weightedGini and decileMeans would make on it alone, in the same order (up to the order
 * of near-ties, which ascendingOrder ranks on quantised values). NaN for a region with no people.
 */
export function regionalDistribution(
  values: Float64Array, weights: Float64Array, region: Uint8Array, idx: Int32Array, gini: Float64Array, means: Float64Array, at: number,
): void {
  const R = gini.length;
  const total = new Float64Array(R);
  for (let i = 0; i < weights.length; i++) total[region[i]!] += weights[i]!;
  const cumW = new Float64Array(R);
  const cumX = new Float64Array(R);
  const area = new Float64Array(R);
  const sum = new Float64Array(R * DECILES);
  const wsum = new Float64Array(R * DECILES);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const r = region[i]!;
    const w = weights[i]!;
    const x = values[i]!;
    const d = r * DECILES + decileAt(cumW[r]!, w, total[r]!);
    sum[d] += w * x;
    wsum[d] += w;
    cumW[r] += w;
    area[r] += w * (2 * cumX[r]! + w * x);
    cumX[r] += w * x;
  }
  for (let r = 0; r < R; r++) {
    gini[r] = total[r]! > 0 ? (cumX[r]! > 0 ? 1 - area[r]! / (cumW[r]! * cumX[r]!) : 0) : NaN;
    for (let d = 0; d < DECILES; d++) {
      const q = r * DECILES + d;
      means[at + q] = wsum[q]! > 0 ? sum[q]! / wsum[q]! : NaN;
    }
  }
}

/**
 * What every pass of a replication shares at its start (consumption in the month before month 0, which no
 * programme has touched): people weights, the distribution's Gini, histogram and decile means,
 * and each household's start decile. Worked out once a replication instead of once a pass.
 */
export interface StartOfRun {
  peopleW: Float64Array;
  gini: number;
  /** Histogram of start consumption / poverty line (HIST_BINS) and decile means (DECILES), as writeOutcomes writes them. */
  hist: Float64Array;
  decileMeans: Float64Array;
  deciles: Uint8Array;
  /** Gini (REGIONS) and decile means (REGIONS × DECILES) within each region, as regionalDistribution gives them. */
  regionGini: Float64Array;
  regionDecileMeans: Float64Array;
}

export function startOfRun(pop: Population, cons0: Float64Array, z: number): StartOfRun {
  const peopleW = new Float64Array(pop.n);
  for (let i = 0; i < pop.n; i++) peopleW[i] = pop.weight[i]! * pop.size[i]!;
  const order = ascendingOrder(cons0);
  const hist = new Float64Array(HIST_BINS);
  histogram(cons0, peopleW, z, hist, 0);
  const means = new Float64Array(DECILES);
  decileMeans(cons0, peopleW, order, means, 0);
  const regionGini = new Float64Array(REGIONS.length);
  const regionDecileMeans = new Float64Array(REGIONS.length * DECILES);
  regionalDistribution(cons0, peopleW, pop.region, order, regionGini, regionDecileMeans, 0);
  return {
    peopleW, gini: weightedGini(cons0, peopleW, order), hist, decileMeans: means, deciles: decilesOf(cons0, peopleW, order), regionGini, regionDecileMeans,
  };
}

/** A pass's outcomes into its block of `out`. `start`: startOfRun of its population and st.cons0, if already worked out. */
export function writeOutcomes(
  ctx: Context, pop: Population, st: PassState, out: Float64Array, base: number, layout: PassLayout, start: StartOfRun = startOfRun(pop, st.cons0, ctx.sc.world.population.povertyLinePKR),
): void {
  const z = ctx.sc.world.population.povertyLinePKR;
  const n = pop.n;
  const sc = (k: ScalarKey, v: number) => {
    out[base + layout.scalars + scalarIndex[k]] = v;
  };
  // Fields are named at each use (RS.people) rather than looked up by a key string inside the closure: such a
  // lookup, made for every household, went through V8's megamorphic property cache (measured: about 1.5% of a comparison).
  const RS = regionScalarIndex;
  const rg = (r: number, field: number) => base + layout.region + r * REGION_SCALARS.length + field;
  const peopleW = start.peopleW;
  const end = st.cons;
  const orderEnd = ascendingOrder(end);
  let people = 0;
  let households = 0;
  const acc = { poor0: 0, poor1: 0, hh0: 0, hh1: 0, gap0: 0, gap1: 0, sev0: 0, sev1: 0, inc0: 0, inc1: 0, exits: 0, re: 0, newly: 0, both: 0, one: 0, savings: 0 };
  const partIdx = PARTICIPANT_PROGRAMMES.length;
  const part = new Float64Array(partIdx);
  for (let i = 0; i < n; i++) {
    const w = pop.weight[i]!;
    const wp = peopleW[i]!;
    const r = pop.region[i]!;
    const y0 = st.cons0[i]!;
    const y1 = end[i]!;
    people += wp;
    households += w;
    out[rg(r, RS.people)] += wp;
    out[rg(r, RS.households)] += w;
    acc.inc0 += wp * y0;
    acc.inc1 += wp * y1;
    out[rg(r, RS.meanIncomeStart)] += wp * y0;
    out[rg(r, RS.meanIncomeEnd)] += wp * y1;
    const poorStart = y0 < z;
    const poorEnd = y1 < z;
    if (poorStart) {
      acc.poor0 += wp;
      acc.hh0 += w;
      out[rg(r, RS.poorHouseholdsStart)] += w;
      const g = 1 - y0 / z;
      acc.gap0 += wp * g;
      acc.sev0 += wp * g * g;
      out[rg(r, RS.povertyHeadcountStart)] += wp;
      out[rg(r, RS.povertyGapStart)] += wp * g;
      out[rg(r, RS.povertySeverityStart)] += wp * g * g;
    }
    if (poorEnd) {
      acc.poor1 += wp;
      acc.hh1 += w;
      const g = 1 - y1 / z;
      acc.gap1 += wp * g;
      acc.sev1 += wp * g * g;
      out[rg(r, RS.povertyHeadcountEnd)] += wp;
      out[rg(r, RS.povertyGapEnd)] += wp * g;
      out[rg(r, RS.povertySeverityEnd)] += wp * g * g;
      out[rg(r, RS.poorHouseholdsEnd)] += w;
    }
    // Sustained exit: poor at the start, and out of poverty for the last 12+ months, up to the end.
    const exit = poorStart && st.outRun[i]! >= SUSTAINED_MONTHS;
    if (exit) {
      acc.exits += w;
      out[rg(r, RS.sustainedExits)] += w;
    }
    if (poorStart && st.reentered[i]) {
      acc.re += w;
      out[rg(r, RS.reentries)] += w;
    }
    if (!poorStart && poorEnd) {
      acc.newly += w;
      out[rg(r, RS.newlyPoor)] += w;
    }
    // Two waves, as a panel survey would see them: the month before month 0 and the last month.
    if (poorStart && poorEnd) acc.both += w;
    else if (poorStart || poorEnd) acc.one += w;
    acc.savings += w * st.savings[i]!;
    const took = st.took[i]!;
    for (let p = 0; p < partIdx; p++) if (took & (1 << p)) part[p] += w;
  }
  for (let r = 0; r < REGIONS.length; r++) {
    const pr = out[rg(r, RS.people)]!;
    for (const k of [RS.povertyHeadcountStart, RS.povertyHeadcountEnd, RS.povertyGapStart, RS.povertyGapEnd, RS.povertySeverityStart, RS.povertySeverityEnd, RS.meanIncomeStart, RS.meanIncomeEnd]) {
      out[rg(r, k)] /= pr;
    }
    out[rg(r, RS.giniStart)] = start.regionGini[r]!;
    out[rg(r, RS.inclusionError)] = st.regionInclusionError[r]!;
    out[rg(r, RS.exclusionError)] = st.regionExclusionError[r]!;
  }
  const regionGiniEnd = new Float64Array(REGIONS.length);
  regionalDistribution(end, peopleW, pop.region, orderEnd, regionGiniEnd, out, base + layout.regionDecileEnd);
  for (let r = 0; r < REGIONS.length; r++) out[rg(r, RS.giniEnd)] = regionGiniEnd[r]!;
  out.set(start.regionDecileMeans, base + layout.regionDecileStart);
  for (let s = 0; s < STRATA_COUNT; s++) out[rg(ctx.strata[s]!.regionIndex, RS.spentPKR)] += st.stratumSpent[s]!;
  for (let p = 0; p < PROGRAMMES.length; p++)
    for (let y = 0; y < MAX_YEARS; y++) {
      out[base + layout.unspent + p * MAX_YEARS + y] = st.unspentByProgramme[p * MAX_YEARS + y]!;
      out[base + layout.unspentStep + p * MAX_YEARS + y] = st.unspentStep[p * MAX_YEARS + y]!;
    }

  sc('povertyHeadcountStart', acc.poor0 / people);
  sc('povertyHeadcountEnd', acc.poor1 / people);
  sc('poorHouseholdsStart', acc.hh0);
  sc('poorHouseholdsEnd', acc.hh1);
  sc('poorPeopleEnd', acc.poor1);
  sc('sustainedExits', acc.exits);
  sc('reentries', acc.re);
  sc('newlyPoor', acc.newly);
  sc('povertyGapStart', acc.gap0 / people);
  sc('povertyGapEnd', acc.gap1 / people);
  sc('povertySeverityStart', acc.sev0 / people);
  sc('povertySeverityEnd', acc.sev1 / people);
  sc('giniStart', start.gini);
  sc('giniEnd', weightedGini(end, peopleW, orderEnd));
  sc('meanIncomeStart', acc.inc0 / people);
  sc('meanIncomeEnd', acc.inc1 / people);
  sc('totalHouseholds', households);
  sc('totalPeople', people);
  sc('poorBothWaves', acc.both / households);
  sc('poorOneWave', acc.one / households);
  sc('poorNeitherWave', 1 - (acc.both + acc.one) / households);
  sc('meanSavingsEnd', acc.savings / households);
  let existing = 0;
  for (let i = 0; i < n; i++) if (pop.existing[i]) existing += pop.weight[i]!;
  sc('existingRecipients', existing);

  const led = st.ledger;
  let outstanding = 0;
  let fund = 0;
  for (let s = 0; s < STRATA_COUNT; s++) {
    outstanding += st.stratumOutstanding[s]!;
    fund += st.fund[s]!;
  }
  let par30 = 0;
  let borrowersEver = 0;
  const L = st.loans;
  for (let i = 0; i < n; i++) {
    if (L.active[i] && (L.overdue[i]! >= 2 || L.rescheduled[i])) par30 += L.outstanding[i]!;
    if (st.took[i]! & TOOK.microfinance) borrowersEver += pop.weight[i]!;
  }
  sc('existingCashPKR', led.existingCash);
  // PAR30 over the last 12 months: the end-month figure is an annual sawtooth as cohorts of loans mature.
  const months = ctx.months;
  const last = Math.min(12, months);
  const par = base + layout.series + SERIES.indexOf('par30') * months;
  let parSum = 0;
  for (let t = months - last; t < months; t++) parSum += out[par + t]!;
  sc('par30Last12', parSum / last);
  sc('budgetPKR', led.budget);
  sc('spentPKR', led.spent);
  sc('unspentPKR', led.unspent);
  sc('leakagePKR', led.leakage);
  sc('loansDisbursedPKR', led.disbursed);
  sc('principalRepaidPKR', led.repaid);
  sc('outstandingPKR', outstanding);
  sc('writtenOffPKR', led.writtenOff);
  sc('interestPaidPKR', led.interestPaid);
  sc('loanPaymentsPKR', led.householdPayments);
  sc('loansDisbursedCount', led.disbursedCount);
  sc('par30End', outstanding > 0 ? par30 / outstanding : 0);
  sc('defaultRate', led.disbursed > 0 ? led.writtenOff / led.disbursed : 0);
  sc('extensionsGranted', led.extensions);
  sc('reschedulings', led.reschedulings);
  sc('divertedRecalledPKR', led.recalled);
  sc('riskFundEndPKR', fund);
  sc('riskFundContributionsPKR', led.fundContributions);
  sc('riskFundPayoutsPKR', led.fundPayouts);
  sc('interestSubsidyPKR', led.subsidy);
  sc('cashRecipients', part[0]!);
  sc('stipendRecipients', part[1]!);
  sc('borrowers', borrowersEver);
  sc('trainees', part[3]!);
  sc('farmersSupported', part[4]!);
  sc('inclusionError', st.inclusionError);
  sc('exclusionError', st.exclusionError);

  // Added, as histogram() adds into the block (which starts at 0): the same numbers as drawing it here.
  for (let b = 0; b < HIST_BINS; b++) out[base + layout.histStart + b] += start.hist[b]!;
  histogram(end, peopleW, z, out, base + layout.histEnd);
  out.set(start.decileMeans, base + layout.decileStart);
  decileMeans(end, peopleW, orderEnd, out, base + layout.decileEnd);
  out.set(st.years.subarray(0, MAX_YEARS * YEAR_FIELDS), base + layout.years);
}

/**
 * Effects on participants, paired on common random numbers: the same
 * households at the end of the scenario pass (with the programmes) and of
 * the status-quo pass (without), summed for each programme and for any; and
 * the same comparison for every household by its start decile (`decile`,
 * from decilesOf on the start consumption both passes share).
 * Written into the scenario block; the counterfactual block holds none.
 */
export function writeEffects(
  pop: Population, st: PassState, cf: PassState, decile: Uint8Array, z: number, out: Float64Array, base: number, layout: PassLayout,
): void {
  const K = PROGRAMME_SCALARS.length;
  // Fields named at each use, not looked up by key string per household (see writeOutcomes).
  const PS = programmeScalarIndex;
  const DS = decileScalarIndex;
  const add = (g: number, field: number, v: number) => {
    out[base + layout.programme + g * K + field] += v;
  };
  const anyGroup = EFFECT_GROUPS.length - 1;
  const atDecile = (d: number) => base + layout.byDecile + d * DECILE_FIELDS;
  const addDecile = (d: number, field: number, v: number) => {
    out[atDecile(d) + field] += v;
  };
  for (let i = 0; i < pop.n; i++) {
    const took = st.took[i]!;
    const w = pop.weight[i]!;
    const wp = w * pop.size[i]!;
    const withP = st.cons[i]!;
    const without = cf.cons[i]!;
    const d = decile[i]!;
    addDecile(d, DS.households, w);
    addDecile(d, DS.people, wp);
    addDecile(d, DS.consWith, wp * withP);
    addDecile(d, DS.consWithout, wp * without);
    if (withP >= 1.05 * without) addDecile(d, DS.betterOff, w);
    else if (withP <= without / 1.05) addDecile(d, DS.worseOff, w);
    if (took === 0) continue;
    const partAt = atDecile(d) + DECILE_SCALARS.length;
    for (let g = 0; g < anyGroup; g++) if (took & (1 << g)) out[partAt + g] += w;
    out[partAt + anyGroup] += w;
    const poorStart = st.cons0[i]! < z;
    const exitWith = poorStart && st.outRun[i]! >= SUSTAINED_MONTHS ? w : 0;
    const exitWithout = poorStart && cf.outRun[i]! >= SUSTAINED_MONTHS ? w : 0;
    for (let g = 0; g <= anyGroup; g++) {
      if (g < anyGroup && !(took & (1 << g))) continue;
      add(g, PS.participants, w);
      add(g, PS.people, wp);
      add(g, PS.sizeSum, w * pop.size[i]!);
      add(g, PS.consWith, w * withP);
      add(g, PS.consWithout, w * without);
      if (withP < z) add(g, PS.poorWith, wp);
      if (without < z) add(g, PS.poorWithout, wp);
      add(g, PS.sustainedExits, exitWith);
      add(g, PS.exitsWithout, exitWithout);
      if (withP >= 1.05 * without) add(g, PS.betterOff, w);
      else if (withP <= without / 1.05) add(g, PS.worseOff, w);
    }
  }
}
