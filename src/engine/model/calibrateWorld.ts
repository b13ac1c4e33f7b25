/**
 * Calibration of the baseline (a documented solve, not a fudge). Stratum
 * headcount targets follow the multidimensional-poverty ordering, scaled so
 * the national people-weighted headcount equals the HIES 2018-19 figure,
 * which was measured with the existing transfer paying. Each stratum's
 * log-income location μ_s is solved so that, on fixed calibration samples
 * living through the status-quo burn-in, the share of people whose
 * consumption per adult-equivalent is below the line equals the target.
 *
 * The solve starts from a lognormal approximation and corrects it on the
 * sample: rescaling earnings by e^δ rescales consumption net of the transfer,
 * so each stratum's δ is a weighted quantile problem (bisection), repeated
 * on a fresh sample each round with shrinking steps, so μ settles on the
 * average solution rather than one sample's. The samples' keys are fixed, so
 * μ is a function of the world alone, whatever the run's seed.
 */
import type { Context } from './context';
import { sampleDesign } from './context';
import { generatePopulation } from '../population/generate';
import { stratumHeadcountTargets, solveLocation } from '../population/calibrate';
import { STRATA_COUNT } from '../population/regions';
import { livelihoodOffsets } from '../population/livelihoods';
import { replicationKey } from '../random/hash';
import { runBurnIn } from './pass';
import { exp, log } from '../math/dmath';

/** Calibration samples: 12,000 households with stratified income draws, at least 3% in each stratum, in 6 rounds. */
export const CALIBRATION_HOUSEHOLDS = 12000;
const CALIBRATION_MIN_SHARE = 0.03;
const ROUNDS = 6;
/** Fixed keys of the calibration samples (independent of the run's seed). */
const calibrationKey = (round: number) => replicationKey(0x0ca11b, round);

export interface WorldCalibration {
  headcountTarget: Float64Array;
  mu: Float64Array;
  /** Largest step in the last round (log points): the size of the remaining sampling correction. */
  residual: number;
}

export function calibrateWorld(ctx: Context): WorldCalibration {
  const sc = ctx.sc;
  const w = sc.world;
  const z = w.population.povertyLinePKR;
  const headcountTarget = stratumHeadcountTargets(ctx.strata, w.population.headcountTarget);
  // Starting point: the earnings distribution as a lognormal mixture over livelihoods.
  const offsets = livelihoodOffsets(sc);
  const { permanentSd: sa, persistentSd: sp } = w.income;
  const sizeTerm = 0.4 * w.population.sizeElasticity;
  // x * x, not x ** 2: the engine never relies on the platform's pow (see math/dmath.ts).
  const sigma = Math.sqrt(sa * sa + sp * sp + sizeTerm * sizeTerm);
  const mu = Float64Array.from(ctx.strata, (_, s) =>
    solveLocation(headcountTarget[s]!, log(z), { shares: ctx.livelihoodShares[s]!, offsets, sigma }),
  );
  const sample = sampleDesign(CALIBRATION_HOUSEHOLDS, ctx.strata, ctx.stratumHouseholds, CALIBRATION_MIN_SHARE);
  const transfer = w.existingCash.benefitPKR * (1 - w.existingCash.leakage);
  let residual = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh sample each round, and steps 1, 1/2, 1/3, …: μ ends near the average of the rounds'
    // solutions, so one sample's noise (±0.3 points of headcount at this size) is averaged away.
    const key = calibrationKey(round);
    const step = 1 / (round + 1);
    const pop = generatePopulation(ctx, sample, mu, key, true);
    const world = runBurnIn(ctx, pop, key, true);
    residual = 0;
    for (let s = 0; s < STRATA_COUNT; s++) {
      const a = sample.stratumStart[s]!;
      const b = sample.stratumStart[s + 1]!;
      let people = 0;
      for (let i = a; i < b; i++) people += pop.size[i]!;
      const target = headcountTarget[s]! * people;
      // Consumption per adult-equivalent split into the transfer (not rescaled) and the rest (rescaled by e^δ).
      const poorAt = (delta: number) => {
        const scale = exp(delta);
        let poor = 0;
        for (let i = a; i < b; i++) {
          const t = pop.existing[i] ? transfer / pop.ae[i]! : 0;
          const c = world.cons[i]!;
          const own = Math.max(0, c - t);
          if (own * scale + Math.min(t, c) < z) poor += pop.size[i]!;
        }
        return poor;
      };
      let lo = -3;
      let hi = 3;
      for (let it = 0; it < 50; it++) {
        const mid = (lo + hi) / 2;
        if (poorAt(mid) > target) lo = mid;
        else hi = mid;
      }
      const delta = (lo + hi) / 2;
      mu[s] += step * delta;
      residual = Math.max(residual, Math.abs(step * delta));
    }
  }
  return { headcountTarget, mu, residual };
}
