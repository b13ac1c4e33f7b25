/**
 * What the Sensitivity view says about outcomes and parameters, in the
 * current language: an outcome's plain-language name (the headline cards'
 * and metrics' own), its unit and formatter (for a paired difference A − B,
 * signed, shares in percentage points); a parameter's label (paramText), and
 * a value or a range of it with its unit as the editor writes them (shares as
 * percentages, the unit of a range said once), to three significant digits.
 */
import { uncertainSpec, type Distribution, type GroupId, type Outcome } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { paramText, textAt } from '../../editor/paramText';
import { GROUP_TITLES, logChangeText, rangeWithUnit, scaleOf, spreadOf, toDisplay } from '../../editor/display';
import {
  countsLike, distinctFormat, formatCount, formatPKR, formatPlain, formatPoints, formatPointsUnsigned, formatShare, formatSignedCount, rupeesLike, sharesLike, wholeCounts,
  wholeRupees,
  type Formatter,
} from '../../format';
import { withUnit } from '../changeValues';

const NAME_KEYS = {
  additionalSustainedExits: 'charts:headline.cards.additionalSustainedExits',
  povertyHeadcountEnd: 'charts:metrics.labels.povertyHeadcountEnd',
  par30Last12: 'charts:headline.cards.par30Last12',
  costPerSustainedExitPKR: 'charts:headline.cards.costPerSustainedExitPKR',
} as const satisfies Record<Outcome, string>;

export const outcomeName = (o: Outcome): string => i18n.t(NAME_KEYS[o]);
export const outcomeUnit = (o: Outcome): string => i18n.t(`sensitivity:units.${o}`);

const FORMATS: Record<Outcome, Formatter> = {
  additionalSustainedExits: formatCount,
  povertyHeadcountEnd: formatShare,
  par30Last12: formatShare,
  costPerSustainedExitPKR: formatPKR,
};

export const formatOutcome = (o: Outcome, x: number | null | undefined): string => FORMATS[o](x);

const DIFFERENCE_FORMATS: Record<Outcome, Formatter> = {
  additionalSustainedExits: formatSignedCount,
  povertyHeadcountEnd: formatPoints,
  par30Last12: formatPoints,
  costPerSustainedExitPKR: formatPKR,
};

/** A paired difference's two scenarios, by their shown names, ready for a plain-string sentence (inSentence). */
export interface Difference {
  a: string;
  b: string;
}

/** The formatter and unit of an outcome, or of a paired difference in it. */
export function outcomeScale(o: Outcome, paired: boolean): { format: Formatter; unit: string } {
  return paired
    ? { format: DIFFERENCE_FORMATS[o], unit: i18n.t(`sensitivity:differenceUnits.${o}`) }
    : { format: FORMATS[o], unit: outcomeUnit(o) };
}

/** Finer formatters of an outcome than its usual ones, coarsest first, for values that must read apart (distinctFormat). */
function finer(o: Outcome, paired: boolean, values: readonly number[]): Formatter[] {
  if (o === 'additionalSustainedExits') return [countsLike(values, paired, 1), wholeCounts(paired)];
  if (o === 'costPerSustainedExitPKR') return [rupeesLike(values, 1), wholeRupees];
  return [1, 2, 3].map((extra) => sharesLike(values, paired, extra));
}

/**
 * The formatter for a table's outcome columns, read against each other: counts and rupees all in the scale word of
 * the largest (countsLike, rupeesLike), so a swing of "8,840" does not sit under one of "10.8k"; with as many more
 * digits as make the values of each of `rows` that differ read apart (a tornado's row: the outcome at the low value,
 * the base, at the high value), where shares to three significant digits had read "21.4% | 21.4%" on every row.
 */
export function outcomeColumnFormat(o: Outcome, paired: boolean, values: readonly number[], rows: readonly (readonly number[])[] = []): Formatter {
  const column = o === 'additionalSustainedExits' ? countsLike(values, paired) : o === 'costPerSustainedExitPKR' ? rupeesLike(values) : outcomeScale(o, paired).format;
  return distinctFormat([column, ...finer(o, paired, values)], rows);
}

/**
 * The formatter of an outcome axis's ticks: as a column's, all in the scale word of the largest tick (the outcome's
 * own format had read "5,000 | 10k | 15k" along one axis), with more digits where it wrote two ticks alike ("21.4%"
 * for 0.2138 and 0.2140). A column's digits, "5.0k | 10.0k": fewer would round a tick at 2,500 to "3k".
 */
export function outcomeAxisFormat(o: Outcome, paired: boolean, ticks: readonly number[]): Formatter {
  return outcomeColumnFormat(o, paired, ticks, [ticks]);
}

/**
 * The formatter of a tornado table's spread column. The spread of a share outcome is a difference of two shares, so
 * in percentage points, as a paired difference is (formatPoints), to its three significant digits: the outcome
 * columns' own formatter had written "0.105%" and "1.23967%" for it. Unsigned outside a paired difference
 * (formatPointsUnsigned), as the
 * spread of a count or an amount is there (a spread is never negative: a "+" would read as a rise). Counts and
 * rupees keep the outcome columns' formatter `column`, whose scale word the spread shares.
 */
export function spreadColumnFormat(o: Outcome, paired: boolean, column: Formatter): Formatter {
  if (o === 'additionalSustainedExits' || o === 'costPerSustainedExitPKR') return column;
  if (paired) return formatPoints;
  return formatPointsUnsigned;
}

