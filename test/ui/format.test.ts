// @vitest-environment node
import { afterEach, describe, expect, it, test } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { countsInScaleOf, countsLike, formatChange, formatCount, formatNumber, formatPKR, formatPKRRounded, formatPlain, formatPoints, formatShare, formatSignedCount, rupeesInScaleOf, rupeesLike, withMinus } from '../../src/ui/format';

describe('number formatting: at most three significant digits, with units', () => {
  it('formatCount(x) scales to k, m and bn', () => {
    expect(formatCount(850)).toBe('850');
    expect(formatCount(25300)).toBe('25.3k');
    expect(formatCount(151234)).toBe('151k');
    expect(formatCount(1234567)).toBe('1.23 m');
    expect(formatCount(8_280_000)).toBe('8.28 m');
    expect(formatCount(3.9e10)).toBe('39 bn');
  });

  it('formatPKR(x) writes rupees with bn and m', () => {
    expect(formatPKR(1.2e11)).toBe('Rs 120 bn');
    expect(formatPKR(2.5e7)).toBe('Rs 25 m');
    expect(formatPKR(35_800)).toBe('Rs 35,800');
    expect(formatPKR(1_523_456)).toBe('Rs 1.52 m');
    expect(formatPKR(-4e9)).toBe('−Rs 4 bn');
  });

  it('formatPKRRounded(x) keeps three significant digits below Rs 10,000 too', () => {
    expect(formatPKRRounded(5408.2)).toBe('Rs 5,410');
    expect(formatPKRRounded(812.6)).toBe('Rs 813');
    expect(formatPKRRounded(-4_133)).toBe('−Rs 4,130');
    expect(formatPKRRounded(35_812)).toBe('Rs 35,800');
    expect(formatPKRRounded(2.5e7)).toBe('Rs 25 m');
  });

  it('formatNumber and formatChange', () => {
    expect(formatNumber(6.765)).toBe('6.77');
    expect(formatNumber(12.34)).toBe('12.3');
    expect(formatChange(0.0693)).toBe('+6.9%');
    expect(formatChange(-0.14258)).toBe('−14.3%');
    expect(formatChange(0.04)).toBe('+4.0%');
    expect(formatChange(0.00087)).toBe('+0.1%');
    expect(formatChange(2.4567)).toBe('+246%');
    expect(formatChange(12.3456)).toBe('+1,230%');
    expect(formatChange(-0.0004)).toBe('0.0%');
    expect(formatChange(0)).toBe('0%');
  });

  it('formatShare and formatPoints', () => {
    expect(formatShare(0.2191)).toBe('21.9%');
    expect(formatShare(0.01234)).toBe('1.23%');
    expect(formatPoints(-0.0123)).toBe('−1.23 pts');
    expect(formatPoints(0.04)).toBe('+4 pts');
  });

  it('shows undefined values as a dash, and signs counts', () => {
    for (const f of [formatCount, formatPKR, formatPKRRounded, formatNumber, formatShare, formatPoints, formatChange, formatSignedCount]) {
      expect(f(null)).toBe('–');
      expect(f(undefined)).toBe('–');
      expect(f(NaN)).toBe('–');
    }
    expect(formatSignedCount(-340_000)).toBe('−340k');
    expect(formatSignedCount(1_200_000)).toBe('+1.2 m');
  });
});

