/**
 * The columns of the household CSV format (docs/households-csv.md), the
 * codes its text values map to, and what can be wrong with a file in English
 * (rowProblemText). One place, so the parser, the writer, the CLI and the
 * documentation agree.
 */
import { REGIONS, REGION_LABELS, type RegionId } from './regions';
import { LIVELIHOODS } from './livelihoods';
import type { RowProblem } from './households';

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

/** Other spellings of regions that surveys and registries use, beside the ids and REGION_LABELS. */
const REGION_ALIASES: readonly (readonly [string, RegionId])[] = [
  ['KPK', 'kp'], ['Gilgit Baltistan', 'gb'], ['Azad Jammu and Kashmir', 'ajk'], ['Azad Kashmir', 'ajk'], ['Islamabad Capital Territory', 'ict'],
];

/** A region's names beside its id: its label, then its other spellings. */
const spellingsOf = (id: RegionId): string[] => [REGION_LABELS[id], ...REGION_ALIASES.filter(([, r]) => r === id).map(([name]) => name)];

/** The names a file may give a region beside its id, in REGIONS order, as messages list them. */
export const REGION_SPELLINGS: readonly string[] = REGIONS.flatMap(spellingsOf);

/** Region ids and every spelling of their names, lower-cased, to the index in REGIONS. */
export const REGION_NAMES: ReadonlyMap<string, number> = new Map(
  REGIONS.flatMap((id, k) => [[id, k] as const, ...spellingsOf(id).map((name) => [name.toLowerCase(), k] as const)]),
);

/**
 * What one column's values may be. `number`: a finite number in [min, max]
 * (above min, when `above`), whole when `integer`; `code`: one of `names`
 * (case-insensitive), kept as its index, below `count`, listed in messages
 * as `codes` (and the regions' names, REGION_SPELLINGS, when `regionNames`); `flag`: 0 or 1, also written as a
 * whole decimal ("1.0", as pandas writes an integer column that had a missing value), as a whole number may be;
 * `text`: not empty.
 */
export type ValueRule =
  | { kind: 'number'; min: number; max: number; above: boolean; integer: boolean }
  | { kind: 'code'; names: ReadonlyMap<string, number>; count: number; codes: string; regionNames: boolean }
  | { kind: 'flag' }
  | { kind: 'text' };
export type NumberRule = Extract<ValueRule, { kind: 'number' }>;
export type CodeRule = Extract<ValueRule, { kind: 'code' }>;

const number = (min: number, max: number, { above = false, integer = false } = {}): NumberRule => ({ kind: 'number', min, max, above, integer });
const code = (list: readonly string[]): CodeRule => ({ kind: 'code', names: new Map(list.map((v, k) => [v, k])), count: list.length, codes: list.join(', '), regionNames: false });
const FLAG: ValueRule = { kind: 'flag' };

/*
 * Bounds on magnitudes. A number that is finite is not yet one a survey could hold: a weight of 1e20 or a
 * consumption of 1e300 runs, and its totals come out null, 0 or nonsense. Each bound is set, with a wide
 * margin, at what a real file could hold (docs/households-csv.md, "Bounds"), so that only a unit, exponent
 * or column mix-up is refused.
 */
/** Real households one row stands for: at most every household in Pakistan (some 38–40 million: 241 million people in the 2023 census at 6.3 a household). */
export const MAX_WEIGHT = 50_000_000;
/**
 * Adult-equivalents of the smallest household: one person, weighted 0.8 as a child on Pakistan's scale and
 * 0.5 or more on other scales in use (OECD-modified: 1 for the first member).
 */
export const MIN_AE = 0.5;
/**
 * Welfare per adult-equivalent a month, PKR: from one paisa, the smallest amount of money there is, to
 * Rs 1 trillion. No survey household comes near (the richest spend a few hundred thousand; the poverty line is
 * Rs 3,785), but the model's own populations do at the edges of the income parameters' ranges, and a file the
 * model exports must import again: at permanentSd 2 (its maximum) a 100,000-household export held incomes of
 * Rs 360 million, and with every spread at its maximum and livelihood offsets at ±2, savings of Rs 5.7 trillion
 * and permanent logs of 23.5. Rs 100 million and Rs 10 bn refused those. What these bounds are for is a unit,
 * exponent or column mix-up (1e20, 1e300), which they still refuse.
 */
export const MIN_WELFARE = 0.01;
export const MAX_WELFARE = 1_000_000_000_000;
/** A household's liquid savings, PKR: Rs 1,000 trillion, beyond what the model's widest populations hold (above). */
export const MAX_SAVINGS = 1_000_000_000_000_000;
/**
 * Model-state logs (natural log of PKR a month per adult-equivalent, and the persistent component). The
 * permanent part spans the welfare bounds in logs (−4.6 to 27.6) with margin; the persistent part has a
 * stationary spread of at most 2 log points in any valid scenario (world.income.persistentSd), so ±15 is
 * beyond 7 spreads. exp of either stays finite.
 */