const groupKey = (path: string) => {
  const [, group, key] = path.split('.') as [string, GroupId, string];
  return { group, key };
};

/**
 * "New cash transfer and targeting: New cash transfer" for "policy.cash.benefitPKR": the group says what a bare label
 * ("Course length") is of. A record's entry ("world.shocks.disasterAnnualProb.sindh") is named by its record and
 * entry alone, "Disaster rate (rural): Sindh", as the editor names it: the record's label already says what it is,
 * and a third part would bury the region.
 */
export function paramLabel(path: string): string {
  const { group, key } = groupKey(path);
  if (path.split('.').length > 3) return textAt(path)?.label ?? path;
  return i18n.t('sensitivity:paramName', { group: GROUP_TITLES[group], label: paramText(group, key).label });
}

/**
 * A value of the parameter as a number in the editor's display units (shares as percentages, probabilities as the
 * fractions the editor takes), three significant digits, without its unit; a whole-number parameter at the whole
 * number the engine runs it at (designPoint rounds).
 */
function displayNumber(path: string, value: number, spread = false): string {
  const spec = uncertainSpec(path);
  if (!spec) return formatPlain(value, { maximumSignificantDigits: 3 });
  const used = spec.integer ? Math.round(value) : value;
  // A spread (a standard deviation) without the parameter's offset: a spread of months is not a month counted from 1.
  return formatPlain(toDisplay(used, spread ? spreadOf(scaleOf(spec)) : scaleOf(spec)), { maximumSignificantDigits: 3 }).replace('-', '−');
}

/** The parameter's unit as the editor shows it beside its field ("% / month", "probability", "Rs / household / month"); none for an unknown path. */
const unitOf = (path: string): string => {
  if (!uncertainSpec(path)) return '';
  const { group, key } = groupKey(path);
  return paramText(group, key).unit;
};

/**
 * A value of the parameter as shown to people: "Rs 2,500 / household / month", "35%" (shares as percentages),
 * "0.75 probability", three significant digits (displayNumber), with its unit as the editor writes it (withUnit).
 * `income`: a change in log income also says what it does to income, as the levers do ("0.25 log income (income × 0.78, −22.1%)").
 */
export function paramValue(path: string, value: number, income = false): string {
  const spec = uncertainSpec(path);
  const text = withUnit(displayNumber(path, value), unitOf(path));
  if (!(income && spec?.logChange)) return text;
  return `${text} (${logChangeText(spec.logChange, spec.integer ? Math.round(value) : value)})`;
}

/**
 * Two values of the parameter as a range with its unit said once, as the editor and the list of changes write a
 * range (display.ts rangeWithUnit): "0.55 to 0.9 probability", "36.3% to 63.7% / year", "Rs 1,500 to 3,500 /
 * household / month", not "0.55 probability to 0.9 probability" beside "36.3% to 63.7%".
 */
export function paramRange(path: string, low: number, high: number): string {
  const range = (from: string, to: string) => i18n.t('sensitivity:range', { low: from, high: to });
  return rangeWithUnit(displayNumber(path, low), displayNumber(path, high), unitOf(path), range);
}

/** What a range of a change in log income does to income ("income × 0.90 to × 0.61"); null for any other parameter. */
export function incomeRange(path: string, low: number, high: number): string | null {
  const spec = uncertainSpec(path);
  if (!spec?.logChange) return null;
  const factor = (v: number) => formatPlain(Math.exp(spec.logChange === 'rise' ? v : -v), { maximumFractionDigits: 2 });
  return i18n.t('sensitivity:incomeRange', { low: factor(low), high: factor(high) });
}

/** The range a tornado bar swings over, under its name: "Rs 1,500 to 3,500 / …" (paramRange); for log income, what it does to income too. */
export function swingRange(path: string, low: number, high: number): string {
  const range = paramRange(path, low, high);
  const income = incomeRange(path, low, high);
  return income ? i18n.t('sensitivity:rangeWithIncome', { range, income }) : range;
}

/** "uniform from Rs 1,000 to 4,000", "triangular from 0.55 to 0.9 probability, most likely 0.75 probability" and so on (bounds by paramRange). */
export function distributionText(path: string, d: Distribution): string {
  const text = distributionOnly(path, d);
  // For a change in log income, what its range does to income, as the levers say it.
  const income = incomeRange(path, d.low, d.high);
  return income ? i18n.t('sensitivity:rangeWithIncome', { range: text, income }) : text;
}

function distributionOnly(path: string, d: Distribution): string {
  const v = (x: number) => paramValue(path, x);
  const plain = (x: number) => formatPlain(x, { maximumSignificantDigits: 3 });
  const range = paramRange(path, d.low, d.high);
  switch (d.dist) {
    case 'uniform':
      return i18n.t('sensitivity:distributions.uniform', { range });
    case 'triangular':
      return i18n.t('sensitivity:distributions.triangular', { range, mode: v(d.mode) });
    case 'normal':
      return i18n.t('sensitivity:distributions.normal', { mean: v(d.mean), sd: withUnit(displayNumber(path, d.sd, true), unitOf(path)), range });
    case 'lognormal':
      return i18n.t('sensitivity:distributions.lognormal', { median: v(d.median), sigma: plain(d.sigma), range });
  }
}