describe('a column of numbers in one scale word: countsLike and rupeesLike', () => {
  afterEach(() => applyLocale('en', 'international', undefined));

  it('every count in the scale word of the largest, with its decimals: not "10k" above "9,070", nor "61k" above "63.2k"', () => {
    const f = countsLike([10_011, 9_070, 950, -2_300, NaN]);
    expect([10_011, 9_070, 950, -2_300, 0].map(f)).toEqual(['10.0k', '9.1k', '1.0k', '−2.3k', '0']);
    expect(f(null)).toBe('–');
    expect([61_023, 63_200].map(countsLike([61_023, 63_200]))).toEqual(['61.0k', '63.2k']);
    expect([151_234, 8_000].map(countsLike([151_234, 8_000]))).toEqual(['151k', '8k']);
    const signs = countsLike([1_200_000, -340_000], true);
    expect([1_200_000, -340_000, 0].map(signs)).toEqual(['+1.20 m', '−0.34 m', '0']);
    // A number too small for the column's decimals is not written as a zero it is not (nor as "+0.00 m"), nor with
    // more decimals than the column's ("+0.0042 m"): it is below the column's smallest step.
    expect([4_200, 300, -300].map(signs)).toEqual(['<+0.01 m', '<+0.01 m', '>−0.01 m']);
  });

  it('zero is "0", not "0k" (a frontier row at Rs 0 read "0k | 0k | 0k"); rupees "Rs 0"', () => {
    expect(countsLike([16_000, 0])(0)).toBe('0');
    expect(countsLike([16_000], true)(0)).toBe('0');
    expect(rupeesLike([2e6])(0)).toBe('Rs 0');
  });

  it('a small number in a column of thousands keeps the column\'s decimals: "<0.1k" under "9.6k", not "0.0284k"', () => {
    const f = countsLike([12_000, 9_600, 28.4, 0]);
    expect([12_000, 9_600, 1_300, 28.4, 0].map(f)).toEqual(['12.0k', '9.6k', '1.3k', '<0.1k', '0']);
    expect(f(-28.4)).toBe('>−0.1k');
    expect(rupeesLike([1_500_000])(2_000)).toBe('<Rs 0.01 m');
    expect(rupeesLike([1_500_000])(-2_000)).toBe('>−Rs 0.01 m');
    applyLocale('ur', 'international', undefined);
    const u = countsLike([12_000, 9_600, 28.4, 0]);
    expect([9_600, 28.4, 0].map(u)).toEqual(['9.6 ہزار', '<0.1 ہزار', '0']);
  });

  it('with no scale word for the largest, as the one-number formatters', () => {
    expect(countsLike([8_840, 950])(8_840)).toBe(formatCount(8_840));
    expect(countsLike([8_840], true)(8_840)).toBe('+8,840');
    expect(rupeesLike([35_800, 900])(35_800)).toBe('Rs 35,800');
  });

  it('rupees: "Rs 0.30 m" below "Rs 1.50 m", not "Rs 300,000"', () => {
    const f = rupeesLike([1_500_000, 300_000]);
    expect([1_500_000, 300_000, -45_000].map(f)).toEqual(['Rs 1.50 m', 'Rs 0.30 m', '−Rs 0.05 m']);
  });

  it('on the lakh–crore scale and in Urdu', () => {
    applyLocale('en', 'southAsian', undefined);
    // Each in its own word, as lakh–crore readers write numbers: 95,000 in full, not "0.95 lakh" (nor "1.0 lakh").
    expect([1_234_567, 95_000].map(countsLike([1_234_567, 95_000]))).toEqual(['12.3 lakh', '95,000']);
    expect([4_190_000, 15_100_000].map(rupeesLike([4_190_000, 15_100_000]))).toEqual(['Rs 41.9 lakh', 'Rs 1.51 crore']);
    expect([78_700, 53_600, 106_000].map(countsInScaleOf([78_700, 53_600, 106_000]))).toEqual(['78,700', '53,600', '1.06 lakh']);
    expect(rupeesInScaleOf([980_000, 2_300_000])(980_000)).toBe('Rs 9.8 lakh');
    applyLocale('ur', 'international', undefined);
    expect([25_300, 8_840].map(countsLike([25_300, 8_840]))).toEqual(['25.3 ہزار', '8.8 ہزار']);
    expect(rupeesLike([2e6, 5e5])(-5e5)).toBe('\u2066−0.50\u2069 ملین روپے');
  });
});

