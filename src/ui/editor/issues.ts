/**
 * The engine's scenario checks in the current language. The engine writes
 * its messages in English for the CLI, and gives each problem a code and
 * its arguments (engine/scenario/issueCodes.ts); the app says each code in
 * its own words (editor:issue.*), with numbers as it writes them elsewhere:
 * in the parameter's units as shown (shares as %), grouped, the rupee's sign
 * or the unit's words where the language puts them, a minus sign. Only an
 * issue without a code (the optimiser's, or a caller's own) is shown as the
 * engine wrote it.
 */
import { groupPath, SCENARIO_SPEC, type Found, type GroupId, type IssueArgs, type ParamSpec, type ValidationIssue } from '../../engine/index';
import { formatPlain, withMinus } from '../format';
import { GROUP_TITLES, ltrNumber, numberWithUnit, rangeWithUnit, scaleOf, shownNumber, toDisplay, typedValue, ungrouped, type Scale } from './display';
import { DISTRIBUTION_FIELDS, fieldScale, type DistributionField } from './distribution';
import { message } from './labels';
import { entryText, paramText } from './paramText';

/** How the numbers of an issue are shown: the parameter's display scale and its unit as shown in the current language. */
interface Units {
  scale: Scale;
  unit: string;
}

const SETTINGS = new Set<string>(Object.values(DISTRIBUTION_FIELDS).flat());

/**
 * Who reads a message: the app's reader, who sees a month of the run counted from 1 (display scaleOf), or the reader
 * of a scenario file, for a message that names the field by its path in the file, whose months count from 0 as the
 * file stores them (it says so). Shares are percentages for both: "150%" reads as the file's 1.5, where a month
 * counted from 1 would be taken for the file's own number.
 */
export type IssueReader = 'app' | 'file';

/**
 * The units of the parameter an issue's path is about: a number ("policy.cash.takeUp"), an array's entry
 * ("policy.budget.annualBn[1]"), a record's ("policy.budget.programmeShares.cash"), an uncertain parameter's bounds
 * ("uncertainty.policy.cash.takeUp") or one of its settings (".sd"; sigma has no unit). Null for a path that names
 * none: its numbers are shown as stored, with the engine's unit.
 */
function unitsAt(path: string, reader: IssueReader = 'app'): Units | null {
  let parts = path.replace(/\[\d+\]$/, '').split('.');
  let setting: DistributionField | null = null;
  if (parts[0] === 'uncertainty') {
    parts = parts.slice(1);
    // A number's setting ("policy.cash.takeUp.sd") or a record entry's ("world.shocks.floodAffected.sindh.sd"): no entry is named as a setting.
    if (parts.length >= 4 && SETTINGS.has(parts[parts.length - 1]!)) setting = parts.pop() as DistributionField;
  }
  const [group, key] = parts[0] === 'run' ? ['run', parts[1]] : [parts[1], parts[2]];
  if (!group || !key || !Object.hasOwn(SCENARIO_SPEC, group)) return null;
  const specs = SCENARIO_SPEC[group as GroupId] as Readonly<Record<string, ParamSpec>>;
  if (!Object.hasOwn(specs, key)) return null;
  const shown = scaleOf(specs[key]!);
  // The file's count: no offset (a month of the run as stored, from 0).
  const scale = reader === 'file' ? { factor: shown.factor, unit: shown.unit } : shown;
  const unit = paramText(group as GroupId, key).unit;
  if (!setting) return { scale, unit };
  const s = fieldScale(setting, scale);
  return { scale: s, unit: s.unit === '' ? '' : unit };
}

/** A word of the scenario file, quoted (and in Urdu isolated). */
const quoted = (text: string) => message('editor:issue.quoted', { text });
const quotedList = (words: readonly string[]) => words.map(quoted).join(message('params:format.list'));

/** What was found where something else was wanted. */
function foundText(got: Found): string {
  switch (got.type) {
    case 'null':
    case 'list':
    case 'object':
      return message(`editor:issue.found.${got.type}`);
    case 'text':
      return message('editor:issue.found.text', { text: quoted(got.text) });
    case 'number':
      return ungrouped(got.value);
    case 'boolean':
      return String(got.value);
    case 'other':
      return got.text;
  }
}

/** The arguments of each code as its message shows them. */
type Wording = { [C in keyof IssueArgs]: (args: IssueArgs[C], units: Units | null) => Record<string, string> };

/** A number in the parameter's display units with its unit as shown; as stored with the engine's unit where the path names no parameter. */
const inUnits = (x: number, units: Units | null, engineUnit = '') => numberWithUnit(toDisplay(x, units?.scale ?? { factor: 1, unit: '' }), units ? units.unit : engineUnit);
const got = ({ got }: { got: Found }) => ({ got: foundText(got) });
const none = () => ({});