export const PERMANENT_LOG_RANGE = [-10, 35] as const;
export const PERSISTENT_LOG_RANGE = [-15, 15] as const;

/**
 * Every column's rule: the one table the CSV parser checks a file's cells
 * against (householdsParse.ts) and the app checks data kept in the browser
 * against (householdValueProblem, via app/datasetStore.ts), so a value the
 * parser refuses can never reach the engine by another road. Besides these,
 * one rule spans two columns: adult_equivalents ≤ size (aeProblem).
 */
export const VALUE_RULES: Readonly<Record<Column, ValueRule>> = {
  household_id: { kind: 'text' },
  weight: number(0, MAX_WEIGHT, { above: true }),
  region: { kind: 'code', names: REGION_NAMES, count: REGIONS.length, codes: REGIONS.join(', '), regionNames: true },
  area: code(AREAS),
  size: number(1, MAX_SIZE, { integer: true }),
  adult_equivalents: number(MIN_AE, Infinity),
  livelihood: code(LIVELIHOOD_CODES),
  female_head: FLAG,
  elderly_disabled: FLAG,
  school_children: FLAG,
  skilled: FLAG,
  income_per_ae: number(MIN_WELFARE, MAX_WELFARE),
  consumption_per_ae: number(MIN_WELFARE, MAX_WELFARE),
  pmt_score: number(0, 100),
  existing_transfer: FLAG,
  savings_pkr: number(0, MAX_SAVINGS),
  loan_status: code(LOAN_STATUSES),
  // An Int32Array holds it.
  replication: number(0, 2 ** 31 - 1, { integer: true }),
  permanent_log: number(...PERMANENT_LOG_RANGE),
  persistent_log: number(...PERSISTENT_LOG_RANGE),
};

/** Why `x` breaks a number rule, or null; `written` is the value as the message quotes it (RowProblem). */
export function numberProblem(rule: NumberRule, x: number, written: string = String(x)): RowProblem | null {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? { kind: 'notNumber', got: 'NaN' } : { kind: 'tooLarge', got: written };
  if (rule.integer && !Number.isInteger(x)) return { kind: 'notWhole', got: written };
  const low = rule.above ? x <= rule.min : x < rule.min;
  if (!low && !(x > rule.max)) return null;
  // "Between 0 and 50000000" would admit a lower bound the value may not reach (a weight of 0), so a rule
  // with one names only the bound the value broke.
  if (rule.above && rule.max !== Infinity)
    return low ? { kind: 'range', min: rule.min, max: Infinity, above: true, got: written } : { kind: 'range', min: -Infinity, max: rule.max, above: false, got: written };
  return { kind: 'range', min: rule.min, max: rule.max, above: rule.above, got: written };
}

/**
 * Why a value as held in HouseholdData (a number, or a code's index) breaks
 * its column's rule, or null, in English. Only data kept in the browser is
 * checked this way, and only its column and row are shown (app/datasetStore.ts).
 */
export function heldValueProblem(rule: Exclude<ValueRule, { kind: 'text' }>, x: number): string | null {
  switch (rule.kind) {
    case 'number': {
      const problem = numberProblem(rule, x);
      return problem && rowProblemText(problem);
    }
    case 'code':
      // A code's index is no file's cell, so no RowProblem says it.
      return Number.isInteger(x) && x >= 0 && x < rule.count ? null : `must be a code from 0 to ${rule.count - 1} (${codeList(rule)}), got ${x}`;
    case 'flag':
      return x === 0 || x === 1 ? null : rowProblemText({ kind: 'notFlag', got: String(x) });
  }
}

/** The rule spanning two columns: adult-equivalents (adults 1, children 0.8) cannot exceed the persons counted. */
export function aeProblem(ae: number, size: number): RowProblem | null {
  return ae > size ? { kind: 'aeAboveSize', size, got: String(ae) } : null;
}

const codeList = (rule: { codes: string; regionNames: boolean }): string => `${rule.codes}${rule.regionNames ? ` (or ${REGION_SPELLINGS.join(', ')})` : ''}`;

/**
 * A problem in English: every RowError's `message`, the CLI's words. The app
 * words the same problems from its catalogues (households: problem), whose
 * English a test holds to these.
 */
