// @vitest-environment node
// Quotes out of place, files with another separator, and weights that add up far from Pakistan's households: what
// an audit of the import found passing in silence (tens of thousands of households dropped by two stray quotes).
import { describe, expect, it } from 'vitest';
import { parseHouseholdsCsv } from '../../src/engine/index';
import { csvRows } from '../../src/engine/population/householdsCsvRows';
import { FEW_HOUSEHOLDS, MANY_HOUSEHOLDS, weightsNote, weightsNoteText } from '../../src/engine/population/households';
import { households as en } from '../../src/i18n/locales/en/households';

const HEADER = 'household_id,weight,region,area,size,adult_equivalents,income_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled';

/** Data row k (from 1; it is on line k + 1), good. */
const row = (k: number, weight = 1500) => `PK-${String(k).padStart(6, '0')},${weight},punjab,rural,5,4.2,5200,small_farmer,0,1,1,0`;
/** A header and `n` good rows, one edited by `edit` (the row number from 1 and its text). */
function file(n: number, edit: (k: number, r: string) => string = (_, r) => r, eol = '\n'): string {
  return [HEADER, ...Array.from({ length: n }, (_, i) => edit(i + 1, row(i + 1)))].join(eol) + eol;
}

describe('a quote out of place: no value of the format holds a line break', () => {
  it('two stray quotes (an id that starts with one on line 1001, one that ends with one on line 60001): the lines between are named, each a bad row', () => {
    const text = file(100_000, (k, r) => (k === 1000 ? `"${r}` : k === 60_000 ? r.replace(/^([^,]*)/, '$1"') : r));
    const p = parseHouseholdsCsv(text);
    expect(p.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[1001, 'household_id', { kind: 'quoteSpans', from: 1001, to: 60001, lines: 59001 }]]);
    expect(p.errors[0]!.message).toBe(
      'a quote (") opened on line 1001 closes only on line 60001, so one value spans 59001 lines: no value in this file may hold a line break, so look for a stray or missing quote on those two lines',
    );
    // Every line of the file is a row read; the lines the value took are bad rows, not good ones (41,000 had been good, none bad).
    expect(p.rows).toBe(100_000);
    expect(p.badRows).toBe(59_001);
    expect(p.data.n).toBe(40_999);
    // The rows after it are read, and on their own lines.
    expect(p.data.householdId[p.data.n - 1]).toBe('PK-100000');
  });

  it('one quote never closed (line 50002): the rest of the file is named as read into one value, each line a bad row', () => {
    const p = parseHouseholdsCsv(file(100_000, (k, r) => (k === 50_001 ? `"${r}` : r)));
    expect(p.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[50002, 'household_id', { kind: 'quoteUnclosed', from: 50002, to: 100001, lines: 50000 }]]);
    expect(p.errors[0]!.message).toBe(
      'a quote (") opened on line 50002 is never closed, so all 50000 lines from there to the end of the file (line 100001) were read as one value: look for a stray or missing quote on line 50002',
    );
    // Not "Bad 1: has 1 values" beside 50,000 good rows.
    expect(p.rows).toBe(100_000);
    expect(p.badRows).toBe(50_000);
    expect(p.data.n).toBe(50_000);
  });

  it('counts lines as the other messages do: after a byte-order mark, through CRLF and CR line ends and blank lines', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `\ufeff${file(20, (k, r) => (k === 5 ? `"${r}` : k === 9 ? r.replace(/^([^,]*)/, '$1"') : k === 15 ? r.replace('punjab', 'mars') : r), eol)}`;
      const p = parseHouseholdsCsv(text.replace(`${eol}${row(12)}`, `${eol}${eol}${row(12)}`));
      expect(p.errors.map((e) => [e.line, e.problem.kind]), JSON.stringify(eol)).toEqual([
        [6, 'quoteSpans'],
        [17, 'notCode'],
      ]);
      expect(p.errors[0]!.problem).toEqual({ kind: 'quoteSpans', from: 6, to: 10, lines: 5 });
    }
    // Without a final line end, the unclosed value ends on the last line.
    expect(parseHouseholdsCsv(`${HEADER}\n${row(1)}\n"${row(2)}`).errors.map((e) => e.problem)).toEqual([{ kind: 'quoteUnclosed', from: 3, to: 3, lines: 1 }]);
  });

  it('names the column the value starts in, and the line its quote opens on', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n${row(1)}\n${row(2).replace(',punjab,', ',"punjab\n,')}\n${row(3)}\n`);
    expect(p.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[3, 'region', { kind: 'quoteUnclosed', from: 3, to: 5, lines: 3 }]]);
    const later = parseHouseholdsCsv(`${HEADER}\n"PK\n1",1500,punjab,rural,5,4.2,"52\n00",small_farmer,0,1,1,0\n${row(2)}\n`);
    expect(later.errors.map((e) => [e.line, e.column, e.problem])).toEqual([
      [2, 'household_id', { kind: 'quoteSpans', from: 2, to: 3, lines: 2 }],
      [3, 'income_per_ae', { kind: 'quoteSpans', from: 3, to: 4, lines: 2 }],
    ]);
    expect([later.rows, later.badRows, later.data.n]).toEqual([4, 3, 1]);
  });

  it('a quoted id with a comma or a doubled quote still reads; one with a line break is a bad row, and the next rows keep their lines', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n${row(1).replace('PK-000001', '"A, B"')}\n${row(2).replace('PK-000002', '"say ""hi"""')}\n${row(3).replace('PK-000003', '"line1\nline2"')}\n${row(4).replace('punjab', 'mars')}\n`);
    expect(p.data.householdId).toEqual(['A, B', 'say "hi"']);
    expect(p.errors.map((e) => [e.line, e.column, e.problem.kind])).toEqual([
      [4, 'household_id', 'quoteSpans'],
      [6, 'region', 'notCode'],
    ]);
    expect(p.rows).toBe(5);
    expect(p.badRows).toBe(3);
  });

  it('a quote that spans lines in the header is the header’s problem: no row is read', () => {
    const p = parseHouseholdsCsv(`"${HEADER}\n${row(1)}\n${row(2)}\n`);
    expect(p.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[1, null, { kind: 'quoteUnclosed', from: 1, to: 3, lines: 3 }]]);
    expect(p.data.n).toBe(0);
  });
});

