/**
 * How a target's model value is read from results: helpers on Dists, and the
 * measurements that need more than one number (flood peaks, PAR30 after a
 * flood, take-up, average loan, chronic share).
 */
import type { Dist } from '../api';
import type { RunResult } from '../results/result';
import type { Scenario } from '../scenario/types';
import type { RegionId } from '../population/regions';
import type { ValidationResults } from './runs';

const NONE: Dist = { mean: null, p5: null, p25: null, p50: null, p75: null, p95: null };
const QUANTILES = ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** A single number as a Dist (every quantile equal); null stays null. */
export function pointDist(x: number | null): Dist | null {
  if (x === null || !Number.isFinite(x)) return null;
  return { mean: x, p5: x, p25: x, p50: x, p75: x, p95: x };
}

/**
 * f of several metrics. On one replication (every quantile equal) it is exact,
 * quantile by quantile; `npm run validate` measures that way, replication by
 * replication, and summarises. On pooled results the percentiles of a ratio
 * or a difference cannot be had from the parts' percentiles, so only f of the
 * means is given (as mean and middle value), with no interval.
 */
export function combineDists(f: (...xs: number[]) => number, ...ds: Dist[]): Dist | null {
  const single = ds.every((d) => d.p5 === d.p95 && d.p5 === d.p50);
  if (!single) {
    const means = ds.map((d) => d.mean);
    if (means.some((x) => x === null)) return null;
    const y = f(...(means as number[]));
    return Number.isFinite(y) ? { ...NONE, mean: y, p50: y } : null;
  }
  const out = { ...NONE };
  for (const q of QUANTILES) {
    const xs = ds.map((d) => d[q]);
    if (xs.some((x) => x === null)) continue;
    const y = f(...(xs as number[]));
    out[q] = Number.isFinite(y) ? y : null;
  }
  return out.p50 === null && out.mean === null ? null : out;
}

export const hasLoans = (r: RunResult) => (r.summary.loansDisbursedCount.mean ?? 0) > 0;
export const isStatusQuo = (s: Scenario) => s.policy.budget.annualBn.every((b) => b === 0);
export const defined = (d: Dist | undefined | null): Dist | null => (d && (d.p50 !== null || d.mean !== null) ? d : null);

/** The status quo's national monthly headcount: the counterfactual's, or the run's own when it is the status quo. */
function statusQuoHeadcount(r: RunResult): (number | null)[] | null {
  if (r.counterfactual) return r.counterfactual.series.povertyHeadcount.mean;
  return isStatusQuo(r.scenario) ? r.series.povertyHeadcount.mean : null;
}

function regionHeadcount(r: RunResult, region: RegionId): (number | null)[] | null {
  return isStatusQuo(r.scenario) ? r.series.byRegion[region].povertyHeadcount.mean : null;
}

/** Month at which with − without is largest (means), and the difference there. */
function peakOf(withFlood: (number | null)[], without: (number | null)[]): { month: number; rise: number } | null {
  let best: { month: number; rise: number } | null = null;
  for (let t = 0; t < Math.min(withFlood.length, without.length); t++) {
    const a = withFlood[t];
    const b = without[t];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    if (best === null || a - b > best.rise) best = { month: t, rise: a - b };
  }
  return best;
}

/**
 * Peak rise of the status quo's headcount after the flood (national or one
 * region). The month of the peak is taken from the pooled means, so the value
 * pooled is the peak of the mean difference and a replication's value is its
 * rise at that month.
 */
export function floodPeakRise(runs: ValidationResults, pooled: ValidationResults, region: RegionId | null): Dist | null {
  const series = (r: RunResult | undefined) => (r ? (region === null ? statusQuoHeadcount(r) : regionHeadcount(r, region)) : null);
  const pw = series(pooled.statusQuoFlood);
  const po = series(pooled.statusQuo);
  const w = series(runs.statusQuoFlood);
  const o = series(runs.statusQuo);
  if (!pw || !po || !w || !o) return null;
  const peak = peakOf(pw, po);
  if (!peak) return null;
  const a = w[peak.month];
  const b = o[peak.month];
  return a === null || a === undefined || b === null || b === undefined ? null : pointDist(a - b);
}

/**
 * Mean PAR>30 over the 12 months from the flood month (`from`, by default the
 * run's own flood month); null when the horizon ends sooner or nothing is lent.
 */
export function par30AfterFlood(r: RunResult | undefined, from = r?.scenario.world.shocks.floodMonth ?? 0): Dist | null {
  if (!r || !hasLoans(r)) return null;
  const to = from + 12;
  if (to > r.scenario.run.months) return null;
  const sum = (q: (typeof QUANTILES)[number]) => {
    const band = r.series.par30[q];
    let s = 0;
    for (let t = from; t < to; t++) {
      const x = band[t];
      if (x === null || x === undefined) return null;
      s += x;
    }
    return s / 12;
  };
  // Quantiles of a 12-month mean taken month by month: exact for one replication (validate), approximate pooled.
  const out = Object.fromEntries(QUANTILES.map((q) => [q, sum(q)])) as unknown as Dist;
  return defined(out);
}

/** Share of households below the loan PMT cut-off that took a programme loan over the horizon. */
export function microcreditTakeUp(r: RunResult): Dist | null {
  if (!hasLoans(r)) return null;
  const eligibleShare = r.scenario.policy.microfinance.pmtCutoff / 100;
  return combineDists((borrowers, households) => borrowers / (households * eligibleShare), r.summary.borrowers, r.summary.totalHouseholds);
}

/** Mean loan size: disbursed ÷ loans made. */
export function averageLoan(r: RunResult): Dist | null {
  if (!hasLoans(r)) return null;
  return combineDists((pkr, count) => pkr / count, r.summary.loansDisbursedPKR, r.summary.loansDisbursedCount);
}

/** Status quo: households poor at both the start and the end ÷ households poor at either. */
export function chronicShare(r: RunResult): Dist | null {
  const s = r.counterfactual?.summary ?? (isStatusQuo(r.scenario) ? r.summary : null);
  if (!s) return null;
  return combineDists((both, one) => both / (both + one), s.poorBothWaves, s.poorOneWave);
}
