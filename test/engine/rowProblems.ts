/**
 * Every kind of RowProblem with the English the parser has always printed
 * for it (docs/households-csv.md, the CLI), written out by hand: the engine's
 * wording (rowProblemText) and the app's English catalogue are both held to
 * these. The mapped type makes a new kind without an example a type error.
 */
import type { RowError } from '../../src/engine/index';

type RowProblem = RowError['problem'];
type Examples = { [K in RowProblem['kind']]: [Extract<RowProblem, { kind: K }>, string][] };

const KNOWN =
  'household_id, weight, region, area, size, adult_equivalents, livelihood, female_head, elderly_disabled, school_children, skilled, ' +
  'income_per_ae, consumption_per_ae, pmt_score, existing_transfer, savings_pkr, loan_status, replication, permanent_log, persistent_log';

const EXAMPLES: Examples = {
  missing: [[{ kind: 'missing' }, 'is missing']],
  notNumber: [
    [{ kind: 'notNumber', got: '"abc"' }, 'must be a number, got "abc"'],
    [{ kind: 'notNumber', got: 'NaN' }, 'must be a number, got NaN'],
  ],
  tooLarge: [[{ kind: 'tooLarge', got: '"1e999"' }, 'is too large, got "1e999"']],
  notWhole: [[{ kind: 'notWhole', got: '2.5' }, 'must be a whole number, got 2.5']],
  range: [
    [{ kind: 'range', min: 0, max: Infinity, above: true, got: '0' }, 'must be greater than 0, got 0'],
    [{ kind: 'range', min: 0, max: Infinity, above: false, got: '-1' }, 'must be at least 0, got -1'],
    [{ kind: 'range', min: 1, max: 31, above: false, got: '32' }, 'must be between 1 and 31, got 32'],
    [{ kind: 'range', min: 0, max: 2 ** 31 - 1, above: false, got: '2147483648' }, 'must be between 0 and 2147483647, got 2147483648'],
    [{ kind: 'range', min: -Infinity, max: 50_000_000, above: false, got: '1e20' }, 'must be at most 50000000, got 1e20'],
    [{ kind: 'range', min: 0.01, max: 100_000_000, above: false, got: '1e-300' }, 'must be between 0.01 and 100000000, got 1e-300'],
  ],
  notCode: [
    [
      { kind: 'notCode', codes: 'punjab, sindh, kp, balochistan, gb, ajk, ict', regionNames: true, got: '"panjab"' },
      'must be one of punjab, sindh, kp, balochistan, gb, ajk, ict (or Punjab, Sindh, Khyber Pakhtunkhwa, KPK, Balochistan, Gilgit-Baltistan, Gilgit Baltistan, Azad Jammu & Kashmir, Azad Jammu and Kashmir, Azad Kashmir, Islamabad, Islamabad Capital Territory), got "panjab"',
    ],
    [{ kind: 'notCode', codes: 'urban, rural', regionNames: false, got: '"suburban"' }, 'must be one of urban, rural, got "suburban"'],
  ],
  notFlag: [[{ kind: 'notFlag', got: '"yes"' }, 'must be 0 or 1, got "yes"']],
  aeAboveSize: [[{ kind: 'aeAboveSize', size: 4, got: '4.6' }, 'must not exceed size (4), got 4.6']],
  repeats: [
    [{ kind: 'repeats', id: '"PK-0007"', line: 9 }, '"PK-0007" repeats line 9'],
    [{ kind: 'repeats', id: '"h1"', line: 12000, replication: 3 }, '"h1" repeats line 12000 in replication 3'],
  ],
  rowLength: [[{ kind: 'rowLength', values: 12, columns: 13 }, 'has 12 values, the header has 13 columns']],
  quoteSpans: [
    [
      { kind: 'quoteSpans', from: 1001, to: 60001, lines: 59001 },
      'a quote (") opened on line 1001 closes only on line 60001, so one value spans 59001 lines: no value in this file may hold a line break, so look for a stray or missing quote on those two lines',
    ],
  ],
  quoteUnclosed: [
    [
      { kind: 'quoteUnclosed', from: 50002, to: 100001, lines: 50000 },
      'a quote (") opened on line 50002 is never closed, so all 50000 lines from there to the end of the file (line 100001) were read as one value: look for a stray or missing quote on line 50002',
    ],
    // Review: "all 1 lines from there to the end of the file" on the last line.
    [{ kind: 'quoteUnclosed', from: 3, to: 3, lines: 1 }, 'a quote (") opened on line 3, the last line, is never closed: look for a stray or missing quote there'],
  ],
  noName: [[{ kind: 'noName', column: 4 }, 'column 4 has no name']],
  unknownColumn: [[{ kind: 'unknownColumn', name: '"female_haed"' }, `unknown column "female_haed" (known columns: ${KNOWN})`]],
  otherSeparator: [
    [{ kind: 'otherSeparator', separator: 'semicolon' }, 'the columns are parted by semicolons, not commas: save the file as CSV with commas (in Excel: "CSV (Comma delimited)")'],
    [{ kind: 'otherSeparator', separator: 'tab' }, 'the columns are parted by tabs, not commas: save the file as CSV with commas (in Excel: "CSV (Comma delimited)")'],
  ],
  twice: [[{ kind: 'twice', name: '"weight"', first: 2, second: 13 }, 'column "weight" appears twice (columns 2 and 13)']],
  requiredMissing: [[{ kind: 'requiredMissing', name: '"skilled"' }, 'required column "skilled" is missing']],
  welfareMissing: [[{ kind: 'welfareMissing' }, 'a welfare column is missing: give income_per_ae or consumption_per_ae']],
  welfareBoth: [[{ kind: 'welfareBoth' }, 'give income_per_ae or consumption_per_ae, not both']],
  pairMissing: [[{ kind: 'pairMissing', other: '"persistent_log"' }, 'column "persistent_log" is missing: permanent_log and persistent_log go together']],
  empty: [[{ kind: 'empty' }, 'the file is empty: it needs a header row and one row per household']],
  headerOnly: [[{ kind: 'headerOnly' }, 'the file has a header but no households']],
  notUtf8: [[{ kind: 'notUtf8', line: 22, character: 5 }, 'the file is not UTF-8 text, first on line 22 at character 5 of the line: save it as CSV UTF-8']],
  utf16: [[{ kind: 'utf16' }, 'the file is UTF-16 text (as Excel saves "Unicode Text"), not UTF-8: save it as CSV UTF-8']],
};

/** [kind, problem, English] for every example. */
export const ROW_PROBLEMS: [string, RowProblem, string][] = Object.entries(EXAMPLES).flatMap(([kind, list]) =>
  (list as [RowProblem, string][]).map(([problem, english]): [string, RowProblem, string] => [kind, problem, english]));
