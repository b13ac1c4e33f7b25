// @vitest-environment node
/**
 * How the Sensitivity view writes an assumption's range: a change in log
 * income also says what it does to income, as the levers and the
 * assumptions table do. Fails if the factor's sign is flipped for a fall,
 * if another unit gets an income reading, or if Urdu loses its wording.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../src/i18n/index';
import { distributionText, incomeRange, paramValue, swingRange } from '../../../src/ui/views/sensitivity/text';

afterEach(() => applyLocale('en', 'international', undefined));

describe('the range of an assumption in log income', () => {
  it('says what a rise or a fall in log income does to income, under the tornado bar', () => {
    expect(swingRange('policy.training.wageGain', 0.1, 0.5)).toBe('0.1 log income to 0.5 log income; income × 1.11 to × 1.65');
    expect(swingRange('world.shocks.healthLoss', 0.1, 0.5)).toBe('0.1 log income to 0.5 log income; income × 0.9 to × 0.61');
    // Any other unit is left as it was.
    expect(swingRange('policy.training.durationMonths', 3, 12)).toBe('3 months to 12 months');
    expect(incomeRange('policy.cash.benefitPKR', 1000, 5000)).toBeNull();
  });

  it('gives each end its income change in the table, and the distribution its range of income', () => {
    expect(paramValue('world.shocks.healthLoss', 0.25, true)).toBe('0.25 log income (income × 0.78, −22.1%)');
    expect(paramValue('world.shocks.healthLoss', 0.25)).toBe('0.25 log income');
    expect(distributionText('policy.training.wageGain', { dist: 'triangular', low: 0.1, mode: 0.3, high: 0.5 })).toBe(
      'triangular from 0.1 log income to 0.5 log income, most likely 0.3 log income; income × 1.11 to × 1.65',
    );
  });

  it('in Urdu', () => {
    applyLocale('ur', 'international', undefined);
    const text = swingRange('world.shocks.healthLoss', 0.1, 0.5);
    expect(text).toContain('؛ آمدنی × 0.9 سے × 0.61 تک');
    expect(text).not.toMatch(/income|to/);
  });
});