const WORDING: Wording = {
  notNumber: got,
  wholeNumber: ({ value }) => ({ value: ungrouped(value) }),
  range: ({ min, max, unit, value }, units) => {
    const scale = units?.scale ?? { factor: 1, unit: '' };
    const shownUnit = units ? units.unit : unit;
    const and = (lo: string, hi: string) => message('editor:field.betweenAnd', { min: lo, max: hi });
    return {
      range: rangeWithUnit(shownNumber(toDisplay(min, scale)), shownNumber(toDisplay(max, scale)), shownUnit, and),
      value: typedValue(toDisplay(value, scale), shownUnit),
    };
  },
  notBoolean: got,
  notOption: ({ options, got }) => ({ options: quotedList(options), got: foundText(got) }),
  notList: got,
  length: ({ min, max, count }) => ({ min: ungrouped(min), max: ungrouped(max), count: ungrouped(count) }),
  notRecord: ({ keys, got }) => ({ keys: quotedList(keys), got: foundText(got) }),
  unknownKey: none,
  missing: none,
  // At most two decimals, as the engine rounds it ("140", "99.5").
  // A percentage's number: in Urdu led by a left-to-right mark, as withUnit's (the sign stayed right of its digits).
  sharesSum: ({ sum }) => ({ sum: ltrNumber(withMinus(formatPlain(sum, { maximumFractionDigits: 2 }))) }),
  unknownPart: ({ parts }) => ({ parts: quotedList(parts) }),
  emptyText: none,
  tooLong: ({ max }) => ({ max: ungrouped(max) }),
  notObject: got,
  unknownGroup: none,
  unknownParameter: none,
  // Rupees, grouped; the message puts the rupee's sign or word where its language writes it.
  loanCap: ({ cap, value }) => ({ cap: shownNumber(cap), value: shownNumber(value) }),
  // Months as the reader counts them: from 1 in the app (display scaleOf), from 0 in the file (horizonInFile).
  horizon: ({ last, value }, units) => {
    const scale = units?.scale ?? { factor: 1, unit: '' };
    return { first: ungrouped(toDisplay(0, scale)), last: ungrouped(toDisplay(last, scale)), value: ungrouped(toDisplay(value, scale)) };
  },
  uncertaintyNotObject: none,
  notUncertainParameter: ({ example }) => ({ example: quoted(example) }),
  wholeRecord: ({ example }) => ({ example: quoted(example) }),
  entriesSum: none,
  unknownEntry: ({ keys }) => ({ keys: quotedList(keys) }),
  notDistribution: ({ options }) => ({ options: quotedList(options) }),
  notDistributionSetting: ({ dist }) => ({ dist: quoted(dist) }),
  settingNotNumber: none,
  bounds: ({ min, max, unit, low, high }, units) => ({
    min: inUnits(min, units, unit), max: inUnits(max, units, unit), low: inUnits(low, units, unit), high: inUnits(high, units, unit),
  }),
  aboveLow: ({ low, value }, units) => ({ low: inUnits(low, units), value: inUnits(value, units) }),
  modeBetween: ({ value }, units) => ({ value: inUnits(value, units) }),
  // Zero as stored, shown in the setting's units: a month of the run from 1 (a log-normal's low bound must be above month 1).
  aboveZero: ({ value }, units) => ({ limit: inUnits(0, units), value: inUnits(value, units) }),
  lowPositive: ({ value }, units) => ({ limit: inUnits(0, units), value: inUnits(value, units) }),
  householdsMissing: none,
  householdsNotObject: ({ keys }) => ({ keys: quotedList(keys) }),
  sha256: ({ digits }) => ({ digits: ungrouped(digits) }),
  rowsCount: ({ min, got }) => ({ min: ungrouped(min), got: foundText(got) }),
  notScenarioObject: none,
  versionMissing: ({ current }) => ({ current: ungrouped(current) }),
  versionInvalid: got,
  versionNewer: ({ version, current }) => ({ version: ungrouped(version), current: ungrouped(current) }),
  noMigration: ({ version }) => ({ version: ungrouped(version) }),
  unknownOldGroup: ({ version }) => ({ version: ungrouped(version) }),
  laterPart: ({ version, since }) => ({ version: ungrouped(version), since: ungrouped(since) }),
};

/**
 * One engine issue's problem (without its path) in the current language; the engine's English for an issue with no
 * code. `reader`: 'file' for a message that names the field by its path in the scenario file (IssueReader).
 */
export function issueMessage(issue: ValidationIssue, reader: IssueReader = 'app'): string {
  if (issue.code === undefined) return issue.message;
  const wording = WORDING[issue.code] as (args: unknown, units: Units | null) => Record<string, string>;
  const key = issue.code === 'horizon' && reader === 'file' ? 'editor:issue.horizonInFile' : `editor:issue.${issue.code}`;
  return message(key, wording(issue.args, unitsAt(issue.path, reader)));
}

