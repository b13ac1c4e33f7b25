/**
 * Household microdata: the columnar form of an imported household file
 * (docs/households-csv.md), its summary, its hash, and the registry from
 * which simulateWorld takes the data a scenario names by hash.
 */
import { REGIONS, type RegionId } from './regions';

export { parseHouseholdsCsv, MAX_ERRORS } from './householdsParse';
export { decodeUtf8 } from './householdsUtf8';
export { formatHouseholdsCsv } from './householdsFormat';
export {
  REQUIRED_COLUMNS, WELFARE_COLUMNS, OPTIONAL_COLUMNS, MODEL_STATE_COLUMNS, ALL_COLUMNS, LIVELIHOOD_CODES, LOAN_STATUSES, MAX_SIZE, REGION_SPELLINGS, rowProblemText,
  FEW_HOUSEHOLDS, MANY_HOUSEHOLDS, weightsNote, weightsNoteText, type WeightsNote,
  type Column,
} from './householdColumns';

/** One problem in a file. `line`: 1-based file line (the header is line 1); `column`: the column's name, null for the row as a whole. */
export interface RowError {
  /** The file's line (the header is line 1); 0 for the file as a whole (empty, not UTF-8). */
  line: number;
  column: string | null;
  /** What is wrong, as data, for the app to say in its own language. */
  problem: RowProblem;
  /** The problem in English (rowProblemText), as the CLI prints it. */
  message: string;
}

/**
 * What is wrong with a file, its header, a row or a cell, with the values its
 * message quotes, so that the app can say it in Urdu as well as English
 * (rowProblemText words it in English). Text from the file is held as the
 * English message quotes it, so that every language shows the file's own
 * characters alike: a cell's text, a household id or a column name as a JSON
 * string cut at 40 characters ("abc"), a number as the file wrote it (0.50).
 */
export type RowProblem =
  // A cell; RowError.column names its column.
  | { kind: 'missing' }
  | { kind: 'notNumber'; got: string }
  | { kind: 'tooLarge'; got: string }
  | { kind: 'notWhole'; got: string }
  /**
   * Below `min` (not above it, when `above`) or above `max`; `max` is Infinity for a rule with no upper bound.
   * A rule whose lower bound is open (`above`) names only the bound broken: `max` Infinity below it, `min`
   * −Infinity above its `max` (a weight: greater than 0, at most 50,000,000).
   */
  | { kind: 'range'; min: number; max: number; above: boolean; got: string }
  /** `codes`: the codes allowed, "urban, rural"; `regionNames`: the regions' names are allowed too. */
  | { kind: 'notCode'; codes: string; regionNames: boolean; got: string }
  | { kind: 'notFlag'; got: string }
  /** More adult-equivalents (`got`) than persons (`size`). */
  | { kind: 'aeAboveSize'; size: number; got: string }
  /** A household id first seen on `line`, in the same replication (when the file has a replication column). */
  | { kind: 'repeats'; id: string; line: number; replication?: number }
  // A row as a whole.
  | { kind: 'rowLength'; values: number; columns: number }
  /**
   * A quoted value that runs from line `from` to line `to` (`lines` lines): no value of the format holds a line
   * break, so a quote is stray or missing, and the lines it took (each a row of the file) are bad rows.
   */
  | { kind: 'quoteSpans'; from: number; to: number; lines: number }
  /** A quote opened on line `from` that no quote closes: the `lines` lines from there to the file's last (`to`) were read as one value. */
  | { kind: 'quoteUnclosed'; from: number; to: number; lines: number }
  // The header (line 1); `column` counts from 1.
  | { kind: 'noName'; column: number }
  | { kind: 'unknownColumn'; name: string }
  /** The header is one column that holds the known names parted by semicolons or tabs, not by commas. */
  | { kind: 'otherSeparator'; separator: 'semicolon' | 'tab' }
  | { kind: 'twice'; name: string; first: number; second: number }
  | { kind: 'requiredMissing'; name: string }
  /** Neither of WELFARE_COLUMNS; both of them. */
  | { kind: 'welfareMissing' }
  | { kind: 'welfareBoth' }
  /** One of MODEL_STATE_COLUMNS without `other`. */
  | { kind: 'pairMissing'; other: string }
  // The file as a whole: empty (line 0), a header and no households (line 2), not UTF-8 or UTF-16 (line 0).
  | { kind: 'empty' }
  | { kind: 'headerOnly' }
  /** The first byte that is not UTF-8: its `line` (from 1, as the parser counts lines) and the `character` in that line it is (from 1). */
  | { kind: 'notUtf8'; line: number; character: number }
  | { kind: 'utf16' };

/**
 * Households as columns; every array has length n and owns its buffer, so
 * the whole can be transferred to a worker. Codes index REGIONS, LIVELIHOODS
 * and LOAN_STATUSES. Optional columns the file did not have are null.
 */
