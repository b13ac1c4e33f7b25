// @vitest-environment node
/**
 * A number and its unit as the levers' help, the assumptions table, the
 * printed report and the scenario changes write them (one function for all).
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_SPEC } from '../../../src/engine/index';
import { defaultText, logChangeText, rangeText, rangeWithUnit, recordText, withUnit } from '../../../src/ui/editor/display';


describe('withUnit', () => {
  it('puts the rupee sign before the number, as English writes money, and keeps the rest of the unit after it', () => {
    expect(withUnit('80', 'Rs bn / year')).toBe('Rs 80 bn / year');
    expect(withUnit('75,000', 'Rs')).toBe('Rs 75,000');
    expect(withUnit('2,000', 'Rs / household / month')).toBe('Rs 2,000 / household / month');
    expect(withUnit('80, 100, 120', 'Rs bn / year')).toBe('Rs 80, 100, 120 bn / year');
  });

  it('sets a percentage sign against its number, other units after a space, and one month in the singular', () => {
    expect(withUnit('50', '% of budget')).toBe('50% of budget');
    expect(withUnit('90', '%')).toBe('90%');
    expect(withUnit('36', 'months')).toBe('36 months');
    expect(withUnit('1', 'months')).toBe('1 month');
    expect(withUnit('1', 'month')).toBe('1 month');
    expect(withUnit('1', 'years')).toBe('1 year');
    // Urdu's plural month takes the singular too; its invariant words stay.
    expect(withUnit('1', 'مہینے')).toBe('1 مہینہ');
    expect(withUnit('3', 'مہینے')).toBe('3 مہینے');
    expect(withUnit('1', 'ماہ کی آمدنی')).toBe('1 ماہ کی آمدنی');
    expect(withUnit('1', 'months of income')).toBe('1 month of income');
    expect(withUnit('7', '')).toBe('7');
  });

  it('writes a record of shares with a sign on each share, and other units once at the end', () => {
    expect(recordText({ punjab: 0.45, sindh: 0.25 }, SCENARIO_SPEC.budget.customRegionShares)).toBe('Punjab 45%; Sindh 25%');
    // A negative part is written with the minus sign the app uses elsewhere, not a hyphen.
    expect(recordText({ smallFarmer: -0.1, salaried: 0.2 }, SCENARIO_SPEC.income.livelihoodOffset)).toMatch(/ \u22120\.1; .* 0\.2 log income$/);
  });

  it('puts the number in the percent sign\u2019s place when the unit names what it is a share of first, as Urdu\u2019s do', () => {
    expect(withUnit('70', 'نقصان کا %')).toBe('نقصان کا 70%');
    expect(withUnit('2', 'اصل زر کا % فی مہینہ')).toBe('اصل زر کا 2% فی مہینہ');
    expect(withUnit('5', '% سالانہ')).toBe('5% سالانہ');
    const to = (a: string, b: string) => `${a} تا ${b}`;
    expect(rangeWithUnit('0', '100', 'نقصان کا %', to)).toBe('نقصان کا 0% تا 100%');
    expect(rangeWithUnit('0', '100', '% of budget', (a, b) => `${a} to ${b}`)).toBe('0% to 100% of budget');
  });

  it('says a range\'s unit once', () => {
    const to = (a: string, b: string) => `${a} to ${b}`;
    expect(rangeWithUnit('1,500', '2,500', 'Rs / household / month', to)).toBe('Rs 1,500 to 2,500 / household / month');
    expect(rangeWithUnit('72', '100', '%', to)).toBe('72% to 100%');
    expect(rangeWithUnit('24', '48', 'months', to)).toBe('24 to 48 months');
  });

  it('is how the specs\' defaults and ranges read', () => {
    expect(defaultText(SCENARIO_SPEC.budget.annualBn)).toBe('Rs 80, 100, 120 bn / year');
    expect(rangeText(SCENARIO_SPEC.budget.annualBn)).toBe('Rs 0 to 2,000 bn / year');
    expect(defaultText(SCENARIO_SPEC.microfinance.graceMonths)).toBe('1 month');
  });
});

describe('logChangeText: a change in log income as what it does to income', () => {
  it('a fall of 0.25 multiplies income by e^−0.25, a rise of 0.3 by e^0.3', () => {
    expect(logChangeText('fall', 0.25)).toBe('income × 0.78, −22.1%');
    expect(logChangeText('rise', 0.3)).toBe('income × 1.35, +35.0%');
    expect(logChangeText('fall', 0)).toBe('income × 1, 0%');
  });
  it('every number parameter in log income says its direction, so none is left in logs alone', () => {
    const inLogs = Object.entries(SCENARIO_SPEC).flatMap(([group, specs]) =>
      Object.entries(specs as Record<string, { kind: string; unit: string; logChange?: string }>).filter(([, s]) => s.kind === 'number' && s.unit === 'log income').map(([key, s]) => [`${group}.${key}`, s.logChange]),
    );
    expect(inLogs.length).toBeGreaterThanOrEqual(6);
    for (const [path, direction] of inLogs) expect({ path, direction }).toEqual({ path, direction: expect.stringMatching(/^(rise|fall)$/) });
    expect(Object.fromEntries(inLogs)).toMatchObject({ 'shocks.healthLoss': 'fall', 'training.wageGain': 'rise' });
  });
});