/**
 * A distribution's bounds out of order, said under the low bound when that is the one just typed: "must be below the
 * high bound (Rs 2,400), got Rs 3,000". The engine files the problem under the high bound, where it had appeared
 * beside the field the user had not touched.
 */
export function belowHighMessage(issue: ValidationIssue & { code: 'aboveLow' }): string {
  const { low, value } = issue.args as IssueArgs['aboveLow'];
  const units = unitsAt(issue.path);
  return message('editor:uncertain.belowHigh', { high: inUnits(value, units), value: inUnits(low, units) });
}

/**
 * A problem with its path in front ("world.shocks.floodMonth must fall inside …"); the path is the scenario file's,
 * kept as written (Urdu's message isolates it), and its numbers are the file's (IssueReader). A problem of the whole
 * document (path "") is its message alone. The editor names a field by its label instead (elsewhereText).
 */
export function issueText(issue: ValidationIssue): string {
  return issue.path ? message('editor:issue.item', { path: issue.path, message: issueMessage(issue, 'file') }) : issueMessage(issue, 'file');
}

/**
 * The lever a path names: a parameter ("world.shocks.floodMonth"), a year of a path ("policy.budget.annualBn[1]", its
 * index in `year`) or an entry of a record ("policy.budget.programmeShares.cash"); null for any other path (household
 * data, a key the scenario does not have).
 */
function leverAt(path: string): { group: GroupId; key: string; entry?: string; year?: number } | null {
  for (const group of Object.keys(SCENARIO_SPEC) as GroupId[]) {
    const prefix = `${groupPath(group)}.`;
    if (!path.startsWith(prefix)) continue;
    const index = /\[(\d+)\]$/.exec(path);
    const [key, entry, ...rest] = path.slice(prefix.length, index ? index.index : undefined).split('.');
    if (!Object.hasOwn(SCENARIO_SPEC[group], key!) || rest.length > 0) return null;
    const spec = (SCENARIO_SPEC[group] as Readonly<Record<string, ParamSpec>>)[key!]!;
    if (index) return spec.kind === 'array' && entry === undefined ? { group, key: key!, year: Number(index[1]) } : null;
    if (entry === undefined) return { group, key: key! };
    return spec.kind === 'record' && spec.keys.includes(entry) ? { group, key: key!, entry } : null;
  }
  return null;
}

/** A lever's label as the levers show it: a record's entry with its record ("Flood footprint: Sindh"), a path's year with its path ("Annual budget path: Year 2", as ArrayField names its boxes). */
function leverLabel(lever: NonNullable<ReturnType<typeof leverAt>>): string {
  if (lever.entry !== undefined) return entryText(lever.group, lever.key, lever.entry).label;
  const { label } = paramText(lever.group, lever.key);
  if (lever.year === undefined) return label;
  return message('params:format.entry', { label, entry: message('editor:array.year', { year: formatPlain(lever.year + 1) }) });
}

/**
 * The field an uncertainty path names, as the editor shows it: the distribution of a lever ("Distribution of Take-up",
 * its box's legend), and one of its settings after it ("…: Low bound"), or a key that is none quoted as the file has
 * it; null for a path that names no lever.
 */
function uncertainLabel(path: string): { group: GroupId; label: string } | null {
  const rest = path.slice('uncertainty.'.length);
  // The lever is the longest part of the path that names one: a record entry's path has four parts, a number's three.
  for (const cut of [4, 3]) {
    const parts = rest.split('.');
    const lever = leverAt(parts.slice(0, cut).join('.'));
    if (!lever || lever.year !== undefined || parts.length > cut + 1) continue;
    const distribution = message('editor:uncertain.legend', { label: leverLabel(lever) });
    const setting = parts[cut];
    if (setting === undefined || setting === 'dist') return { group: lever.group, label: distribution };
    const name = SETTINGS.has(setting) ? message(`editor:uncertain.fields.${setting}`) : quoted(setting);
    return { group: lever.group, label: message('params:format.entry', { label: distribution, entry: name }) };
  }
  return null;
}

/**
 * A problem found in another field than the one typed in, named as the levers name that field, with its group
 * ("Smallest loan (in “Microfinance”): must not exceed …"; "Annual budget path: Year 2 (in …)"; "Distribution of
 * Take-up: Low bound (in …)"): the scenario file's path ("policy.microfinance.minLoanPKR") had told a planner nothing,
 * and in Urdu had put English beside the message. A path that names no lever keeps it.
 */
export function elsewhereText(issue: ValidationIssue): string {
  const lever = issue.path.startsWith('uncertainty.') ? uncertainLabel(issue.path) : leverAt(issue.path);
  if (!lever) return message('editor:field.elsewhere', { path: issue.path, message: issueMessage(issue) });
  const label = 'label' in lever ? lever.label : leverLabel(lever);
  return message('editor:field.elsewhereLever', { label, group: GROUP_TITLES[lever.group], message: issueMessage(issue) });
}
