/**
 * Parse and validate a household CSV (docs/households-csv.md) into columns.
 * The text is split as d3-dsv splits it (csvRows, which also says where each
 * row and each quote that spans lines is); every cell is then checked against its column's
 * rule. Good rows go to the data, bad rows to the error list with their file
 * line and column, so one bad row never hides the others nor spoils the rest.
 */
import {
  ALL_COLUMNS, MODEL_STATE_COLUMNS, REQUIRED_COLUMNS, VALUE_RULES, WELFARE_COLUMNS, aeProblem, numberProblem, rowProblemText,
  type CodeRule, type Column, type NumberRule,
} from './householdColumns';
import type { HouseholdData, ParsedHouseholds, RowError, RowProblem } from './households';
import { csvRows, type QuoteSpan } from './householdsCsvRows';
import { decodeUtf8 } from './householdsUtf8';

/** A decimal number as written in a CSV (no hex, no "Infinity", no empty string, which Number() would take). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 5000;
/** At most this many errors are listed (a wholly wrong file would otherwise give one per cell); `errorCount` and `badRows` stay exact. */
export const MAX_ERRORS = 1000;

function emptyData(welfareKind: HouseholdData['welfareKind']): HouseholdData {
  return {
    n: 0, householdId: [], replication: null, region: new Uint8Array(0), rural: new Uint8Array(0), weight: new Float64Array(0),
    size: new Uint8Array(0), ae: new Float64Array(0), welfare: new Float64Array(0), welfareKind, livelihood: new Uint8Array(0),
    femaleHead: new Uint8Array(0), elderlyDisabled: new Uint8Array(0), schoolChildren: new Uint8Array(0), skilled: new Uint8Array(0),
    pmt: null, existing: null, savings: null, loanStatus: null, permanentLog: null, persistentLog: null,
  };
}

