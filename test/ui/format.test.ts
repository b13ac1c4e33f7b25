// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCount, formatPKR, formatPoints, formatShare, formatSignedCount } from '../../src/ui/format';

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

  it('formatShare and formatPoints', () => {
    expect(formatShare(0.2191)).toBe('21.9%');
    expect(formatShare(0.01234)).toBe('1.23%');
    expect(formatPoints(-0.0123)).toBe('−1.23 pts');
    expect(formatPoints(0.04)).toBe('+4 pts');
  });

  it('shows undefined values as a dash, and signs counts', () => {
    for (const f of [formatCount, formatPKR, formatShare, formatPoints, formatSignedCount]) {
      expect(f(null)).toBe('–');
      expect(f(undefined)).toBe('–');
      expect(f(NaN)).toBe('–');
    }
    expect(formatSignedCount(-340_000)).toBe('−340k');
    expect(formatSignedCount(1_200_000)).toBe('+1.2 m');
  });
});
