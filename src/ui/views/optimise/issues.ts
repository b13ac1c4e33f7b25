/**
 * The engine's constraints checks (parseConstraints, buildProblem) in the
 * current language. The engine writes them in English for the CLI, with
 * shares as the file's fractions; the view recognises each and says it in
 * its own words, shares as percentages as its fields show them (a message
 * it does not know is shown as the engine wrote it). Which field a problem
 * belongs to is decided by its path (fieldIssues).
 */
import type { ValidationIssue } from '../../../engine/index';
import { keyLabel, message } from '../../editor/labels';
import { formatPlain } from '../../format';
import { ltrNumber } from '../../editor/display';
import { nameIn } from '../../charts/lang';

/** A fraction as the view writes a share: "0.4" → "40%". */
const pct = (s: string) => `${ltrNumber(formatPlain(Number((Number(s) * 100).toPrecision(6))))}%`;
/** A number the engine wrote, in the language's digits. */
const num = (s: string) => formatPlain(Number(s), { maximumFractionDigits: 6 });
/** A number the message follows with its own "%": in Urdu led by a left-to-right mark, or the sign went left of it. */
const pctNumber = (s: string) => ltrNumber(num(s));
/** A quoted word from a list the engine gives ("programmes", "regions") or a key, as the view names it. */
const key = (s: string) => keyLabel(s.replace(/^"|"$/g, ''));

type Arg = (s: string) => string;
const asIs: Arg = (s) => s;

const PATTERNS: readonly [RegExp, string, readonly (readonly [string, Arg])[]][] = [
  [/^must be a share between 0 and 1 \(e\.g\. 0\.4 for 40%\), got (.*)$/, 'share', [['value', asIs]]],
  [/^must be an object with "min" and\/or "max"$/, 'bounds', []],
  [/^is not a setting here \((.*)\)$/, 'notSetting', [['allowed', asIs]]],
  [/^gives neither "min" nor "max"$/, 'neither', []],
  [/^min (\S+) is above max (\S+)$/, 'minAboveMax', [['min', pct], ['max', pct]]],
  [/^must be an object of (\w+)s and their bounds$/, 'objectOf', []],
  [/^is not a programme \(.*\)$/, 'notProgramme', []],
  [/^is not a region \(.*\)$/, 'notRegion', []],
  [/^must be a non-empty list of programmes$/, 'noProgrammes', []],
  [/^must be a non-empty list of regions$/, 'noRegions', []],
  [/^(.*) is not a programme \(.*\)$/, 'memberNotProgramme', [['value', asIs]]],
  [/^(.*) is not a region \(.*\)$/, 'memberNotRegion', [['value', asIs]]],
  [/^"(.*)" is listed twice$/, 'twice', [['name', key]]],
  [/^must be a string$/, 'string', []],
  [/^must list either "programmes" or "regions" \(one of them\)$/, 'either', []],
  [/^must be a JSON object/, 'notObject', []],
  [/^is not a constraint \(.*\)$/, 'notConstraint', []],
  [/^must be (\d+) \(this optimiser reads version \d+\)$/, 'version', [['version', num]]],
  [/^must be a list of groups$/, 'groupsList', []],
  [/^must be \{ "min": Rs a month \}$/, 'floorObject', []],
  [/^must be a number of rupees a month between 0 and (\d+), got (.*)$/, 'floorRange', [['max', num], ['value', asIs]]],
  [/^constraints on regions need the region split to be optimised too/, 'needsRegions', []],
  [/^holds only administration, fixed at (\S+), outside the group's bounds$/, 'onlyAdmin', [['admin', pct]]],
  [/^cannot be checked while (\S+) is uncertain in the scenario; fix its value first$/, 'uncertain', [['path', asIs]]],
  [/^needs a top-up of Rs (\S+) a month, above the Rs 50,000 a top-up may be$/, 'topUpTooHigh', [['topUp', num]]],
  [
    /^a top-up of Rs (\S+) a month to the existing recipients needs at least (\S+)% of every year's budget for cash, more than the cash share may be \((\S+)%\)$/,
    'topUpCash', [['topUp', num], ['need', pctNumber], ['most', pctNumber]],
  ],
  [/^the minimum shares add up to (\S+), more than the (\S+) left after administration \((\S+)%\)$/, 'minSumAdmin', [['sum', pct], ['total', pct], ['admin', pctNumber]]],
  [/^the minimum shares add up to (\S+), more than the (\S+)$/, 'minSum', [['sum', pct], ['total', pct]]],
  [/^the maximum shares add up to (\S+), less than the (\S+) to share out left after administration \((\S+)%\)$/, 'maxSumAdmin', [['sum', pct], ['total', pct], ['admin', pctNumber]]],
  [/^the maximum shares add up to (\S+), less than the (\S+) to share out$/, 'maxSum', [['sum', pct], ['total', pct]]],
  [/^(\S+) is more than its members may have together \(their maximums add up to (\S+)\)$/, 'groupMin', [['min', pct], ['most', pct]]],
  [/^(\S+) is less than its members must have together \(their minimums add up to (\S+)\)$/, 'groupMax', [['max', pct], ['least', pct]]],
  [/^no split meets all these constraints together/, 'noSplit', []],
  [/^not valid JSON: (.*)$/, 'notJson', [['reason', asIs]]],
  [/^is (\d+) kB, more than the (\d+) kB a constraints file may be$/, 'tooLarge', [['size', num], ['max', num]]],
];

/** One engine message about constraints, in the view's words when it knows it. */
export function constraintIssue(text: string): string {
  for (const [pattern, name, args] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return message(`optimise:issues.${name}`, Object.fromEntries(args.map(([arg, f], k) => [arg, f(m[k + 1]!)])));
  }
  return text;
}

/** "groups[0].regions[1]: … " — a problem with the path it is at (a file's path, kept as written). */
export function issueLine(issue: ValidationIssue): string {
  return message('optimise:issues.item', { path: issue.path ? nameIn(issue.path) : message('optimise:issues.wholeFile'), message: constraintIssue(issue.message) });
}

/** The problems at exactly `path`, in words. */
export const issuesAt = (issues: readonly ValidationIssue[], path: string): string[] =>
  issues.filter((i) => i.path === path).map((i) => constraintIssue(i.message));

/** The problems at `path` or below it (a group's members: "groups[0].regions[1]"). */
export const issuesUnder = (issues: readonly ValidationIssue[], path: string): string[] =>
  issues.filter((i) => i.path === path || i.path.startsWith(`${path}[`) || i.path.startsWith(`${path}.`)).map((i) => constraintIssue(i.message));
