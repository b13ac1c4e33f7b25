/**
 * formatPointsUnsigned: a spread between shares in percentage points, as formatPoints writes them but without the
 * "+" of a rise (a tornado table's spread column, which had its own copy of the "points" wording). Fails if the
 * formatter goes or its words part from formatPoints'.
 */
import { describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { formatPoints, formatPointsUnsigned } from '../../src/ui/format';

describe('formatPointsUnsigned(x)', () => {
  it('writes formatPoints\u2019 digits and word with no "+", keeps a "−", and a dash for no number', () => {
    expect(formatPointsUnsigned(0.00105)).toBe('0.105 pts');
    expect(formatPointsUnsigned(0.05)).toBe('5 pts');
    expect(formatPointsUnsigned(0)).toBe('0 pts');
    expect(formatPointsUnsigned(-0.0123)).toBe(formatPoints(-0.0123));
    expect(formatPointsUnsigned(0.0123)).toBe(formatPoints(0.0123).replace('+', ''));
    for (const x of [null, undefined, NaN, Infinity]) expect(formatPointsUnsigned(x)).toBe('–');
  });

  it('in Urdu, with the catalogue\u2019s word', () => {
    applyLocale('ur', 'international', undefined);
    try {
      expect(formatPointsUnsigned(0.0123)).toBe('1.23 پوائنٹس');
      expect(formatPointsUnsigned(-0.0123)).toBe(formatPoints(-0.0123));
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});