describe('csvRows(text): the rows d3-dsv reads, with their lines', () => {
  it('takes a quote inside an unquoted value, even the last, for no quote left open', () => {
    expect(csvRows('a,b\nc,d"e').spans).toEqual([]);
    expect(csvRows('a,b\nc,d"e\n').spans).toEqual([]);
    expect(csvRows('a,b\n"c\nd",e"f').spans).toEqual([{ row: 1, cell: 0, from: 2, to: 3, closed: true }]);
    // A quote opened last and never closed, on one line or over several, empty or not.
    expect(csvRows('a,b\nc,"d').spans).toEqual([{ row: 1, cell: 1, from: 2, to: 2, closed: false }]);
    expect(csvRows('a,b\nc,"').spans).toEqual([{ row: 1, cell: 1, from: 2, to: 2, closed: false }]);
    expect(csvRows('a,b\nc,"d\ne\n\n').spans).toEqual([{ row: 1, cell: 1, from: 2, to: 4, closed: false }]);
    expect(csvRows('a,b\nc,"d""e').spans).toEqual([{ row: 1, cell: 1, from: 2, to: 2, closed: false }]);
    // Review: counting quotes took a stray quote in an unquoted id, with an empty last value, for a quote left open,
    // and a stray quote with an unclosed one (an even count) for a closed value on a line past the file's end.
    expect(csvRows('a,b\n1"x,2\n3,\n').spans).toEqual([]);
    expect(csvRows('a,b\n1"x,2\n3,"45\n').spans).toEqual([{ row: 2, cell: 1, from: 3, to: 3, closed: false }]);
    expect(csvRows('a,b\r\n"x"\r\n"y""",z\r\n"w\r\n').spans).toEqual([{ row: 3, cell: 0, from: 4, to: 4, closed: false }]);
  });

  it('gives the line each row starts on, and each quoted value over lines with its cell', () => {
    const r = csvRows('a,b\r\n"x\r\ny",z\n\nc,"d\n\ne"\nf');
    expect(r.lines).toEqual([1, 2, 4, 5, 8]);
    expect(r.spans).toEqual([
      { row: 1, cell: 0, from: 2, to: 3, closed: true },
      { row: 3, cell: 1, from: 5, to: 7, closed: true },
    ]);
  });
});

describe('a file saved with semicolons, its header quoted (R write.csv2)', () => {
  const csv2 = [HEADER.split(',').map((c) => `"${c}"`).join(';'), '"PK-1";1500,5;"punjab";"rural";5;4,2;5200;"small_farmer";0;1;1;0', '"PK-2";1500,5;"sindh";"rural";5;4,2;5200;"salaried";0;1;1;0'].join('\n');

  it('is told to be saved with commas, once, not every row’s count of values', () => {
    const p = parseHouseholdsCsv(`${csv2}\n`);
    expect(p.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[1, null, { kind: 'otherSeparator', separator: 'semicolon' }]]);
    expect(p.data.n).toBe(0);
    expect(p.badRows).toBe(0);
    expect(p.rows).toBe(2);
  });

  it('one whose every value is quoted reads right (as it always has), so it is read', () => {
    const all = [HEADER.split(',').map((c) => `"${c}"`).join(';'), row(1).split(',').map((c) => `"${c}"`).join(';')].join('\n');
    const p = parseHouseholdsCsv(all);
    expect(p.errors).toEqual([]);
    expect(p.data.n).toBe(1);
  });

  it('a comma file whose header is quoted is not taken for one', () => {
    const p = parseHouseholdsCsv(`${HEADER.split(',').map((c) => `"${c}"`).join(',')}\n${row(1)}\n${row(2)},x\n`);
    expect(p.errors.map((e) => e.problem.kind)).toEqual(['rowLength']);
  });
});

describe('weightsNote(households): weights that add up far from Pakistan’s some 40 million households', () => {
  it('says so below 1 million and above 100 million, not in between', () => {
    expect(weightsNote(2000)).toEqual({ kind: 'few', households: 2000 });
    expect(weightsNote(FEW_HOUSEHOLDS - 1)?.kind).toBe('few');
    expect(weightsNote(FEW_HOUSEHOLDS)).toBeNull();
    expect(weightsNote(39_300_000)).toBeNull();
    expect(weightsNote(MANY_HOUSEHOLDS)).toBeNull();
    expect(weightsNote(1_193_677_230)).toEqual({ kind: 'many', households: 1_193_677_230 });
    expect(weightsNote(0)).toBeNull();
  });

  it('in English is the app’s English catalogue, the households a whole number', () => {
    for (const note of [weightsNote(2000.4)!, weightsNote(1_193_677_230)!]) {
      const catalogue = note.kind === 'few' ? en.dialog.weightsFew : en.dialog.weightsMany;
      expect(weightsNoteText(note)).toBe(catalogue.replace('{{households}}', String(Math.round(note.households))));
    }
    expect(weightsNoteText(weightsNote(2000)!)).toMatch(/^The weights add up to 2000 households, far fewer than Pakistan’s some 40 million\./);
  });
});