export interface HouseholdData {
  n: number;
  householdId: string[];
  /** Replication each row belongs to (a file written by export-population); null: every replication uses every row. */
  replication: Int32Array | null;
  region: Uint8Array;
  rural: Uint8Array;
  /** Real households the row stands for. */
  weight: Float64Array;
  size: Uint8Array;
  /** Adult-equivalents: adults 1, children 0.8. */
  ae: Float64Array;
  /** Income or consumption per adult-equivalent, PKR a month (2019 prices), as given. */
  welfare: Float64Array;
  welfareKind: 'income' | 'consumption';
  livelihood: Uint8Array;
  femaleHead: Uint8Array;
  elderlyDisabled: Uint8Array;
  schoolChildren: Uint8Array;
  skilled: Uint8Array;
  pmt: Float64Array | null;
  existing: Uint8Array | null;
  savings: Float64Array | null;
  loanStatus: Uint8Array | null;
  permanentLog: Float64Array | null;
  persistentLog: Float64Array | null;
}

export interface ParsedHouseholds {
  data: HouseholdData;
  /** The problems found, in file order: the first MAX_ERRORS of them. */
  errors: RowError[];
  /** Problems found in all, those beyond MAX_ERRORS included (a row may have several). */
  errorCount: number;
  /** Data rows read (blank lines not counted; each line a quoted value over several lines took counts as a row). */
  rows: number;
  /** Rows left out because of an error (exact, even beyond MAX_ERRORS; every line a quoted value over lines took). */
  badRows: number;
}

export interface RegionSummary {
  region: RegionId;
  rows: number;
  /** Weighted households. */
  households: number;
  /** Share of people (weight × size) whose welfare is below the line; NaN for a region without rows. */
  headcount: number;
}

export interface HouseholdSummary {
  rows: number;
  /** Weighted households (per replication, when the file has a replication column). */
  households: number;
  /** Weighted people (per replication, likewise). */
  people: number;
  headcount: number;
  byRegion: RegionSummary[];
  welfareKind: 'income' | 'consumption';
}

/** Distinct replications in the data (1 when it has no replication column). */
export function replicationCount(data: HouseholdData): number {
  if (!data.replication) return 1;
  return new Set(data.replication).size || 1;
}

/**
 * Summary at a poverty line (PKR per adult-equivalent a month): weighted
 * households and people, and the people-weighted (weight × size) share whose
 * welfare is below the line, in all and by region. A file with a replication
 * column holds one population per replication, so its totals are averaged
 * over them; the headcount is a ratio and needs no such care.
 */
export function summariseHouseholds(data: HouseholdData, povertyLinePKR: number): HouseholdSummary {
  const k = REGIONS.length;
  const rows = new Int32Array(k);
  const households = new Float64Array(k);
  const people = new Float64Array(k);
  const poor = new Float64Array(k);
  for (let i = 0; i < data.n; i++) {
    const r = data.region[i]!;
    const w = data.weight[i]!;
    const p = w * data.size[i]!;
    rows[r]++;
    households[r] += w;
    people[r] += p;
    if (data.welfare[i]! < povertyLinePKR) poor[r] += p;
  }
  const reps = replicationCount(data);
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  return {
    rows: data.n,
    households: sum(households) / reps,
    people: sum(people) / reps,
    headcount: sum(poor) / sum(people),
    byRegion: REGIONS.map((region, r) => ({
      region, rows: rows[r]!, households: households[r]! / reps, headcount: people[r]! > 0 ? poor[r]! / people[r]! : NaN,
    })),
    welfareKind: data.welfareKind,
  };
}

/** SHA-256 of the file's bytes (a string is hashed as its UTF-8 bytes), lowercase hex. Web Crypto: browsers and Node 20. */
export async function sha256Hex(bytes: Uint8Array | string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  // Browsers offer Web Crypto only in secure contexts (https, localhost).
  if (!subtle) throw new Error('SHA-256 needs Web Crypto, which this page does not have (open the app over https or on localhost)');
  const input = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = await subtle.digest('SHA-256', input as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Registered data by hash. Kept until unregistered: whoever registers data
 * (the app, for the data sets its scenarios name; the CLI, for its one file)
 * lets go of it, so a scenario's data is never dropped under it. Memory:
 * see docs/households-csv.md ("In the browser").
 */
const registry = new Map<string, HouseholdData>();

/** Make the data available to simulateWorld for scenarios whose `households.sha256` is `sha256`. */
export function registerHouseholds(sha256: string, data: HouseholdData): void {
  registry.set(sha256, data);
}

/** Let go of the data of `sha256` (nothing if none is registered): scenarios naming it no longer run here. */
export function unregisterHouseholds(sha256: string): void {
  registry.delete(sha256);
}

export function hasHouseholds(sha256: string): boolean {
  return registry.has(sha256);
}

/** The registered data of a hash, or undefined. */
export function registeredHouseholds(sha256: string): HouseholdData | undefined {
  return registry.get(sha256);
}
