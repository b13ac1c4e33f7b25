/**
 * Number formatting for people: at most three significant digits, with units
 * spelled out. Null (undefined, e.g. cost per exit with no exits) shows as "–".
 *
 * Language and scale come from i18n/numbers: English writes "Rs 120 bn",
 * "1.23 m", "25.3k"; on the lakh–crore scale "Rs 120 bn" (an arab), "Rs 2.5 crore", "12.3 lakh";
 * Urdu writes the unit words after the number ("120 ارب روپے"), with Intl's
 * ur-PK digits and separators. In Urdu a signed number's sign and digits are
 * one left-to-right isolate (signed), so that right-to-left text keeps the
 * sign in front of the digits rather than after them.
 */
import { i18n } from '../i18n/index';
import { intlLocale, numberSettings } from '../i18n/numbers';
import { ltrRun } from '../i18n/bidi';

const LRM = '\u200E';

/**
 * One Intl.NumberFormat per locale and options, kept: toLocaleString builds
 * a new formatter on every call, which measured over 100 ms of a page's
 * first second when charts, tables and axes format their numbers.
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale();
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

const SIG3 = [0, 1, 2].map((digits) => ({ maximumFractionDigits: digits, minimumFractionDigits: 0, maximumSignificantDigits: 3 }));

const sig3 = (x: number): string => {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  return numberFormat(SIG3[abs >= 100 ? 0 : abs >= 10 ? 1 : 2]).format(x);
};

/** A plain number in the current language's digits and grouping: 20000 → "20,000". */
export function formatPlain(x: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(x);
}

/**
 * `text` (a number as formatPlain writes it) with its leading hyphen-minus typeset as the minus sign the app uses
 * elsewhere ("−0.2"). Urdu's formatter puts a left-to-right mark before the hyphen, and it is kept: the editor writes
 * such numbers as typed, and its units put a percent sign straight after them ("بجٹ کا ‎−5%"), which a closed isolate
 * (signed) would have left on the wrong side of the digits.
 */
export function withMinus(text: string): string {
  const minus = /^\u200E?-/.exec(text);
  if (!minus) return text;
  const digits = text.slice(minus[0].length);
  return numberSettings().language === 'ur' ? `${LRM}\u2212${digits}` : `\u2212${digits}`;
}

/**
 * A sign ('−', '+' or '') before `digits` ("57.8 ہزار", "6.9%"), in the current language. In Urdu the sign and the
 * number it belongs to (up to the first space: its unit word stays outside, on its left) are one left-to-right
 * isolate. A left-to-right mark before the sign, as this wrote it before, kept the sign in front only where the
 * text's direction was set from outside: text that takes its direction from its first strong letter (a <bdi>, an
 * isolate, dir="auto") found the mark and was laid out left to right, its unit word on the right of the digits
 * ("‎−5 مہینے"); an isolate is skipped there. Every signed number in charts, cards and tables is written here.
 */
export function signed(sign: string, digits: string): string {
  if (!sign || numberSettings().language !== 'ur') return `${sign}${digits}`;
  const number = /^\S*/.exec(digits)![0];
  return `${ltrRun(`${sign}${number}`)}${digits.slice(number.length)}`;
}

type UnitWord = 'thousand' | 'million' | 'billion' | 'lakh' | 'crore' | 'arab';

/** A number with its scale word: "25.3k" has no space (English's k), every other word one. */
function withUnit(digits: string, unit: UnitWord): string {
  const word = i18n.t(`common:units.${unit}`);
  return word === 'k' ? `${digits}${word}` : `${digits} ${word}`;
}

/** The scale word for a non-negative amount, what it stands for (`per`), and the amount in it; null below the smallest named unit. */
function scaleOf(abs: number, smallest: 'thousand' | 'none'): { value: number; unit: UnitWord; per: number } | null {
  const scale = (per: number, unit: UnitWord) => ({ value: abs / per, unit, per });
  if (numberSettings().scale === 'southAsian') {
    if (abs >= 1e9) return scale(1e9, 'arab');
    if (abs >= 1e7) return scale(1e7, 'crore');
    if (abs >= 1e5) return scale(1e5, 'lakh');
    return null;
  }
  if (abs >= 1e9) return scale(1e9, 'billion');
  if (abs >= 1e6) return scale(1e6, 'million');
  if (abs >= 1e4 && smallest === 'thousand') return scale(1e3, 'thousand');
  return null;
}