/** Where the first line ends: the index of its first line break (the text's length if none). */
function firstBreak(text: string): number {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  return r >= 0 && (n < 0 || r < n) ? r : n >= 0 ? n : text.length;
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

const rowError = (line: number, column: string | null, problem: RowProblem): RowError => ({ line, column, problem, message: rowProblemText(problem) });

/** A file with no household to read: its one problem, on line 0. */
function unreadable(problem: RowProblem): ParsedHouseholds {
  return { data: emptyData('income'), errors: [rowError(0, null, problem)], errorCount: 1, rows: 0, badRows: 0 };
}

/**
 * A quoted value that holds a line break, or whose quote is never closed, as a problem. No column of the format can
 * hold a line break (ids, numbers and codes all fit on one line), so such a value is a stray or missing quote: left
 * alone, d3-dsv read everything up to the next quote as one cell, and tens of thousands of households vanished into
 * it without a word.
 */
const quoteProblem = (span: QuoteSpan): RowProblem =>
  span.closed ? { kind: 'quoteSpans', from: span.from, to: span.to, lines: span.to - span.from + 1 } : { kind: 'quoteUnclosed', from: span.from, to: span.to, lines: span.to - span.from + 1 };

const isRequired = (n: string) => (REQUIRED_COLUMNS as readonly string[]).includes(n.trim().toLowerCase());

/**
 * The separator other than a comma that the file's first line parts two required names at least by (a file of one
 * column named "household_id" has no other), its quotes ignored: `"household_id";"weight";…`, as R's write.csv2
 * writes it, splits into its names at every closing quote (d3-dsv ends a quoted cell at the character after its
 * quote, whatever it is), so its header looks right and its rows, whose numbers are not quoted, do not.
 */
function otherSeparatorIn(firstLine: string): ';' | '\t' | undefined {
  if (firstLine.includes(',')) return undefined;
  const names = firstLine.replace(/"/g, '');
  return ([';', '\t'] as const).find((sep) => names.split(sep).filter(isRequired).length >= 2);
}

const separatorProblem = (sep: ';' | '\t'): RowError => rowError(1, null, { kind: 'otherSeparator', separator: sep === '\t' ? 'tab' : 'semicolon' });

/** Check the header row: every name known, none twice, the required ones present, one welfare column. */
function readHeader(header: readonly string[]): { index: Map<Column, number>; errors: RowError[] } {
  const errors: RowError[] = [];
  // Saved with semicolons (Excel in regions whose decimal mark is a comma) or tabs: one error that says so, not an
  // unknown column "household_id;weight;…" and every required column missing.
  const other = header.length === 1 ? otherSeparatorIn(header[0]!) : undefined;
  if (other !== undefined) return { index: new Map(), errors: [separatorProblem(other)] };
  const index = new Map<Column, number>();
  const known = new Set<string>(ALL_COLUMNS);
  header.forEach((raw, k) => {
    const name = raw.trim().toLowerCase();
    if (name === '') errors.push(rowError(1, null, { kind: 'noName', column: k + 1 }));
    else if (!known.has(name)) errors.push(rowError(1, name, { kind: 'unknownColumn', name: quote(name) }));
    else if (index.has(name as Column)) errors.push(rowError(1, name, { kind: 'twice', name: quote(name), first: index.get(name as Column)! + 1, second: k + 1 }));
    else index.set(name as Column, k);
  });
  for (const c of REQUIRED_COLUMNS) if (!index.has(c)) errors.push(rowError(1, c, { kind: 'requiredMissing', name: quote(c) }));
  const welfare = WELFARE_COLUMNS.filter((c) => index.has(c));
  if (welfare.length === 0) errors.push(rowError(1, null, { kind: 'welfareMissing' }));
  if (welfare.length === 2) errors.push(rowError(1, 'consumption_per_ae', { kind: 'welfareBoth' }));
  const state = MODEL_STATE_COLUMNS.filter((c) => index.has(c));
  if (state.length === 1) {
    const other = MODEL_STATE_COLUMNS.find((c) => !index.has(c))!;
    errors.push(rowError(1, other, { kind: 'pairMissing', other: quote(other) }));
  }
  return { index, errors };
}

/**
 * Parse and validate a CSV file: its text, or its bytes, which must be UTF-8
 * (a byte-order mark is dropped either way). Good rows go to `data`; each bad
 * row gives at least one RowError (its line, column and why) and is left out.
 * A bad header gives errors on line 1 and empty data; a file that is empty or
 * not UTF-8 (decodeUtf8: where, or that it is UTF-16), one error on line 0.
 * Never throws on bad input.
 */
export function parseHouseholdsCsv(file: string | Uint8Array, onProgress?: (rowsDone: number) => void): ParsedHouseholds {
  let text: string;
  if (typeof file === 'string') text = file;
  else {
    // Anything that is not UTF-8 is refused rather than misread, saying where (or that it is UTF-16).
    const decoded = decodeUtf8(file);
    if (!decoded.ok) return unreadable(decoded.problem);
    text = decoded.text;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { rows, lines, spans } = csvRows(body);
  const errors: RowError[] = [];
  let errorCount = 0;
  const fail = (e: RowError) => {
    errorCount++;
    if (errors.length < MAX_ERRORS) errors.push(e);
  };
  if (rows.length === 0 || (rows.length === 1 && rows[0]!.length === 1 && rows[0]![0]!.trim() === '')) return unreadable({ kind: 'empty' });
  const header = rows[0]!;
  // A quote in the header that runs over lines: its names are not to be trusted, nor is any row after it.
  const headerSpans = spans.filter((sp) => sp.row === 0);
  if (headerSpans.length > 0) {
    const errs = headerSpans.map((sp) => rowError(1, null, quoteProblem(sp)));
    return { data: emptyData('income'), errors: errs, errorCount: errs.length, rows: Math.max(0, rows.length - 1), badRows: 0 };
  }
  const { index, errors: headerErrors } = readHeader(header);
  const welfareKind = index.has('consumption_per_ae') ? 'consumption' : 'income';
  if (headerErrors.length > 0) return { data: emptyData(welfareKind), errors: headerErrors, errorCount: headerErrors.length, rows: Math.max(0, rows.length - 1), badRows: 0 };
  // A header of quoted names parted by semicolons (or tabs) reads as the right columns; if its rows do not, the file is
  // one with another separator, said once on line 1 rather than every row's count of values. One whose every cell is
  // quoted reads right throughout, and is read.
  const otherSeparator = otherSeparatorIn(body.slice(0, firstBreak(body)));
  if (otherSeparator !== undefined && rows.some((r, k) => k > 0 && r.length !== header.length && !(r.length === 1 && r[0]!.trim() === ''))) {
    const errs = [separatorProblem(otherSeparator)];
    return { data: emptyData(welfareKind), errors: errs, errorCount: 1, rows: rows.length - 1, badRows: 0 };
  }
  /** The quoted values that span lines, by row; the name of each column, by its place in the header. */
  const spansOf = new Map<number, QuoteSpan[]>();
  for (const sp of spans) spansOf.set(sp.row, [...(spansOf.get(sp.row) ?? []), sp]);
  const columnAt = (cellIndex: number): string | null => (cellIndex < header.length ? header[cellIndex]!.trim().toLowerCase() : null);

  const cap = rows.length - 1;
  const col = (c: Column) => index.get(c) ?? -1;
  const cId = col('household_id');
  const cRep = col('replication');
  const cWeight = col('weight');
  const cRegion = col('region');
  const cArea = col('area');
  const cSize = col('size');
  const cAe = col('adult_equivalents');
  const welfareColumn: Column = welfareKind === 'consumption' ? 'consumption_per_ae' : 'income_per_ae';
  const cWelfare = col(welfareColumn);
  const cLive = col('livelihood');
  const flagColumns = ['female_head', 'elderly_disabled', 'school_children', 'skilled'] as const;
  const cFlags = flagColumns.map(col);
  const cPmt = col('pmt_score');
  const cExisting = col('existing_transfer');
  const cSavings = col('savings_pkr');
  const cLoan = col('loan_status');
  const cPerm = col('permanent_log');
  const cPers = col('persistent_log');

  const householdId: string[] = [];
  const replication = cRep >= 0 ? new Int32Array(cap) : null;
  const region = new Uint8Array(cap);
  const rural = new Uint8Array(cap);
  const weight = new Float64Array(cap);
  const size = new Uint8Array(cap);
  const ae = new Float64Array(cap);
  const welfare = new Float64Array(cap);
  const livelihood = new Uint8Array(cap);
  const flags = flagColumns.map(() => new Uint8Array(cap));
  const pmt = cPmt >= 0 ? new Float64Array(cap) : null;
  const existing = cExisting >= 0 ? new Uint8Array(cap) : null;
  const savings = cSavings >= 0 ? new Float64Array(cap) : null;
  const loanStatus = cLoan >= 0 ? new Uint8Array(cap) : null;
  const permanentLog = cPerm >= 0 ? new Float64Array(cap) : null;
  const persistentLog = cPers >= 0 ? new Float64Array(cap) : null;
  /** First line of each (replication, household_id), to name it in a duplicate's message. */
  const seen = new Map<string, number>();

  let n = 0;
  let dataRows = 0;
  let badRows = 0;
  // The row being read and its line; the checks below read them (defined once, not per row).
  let row: string[] = header;
  let rowLine = 1;
  const bad = (column: Column, problem: RowProblem) => fail(rowError(rowLine, column, problem));
  const cell = (c: number) => row[c]!.trim();
  /** The cell as a number its column's rule allows (VALUE_RULES); NaN when bad. */
  const num = (c: number, column: Column): number => {
    const s = cell(c);
    if (s === '') {
      bad(column, { kind: 'missing' });
      return NaN;
    }
    if (!NUMBER.test(s)) {
      bad(column, { kind: 'notNumber', got: quote(s) });
      return NaN;
    }
    const x = Number(s);
    const problem = numberProblem(VALUE_RULES[column] as NumberRule, x, Number.isFinite(x) ? s : quote(s));
    if (problem === null) return x;
    bad(column, problem);
    return NaN;
  };
  /** Index of the cell's value among its column's codes (case-insensitive); -1 when bad. */
  const code = (c: number, column: Column): number => {
    const s = cell(c);
    if (s === '') {
      bad(column, { kind: 'missing' });
      return -1;
    }
    const rule = VALUE_RULES[column] as CodeRule;
    const k = rule.names.get(s.toLowerCase()) ?? -1;
    if (k < 0) bad(column, { kind: 'notCode', codes: rule.codes, regionNames: rule.regionNames, got: quote(s) });
    return k;
  };
  const flag = (c: number, column: Column): number => {
    const s = cell(c);
    if (s === '0' || s === '1') return s === '1' ? 1 : 0;
    // Written as a number whose value is 0 or 1 ("1.0", "0.0"): a whole number column is read the same way (size "5.0").
    if (NUMBER.test(s)) {
      const x = Number(s);
      if (x === 0 || x === 1) return x;
    }
    bad(column, s === '' ? { kind: 'missing' } : { kind: 'notFlag', got: quote(s) });
    return 0;
  };
  const flagValues = new Uint8Array(flagColumns.length);
  for (let k = 1; k < rows.length; k++) {
    row = rows[k]!;
    rowLine = lines[k]!;
    if (k % PROGRESS_EVERY === 0) onProgress?.(k);
    // A quoted value over several lines (or to the end of the file) is a quote out of place: the row is bad, and so is
    // every line the value took, each of which was a row of the file (no value of the format holds a line break).
    const rowSpans = spansOf.get(k);
    if (rowSpans) {
      for (const sp of rowSpans) fail(rowError(sp.from, columnAt(sp.cell), quoteProblem(sp)));
      const taken = rowSpans[rowSpans.length - 1]!.to - rowLine + 1;
      dataRows += taken;
      badRows += taken;
      continue;
    }
    // A blank line (d3-dsv gives one empty cell) is not a household.
    if (row.length === 1 && row[0]!.trim() === '') continue;
    dataRows++;
    if (row.length !== header.length) {
      fail(rowError(rowLine, null, { kind: 'rowLength', values: row.length, columns: header.length }));
      badRows++;
      continue;
    }
    const before = errorCount;
    const id = cell(cId);
    if (id === '') bad('household_id', { kind: 'missing' });
    const rep = replication ? num(cRep, 'replication') : 0;
    const w = num(cWeight, 'weight');
    const reg = code(cRegion, 'region');
    const area = code(cArea, 'area');
    const sz = num(cSize, 'size');
    const a = num(cAe, 'adult_equivalents');
    const aeTooLarge = Number.isFinite(a) && Number.isFinite(sz) ? aeProblem(a, sz) : null;
    if (aeTooLarge !== null) bad('adult_equivalents', aeTooLarge);
    const y = num(cWelfare, welfareColumn);
    const live = code(cLive, 'livelihood');
    for (let j = 0; j < flagColumns.length; j++) flagValues[j] = flag(cFlags[j]!, flagColumns[j]!);
    const score = pmt ? num(cPmt, 'pmt_score') : 0;
    const ex = existing ? flag(cExisting, 'existing_transfer') : 0;
    const sav = savings ? num(cSavings, 'savings_pkr') : 0;
    const loan = loanStatus ? code(cLoan, 'loan_status') : 0;
    const perm = permanentLog ? num(cPerm, 'permanent_log') : 0;
    const pers = persistentLog ? num(cPers, 'persistent_log') : 0;
    if (id !== '' && Number.isFinite(rep)) {
      const key = replication ? `${rep}\u0000${id}` : id;
      const first = seen.get(key);
      if (first !== undefined) bad('household_id', replication ? { kind: 'repeats', id: quote(id), line: first, replication: rep } : { kind: 'repeats', id: quote(id), line: first });
      else seen.set(key, rowLine);
    }
    if (errorCount > before) {
      badRows++;
      continue;
    }
    householdId.push(id);
    if (replication) replication[n] = rep;
    weight[n] = w;
    region[n] = reg;
    rural[n] = area;
    size[n] = sz;
    ae[n] = a;
    welfare[n] = y;
    livelihood[n] = live;
    for (let j = 0; j < flags.length; j++) flags[j]![n] = flagValues[j]!;
    if (pmt) pmt[n] = score;
    if (existing) existing[n] = ex;
    if (savings) savings[n] = sav;
    if (loanStatus) loanStatus[n] = loan;
    if (permanentLog) permanentLog[n] = perm;
    if (persistentLog) persistentLog[n] = pers;
    n++;
  }
  onProgress?.(rows.length - 1);
  if (dataRows === 0 && errorCount === 0) fail(rowError(2, null, { kind: 'headerOnly' }));
  // Copies of exactly n values: each array owns its buffer, so it can be transferred to a worker.
  const data: HouseholdData = {
    n, householdId, replication: replication?.slice(0, n) ?? null,
    region: region.slice(0, n), rural: rural.slice(0, n), weight: weight.slice(0, n), size: size.slice(0, n), ae: ae.slice(0, n),
    welfare: welfare.slice(0, n), welfareKind, livelihood: livelihood.slice(0, n),
    femaleHead: flags[0]!.slice(0, n), elderlyDisabled: flags[1]!.slice(0, n), schoolChildren: flags[2]!.slice(0, n), skilled: flags[3]!.slice(0, n),
    pmt: pmt?.slice(0, n) ?? null, existing: existing?.slice(0, n) ?? null, savings: savings?.slice(0, n) ?? null,
    loanStatus: loanStatus?.slice(0, n) ?? null, permanentLog: permanentLog?.slice(0, n) ?? null, persistentLog: persistentLog?.slice(0, n) ?? null,
  };
  return { data, errors, errorCount, rows: dataRows, badRows };
}
