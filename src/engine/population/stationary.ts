/**
 * Stationary moments of smoothed log income. Poverty is judged on
 * log S_t = log S_{t−1} + λ (log y_t − log S_{t−1}), an exponential filter of
 * log income, so in the baseline log S is a sum of filtered components whose
 * means and variances have closed forms. The calibration uses them, and the
 * population starts at a draw from this stationary distribution, so a
 * baseline with no programmes has no drift from start-up transients.
 */
import type { Scenario } from '../scenario/types';
import { pow } from '../math/dmath';

/** Var of the λ-filter of a stationary AR(1) with coefficient ρ and stationary variance v. */
export function filteredAr1Variance(lambda: number, rho: number, v: number): number {
  const b = 1 - lambda;
  return (lambda * lambda * v * (1 + rho * b)) / ((1 - b * b) * (1 - rho * b));
}

/** Cov(filtered AR(1), its current value) / v: the regression of the filter on the current state. */
export function filteredAr1Beta(lambda: number, rho: number): number {
  return lambda / (1 - rho * (1 - lambda));
}

/** Mean and variance of a decaying jump process X_t = ρX_{t−1} − L·Bernoulli(q). */
export function jumpMoments(loss: number, q: number, rho: number): { mean: number; variance: number } {
  const r = Math.min(rho, 0.999999);
  return { mean: (-loss * q) / (1 - r), variance: (loss * loss * q * (1 - q)) / (1 - r * r) };
}

export interface StationaryParts {
  /** Mean shift of log S from transitory noise and health shocks (all households). */
  commonMean: number;
  /** Variance of log S beyond the permanent and persistent parts' contributions (see below). */
  commonVariance: number;
  /** Regression of filtered persistent income on the current persistent state. */
  beta: number;
  /** Residual variance of filtered persistent income given its current state. */
  persistentResidual: number;
  /** Total variance contributed by the persistent component to log S. */
  persistentFiltered: number;
}

export function stationaryParts(sc: Scenario): StationaryParts {
  const lambda = sc.income.smoothing;
  const rho = sc.income.persistence;
  const vp = sc.income.persistentSd ** 2;
  const ve = sc.income.transitorySd ** 2;
  const healthQ = 1 - pow(1 - sc.shocks.healthAnnualProb, 1 / 12);
  const h = jumpMoments(sc.shocks.healthLoss, healthQ, sc.shocks.healthRecovery);
  const persistentFiltered = filteredAr1Variance(lambda, rho, vp);
  const beta = filteredAr1Beta(lambda, rho);
  return {
    commonMean: -ve / 2 + h.mean,
    commonVariance: (lambda * ve) / (2 - lambda) + filteredAr1Variance(lambda, sc.shocks.healthRecovery, h.variance),
    beta,
    persistentResidual: Math.max(0, persistentFiltered - beta * beta * vp),
    persistentFiltered,
  };
}

/** Mean and filtered variance of a stratum's covariate disaster process (monthly strike probability p). */
export function disasterParts(sc: Scenario, monthlyStrike: number): { mean: number; variance: number } {
  const q = monthlyStrike * sc.shocks.disasterAffected;
  const d = jumpMoments(sc.shocks.disasterLoss, q, sc.shocks.disasterRecovery);
  return { mean: d.mean, variance: filteredAr1Variance(sc.income.smoothing, sc.shocks.disasterRecovery, d.variance) };
}

/** The λ-filtered seasonal term just before month 0, for seasonal log terms by month of simulation (periodic, 12). */
export function filteredSeasonAtStart(lambda: number, seasonByMonthOfYear: readonly number[], startMonthOfYear: number): number {
  let acc = 0;
  let w = lambda;
  for (let k = 0; k < 600; k++) {
    const m = (((startMonthOfYear - 1 - k) % 12) + 12) % 12;
    acc += w * seasonByMonthOfYear[m]!;
    w *= 1 - lambda;
  }
  return acc;
}
