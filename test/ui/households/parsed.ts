/** Parsed household files for the import components' tests, as the import worker returns them. */
import { parseHouseholdsCsv, sha256Hex, summariseHouseholds } from '../../../src/engine/index';
import type { ParsedFile } from '../../../src/run/households/parser';
import { householdsCsv, withCell } from '../../run/householdsCsv';

export const LINE = 3785;

/** 50 rows (each of the given weight, if one is given); with `bad`, rows 4 and 7 are bad (lines 6 and 9): a weight of 0 and a region that does not exist. */
export async function parsedFile(bad = true, rows = 50, weight?: number): Promise<ParsedFile> {
  const edits: Record<number, (good: string) => string> = {};
  if (weight !== undefined) for (let k = 0; k < rows; k++) edits[k] = (r) => withCell(r, 'weight', String(weight));
  if (bad) Object.assign(edits, { 4: (r: string) => withCell(r, 'weight', '0'), 7: (r: string) => withCell(r, 'region', 'mars') });
  return parsedText(householdsCsv(rows, edits));
}

/** A file's text as the import worker returns it (no summary without a good row, as run/households/parseApi). */
export async function parsedText(text: string): Promise<ParsedFile> {
  const p = parseHouseholdsCsv(text);
  return {
    sha256: await sha256Hex(text), bytes: text.length, rows: p.rows, badRows: p.badRows, errors: p.errors, errorCount: p.errorCount,
    data: p.data, summary: p.data.n > 0 ? summariseHouseholds(p.data, LINE) : null, replications: 1,
  };
}

/** A file whose header misspells a column ("female_haed"): no row can be read, whatever the rows hold. */
export async function brokenHeaderFile(rows = 3): Promise<ParsedFile> {
  return parsedText(householdsCsv(rows, {}).replace('female_head', 'female_haed'));
}

/** A file's bytes as the import worker returns them (the parser decodes them: not UTF-8 is the file's problem as a whole). */
export async function parsedBytes(bytes: Uint8Array): Promise<ParsedFile> {
  const p = parseHouseholdsCsv(bytes);
  return {
    sha256: await sha256Hex(bytes), bytes: bytes.length, rows: p.rows, badRows: p.badRows, errors: p.errors, errorCount: p.errorCount,
    data: p.data, summary: p.data.n > 0 ? summariseHouseholds(p.data, LINE) : null, replications: 1,
  };
}

/** `rows` good rows saved as Latin-1, the household id on `line` changed to "PK-Mül" (its "ü" the byte 0xFC). */
export async function latin1File(rows: number, line: number): Promise<ParsedFile> {
  const lines = householdsCsv(rows).split('\n');
  lines[line - 1] = lines[line - 1]!.replace(/^[^,]*/, 'PK-Mül');
  return parsedBytes(new Uint8Array([...lines.join('\n')].map((c) => c.charCodeAt(0))));
}

/** `rows` good rows saved as UTF-16 (little-endian, with its byte-order mark), as Excel saves "Unicode Text". */
export async function utf16File(rows: number): Promise<ParsedFile> {
  const text = householdsCsv(rows);
  const bytes = new Uint8Array(2 + 2 * text.length);
  bytes.set([0xff, 0xfe]);
  for (let k = 0; k < text.length; k++) bytes[2 + 2 * k] = text.charCodeAt(k);
  return parsedBytes(bytes);
}

/** A file with nothing in it: the problem is the file's as a whole (line 0), not its header's. */
export async function emptyFile(): Promise<ParsedFile> {
  const p = parseHouseholdsCsv('');
  return { sha256: await sha256Hex(''), bytes: 0, rows: 0, badRows: 0, errors: p.errors, errorCount: p.errorCount, data: p.data, summary: null, replications: 1 };
}

/** A file with a good header and no row under it: the parser's problem is on line 2, but it is the file's as a whole. */
export async function headerOnlyFile(): Promise<ParsedFile> {
  return parsedText(householdsCsv(0));
}
