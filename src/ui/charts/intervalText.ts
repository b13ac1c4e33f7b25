/**
 * Intervals in words, with the shared formatters: "900k–1.5 m". When either
 * end carries a sign a dash would read as one, so "−290k to −120k", "+45k to +215k".
 */
import { i18n } from '../../i18n/index';
import { rupeesInScaleOf, type Formatter } from '../format';
import { numberSettings } from '../../i18n/numbers';
import { languageDir } from '../../i18n/languages';

/**
 * The formatter with its spaces made no-break: "Rs 3.02 m" stays on one line, so an interval of such amounts
 * breaks only after its dash (it broke as "Rs 3.02 m–Rs / 6.79 m" in a card and on a slide).
 */
export function unbroken(format: Formatter): Formatter {
  return (x) => format(x).replace(/ /g, '\u00a0');
}

/** An end that starts with a sign: in Urdu inside a left-to-right isolate (format's signed), after Intl's mark, or both (a share). */
const SIGNED = /^\u200E?\u2066?[+−-]/;

export function intervalText(low: number | null, high: number | null, format: Formatter): string {
  if (low === null || high === null) return '–';
  const [lo, hi] = [format(low), format(high)];
  // Ends apart that round to one text ("Rs 168 bn–Rs 168 bn" read as a misprint): said once, and said to be rounded.
  if (lo === hi && low !== high) return i18n.t('charts:interval.asRounded', { value: lo });
  return SIGNED.test(lo) || SIGNED.test(hi) ? i18n.t('charts:interval.range', { low: lo, high: hi }) : `${lo}${dash()}${hi}`;
}

/**
 * The dash between an interval's ends. Right to left, it is held right to left by a mark on either side, so the low
 * end is read first (on the right) whatever the ends hold: percentages, which carry a left-to-right mark
 * (formatShare), had made "‎0.941%–‎2.47%" one left-to-right run, its high end read first.
 */
function dash(): string {
  return languageDir(numberSettings().language) === 'rtl' ? '\u200F–\u200F' : '–';
}

/** Months between month ticks. */
export const monthStep = (months: number): number => (months <= 36 ? 6 : 12);

/** Month ticks: every 6 months up to 3 years, then every 12, so labels never crowd. */
export function monthTicks(months: number): number[] {
  const step = monthStep(months);
  const ticks = [1];
  for (let m = step; m <= months; m += step) ticks.push(m);
  return ticks;
}

/**
 * Said of a 90% interval with a lower end but no upper one: a ratio such as
 * cost per exit, whose denominator was zero (no additional exits) in more
 * than 5% of replications, so its 95th percentile is unbounded.
 */
export const noUpperEnd = (): string => i18n.t('charts:interval.noUpperEnd');
/** Under the name of a bar whose 90% interval is open above (no whisker can be drawn to infinity). */
export const openIntervalSub = (): string => i18n.t('charts:interval.openSub');
/** The note under a chart with such a bar. */
export const openIntervalNote = (): string => i18n.t('charts:interval.openNote');

/**
 * A headline card's interval line: "90% interval 989k–1.34 m"; "90% interval
 * Rs 4.1 m to no upper end" when it is open above (a cost per exit with no
 * additional exits in more than 5% of replications: the least certain number
 * on the page must not be the one that looks exact); "90% interval: 0, no
 * spread" when the middle 90% of replications agree (said, not left blank as
 * if the interval were missing). Null when there is no lower end either.
 */
export function headlineInterval(low: number | null, high: number | null, format: Formatter): string | null {
  if (low === null) return null;
  if (high === null) return i18n.t('charts:headline.interval', { interval: i18n.t('charts:interval.range', { low: format(low), high: noUpperEnd() }) });
  if (low === high) return i18n.t('charts:headline.noSpread', { value: format(low) });
  // Ends a little apart that round to one number ("226k–226k"): said once, and as rounded, not as no spread.
  if (format(low) === format(high)) return i18n.t('charts:headline.asRounded', { value: format(low) });
  return i18n.t('charts:headline.interval', { interval: intervalText(low, high, format) });
}

/**
 * A table cell: "1.16 m (989k–1.34 m)"; "2.5 m (1.9 m to no upper end)" when
 * the interval is open above; just the value when there is no spread (or its
 * ends round to one text), "–" when there is no value.
 */
export function valueWithInterval(value: number | null | undefined, low: number | null | undefined, high: number | null | undefined, format: Formatter): string {
  if (value === null || value === undefined) return '–';
  if (low !== null && low !== undefined && (high === null || high === undefined)) return i18n.t('charts:interval.valueOpen', { value: format(value), low: format(low) });
  if (low === null || low === undefined || high === null || high === undefined || !apartAsWritten(low, high, format)) return format(value);
  return `${format(value)} (${intervalText(low, high, format)})`;
}

/** Whether an interval's ends read differently as `format` writes them: else a cell gives the value alone ("Rs 168 bn", not "Rs 168 bn (Rs 168 bn at both ends)"). */
const apartAsWritten = (low: number, high: number, format: Formatter): boolean => low !== high && format(low) !== format(high);

/** A table cell's second line: "(989k–1.34 m)"; empty when there is no spread, or none as the ends are written. */
export function intervalDetail(v: { low: number | null; high: number | null } | undefined, format: Formatter): string {
  return v && v.low !== null && v.high !== null && apartAsWritten(v.low, v.high, format) ? `(${intervalText(v.low, v.high, format)})` : '';
}

/**
 * A bar's mean as the ranking and the headline write it (in the scale word of it and its interval's ends, three
 * significant digits): a column in one scale word had "Rs 4.2 m" beside the ranking's "Rs 4.19 m", and "Rs 4.3 m"
 * for two scenarios the ranking told apart.
 */
export const meanText = (r: { value: number | null; low: number | null; high: number | null }): string | null =>
  r.value === null ? null : rupeesInScaleOf([r.value, r.low, r.high])(r.value);
