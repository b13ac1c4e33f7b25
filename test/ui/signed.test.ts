/**
 * ui/format signed: in Urdu a signed number's sign and digits are one left-to-right isolate, its unit word outside,
 * so the sign stays in front of the digits in right-to-left text of every kind, and text that takes its direction
 * from its first strong letter is not turned left to right by it. English is as it was.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { isolate } from '../../src/i18n/bidi';
import { countsInScaleOf, formatChange, formatPKR, formatPoints, formatSignedCount, sharesLike, signed } from '../../src/ui/format';
import { intervalText } from '../../src/ui/charts/intervalText';
import { typedValue } from '../../src/ui/editor/display';

const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const LRM = '\u200E';

/**
 * The direction the bidi algorithm lays an isolate out in (rules P2–P3 for a first-strong one): its first strong
 * letter's, skipping the isolates inside it; left to right when it has none.
 */
function isolateDirection(text: string): 'ltr' | 'rtl' {
  if (text.startsWith(RLI)) return 'rtl';
  if (text.startsWith(LRI)) return 'ltr';
  expect(text.startsWith(FSI)).toBe(true);
  let depth = 0;
  for (const c of text.slice(1, -1)) {
    if (c === LRI || c === RLI || c === FSI) depth++;
    else if (c === PDI) depth--;
    else if (depth === 0 && /[A-Za-z\u200E]/.test(c)) return 'ltr';
    else if (depth === 0 && /[\u200F]|(?!\p{Nd})\p{Script=Arabic}/u.test(c)) return 'rtl';
  }
  return 'ltr';
}

afterEach(() => applyLocale('en', 'international', undefined));

describe('signed(sign, digits)', () => {
  // Catches the left-to-right mark the formatters wrote before a sign ("\u200E+57.8 ہزار"): no isolate.
  test('in Urdu puts the sign and its number, not its unit word, in one left-to-right isolate', () => {
    applyLocale('ur', 'international', undefined);
    expect(signed('+', '57.8 ہزار')).toBe(`${LRI}+57.8${PDI} ہزار`);
    expect(formatSignedCount(57_800)).toBe(`${LRI}+57.8${PDI} ہزار`);
    expect(formatSignedCount(-140_000)).toBe(`${LRI}−140${PDI} ہزار`);
    expect(formatChange(0.069)).toBe(`${LRI}+6.9%${PDI}`);
    expect(formatPoints(-0.0123)).toBe(`${LRI}−1.23${PDI} پوائنٹس`);
    expect(formatPKR(-5e6)).toBe(`${LRI}−5${PDI} ملین روپے`);
    expect(countsInScaleOf([-290_000, -120_000], true)(-120_000)).toBe(`${LRI}−120${PDI} ہزار`);
    expect(signed('', '57.8 ہزار')).toBe('57.8 ہزار');
    // No left-to-right mark is left outside the isolate for a <bdi> or dir="auto" to find.
    for (const text of [formatSignedCount(-140_000), formatChange(-0.1426), formatPKR(-5e6)]) expect(text).not.toContain(LRM);
  });

  // Catches the mark before the sign (no isolate), and a percent sign left after the isolate, where right-to-left
  // text laid it on the left of the digits ("%−4.5").
  test('in Urdu keeps a share\u2019s percent sign inside its isolate, with its digits', () => {
    applyLocale('ur', 'international', undefined);
    expect(sharesLike([0.045, 0.2])(-0.045)).toBe(`${LRM}${LRI}−4.5%${PDI}`);
    expect(sharesLike([0.045, 0.2])(0.045)).toBe(`${LRM}4.5%`);
    expect(sharesLike([0.0123], true)(0.0123)).toBe(`${LRI}+1.23${PDI} پوائنٹس`);
  });

  // Catches text that took its direction from the mark before a sign: "‎−140 ہزار کم" in a first-strong isolate was
  // laid out left to right, its unit word on the right of the digits.
  test('in Urdu leaves text that starts with a signed number right to left where it takes its direction from its first strong letter', () => {
    applyLocale('ur', 'international', undefined);
    expect(isolateDirection(isolate(`${formatSignedCount(-140_000)} کم`))).toBe('rtl');
    expect(isolateDirection(isolate(`${formatChange(-0.1426)} غربت`))).toBe('rtl');
  });

  test('in English writes the sign before the digits, with no marks, as it always did', () => {
    applyLocale('en', 'international', undefined);
    expect(formatSignedCount(57_800)).toBe('+57.8k');
    expect(formatSignedCount(-140_000)).toBe('−140k');
    expect(formatChange(-0.1426)).toBe('−14.3%');
    expect(formatPKR(-5e6)).toBe('−Rs 5 m');
    expect(sharesLike([0.045, 0.2])(-0.045)).toBe('−4.5%');
    expect(intervalText(-290_000, -120_000, formatSignedCount)).toBe('−290k to −120k');
  });

  test('in Urdu, an interval with signed ends is said with "تا", never a dash that reads as a sign', () => {
    applyLocale('ur', 'international', undefined);
    expect(intervalText(-0.075, -0.016, formatChange)).toBe(`${LRI}−7.5%${PDI} تا ${LRI}−1.6%${PDI}`);
    // A share's end leads with a mark as well as the isolate: it had been joined with a dash (review finding).
    const share = sharesLike([0.069, 0.067]);
    expect(intervalText(-0.069, -0.067, share)).toBe(`${share(-0.069)} تا ${share(-0.067)}`);
  });
});

describe('typedValue(x, unit)', () => {
  // Catches a negative value with an Urdu unit word in a first-strong isolate: its mark made it left to right, the
  // unit word on the right of the number ("−5 مہینے" read backwards in the sentence).
  test('in Urdu isolates a negative value right to left when its unit is an Urdu word, left to right when it has none', () => {
    applyLocale('ur', 'international', undefined);
    expect(isolateDirection(typedValue(-5, 'مہینے'))).toBe('rtl');
    expect(isolateDirection(typedValue(-5, '%'))).toBe('ltr');
    expect(typedValue(5, 'مہینے')).toBe('5 مہینے');
  });
});
