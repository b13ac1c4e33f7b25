/**
 * What the household-import worker does: read a CSV file the user chose,
 * hash its bytes, parse and validate it (engine parseHouseholdsCsv) and
 * summarise the good rows at a poverty line, so the page's thread never
 * parses. Kept free of side effects: the worker entry
 * (workers/households.worker.ts) only exposes it, and tests call it directly.
 */
import { transfer } from 'comlink';
import { parseHouseholdsCsv, replicationCount, sha256Hex, summariseHouseholds, type HouseholdData, type HouseholdSummary, type RowError } from '../../engine/index';
import { householdBuffers } from './buffers';

/** Bad-row messages sent back at most: enough to fix a file by, few enough to list. */
export const MAX_ERRORS_SENT = 200;

/** Progress reaches the page at most this often (ms). */
const PROGRESS_MS = 100;

export interface ParsedFile {
  /** SHA-256 (hex) of the file's bytes: what names the data in a scenario. */
  sha256: string;
  bytes: number;
  /** Data rows read (the header not counted), good and bad. */
  rows: number;
  badRows: number;
  /** The first MAX_ERRORS_SENT problems, in file order; `errorCount` says how many there were in all (beyond the parser's list too). */
  errors: RowError[];
  errorCount: number;
  /** The good rows. */
  data: HouseholdData;
  /** The good rows at the poverty line asked for; null when there are none. */
  summary: HouseholdSummary | null;
  /** Replications the file gives households for (1 without a replication column). */
  replications: number;
}

export interface ParseProgress {
  rowsDone: number;
  /** Data rows in the file, counted by line breaks (a quoted line break may make it a little high). */
  rowsTotal: number;
}

export interface ParseApi {
  /**
   * The file's bytes (transferred to the worker, not copied). Never rejects
   * on a bad file: what is wrong comes back in `errors` (line 0 for the file
   * as a whole, line 1 for its header).
   */
  parse(file: ArrayBuffer, povertyLinePKR: number, onProgress?: (p: ParseProgress) => void): Promise<ParsedFile>;
}

/** Data rows a CSV file holds by its line breaks, less the header (and a final empty line). UTF-8 has no 0x0a byte inside a character. */
function countRows(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) lines++;
  return Math.max(0, lines - 1);
}

export function createParseApi(): ParseApi {
  return {
    async parse(file, povertyLinePKR, onProgress) {
      const bytes = new Uint8Array(file);
      const sha256 = await sha256Hex(bytes);
      const rowsTotal = countRows(bytes);
      let shownAt = -Infinity;
      onProgress?.({ rowsDone: 0, rowsTotal });
      // The parser reads the bytes as UTF-8, and a file that is not is one of the problems it reports.
      const parsed = parseHouseholdsCsv(bytes, (rowsDone) => {
        const now = performance.now();
        if (now - shownAt < PROGRESS_MS) return;
        shownAt = now;
        onProgress?.({ rowsDone, rowsTotal });
      });
      const summary = parsed.data.n > 0 ? summariseHouseholds(parsed.data, povertyLinePKR) : null;
      const result: ParsedFile = {
        sha256,
        bytes: bytes.length,
        rows: parsed.rows,
        badRows: parsed.badRows,
        errors: parsed.errors.slice(0, MAX_ERRORS_SENT),
        errorCount: parsed.errorCount,
        data: parsed.data,
        summary,
        replications: replicationCount(parsed.data),
      };
      // The columns move to the page, not copied (the household ids, strings, are copied).
      return transfer(result, householdBuffers(parsed.data));
    },
  };
}
