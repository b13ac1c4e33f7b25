/**
 * How parameters are shown to people: shares as percentages, group titles in
 * a planner's words, and a one-line summary of default, range and source,
 * in the current language (numbers in its digits and grouping).
 */
import type { Confidence, GroupId, ParamSpec } from '../../engine/index';
import { params } from '../../i18n/locales/en/params';
import { formatChange, formatPlain, withMinus } from '../format';
import { keyLabel, liveRecord, message } from './labels';
import { numberSettings } from '../../i18n/numbers';
import { isolateByScript } from '../../i18n/bidi';

export const GROUP_TITLES: Record<GroupId, string> = liveRecord(Object.keys(params.groups) as GroupId[], (g) => message(`params:groups.${g}`));

export const CONFIDENCE_LABELS: Record<Confidence, string> = liveRecord(['H', 'M', 'L', 'A', 'S'], (c) => message(`params:confidence.${c}`));

/**
 * Whether a parameter's source already says it is our own assumption: "Our assumption (…)" in the engine's English,
 * which every language's text of it starts the same way ("ہمارا مفروضہ …"). Its trust label would only repeat it.
 */
export const sourceSaysOurs = (spec: ParamSpec): boolean => spec.conf === 'A' && /^our assumption/i.test(spec.source);

/**
 * A parameter's source as shown where it says it is our assumption: as it is, but a bare "Our assumption" becomes
 * the trust label itself, "Our assumption: no source found" (a script without case, Urdu, is left as it is).
 */
