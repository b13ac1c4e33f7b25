/**
 * What each problem the scenario checks can find is, as data: a code and its
 * arguments, beside the English message the CLI prints. The engine speaks
 * English (tests and scripts read the CLI's words); the app says the same
 * problem in its own language from the code, writing the numbers as it writes
 * them elsewhere. So an argument is a number where the message quotes one
 * (in the parameter's stored units, as the message does), and a word the
 * scenario file itself uses (a key, an option, a unit) stays a string.
 */
import type { ValidationIssue } from '../api';

/** A value found where another kind was wanted, as the message describes it ("the string \"lots\"", "an array"). */
export type Found =
  | { type: 'null' | 'list' | 'object' }
  /** A string, cut at 40 characters (with "…") as the message quotes it. */
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  /** Anything JSON cannot hold (undefined, a function): `text` as the message writes it. */
  | { type: 'other'; text: string };

/** The arguments of each code. Numbers are in the parameter's stored units (a share as 0.5, not 50%). */
export interface IssueArgs {
  /** "must be a finite number, got …" */
  notNumber: { got: Found };
  /** "must be a whole number, got 2.5" */
  wholeNumber: { value: number };
  /** "must be between 0 and 20000 Rs / household / month, got 75000": `unit` is the spec's, "" for none. */
  range: { min: number; max: number; unit: string; value: number };
  notBoolean: { got: Found };
  /** `options`: the values a file may hold. */
  notOption: { options: string[]; got: Found };
  notList: { got: Found };
  /** An array's length out of its bounds. */
  length: { min: number; max: number; count: number };
  /** A record (shares by programme, values by region) that is not an object: `keys` it must have. */
  notRecord: { keys: string[]; got: Found };
  unknownKey: Record<string, never>;
  missing: Record<string, never>;
  /** Shares that do not sum to 100%: `sum` in percent (140 for 1.4). */
  sharesSum: { sum: number };
  /** A top-level key of a scenario that is not one of `parts`. */
  unknownPart: { parts: string[] };
  emptyText: Record<string, never>;
  tooLong: { max: number };
  /** A part (policy, world) or a group that is not an object. */
  notObject: { got: Found };
  unknownGroup: Record<string, never>;
  unknownParameter: Record<string, never>;
  /** The smallest loan above the loan cap (rupees). */
  loanCap: { cap: number; value: number };
  /** The flood's month outside the run's months 0 to `last`. */
  horizon: { last: number; value: number };
  uncertaintyNotObject: Record<string, never>;
  /** An uncertainty key that names no number parameter of the policy or the world; `example` is one that does. */
  notUncertainParameter: { example: string };
  /** An uncertainty key naming a whole record whose entries can each be uncertain; `example` names one entry. */
  wholeRecord: { example: string };
  /** An uncertainty key naming a record whose entries must sum to 100% (or one of its entries): none can be drawn alone. */
  entriesSum: Record<string, never>;
  /** An uncertainty key naming no entry of its record; `keys`: the record's entries. */
  unknownEntry: { keys: string[] };
  notDistribution: { options: string[] };
  /** A key of a distribution that is not one of its settings. */
  notDistributionSetting: { dist: string };
  /** A distribution's setting that is not a finite number. */
  settingNotNumber: Record<string, never>;
  /** A distribution's bounds outside its parameter's range (`unit` the spec's). */
  bounds: { min: number; max: number; unit: string; low: number; high: number };
  aboveLow: { low: number; value: number };
  /** A triangular distribution's mode outside its bounds. */
  modeBetween: { value: number };
  /** A standard deviation, sigma or median that is not above 0. */
  aboveZero: { value: number };
  /** A log-normal's low bound that is not above 0. */
  lowPositive: { value: number };
  householdsMissing: Record<string, never>;
  /** `keys`: the keys a reference to household data has. */
  householdsNotObject: { keys: string[] };
  /** Not a SHA-256 of `digits` lowercase hexadecimal digits. */
  sha256: { digits: number };
  /** A count of household rows that is not a whole number of at least `min`. */
  rowsCount: { min: number; got: Found };
  notScenarioObject: Record<string, never>;
  versionMissing: { current: number };
  versionInvalid: { got: Found };
  versionNewer: { version: number; current: number };
  noMigration: { version: number };
  /** A key of a version-`version` document that is none of its groups (found while migrating it). */
  unknownOldGroup: { version: number };
  /** A part of the document that a version-`version` scenario did not have (version `since` added it): migrating would lose it. */
  laterPart: { version: number; since: number };
}

/** A machine-readable kind of problem; ISSUE_CODES lists them all. */
export type IssueCode = keyof IssueArgs;

/** Each code with its own arguments (ValidationIssue carries one, or none). */
export type CodedIssue = { [C in IssueCode]: { code: C; args: IssueArgs[C] } }[IssueCode];

const CODES: { readonly [C in IssueCode]: null } = {
  notNumber: null, wholeNumber: null, range: null, notBoolean: null, notOption: null, notList: null, length: null, notRecord: null,
  unknownKey: null, missing: null, sharesSum: null, unknownPart: null, emptyText: null, tooLong: null, notObject: null, unknownGroup: null,
  unknownParameter: null, loanCap: null, horizon: null, uncertaintyNotObject: null, notUncertainParameter: null, notDistribution: null,
  notDistributionSetting: null, settingNotNumber: null, bounds: null, aboveLow: null, modeBetween: null, aboveZero: null, lowPositive: null,
  householdsMissing: null, householdsNotObject: null, sha256: null, rowsCount: null, notScenarioObject: null, versionMissing: null,
  versionInvalid: null, versionNewer: null, noMigration: null, unknownOldGroup: null, laterPart: null, wholeRecord: null, entriesSum: null, unknownEntry: null,
};

/** Every code, so that a language's messages can be checked for each (the record above fails to compile without one). */
export const ISSUE_CODES = Object.keys(CODES) as readonly IssueCode[];

/** The value `v` as data for a message's "got …". */
export function found(v: unknown): Found {
  if (v === null) return { type: 'null' };
  if (Array.isArray(v)) return { type: 'list' };
  if (typeof v === 'string') return { type: 'text', text: v.length > 40 ? `${v.slice(0, 40)}…` : v };
  if (typeof v === 'number') return { type: 'number', value: v };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  return typeof v === 'object' ? { type: 'object' } : { type: 'other', text: `${typeof v} ${String(v)}` };
}

/** An issue at `path` with its code, arguments and English message. */
export function coded<C extends IssueCode>(path: string, code: C, args: IssueArgs[C], message: string): ValidationIssue {
  // TypeScript does not tie a generic C to its member of the CodedIssue union; the signature does.
  return { path, message, code, args } as ValidationIssue;
}