/**
 * On the lakh–crore scale a number is written as its readers write it, each in its own word: below a lakh in full
 * ("78,700", "Rs 35,800"), then in lakh, crore or arab. A column's or an interval's shared scale word, as below, had
 * made "0.787 lakh (0.536 lakh–1.06 lakh)" and "Rs 0.42 crore" beside the headline's "Rs 41.9 lakh": no official
 * writes a fraction of a lakh.
 */
const eachInOwnWord = (): boolean => numberSettings().scale === 'southAsian';

/** The largest magnitude among the finite values (0 if none). */
function largestOf(values: Iterable<number | null | undefined>): number {
  let m = 0;
  for (const x of values) if (typeof x === 'number' && Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m;
}

/**
 * The digits of a column's numbers in one scale: as many decimals for each as the largest needs for three
 * significant digits (63.2 → 1, so 61 is "61.0"), so the column's digits line up and a dropped zero does not make
 * one look rounder than the rest; `extra` more where values that differ must read apart (distinctFormat). `sign`
 * ('−', '+' or '') goes before the digits.
 */
function fixedDigits(largestScaled: number, extra = 0): (abs: number, sign: string, suffix?: string) => string {
  const digits = (largestScaled >= 99.95 ? 0 : largestScaled >= 9.995 ? 1 : 2) + extra;
  const f = numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits });
  const step = f.format(10 ** -digits);
  // Nothing is written as a zero it is not, nor with more decimals than the column's ("0.0284k" of 28 households
  // beside "9.6k"): a number too small for the column's decimals is said to be below its smallest step, "<0.1k"
  // (">−0.1k" when negative), as statistical tables write it.
  // `suffix` ("%") goes inside a sign's isolate, with its digits: after it, right-to-left text set it on their left.
  return (abs, sign, suffix = '') => {
    if (abs !== 0 && Number(abs.toFixed(digits)) === 0) return sign === '−' ? `>${signed(sign, step + suffix)}` : `<${signed(sign, step + suffix)}`;
    return signed(sign, f.format(abs) + suffix);
  };
}

/**
 * A zero in a column of scaled numbers: "0", not "0k" or "0 m" (a frontier row at Rs 0 read "0k | 0k | 0k"), as
 * the one-number formatters write it.
 */
const ZERO = '0';

/**
 * Counts read down a table's column (or across columns compared with each other): every one in the scale word of
 * the largest, with its decimals (fixedDigits), so "10k" does not sit above "9,070" and "61k" above "63.2k"
 * ("10.0k", "9.1k"; "61.0k", "63.2k"). With no scale word for the largest, as formatCount. `signs`: "+" before a
 * gain, as formatSignedCount.
 */
export function countsLike(values: Iterable<number | null | undefined>, signs = false, extra = 0): Formatter {
  if (eachInOwnWord()) return signs ? formatSignedCount : formatCount;
  const scaled = scaleOf(largestOf(values), 'thousand');
  if (!scaled) return signs ? formatSignedCount : formatCount;
  const digits = fixedDigits(scaled.value, extra);
  return (x) => {
    if (x === null || x === undefined || !Number.isFinite(x)) return '–';
    if (x === 0) return ZERO;
    const sign = x < 0 ? '−' : signs && x > 0 ? '+' : '';
    return withUnit(digits(Math.abs(x) / scaled.per, sign), scaled.unit);
  };
}

/** Rupees read down a table's column, as countsLike: "Rs 1.50 m" above "Rs 0.30 m", not "Rs 300,000". */
export function rupeesLike(values: Iterable<number | null | undefined>, extra = 0): Formatter {
  if (eachInOwnWord()) return formatPKR;
  const scaled = scaleOf(largestOf(values), 'none');
  if (!scaled) return formatPKR;
  const digits = fixedDigits(scaled.value, extra);
  return (x) => {
    if (x === null || x === undefined || !Number.isFinite(x)) return '–';
    if (x === 0) return formatPKR(0);
    const text = withUnit(digits(Math.abs(x) / scaled.per, ''), scaled.unit);
    // English writes the sign before "Rs" ("−Rs 0.05 m"), so a too-small amount's "<" goes before both: ">−Rs 0.01 m".
    if (text.startsWith('<')) return x < 0 ? `>${rupees('−', text.slice(1))}` : `<${rupees('', text.slice(1))}`;
    return rupees(x < 0 ? '−' : '', text);
  };
}

