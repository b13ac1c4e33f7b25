/**
 * The closing slides' assumptions: the few parameters that decide the
 * headline numbers (budget, cash benefit and targeting, microfinance), each
 * with its label, value in the scenario shown (an uncertain one's
 * distribution, as the runs draw it), source and how far to trust it, read
 * from the engine's parameter specs like the Assumptions view.
 */
import { groupPath, groupValues, SCENARIO_SPEC, type GroupId, type ParamSpec, type Scenario } from '../../engine/index';
import { drawnText } from '../views/uncertaintyChanges';
import { CONFIDENCE_LABELS, ltrNumber, onOff, optionText, ownSource, shownNumber, scaleOf, sourceSaysOurs, toDisplay, ungrouped, withUnit } from '../editor/display';
import { keyLabel, message } from '../editor/labels';
import { paramText } from '../editor/paramText';

/** Which parameters the slides list, in their order (by group, a slide to each set of groups: present/slides.ts). */
export const KEY_ASSUMPTIONS: readonly (readonly [GroupId, string])[] = [
  ['budget', 'annualBn'],
  ['budget', 'programmeShares'],
  ['cash', 'benefitPKR'],
  ['cash', 'targeting'],
  ['cash', 'takeUp'],
  ['microfinance', 'loanCapPKR'],
  ['microfinance', 'borrowerRatePct'],
  ['microfinance', 'riskFundCoverage'],
  ['microfinance', 'investSuccess'],
];

export interface AssumptionRow {
  label: string;
  value: string;
  source: string;
  trust: string;
  /** The source is our own assumption (its English spec says so), so the trust label would only repeat it. */
  sourceIsOurs: boolean;
}

/**
 * A parameter's value in the editor's units, money and shares written as withUnit writes them everywhere else:
 * "Rs 2,000 / household / month", "Rs 80 → 100 → 120 bn / year", "90%", "Cash transfer 50%; …". `shownUnit` is
 * the unit as shown in the current language (paramText's); it defaults to the spec's English one.
 */
export function assumptionValue(spec: ParamSpec, value: unknown, shownUnit: string = scaleOf(spec).unit): string {
  const scale = scaleOf(spec);
  const unit = shownUnit ? ` ${shownUnit}` : '';
  if (typeof value === 'number') return withUnit(shownNumber(toDisplay(value, scale)), shownUnit);
  if (typeof value === 'boolean') return onOff(value);
  // The path's arrow points the way the language reads (present:headline.budgetStep: ← in Urdu).
  if (Array.isArray(value)) return withUnit(value.map((v: number) => shownNumber(toDisplay(v, scale))).join(message('present:headline.budgetStep')), shownUnit);
  if (value && typeof value === 'object') {
    // Shares read "Cash transfer 50%", each with its sign, rather than one "% of budget" at the end.
    const pct = scale.unit.startsWith('%');
    const parts = Object.entries(value as Record<string, number>).map(([k, v]) => `${keyLabel(k)} ${pct ? `${ltrNumber(ungrouped(toDisplay(v, scale)))}%` : ungrouped(toDisplay(v, scale))}`);
    return `${parts.join(message('params:format.parts'))}${pct ? '' : unit}`;
  }
  return spec.kind === 'enum' ? optionText(String(value)) : String(value);
}

/**
 * A source with each hyphenated name in capitals or digits kept on one line ("J-PAL", "2018-19"): a word joiner after
 * its hyphen. On the Urdu slide "(J-PAL)" had broken after its hyphen, "(J-" ending one line and "PAL)" starting the
 * next. The hyphen stays the font's own (a no-break hyphen, U+2011, is not in the bundled Nastaliq's Latin face), and
 * words a hyphen joins ("interest-free", "Post-Disaster") still break after it.
 */
export const namesUnbroken = (source: string): string => source.replace(/(?<=\b[A-Z\d]+)-(?=[A-Z\d]+\b)/g, '-\u2060');

/** The key assumptions as the scenario sets them; `groups`: only those of these groups (a slide's share of them). */
export function keyAssumptions(scenario: Scenario, groups?: readonly GroupId[]): AssumptionRow[] {
  return KEY_ASSUMPTIONS.flatMap(([group, key]) => {
    if (groups && !groups.includes(group)) return [];
    const spec = (SCENARIO_SPEC[group] as Record<string, ParamSpec>)[key];
    if (!spec) return [];
    const text = paramText(group, key);
    // An uncertain one as the runs take it: its distribution, not a value they do not use.
    const drawn = drawnText(scenario, `${groupPath(group)}.${key}`);
    return [{ label: text.label, value: drawn ?? assumptionValue(spec, groupValues(scenario, group)[key], text.unit), source: namesUnbroken(ownSource(spec, text.source)), trust: CONFIDENCE_LABELS[spec.conf], sourceIsOurs: sourceSaysOurs(spec) }];
  });
}
