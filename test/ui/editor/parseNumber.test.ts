/**
 * What a person types into a number field: thousands marked as the app marks
 * them (international or lakh and crore), Urdu's and Arabic's digits, a minus
 * sign copied from the page. A decimal comma ("80,5") had been read as 805:
 * it is refused, with a message that says why. Fails if either comes back.
 */
import { describe, expect, it } from 'vitest';
import { notNumberMessage, parseNumber } from '../../../src/ui/editor/NumberField';
import { resources } from '../../../src/i18n/resources';

describe('parseNumber', () => {
  it('reads plain numbers, decimals, signs and exponents', () => {
    expect(['80', '80.5', '-5', '+5', '.5', '-.5', '5.', ' 80 ', '1e9', '2.5E-3'].map(parseNumber)).toEqual([80, 80.5, -5, 5, 0.5, -0.5, 5, 80, 1e9, 0.0025]);
  });

  it('reads thousands marked with commas or spaces, in millions or in lakh and crore', () => {
    expect(['1,000', '1,000,000', '20,190,327', '1 000', '1,00,000', '12,34,567', '1,000.5'].map(parseNumber)).toEqual([1000, 1e6, 20190327, 1000, 1e5, 1234567, 1000.5]);
  });

  it('refuses a comma or space anywhere else: a decimal comma is not a number, not ten times one', () => {
    expect(['80,5', '80,50', '1,0000', '8 0', '1,000,00', ',5', '80,', '1,2,3'].map(parseNumber)).toEqual(Array(8).fill(null));
  });

  it('reads digits typed on an Urdu or Arabic keyboard, and a number copied from the Urdu page', () => {
    expect(parseNumber('۹۰')).toBe(90);
    expect(parseNumber('٩٠٫٥')).toBe(90.5);
    expect(parseNumber('١٬٠٠٠')).toBe(1000);
    expect(parseNumber('\u200E\u22125.5')).toBe(-5.5);
    // Urdu's own full stop and comma keys, and a no-break space between thousands; a space after the sign.
    expect(parseNumber('۸۰۔۵')).toBe(80.5);
    expect(parseNumber('۱،۰۰۰')).toBe(1000);
    expect(parseNumber('1\u00A0000')).toBe(1000);
    expect(parseNumber('- 5')).toBe(-5);
  });

  it('refuses what is empty or not a number at all', () => {
    expect(['', ' ', '.', 'e9', 'abc', '5abc', '--5', '5-'].map(parseNumber)).toEqual(Array(8).fill(null));
  });

  it('says a comma where a decimal point was meant is the problem', () => {
    expect(notNumberMessage('80,5')).toBe(resources.en.editor.field.decimalComma);
    expect(notNumberMessage('1,0000')).toBe(resources.en.editor.field.decimalComma);
    expect(notNumberMessage('abc')).toBe(resources.en.editor.field.enterNumber);
    // Typed in Urdu's digits and comma too; a mistake in grouping thousands is not taken for a decimal comma.
    expect(notNumberMessage('۸۰,۵')).toBe(resources.en.editor.field.decimalComma);
    expect(notNumberMessage('۸۰،۵')).toBe(resources.en.editor.field.decimalComma);
    expect(notNumberMessage('1,000,00')).toBe(resources.en.editor.field.enterNumber);
  });
});
