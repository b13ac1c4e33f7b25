/**
 * The columns of the household CSV format (docs/households-csv.md) and the
 * codes its text values map to. One place, so the parser, the writer and the
 * documentation agree.
 */
import { REGIONS, REGION_LABELS } from './regions';
import { LIVELIHOODS } from './livelihoods';

/** Columns every file has (plus exactly one of WELFARE_COLUMNS). */
export const REQUIRED_COLUMNS = [
  'household_id', 'weight', 'region', 'area', 'size', 'adult_equivalents', 'livelihood',
  'female_head', 'elderly_disabled', 'school_children', 'skilled',
] as const;
/** Welfare per adult-equivalent (PKR a month, 2019 prices): a file has exactly one of them. */
export const WELFARE_COLUMNS = ['income_per_ae', 'consumption_per_ae'] as const;
/** Columns a file may have; when absent the model's own rules apply. */
export const OPTIONAL_COLUMNS = [
  'pmt_score', 'existing_transfer', 'savings_pkr', 'loan_status', 'replication', 'permanent_log', 'persistent_log',
] as const;
/** Model-state columns go together: a file has both or neither. */
export const MODEL_STATE_COLUMNS = ['permanent_log', 'persistent_log'] as const;

export type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof WELFARE_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export const ALL_COLUMNS: readonly Column[] = [...REQUIRED_COLUMNS, ...WELFARE_COLUMNS, ...OPTIONAL_COLUMNS];

/** Livelihood codes in the file, in the engine's LIVELIHOODS order. */
export const LIVELIHOOD_CODES = ['small_farmer', 'farm_labourer', 'non_farm_wage', 'own_enterprise', 'salaried'] as const;
if (LIVELIHOOD_CODES.length !== LIVELIHOODS.length) throw new Error('LIVELIHOOD_CODES must follow LIVELIHOODS');

/** Loan status at the survey; the index is the code HouseholdData.loanStatus holds. */
export const LOAN_STATUSES = ['none', 'repaid', 'arrears'] as const;
export const LOAN_NONE = 0;
export const LOAN_REPAID = 1;
export const LOAN_ARREARS = 2;

export const AREAS = ['urban', 'rural'] as const;

/** Largest household the engine represents (its size is a Uint8 and its draws go up to 31 persons). */
export const MAX_SIZE = 31;

/** Region ids and their labels, lower-cased, to the index in REGIONS. */
export const REGION_NAMES: ReadonlyMap<string, number> = new Map(
  REGIONS.flatMap((id, k) => [[id, k] as const, [REGION_LABELS[id].toLowerCase(), k] as const]),
);

/**
 * What one column's values may be. `number`: a finite number in [min, max]
 * (above min, when `above`), whole when `integer`; `code`: one of `names`
 * (case-insensitive), kept as its index, below `count`; `flag`: 0 or 1;
 * `text`: not empty.
 */
export type ValueRule =
  | { kind: 'number'; min: number; max: number; above: boolean; integer: boolean }
  | { kind: 'code'; names: ReadonlyMap<string, number>; count: number; describe: string }
  | { kind: 'flag' }
  | { kind: 'text' };
export type NumberRule = Extract<ValueRule, { kind: 'number' }>;
export type CodeRule = Extract<ValueRule, { kind: 'code' }>;

const number = (min: number, max: number, { above = false, integer = false } = {}): NumberRule => ({ kind: 'number', min, max, above, integer });
const code = (list: readonly string[], describe = list.join(', ')): CodeRule => ({ kind: 'code', names: new Map(list.map((v, k) => [v, k])), count: list.length, describe });
const FLAG: ValueRule = { kind: 'flag' };
const POSITIVE = number(0, Infinity, { above: true });

/**
 * Every column's rule: the one table the CSV parser checks a file's cells
 * against (householdsParse.ts) and the app checks data kept in the browser
 * against (householdValueProblem, via app/datasetStore.ts), so a value the
 * parser refuses can never reach the engine by another road. Besides these,
 * one rule spans two columns: adult_equivalents ≤ size (aeProblem).
 */
export const VALUE_RULES: Readonly<Record<Column, ValueRule>> = {
  household_id: { kind: 'text' },
  weight: POSITIVE,
  region: { kind: 'code', names: REGION_NAMES, count: REGIONS.length, describe: `${REGIONS.join(', ')} (or the region names)` },
  area: code(AREAS),
  size: number(1, MAX_SIZE, { integer: true }),
  adult_equivalents: POSITIVE,
  livelihood: code(LIVELIHOOD_CODES),
  female_head: FLAG,
  elderly_disabled: FLAG,
  school_children: FLAG,
  skilled: FLAG,
  income_per_ae: POSITIVE,
  consumption_per_ae: POSITIVE,
  pmt_score: number(0, 100),
  existing_transfer: FLAG,
  savings_pkr: number(0, Infinity),
  loan_status: code(LOAN_STATUSES),
  // An Int32Array holds it.
  replication: number(0, 2 ** 31 - 1, { integer: true }),
  permanent_log: number(-Infinity, Infinity),
  persistent_log: number(-Infinity, Infinity),
};

/** Why `x` breaks a number rule, or null; `written` is the value as the file wrote it. */
export function numberProblem(rule: NumberRule, x: number, written: string = String(x)): string | null {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'must be a number, got NaN' : `is too large, got ${written}`;
  if (rule.integer && !Number.isInteger(x)) return `must be a whole number, got ${written}`;
  if ((rule.above ? x <= rule.min : x < rule.min) || x > rule.max) {
    const range = rule.max === Infinity ? `${rule.above ? 'greater than' : 'at least'} ${rule.min}` : `between ${rule.min} and ${rule.max}`;
    return `must be ${range}, got ${written}`;
  }
  return null;
}

/** Why a value as held in HouseholdData (a number, or a code's index) breaks its column's rule, or null. */
export function heldValueProblem(rule: ValueRule, x: number): string | null {
  switch (rule.kind) {
    case 'number':
      return numberProblem(rule, x);
    case 'code':
      return Number.isInteger(x) && x >= 0 && x < rule.count ? null : `must be a code from 0 to ${rule.count - 1} (${rule.describe}), got ${x}`;
    case 'flag':
      return x === 0 || x === 1 ? null : `must be 0 or 1, got ${x}`;
    case 'text':
      return 'is text';
  }
}

/** The rule spanning two columns: adult-equivalents (adults 1, children 0.8) cannot exceed the persons counted. */
export function aeProblem(ae: number, size: number): string | null {
  return ae > size ? `must not exceed size (${size}), got ${ae}` : null;
}
