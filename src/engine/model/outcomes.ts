/**
 * End-of-pass outcomes: poverty at start and end (FGT 0/1/2), Gini, deciles,
 * income histograms, sustained exits, re-entries and newly poor, nationally,
 * by region and by programme; money and loan totals.
 */
import type { Context } from './context';
import type { Population } from '../population/generate';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import type { PassState } from './state';
import { ascendingOrder } from '../results/order';
import { SUSTAINED_MONTHS } from './pass';
import {
  DECILES, HIST_BINS, HIST_MAX_RATIO, HIST_MIN_RATIO, MAX_YEARS, PARTICIPANT_PROGRAMMES, PROGRAMME_SCALARS,
  REGION_SCALARS, regionScalarIndex, scalarIndex, YEAR_FIELDS, type PassLayout, type ScalarKey, type RegionScalarKey,
} from './layout';
import { exp, log } from '../math/dmath';

/** Weighted Gini of values with weights, given their ascending order. */
export function weightedGini(values: Float64Array, weights: Float64Array, idx: Int32Array): number {
  let sw = 0;
  let swx = 0;
  let cum = 0;
  let area = 0;
  for (const i of idx) {
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

/** People-weighted mean income of each decile of the people distribution, given the ascending order. */
export function decileMeans(values: Float64Array, weights: Float64Array, idx: Int32Array, out: Float64Array, at: number): void {
  const total = weights.reduce((a, b) => a + b, 0);
  const sum = new Float64Array(DECILES);
  const wsum = new Float64Array(DECILES);
  let cum = 0;
  for (const i of idx) {
    const w = weights[i]!;
    const d = Math.min(DECILES - 1, Math.floor((DECILES * (cum + w / 2)) / total));
    sum[d] += w * values[i]!;
    wsum[d] += w;
    cum += w;
  }
  for (let d = 0; d < DECILES; d++) out[at + d] = wsum[d]! > 0 ? sum[d]! / wsum[d]! : NaN;
}

/** People-weighted histogram of income / line on log-spaced bins (ends clamp into the first and last bin). */
export function histogram(values: Float64Array, weights: Float64Array, line: number, out: Float64Array, at: number): void {
  const lo = log(HIST_MIN_RATIO);
  const span = log(HIST_MAX_RATIO) - lo;
  for (let i = 0; i < values.length; i++) {
    const r = log(values[i]! / line);
    const b = Math.min(HIST_BINS - 1, Math.max(0, Math.floor(((r - lo) / span) * HIST_BINS)));
    out[at + b] += weights[i]!;
  }
}

export function writeOutcomes(ctx: Context, pop: Population, st: PassState, out: Float64Array, base: number, layout: PassLayout): void {
  const z = ctx.sc.population.povertyLinePKR;
  const n = pop.n;
  const sc = (k: ScalarKey, v: number) => {
    out[base + layout.scalars + scalarIndex[k]] = v;
  };
  const rg = (r: number, k: RegionScalarKey) => base + layout.region + r * REGION_SCALARS.length + regionScalarIndex[k];
  const peopleW = new Float64Array(n);
  for (let i = 0; i < n; i++) peopleW[i] = pop.weight[i]! * pop.size[i]!;
  // The pass keeps smoothed income in logs; outcomes are in rupees.
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = exp(st.smooth0[i]!);
    end[i] = exp(st.smooth[i]!);
  }
  const orderStart = ascendingOrder(st.smooth0);
  const orderEnd = ascendingOrder(st.smooth);
  let people = 0;
  let households = 0;
  const acc = { poor0: 0, poor1: 0, hh0: 0, hh1: 0, gap0: 0, gap1: 0, sev0: 0, sev1: 0, inc0: 0, inc1: 0, exits: 0, re: 0, newly: 0 };
  const partIdx = PARTICIPANT_PROGRAMMES.length;
  const part = new Float64Array(partIdx);
  const partExits = new Float64Array(partIdx);
  for (let i = 0; i < n; i++) {
    const w = pop.weight[i]!;
    const wp = peopleW[i]!;
    const r = pop.region[i]!;
    const y0 = start[i]!;
    const y1 = end[i]!;
    people += wp;
    households += w;
    out[rg(r, 'people')] += wp;
    out[rg(r, 'households')] += w;
    acc.inc0 += wp * y0;
    acc.inc1 += wp * y1;
    const poorStart = y0 < z;
    const poorEnd = y1 < z;
    if (poorStart) {
      acc.poor0 += wp;
      acc.hh0 += w;
      const g = 1 - y0 / z;
      acc.gap0 += wp * g;
      acc.sev0 += wp * g * g;
      out[rg(r, 'povertyHeadcountStart')] += wp;
    }
    if (poorEnd) {
      acc.poor1 += wp;
      acc.hh1 += w;
      const g = 1 - y1 / z;
      acc.gap1 += wp * g;
      acc.sev1 += wp * g * g;
      out[rg(r, 'povertyHeadcountEnd')] += wp;
      out[rg(r, 'poorHouseholdsEnd')] += w;
    }
    // Sustained exit: poor at the start, and out of poverty for the last 12+ months, up to the end.
    const exit = poorStart && st.outRun[i]! >= SUSTAINED_MONTHS;
    if (exit) {
      acc.exits += w;
      out[rg(r, 'sustainedExits')] += w;
    }
    if (poorStart && st.reentered[i]) {
      acc.re += w;
      out[rg(r, 'reentries')] += w;
    }
    if (!poorStart && poorEnd) {
      acc.newly += w;
      out[rg(r, 'newlyPoor')] += w;
    }
    const took = st.took[i]!;
    for (let p = 0; p < partIdx; p++) {
      if (took & (1 << p)) {
        part[p] += w;
        if (exit) partExits[p] += w;
      }
    }
  }
  for (let r = 0; r < REGIONS.length; r++) {
    const pr = out[rg(r, 'people')]!;
    out[rg(r, 'povertyHeadcountStart')] /= pr;
    out[rg(r, 'povertyHeadcountEnd')] /= pr;
  }
  for (let s = 0; s < STRATA_COUNT; s++) out[rg(ctx.strata[s]!.regionIndex, 'spentPKR')] += st.stratumSpent[s]!;
  for (let p = 0; p < partIdx; p++) {
    out[base + layout.programme + p * PROGRAMME_SCALARS.length] = part[p]!;
    out[base + layout.programme + p * PROGRAMME_SCALARS.length + 1] = partExits[p]!;
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
  sc('giniStart', weightedGini(start, peopleW, orderStart));
  sc('giniEnd', weightedGini(end, peopleW, orderEnd));
  sc('meanIncomeStart', acc.inc0 / people);
  sc('meanIncomeEnd', acc.inc1 / people);
  sc('totalHouseholds', households);
  sc('totalPeople', people);

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
    if (L.active[i] && L.overdue[i]! >= 2) par30 += L.outstanding[i]!;
    if (st.took[i]! & 4) borrowersEver += pop.weight[i]!;
  }
  sc('budgetPKR', led.budget);
  sc('spentPKR', led.spent);
  sc('unspentPKR', led.unspent);
  sc('leakagePKR', led.leakage);
  sc('loansDisbursedPKR', led.disbursed);
  sc('principalRepaidPKR', led.repaid);
  sc('outstandingPKR', outstanding);
  sc('writtenOffPKR', led.writtenOff);
  sc('interestPaidPKR', led.interestPaid);
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

  histogram(start, peopleW, z, out, base + layout.histStart);
  histogram(end, peopleW, z, out, base + layout.histEnd);
  decileMeans(start, peopleW, orderStart, out, base + layout.decileStart);
  decileMeans(end, peopleW, orderEnd, out, base + layout.decileEnd);
  out.set(st.years.subarray(0, MAX_YEARS * YEAR_FIELDS), base + layout.years);
}