/** Counts whole, with no scale word: "30,028", "+28"; the finest a count of households is written. */
export function wholeCounts(signs = false): Formatter {
  return (x) => {
    if (x === null || x === undefined || !Number.isFinite(x)) return '–';
    const whole = Math.round(x);
    return signed(whole < 0 ? '−' : signs && whole > 0 ? '+' : '', formatPlain(Math.abs(whole)));
  };
}

/** Rupees whole, with no scale word: "Rs 531,412"; the finest an amount is written. */
export function wholeRupees(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const whole = Math.round(x);
  return rupees(whole < 0 ? '−' : '', formatPlain(Math.abs(whole)));
}

/**
 * Shares read against each other as percentages with one number of decimals, the largest's for three significant
 * digits and `extra` more ("21.44%" beside "21.37%", where formatShare writes both "21.4%"); `points`: a paired
 * difference, in signed percentage points, as formatPoints.
 */
export function sharesLike(values: Iterable<number | null | undefined>, points = false, extra = 0): Formatter {
  const digits = fixedDigits(largestOf(values) * 100, extra);
  return (x) => {
    if (x === null || x === undefined || !Number.isFinite(x)) return '–';
    if (points) return `${digits(Math.abs(x * 100), x < 0 ? '−' : x > 0 ? '+' : '')} ${i18n.t('common:units.points')}`;
    const text = digits(Math.abs(x * 100), x < 0 ? '−' : '', '%');
    return numberSettings().language === 'ur' ? `${LRM}${text}` : text;
  };
}

/**
 * The first of `formats` (coarsest first) that writes apart the most pairs of values that differ within a group (a
 * table's row: the outcome at a parameter's low value, the base and at its high value; an axis's ticks): the
 * coarsest that writes them all apart when one does, and no finer one than helps when none does (a part of a
 * household apart). A tornado's share outcomes had read "21.4% | 21.4%" on every row for 0.21435 and 0.21368:
 * which way a parameter moves the outcome could not be seen.
 */
export function distinctFormat(formats: readonly Formatter[], groups: readonly (readonly (number | null | undefined)[])[]): Formatter {
  // Values a rounding error apart (sums of the same numbers in another order) are the same value.
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  const apart = (f: Formatter) => {
    let n = 0;
    for (const group of groups) {
      const finite = group.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
      for (let i = 0; i < finite.length; i++)
        for (let j = i + 1; j < finite.length; j++) if (!same(finite[i]!, finite[j]!) && f(finite[i]!) !== f(finite[j]!)) n++;
    }
    return n;
  };
  let best = formats[0]!;
  let most = apart(best);
  for (const f of formats.slice(1)) {
    const n = apart(f);
    if (n > most) [best, most] = [f, n];
  }
  return best;
}

/**
 * The two ends of an interval in one scale word, the larger end's, each to three significant digits: "8.43k to
 * 16k", not "8,430 to 16k" (formatCount has no scale word below ten thousand). As a column (countsLike) but without
 * its aligned decimals: two numbers in a sentence, not digits read down a table. `signs`: "+" before a gain.
 */
export function countsInScaleOf(values: Iterable<number | null | undefined>, signs = false): Formatter {
  const plain = signs ? formatSignedCount : formatCount;
  if (eachInOwnWord()) return plain;
  const scaled = scaleOf(largestOf(values), 'thousand');
  if (!scaled) return plain;
  return (x) => {
    if (x === null || x === undefined || !Number.isFinite(x)) return '–';
    if (x === 0) return ZERO;
    // An end under a tenth of the scale word's unit as it is ("from 20 more to 302k fewer"): "0.02k", "−0.0138k" read badly.
    if (Math.abs(x) < scaled.per / 10) return plain(x);
    const sign = x < 0 ? '−' : signs && x > 0 ? '+' : '';
    return signed(sign, withUnit(sig3(Math.abs(x) / scaled.per), scaled.unit));
  };
}

/** Rupees at an interval's two ends in the larger end's scale word, as countsInScaleOf: "Rs 0.36 m to Rs 1.2 m". */
export function rupeesInScaleOf(values: Iterable<number | null | undefined>): Formatter {
  if (eachInOwnWord()) return formatPKR;
  const scaled = scaleOf(largestOf(values), 'none');
  if (!scaled) return formatPKR;
  return (x) => {
    if (x === null || x === undefined || !Number.isFinite(x)) return '–';
    if (x === 0) return formatPKR(0);
    return rupees(x < 0 ? '−' : '', withUnit(sig3(Math.abs(x) / scaled.per), scaled.unit));
  };
}