export function ownSource(spec: ParamSpec, source: string): string {
  if (!sourceSaysOurs(spec) || !/^our assumption$/i.test(spec.source.trim())) return source;
  const label = CONFIDENCE_LABELS.A;
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

/** An enum option among the allowed ones beside its range (params optionCodes: English gives the scenario file's word). */
export const optionCode = (option: string): string => message(`params:optionCodes.${option}`, { defaultValue: option });

/**
 * An option among the allowed ones in the assumptions table: its plain name with the scenario file's word a researcher
 * looks up, "by poverty gap (gap)" (the word alone had read as an internal code to a planner); in a language whose
 * catalogue gives the plain name as the code (Urdu), that name alone.
 */
export function allowedOption(option: string): string {
  const code = optionCode(option);
  if (code !== option) return code;
  const plain = optionText(option);
  return plain === option || plain.includes(`(${option})`) ? plain : `${plain} (${option})`;
}

/** An enum option as a value or default is shown: in plain language ("poorest first until the budget is used"). */
export const optionText = (option: string): string => message(`params:options.${option}`, { defaultValue: option });

/** A number as shown beside a parameter: the language's digits and grouping, and a minus sign, not a hyphen ("−0.35"). */
export const shownNumber = (x: number): string => withMinus(formatPlain(x));

/** A number parameter's value: an identifier with no unit (the seed) without grouping ("20190327", not "20,190,327"). */
export const numberText = (spec: ParamSpec, shown: number): string => (spec.kind === 'number' && spec.integer && spec.unit === '' ? ungrouped(shown) : shownNumber(shown));

/** A switch's value: "on" or "off". */
export const onOff = (value: boolean): string => message(value ? 'params:values.on' : 'params:values.off');

export interface Scale {
  /** Multiply stored values by this to display them. */
  factor: number;
  /** Then add this: 1 for a month of the run, stored from 0 and shown from 1. A spread (a standard deviation) takes none. */
  offset?: number;
  unit: string;
}

/**
 * Shares (fractions) are edited as percentages; a month of the run (spec monthOfRun) is counted from 1, as the charts
 * count months, where the file stores it from 0 (the flood month's editor had said "0 to 11" beside charts starting at
 * month 1); everything else as stored.
 */
export function scaleOf(spec: ParamSpec): Scale {
  if (spec.unit.startsWith('share')) return { factor: 100, unit: spec.unit.replace(/^share/, '%') };
  if (spec.kind === 'number' && spec.monthOfRun) return { factor: 1, offset: 1, unit: spec.unit };
  return { factor: 1, unit: spec.unit };
}

/** The scale of a spread of the parameter (a standard deviation): its factor and unit, without its offset. */
export const spreadOf = (scale: Scale): Scale => ({ factor: scale.factor, unit: scale.unit });

/** Round away float noise from scaling (0.07 × 100 = 7.000000000000001). */
export function toDisplay(value: number, scale: Scale): number {
  return Number((value * scale.factor + (scale.offset ?? 0)).toPrecision(12));
}

export function fromDisplay(value: number, scale: Scale): number {
  return Number(((value - (scale.offset ?? 0)) / scale.factor).toPrecision(12));
}

/** A number as written without grouping or rounding (what String(x) gives in English), in the current language's digits. */
export const ungrouped = (x: number): string => withMinus(formatPlain(x, { useGrouping: false, maximumFractionDigits: 10 }));

/** " unit" after a number, or nothing: `unit` is the unit as shown (paramText's), in the current language. */
const after = (unit: string) => (unit ? ` ${unit}` : '');

/** A unit that starts with the rupee's sign as English writes it ("Rs bn / year", "Rs / farmer", "Rs"). */
const RUPEES = /^Rs(?= |$)/;

/**
 * Numbers already formatted (one, or a list) with their unit, the way a person writes it: "36 months", "50% of
 * budget" (a percentage sign against its number), and the rupee's sign before them, as English writes money
 * ("Rs 80 bn / year", "Rs 75,000", "Rs 2,000 / household / month", not "80 Rs bn / year"). Urdu's units are
 * words that follow the number ("روپے"), so they stay after it.
 */
export function withUnit(numbers: string, unit: string): string {
  if (!unit) return numbers;
  // "1 month", not "1 months": units are written plural, and a count of one takes the singular (English's months and
  // years; Urdu's مہینے, مہینہ in the singular; its سال and ماہ do not change).
  if (numbers === '1') {
    const one = unit.replace(/^(month|year)s\b/, '$1').replace(/^مہینے(?=\s|$)/, 'مہینہ');
    if (one !== unit) return `1 ${one}`;
  }
  // The number takes the percent sign's place: "50% of budget", and in Urdu, whose units put the sign after the
  // word it is a share of, "بجٹ کا 50%" (not "50 بجٹ کا %").
  const pct = unit.indexOf('%');
  if (pct >= 0) return `${unit.slice(0, pct)}${ltrNumber(numbers)}${unit.slice(pct)}`;
  if (RUPEES.test(unit)) return `Rs ${numbers}${unit.replace(RUPEES, '')}`;
  return `${numbers} ${unit}`;
}

/**
 * A number that a percent sign follows, in a right-to-left language, starts with a left-to-right mark, as formatShare's
 * do: digits after Urdu letters are taken for Arabic numbers, and the bidi algorithm set the sign on their left
 * ("نقد منتقلی %50" on a slide whose other shares read "50%").
 */
export function ltrNumber(numbers: string): string {
  return numberSettings().language === 'ur' && !numbers.startsWith('\u200E') ? `\u200E${numbers}` : numbers;
}

/**
 * A number as typed or quoted, unrounded, with its unit as withUnit writes it: in the language's digits and grouping,
 * with a minus sign, which English puts before "Rs" as formatPKR does ("−Rs 5 bn / year", "−5%", "Rs 75,000").
 */
export function numberWithUnit(x: number, unit: string): string {
  const digits = (y: number) => withMinus(formatPlain(y, { maximumFractionDigits: 10 }));
  if (x < 0 && RUPEES.test(unit)) return `\u2212${withUnit(digits(-x), unit)}`;
  return withUnit(digits(x), unit);
}

/**
 * A value typed or found, with its unit, as a message repeats it (numberWithUnit), and in Urdu a negative one isolated
 * with its unit, so that it reads "−5%" inside the right-to-left sentence, not "5-%" or "%−5"; right to left when its
 * unit is an Urdu word, which stays on the left of the number ("مہینے −5", not "−5 مہینے").
 */
export function typedValue(x: number, unit: string): string {
  const text = numberWithUnit(x, unit);
  return x < 0 && numberSettings().language === 'ur' ? isolateByScript(text) : text;
}

/** What a change of `value` in log income does to income: "income × 0.78, −22.1%" for a fall of 0.25. */
export function logChangeText(direction: 'rise' | 'fall', value: number): string {
  const factor = Math.exp(direction === 'rise' ? value : -value);
  return message('editor:field.logChange', { factor: formatPlain(factor, { maximumFractionDigits: 2 }), change: formatChange(factor - 1) });
}

/** A range with its unit said once, as withUnit writes it: "72% to 100%", "Rs 1,500 to 2,500 / household / month", "24 to 48 months". */
export function rangeWithUnit(low: string, high: string, unit: string, range: (low: string, high: string) => string): string {
  if (!unit) return range(low, high);
  const pct = unit.indexOf('%');
  if (pct >= 0) return `${unit.slice(0, pct)}${range(`${ltrNumber(low)}%`, `${ltrNumber(high)}%`)}${unit.slice(pct + 1)}`;
  if (RUPEES.test(unit)) return `Rs ${range(low, high)}${unit.replace(RUPEES, '')}`;
  return `${range(low, high)} ${unit}`;
}

/** "0% to 100%", "Rs 0 to 20,000 / household / month": `unit` defaults to the spec's English unit. */
export function rangeText(spec: ParamSpec, unit: string = scaleOf(spec).unit): string {
  if (spec.kind !== 'number' && spec.kind !== 'array' && spec.kind !== 'record') return '';
  const s = scaleOf(spec);
  const range = (min: string, max: string) => message('params:format.range', { min, max, unit: '' });
  return rangeWithUnit(shownNumber(toDisplay(spec.min, s)), shownNumber(toDisplay(spec.max, s)), unit, range);
}

/**
 * A record's values: shares each with its sign, "Punjab 45%; Sindh 25%" (the parameter's label says what they are
 * shares of; "…; Sindh 25 % of budget" read as if only the last one were); other units once at the end.
 */
export function recordText(values: Record<string, number>, spec: ParamSpec, unit: string = scaleOf(spec).unit): string {
  const s = scaleOf(spec);
  const pct = unit.includes('%');
  const parts = Object.entries(values).map(([k, v]) => `${keyLabel(k)} ${pct ? `${ltrNumber(ungrouped(toDisplay(v, s)))}%` : ungrouped(toDisplay(v, s))}`);
  return parts.join(message('params:format.parts')) + (pct ? '' : after(unit));
}

export function defaultText(spec: ParamSpec, unit: string = scaleOf(spec).unit): string {
  const s = scaleOf(spec);
  switch (spec.kind) {
    case 'number': {
      // A change in log income also says what it does to income, as the scenario's own value does (Assumptions view).
      const text = withUnit(numberText(spec, toDisplay(spec.default, s)), unit);
      return spec.logChange ? `${text} (${logChangeText(spec.logChange, spec.default)})` : text;
    }
    case 'boolean':
      return onOff(spec.default);
    case 'enum':
      return optionText(spec.default);
    case 'array':
      return withUnit(spec.default.map((v) => shownNumber(toDisplay(v, s))).join(message('params:format.list')), unit);
    case 'record':
      return recordText(spec.default as Record<string, number>, spec, unit);
  }
}
