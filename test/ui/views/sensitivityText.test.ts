// @vitest-environment node
/**
 * How the Sensitivity view writes an assumption's range: with its unit said
 * once, as the editor and the list of changes write a range (fails on the old
 * "0.55 probability to 0.9 probability", beside shares written "75% to
 * 100%"); a change in log income also says what it does to income, as the
 * levers and the assumptions table do. Fails if the factor's sign is flipped
 * for a fall, if another unit gets an income reading, or if Urdu loses its wording.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_UNCERTAINTY } from '../../../src/engine/scenario/defaultUncertainty';
import { uncertainSpec } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { rangeText } from '../../../src/ui/views/changeValues';
import { distributionText, incomeRange, outcomeAxisFormat, outcomeColumnFormat, paramRange, paramValue, swingRange } from '../../../src/ui/views/sensitivity/text';

afterEach(() => applyLocale('en', 'international', undefined));

describe('the range of an assumption in log income', () => {
  it('says what a rise or a fall in log income does to income, under the tornado bar', () => {
    expect(swingRange('policy.training.wageGain', 0.1, 0.5)).toBe('0.1 to 0.5 log income; income × 1.11 to × 1.65');
    expect(swingRange('world.shocks.healthLoss', 0.1, 0.5)).toBe('0.1 to 0.5 log income; income × 0.9 to × 0.61');
    // Any other unit is left as it was.
    expect(swingRange('policy.training.durationMonths', 3, 12)).toBe('3 to 12 months');
    expect(incomeRange('policy.cash.benefitPKR', 1000, 5000)).toBeNull();
  });

  it('gives each end its income change in the table, and the distribution its range of income', () => {
    expect(paramValue('world.shocks.healthLoss', 0.25, true)).toBe('0.25 log income (income × 0.78, −22.1%)');
    expect(paramValue('world.shocks.healthLoss', 0.25)).toBe('0.25 log income');
    expect(distributionText('policy.training.wageGain', { dist: 'triangular', low: 0.1, mode: 0.3, high: 0.5 })).toBe(
      'triangular from 0.1 to 0.5 log income, most likely 0.3 log income; income × 1.11 to × 1.65',
    );
  });

  it('in Urdu', () => {
    applyLocale('ur', 'international', undefined);
    const text = swingRange('world.shocks.healthLoss', 0.1, 0.5);
    expect(text).toContain('؛ آمدنی × 0.9 سے × 0.61 تک');
    expect(text).not.toMatch(/income|to/);
  });
});

describe('paramRange(path, low, high): a probability or a share as the editor writes it, the unit once', () => {
  it('writes a probability "0.55 to 0.9 probability", a share "75% to 100%", rupees with "Rs" before the range', () => {
    expect(distributionText('policy.microfinance.investSuccess', { dist: 'triangular', low: 0.55, mode: 0.75, high: 0.9 })).toBe(
      'triangular from 0.55 to 0.9 probability, most likely 0.75 probability',
    );
    expect(distributionText('policy.cash.takeUp', { dist: 'triangular', low: 0.75, mode: 0.9, high: 1 })).toBe('triangular from 75% to 100%, most likely 90%');
    expect(distributionText('policy.microfinance.repeatUptake', { dist: 'uniform', low: 0.3, high: 0.7 })).toBe('uniform from 30% to 70% / year');
    expect(swingRange('policy.microfinance.investSuccess', 0.609, 0.849)).toBe('0.609 to 0.849 probability');
    expect(swingRange('policy.cash.benefitPKR', 1500, 3500)).toBe('Rs 1,500 to 3,500 / household / month');
    expect(distributionText('world.shocks.healthAnnualProb', { dist: 'normal', mean: 0.1, sd: 0.05, low: 0.05, high: 0.2 })).toBe(
      'normal, mean 0.1 probability / year, standard deviation 0.05 probability / year, kept within 0.05 to 0.2 probability / year',
    );
  });

  it('is the range the list of changes writes for each default uncertain parameter (changeValues rangeText, the editor\'s rangeWithUnit)', () => {
    for (const [path, d] of Object.entries(DEFAULT_UNCERTAINTY)) expect(paramRange(path, d.low, d.high), path).toBe(rangeText(d.low, d.high, uncertainSpec(path)!));
  });

  it('in Urdu, says the unit once too', () => {
    applyLocale('ur', 'international', undefined);
    const probability = paramRange('policy.microfinance.investSuccess', 0.55, 0.9);
    expect(probability).toBe('0.55 سے 0.9 تک امکان');
    expect(paramRange('policy.cash.takeUp', 0.75, 1)).toBe('\u200E75% سے \u200E100% تک');
  });
});

// Bug: a tornado's share outcomes (and its axis ticks) were written to three significant digits whatever they were
// compared with: "21.4% | 21.4%" for 0.21447 and 0.21368, ticks 0.2136 … 0.2144 all "21.4%".
describe('outcomeColumnFormat and outcomeAxisFormat: values that differ read apart', () => {
  it('gives an axis\'s ticks the digits that tell them apart, and no more', () => {
    const ticks = [0.2136, 0.2138, 0.214, 0.2142, 0.2144];
    expect(ticks.map(outcomeAxisFormat('povertyHeadcountEnd', false, ticks))).toEqual(['21.36%', '21.38%', '21.40%', '21.42%', '21.44%']);
    expect([0.1, 0.2, 0.3].map(outcomeAxisFormat('povertyHeadcountEnd', false, [0.1, 0.2, 0.3]))).toEqual(['10%', '20%', '30%']);
    const counts = [30_000, 30_010, 30_020];
    expect(counts.map(outcomeAxisFormat('additionalSustainedExits', false, counts))).toEqual(['30.00k', '30.01k', '30.02k']);
  });

  // Bug: a tornado's count axis read "5,000 | 10k | 15k": each tick in its own scale word, where a column reads
  // down one (countsLike).
  it('writes an axis\'s ticks in one scale word, the largest tick\'s', () => {
    const ticks = [5_000, 10_000, 15_000, 20_000];
    expect(ticks.map(outcomeAxisFormat('additionalSustainedExits', false, ticks))).toEqual(['5.0k', '10.0k', '15.0k', '20.0k']);
    const signed = [-5_000, 0, 5_000, 10_000];
    expect(signed.map(outcomeAxisFormat('additionalSustainedExits', true, signed))).toEqual(['−5.0k', '0', '+5.0k', '+10.0k']);
  });

  it('writes a paired difference in points with the digits a row needs, and leaves rows that read apart alone', () => {
    const rows = [[-0.012351, -0.0123, -0.01239]];
    const f = outcomeColumnFormat('povertyHeadcountEnd', true, rows.flat(), rows);
    expect(rows[0]!.map(f)).toEqual(['−1.235 pts', '−1.230 pts', '−1.239 pts']);
    const apart = [[0.1, 0.2, 0.3]];
    expect(apart[0]!.map(outcomeColumnFormat('povertyHeadcountEnd', false, apart.flat(), apart))).toEqual(['10%', '20%', '30%']);
    // A rounding error apart is the same value: no extra digits for it.
    const same = [[0.214, 0.214 + 1e-15, 0.215]];
    expect(same[0]!.map(outcomeColumnFormat('povertyHeadcountEnd', false, same.flat(), same))).toEqual(['21.4%', '21.4%', '21.5%']);
  });

  it('writes rupees whole when a coarser scale would write a row\'s costs alike', () => {
    const rows = [[531_000, 531_412, 540_000]];
    expect(rows[0]!.map(outcomeColumnFormat('costPerSustainedExitPKR', false, rows.flat(), rows))).toEqual(['Rs 531,000', 'Rs 531,412', 'Rs 540,000']);
  });
});
