/**
 * Pieces of the baseline calibration (model/calibrateWorld.ts runs it):
 * stratum headcount targets, and a lognormal-mixture first guess of each
 * stratum's income location.
 */
import { normalCdf } from '../random/normal';
import type { Stratum } from './regions';

const MAX_STRATUM_HEADCOUNT = 0.95;

/** Headcount target per stratum: k · relativePoverty_s (capped), with k solved for the national target. */
export function stratumHeadcountTargets(strata: readonly Stratum[], national: number): Float64Array {
  const total = strata.reduce((a, s) => a + s.populationM, 0);
  const at = (k: number) => strata.map((s) => Math.min(MAX_STRATUM_HEADCOUNT, k * s.relativePoverty));
  const mean = (k: number) => at(k).reduce((a, h, i) => a + h * strata[i]!.populationM, 0) / total;
  let lo = 0;
  let hi = 1;
  while (mean(hi) < national && hi < 1e6) hi *= 2;
  for (let it = 0; it < 100; it++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < national) lo = mid;
    else hi = mid;
  }
  return Float64Array.from(at((lo + hi) / 2));
}

/** One stratum's mixture: livelihood shares, the mean shift of each, and the common spread of log S. */
export interface StratumMixture {
  shares: readonly number[];
  offsets: readonly number[];
  sigma: number;
}

/** Solve μ so that Σ_l share_l · Φ((ln z − μ − offset_l) / σ) = h (bisection; the left side falls in μ). */
export function solveLocation(h: number, lnLine: number, mix: StratumMixture): number {
  const sigma = Math.max(mix.sigma, 1e-9);
  const below = (mu: number) => mix.shares.reduce((a, sh, l) => a + sh * normalCdf((lnLine - mu - mix.offsets[l]!) / sigma), 0);
  let lo = lnLine - 20;
  let hi = lnLine + 20;
  for (let it = 0; it < 200; it++) {
    const mid = (lo + hi) / 2;
    if (below(mid) > h) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