/** 1234567 → "1.23 m", 850 → "850", 25300 → "25.3k" (lakh–crore: "12.3 lakh", "25,300"). */
export function formatCount(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const sign = x < 0 ? '−' : '';
  const abs = Math.abs(x);
  const scaled = scaleOf(abs, 'thousand');
  if (scaled) return signed(sign, withUnit(sig3(scaled.value), scaled.unit));
  const whole = Math.round(abs);
  return signed(sign, abs >= 1e4 ? formatPlain(whole, { maximumSignificantDigits: 3 }) : sig3(whole));
}

/** Rupees around already formatted digits (with their sign, which English puts before "Rs"). */
function rupees(sign: string, amount: string): string {
  if (numberSettings().language === 'en') return `${sign}${i18n.t('common:units.rupees', { amount })}`;
  return i18n.t('common:units.rupees', { amount: signed(sign, amount) });
}

/** Rupees: 1.2e11 → "Rs 120 bn", 2.5e7 → "Rs 25 m", 35800 → "Rs 35,800" (lakh–crore: "Rs 120 bn", an arab in English, and "Rs 2.5 crore"). */
export function formatPKR(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const sign = x < 0 ? '−' : '';
  const abs = Math.abs(x);
  const scaled = scaleOf(abs, 'none');
  if (scaled) return rupees(sign, withUnit(sig3(scaled.value), scaled.unit));
  if (abs >= 1e4) return rupees(sign, formatPlain(Math.round(abs), { maximumSignificantDigits: 3 }));
  return rupees(sign, formatPlain(Math.round(abs)));
}

/**
 * Rupees to three significant digits at every size: 5408 → "Rs 5,410"
 * (monthly consumption per adult-equivalent). formatPKR keeps amounts under
 * Rs 10,000 whole, because some are quoted as published (the poverty line).
 */
export function formatPKRRounded(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 1e4) return formatPKR(x);
  const sign = x < 0 ? '−' : '';
  return rupees(sign, formatPlain(Number(Math.abs(x).toPrecision(3))));
}

/** A plain number to three significant digits: 6.765 → "6.77". */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return signed(x < 0 ? '−' : '', sig3(Math.abs(x)));
}

/**
 * Shares in [0, 1] as percentages: 0.2191 → "21.9%". In Urdu it starts with a left-to-right mark: digits that follow
 * Arabic letters are otherwise taken for Arabic numbers, and the bidi algorithm sets the % sign on their left
 * ("90% وقفہ %0.931–%2.52").
 */
export function formatShare(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const text = `${sig3(x * 100)}%`;
  return numberSettings().language === 'ur' ? `${LRM}${text}` : text;
}

/** Change in a share, in percentage points: −0.0123 → "−1.23 pts". */
export function formatPoints(x: number | null | undefined): string {
  return points(x, true);
}

/**
 * A distance between shares in percentage points, without the "+" of a rise (a spread is never negative, and a "+"
 * would read as a rise): 0.0123 → "1.23 pts". A negative value keeps its "−".
 */
export function formatPointsUnsigned(x: number | null | undefined): string {
  return points(x, false);
}

/** formatPoints and formatPointsUnsigned: `plus`, whether a positive value is written "+". */
function points(x: number | null | undefined, plus: boolean): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = sig3(Math.abs(x * 100));
  return signed(x < 0 ? '−' : x > 0 && plus ? '+' : '', `${s} ${i18n.t('common:units.points')}`);
}

/**
 * A relative change (ratio − 1) as a signed percentage with one decimal
 * below 100% (so a column of them lines up) and three significant digits
 * at most: 0.0693 → "+6.9%", 0.04 → "+4.0%", −0.1426 → "−14.3%",
 * 2.4567 → "+246%". Exactly 0 reads "0%"; a change that rounds to zero, "0.0%".
 */
export function formatChange(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (x === 0) return '0%';
  const pct = Math.abs(x) * 100;
  const text = pct < 99.95 ? pct.toFixed(1) : formatPlain(Number(pct.toPrecision(3)));
  return signed(text === '0.0' ? '' : x < 0 ? '−' : '+', `${text}%`);
}

/** A signed count: +1.2 m / −340k. */
export function formatSignedCount(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return signed(x > 0 ? '+' : x < 0 ? '−' : '', formatCount(Math.abs(x)));
}

export type Formatter = (x: number | null | undefined) => string;
