/**
 * Uncertain parameters as the editor shows them: which settings each
 * distribution has, in what units (the parameter's display units, except a
 * log-normal's sigma, which is the spread of the log and has none), and the
 * distribution a parameter starts with when it is first marked uncertain.
 */
import type { Distribution, DistributionKind, NumberSpec } from '../../engine/index';
import { spreadOf, type Scale } from './display';

export type DistributionField = 'low' | 'high' | 'mode' | 'mean' | 'sd' | 'median' | 'sigma';

/** The settings of each distribution in the order the editor shows them: bounds first. */
export const DISTRIBUTION_FIELDS: Readonly<Record<DistributionKind, readonly DistributionField[]>> = {
  uniform: ['low', 'high'],
  triangular: ['low', 'high', 'mode'],
  normal: ['low', 'high', 'mean', 'sd'],
  lognormal: ['low', 'high', 'median', 'sigma'],
};

/**
 * The scale a setting is shown in: the parameter's, but none for sigma (the log's standard deviation has no unit), and
 * a standard deviation without the parameter's offset (a spread of months is not a month counted from 1).
 */
export const fieldScale = (field: DistributionField, scale: Scale): Scale =>
  field === 'sigma' ? { factor: 1, unit: '' } : field === 'sd' ? spreadOf(scale) : scale;

/** Rounded to 6 significant digits, so that a starting value reads cleanly (0.72, not 0.7200000000000001). */
const tidy = (x: number) => Number(x.toPrecision(6));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * What a parameter starts with when marked uncertain: uniform from 20% below
 * its value to 20% above, clipped to its range. A value of 0 (or one at the
 * edge of its range) would leave no width, so then the bounds are 10% of the
 * range either side of it instead.
 */
export function startingDistribution(spec: NumberSpec, value: number): Distribution {
  let low = clamp(tidy(value * 0.8), spec.min, spec.max);
  let high = clamp(tidy(value * 1.2), spec.min, spec.max);
  if (low > high) [low, high] = [high, low];
  if (!(high > low)) {
    const step = (spec.max - spec.min) / 10;
    low = clamp(tidy(value - step), spec.min, spec.max);
    high = clamp(tidy(value + step), spec.min, spec.max);
  }
  return { dist: 'uniform', low, high };
}

/**
 * The same uncertainty as another kind of distribution: the bounds are kept,
 * the centre (mode, mean, median) is the parameter's value inside them, and
 * the spread is a quarter of the width (of the log's width for a log-normal,
 * whose bounds must be above 0: a lower bound at or below 0 is moved to a
 * tenth of the upper one).
 */
export function asKind(d: Distribution, kind: DistributionKind, value: number): Distribution {
  const { low, high } = d;
  const centre = tidy(clamp(value, low, high));
  switch (kind) {
    case 'uniform':
      return { dist: 'uniform', low, high };
    case 'triangular':
      return { dist: 'triangular', low, mode: centre, high };
    case 'normal':
      return { dist: 'normal', mean: centre, sd: tidy((high - low) / 4), low, high };
    case 'lognormal': {
      const positiveLow = low > 0 ? low : tidy(high / 10);
      const median = centre > positiveLow ? centre : tidy(Math.sqrt(positiveLow * high));
      return { dist: 'lognormal', median, sigma: tidy(Math.log(high / positiveLow) / 4), low: positiveLow, high };
    }
  }
}

/** A distribution from its kind and settings (in model units); missing settings are NaN, which the validator reports. */
export function distributionOf(kind: DistributionKind, values: Partial<Record<DistributionField, number>>): Distribution {
  const v = (f: DistributionField) => values[f] ?? NaN;
  switch (kind) {
    case 'uniform':
      return { dist: 'uniform', low: v('low'), high: v('high') };
    case 'triangular':
      return { dist: 'triangular', low: v('low'), mode: v('mode'), high: v('high') };
    case 'normal':
      return { dist: 'normal', mean: v('mean'), sd: v('sd'), low: v('low'), high: v('high') };
    case 'lognormal':
      return { dist: 'lognormal', median: v('median'), sigma: v('sigma'), low: v('low'), high: v('high') };
  }
}

/** The value of one setting of a distribution (undefined if it has no such setting). */
export const settingOf = (d: Distribution, field: DistributionField): number | undefined => (d as unknown as Record<string, number>)[field];