export function rowProblemText(p: RowProblem): string {
  const [income, consumption] = WELFARE_COLUMNS;
  const [permanent, persistent] = MODEL_STATE_COLUMNS;
  switch (p.kind) {
    case 'missing':
      return 'is missing';
    case 'notNumber':
      return `must be a number, got ${p.got}`;
    case 'tooLarge':
      return `is too large, got ${p.got}`;
    case 'notWhole':
      return `must be a whole number, got ${p.got}`;
    case 'range': {
      const range =
        p.max === Infinity ? `${p.above ? 'greater than' : 'at least'} ${p.min}` : p.min === -Infinity ? `at most ${p.max}` : `between ${p.min} and ${p.max}`;
      return `must be ${range}, got ${p.got}`;
    }
    case 'notCode':
      return `must be one of ${codeList(p)}, got ${p.got}`;
    case 'notFlag':
      return `must be 0 or 1, got ${p.got}`;
    case 'aeAboveSize':
      return `must not exceed size (${p.size}), got ${p.got}`;
    case 'repeats':
      return `${p.id} repeats line ${p.line}${p.replication === undefined ? '' : ` in replication ${p.replication}`}`;
    case 'rowLength':
      return `has ${p.values} values, the header has ${p.columns} columns`;
    case 'quoteSpans':
      return `a quote (") opened on line ${p.from} closes only on line ${p.to}, so one value spans ${p.lines} lines: no value in this file may hold a line break, so look for a stray or missing quote on those two lines`;
    case 'quoteUnclosed':
      // On the last line, it took nothing else: "all 1 lines" had been said.
      if (p.lines === 1) return `a quote (") opened on line ${p.from}, the last line, is never closed: look for a stray or missing quote there`;
      return `a quote (") opened on line ${p.from} is never closed, so all ${p.lines} lines from there to the end of the file (line ${p.to}) were read as one value: look for a stray or missing quote on line ${p.from}`;
    case 'noName':
      return `column ${p.column} has no name`;
    case 'unknownColumn':
      return `unknown column ${p.name} (known columns: ${ALL_COLUMNS.join(', ')})`;
    case 'otherSeparator':
      return `the columns are parted by ${p.separator === 'tab' ? 'tabs' : 'semicolons'}, not commas: save the file as CSV with commas (in Excel: "CSV (Comma delimited)")`;
    case 'twice':
      return `column ${p.name} appears twice (columns ${p.first} and ${p.second})`;
    case 'requiredMissing':
      return `required column ${p.name} is missing`;
    case 'welfareMissing':
      return `a welfare column is missing: give ${income} or ${consumption}`;
    case 'welfareBoth':
      return `give ${income} or ${consumption}, not both`;
    case 'pairMissing':
      return `column ${p.other} is missing: ${permanent} and ${persistent} go together`;
    case 'empty':
      return 'the file is empty: it needs a header row and one row per household';
    case 'headerOnly':
      return 'the file has a header but no households';
    case 'notUtf8':
      return `the file is not UTF-8 text, first on line ${p.line} at character ${p.character} of the line: save it as CSV UTF-8`;
    case 'utf16':
      return 'the file is UTF-16 text (as Excel saves "Unicode Text"), not UTF-8: save it as CSV UTF-8';
  }
}

/*
 * The households the weights add up to. A survey's household weights add up to the country's households (some 39
 * million: 247 million people in REGION_DATA at 6.3 a household), or a region's or district's for a file of part of
 * the country. Far outside that, the weights are most likely in another unit (1 for every row, scaled to the sample
 * size or to thousands; people's weights, a household's times its size), and every cost and total of a run, a sum of
 * weights, is off by as much: weights a thousand times too large left a whole budget unspent. Said, not refused: a
 * file of Islamabad or Gilgit-Baltistan holds under a million households, and export-population writes the model's
 * own populations, which at a mean household size of 1 (its setting's minimum) hold 247 million, and a file the model
 * writes must import again.
 */
/** Below this many weighted households (a replication), the weights are said to be far fewer than Pakistan's. */
export const FEW_HOUSEHOLDS = 1_000_000;
/** Above this many weighted households (a replication), the weights are said to be far more than Pakistan's. */
export const MANY_HOUSEHOLDS = 100_000_000;

/** Weighted households far from Pakistan's: `households` as the import summary gives them (per replication). */
export interface WeightsNote {
  kind: 'few' | 'many';
  households: number;
}

/** The note for a file whose weights add up to `households` (per replication), or null when they are in range. */
export function weightsNote(households: number): WeightsNote | null {
  if (!(households > 0)) return null;
  if (households < FEW_HOUSEHOLDS) return { kind: 'few', households };
  if (households > MANY_HOUSEHOLDS) return { kind: 'many', households };
  return null;
}

/**
 * The note in English, the households a whole number without grouping, as the CLI prints it; the app words it from
 * its catalogues (households: dialog.weightsFew, dialog.weightsMany), whose English a test holds to this.
 */
export function weightsNoteText(note: WeightsNote): string {
  const h = Math.round(note.households);
  return note.kind === 'few'
    ? `The weights add up to ${h} households, far fewer than Pakistan’s some 40 million. That is right for a file of one region or district; for the whole country, the weights are probably not the survey’s household weights (1 for every row, or scaled to the sample size or to thousands?), and every cost and total, a sum of weights, comes out far too small.`
    : `The weights add up to ${h} households, far more than Pakistan’s some 40 million: the weights are probably not the survey’s household weights (people’s weights, or in another unit?), and every cost and total, a sum of weights, comes out far too large, so most of a budget is left unspent.`;
}