describe('an interval\'s two ends in one scale word: countsInScaleOf and rupeesInScaleOf', () => {
  afterEach(() => applyLocale('en', 'international', undefined));

  it('"8.43k to 16k", not "8,430 to 16k": both ends in the larger end\'s scale word, three significant digits each', () => {
    const f = countsInScaleOf([8_430, 16_000]);
    expect([8_430, 16_000].map(f)).toEqual(['8.43k', '16k']);
    expect(countsInScaleOf([-2_100, 15_000], true)(-2_100)).toBe('−2.1k');
    expect(countsInScaleOf([500, 900])(500)).toBe(formatCount(500));
    expect(countsInScaleOf([0, 16_000])(0)).toBe('0');
    // An end under a tenth of the scale word's unit is written as it is: "20 to 302k", not "0.02k to 302k".
    expect([20, 302_000].map(countsInScaleOf([20, 302_000]))).toEqual(['20', '302k']);
    expect(countsInScaleOf([-13.8, 301_000], true)(-13.8)).toBe('−14');
    expect(countsInScaleOf([120, 302_000])(120)).toBe('0.12k');
    expect([360_000, 1_200_000].map(rupeesInScaleOf([360_000, 1_200_000]))).toEqual(['Rs 0.36 m', 'Rs 1.2 m']);
    applyLocale('ur', 'international', undefined);
    expect(countsInScaleOf([8_430, 16_000])(8_430)).toBe('8.43 ہزار');
  });
});

describe('formatting per language and scale', () => {
  afterEach(() => applyLocale('en', 'international', undefined));

  test('lakh and crore: rupees and counts on the South Asian scale', () => {
    applyLocale('en', 'southAsian', undefined);
    // A hundred crore in billions, as the generated names write budgets ("Rs 80 bn a year"; it was "Rs 120 arab").
    expect(formatPKR(1.2e11)).toBe('Rs 120 bn');
    expect(formatPKR(2.5e7)).toBe('Rs 2.5 crore');
    expect(formatPKR(350_000)).toBe('Rs 3.5 lakh');
    expect(formatPKR(35_800)).toBe('Rs 35,800');
    expect(formatCount(1_234_567)).toBe('12.3 lakh');
    expect(formatCount(25_300)).toBe('25,300');
    expect(formatSignedCount(-226_000)).toBe('−2.26 lakh');
  });

  test('Urdu: unit words after the number, rupees last, and a sign with its digits in a left-to-right isolate', () => {
    applyLocale('ur', 'international', undefined);
    expect(formatPKR(1.2e11)).toBe('120 ارب روپے');
    expect(formatCount(8_310_000)).toBe('8.31 ملین');
    expect(formatCount(25_300)).toBe('25.3 ہزار');
    expect(formatChange(-0.1426)).toBe('\u2066−14.3%\u2069');
    expect(formatPKR(-5e6)).toBe('\u2066−5\u2069 ملین روپے');
    expect(formatPoints(0.0123)).toBe('\u2066+1.23\u2069 پوائنٹس');
    // A share after Arabic letters keeps its % on the right of its digits: it starts left to right.
    expect(formatShare(0.219)).toBe('\u200E21.9%');
    // A plain number's hyphen becomes the same minus, its mark kept (the formatter writes "\u200E-0.2").
    expect(withMinus(formatPlain(-0.2))).toBe('\u200E\u22120.2');
    expect(withMinus(formatPlain(0.2))).toBe('0.2');
    applyLocale('ur', 'southAsian', undefined);
    expect(formatPKR(2.5e7)).toBe('2.5 کروڑ روپے');
    expect(formatCount(1_234_567)).toBe('12.3 لاکھ');
  });

  test('English on the international scale is unchanged by a round trip through Urdu', () => {
    applyLocale('ur', 'southAsian', undefined);
    applyLocale('en', 'international', undefined);
    expect(formatPKR(1.2e11)).toBe('Rs 120 bn');
    expect(formatCount(25_300)).toBe('25.3k');
    expect(formatChange(0.0693)).toBe('+6.9%');
  });
});
