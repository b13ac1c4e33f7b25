// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ERRORS, parseHouseholdsCsv, type RowError } from '../../src/engine/index';

const HEADER = 'household_id,weight,region,area,size,adult_equivalents,income_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled';
const GOOD = 'h1,1500.5,punjab,rural,5,4.2,5200,small_farmer,0,1,1,0';

/** A good row with one column's value replaced. */
function rowWith(column: string, value: string, id = 'hx'): string {
  const names = HEADER.split(',');
  const cells = GOOD.split(',');
  cells[0] = id;
  cells[names.indexOf(column)] = value;
  return cells.join(',');
}

function only(errors: RowError[]): RowError {
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('parseHouseholdsCsv(text) on good input', () => {
  it('reads every column of a good row into its typed array', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n${GOOD}\nh2,3,Sindh,URBAN,1,1,12000.25,salaried,1,0,0,1\n`);
    expect(p.errors).toEqual([]);
    expect(p.rows).toBe(2);
    expect(p.badRows).toBe(0);
    const d = p.data;
    expect(d.n).toBe(2);
    expect(d.householdId).toEqual(['h1', 'h2']);
    expect(Array.from(d.region)).toEqual([0, 1]);
    expect(Array.from(d.rural)).toEqual([1, 0]);
    expect(Array.from(d.weight)).toEqual([1500.5, 3]);
    expect(Array.from(d.size)).toEqual([5, 1]);
    expect(Array.from(d.ae)).toEqual([4.2, 1]);
    expect(Array.from(d.welfare)).toEqual([5200, 12000.25]);
    expect(d.welfareKind).toBe('income');
    expect(Array.from(d.livelihood)).toEqual([0, 4]);
    expect(Array.from(d.femaleHead)).toEqual([0, 1]);
    expect(Array.from(d.elderlyDisabled)).toEqual([1, 0]);
    expect(Array.from(d.schoolChildren)).toEqual([1, 0]);
    expect(Array.from(d.skilled)).toEqual([0, 1]);
    for (const k of ['replication', 'pmt', 'existing', 'savings', 'loanStatus', 'permanentLog', 'persistentLog'] as const) expect(d[k]).toBeNull();
  });

  it('accepts a byte-order mark and CRLF line ends, and skips blank lines', () => {
    const p = parseHouseholdsCsv(`\ufeff${HEADER}\r\n${GOOD}\r\n\r\n${rowWith('region', 'kp', 'h2')}\r\n`);
    expect(p.errors).toEqual([]);
    expect(p.data.n).toBe(2);
    expect(Array.from(p.data.region)).toEqual([0, 2]);
  });

  it('accepts columns in any order, region labels and the optional columns', () => {
    const header = 'replication,consumption_per_ae,household_id,weight,region,area,size,adult_equivalents,livelihood,female_head,elderly_disabled,school_children,skilled,pmt_score,existing_transfer,savings_pkr,loan_status,permanent_log,persistent_log';
    const row = '2,4000,"a, b",10,Khyber Pakhtunkhwa,rural,3,2.6,farm_labourer,0,0,1,0,12.5,1,3000,arrears,-0.25,0.125';
    const p = parseHouseholdsCsv(`${header}\n${row}\n`);
    expect(p.errors).toEqual([]);
    const d = p.data;
    expect(d.welfareKind).toBe('consumption');
    expect(d.householdId).toEqual(['a, b']);
    expect(Array.from(d.replication!)).toEqual([2]);
    expect(Array.from(d.region)).toEqual([2]);
    expect(Array.from(d.pmt!)).toEqual([12.5]);
    expect(Array.from(d.existing!)).toEqual([1]);
    expect(Array.from(d.savings!)).toEqual([3000]);
    expect(Array.from(d.loanStatus!)).toEqual([2]);
    expect(Array.from(d.permanentLog!)).toEqual([-0.25]);
    expect(Array.from(d.persistentLog!)).toEqual([0.125]);
  });

  it('gives each array its own buffer of exactly n values (transferable)', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n${GOOD}\n${rowWith('size', 'x')}\n`);
    expect(p.data.n).toBe(1);
    expect(p.data.weight.buffer.byteLength).toBe(8);
    expect(p.data.region.buffer.byteLength).toBe(1);
  });

  it('reports progress', () => {
    const rows = Array.from({ length: 12000 }, (_, i) => rowWith('weight', '2', `h${i}`));
    const seen: number[] = [];
    const p = parseHouseholdsCsv(`${HEADER}\n${rows.join('\n')}\n`, (k) => seen.push(k));
    expect(p.data.n).toBe(12000);
    expect(seen).toEqual([5000, 10000, 12000]);
  });

  it('reads 0/1 flags written as whole decimals ("1.0", "0.0", as pandas writes them), as size reads "5.0"', () => {
    // Catches: flags accepting only the characters "0" and "1", refusing a file a whole number column of which is read.
    const header = `${HEADER},existing_transfer`;
    const p = parseHouseholdsCsv(`${header}\nh1,1500.5,punjab,rural,5.0,4.2,5200,small_farmer,1.0,0.0,1.00,0.,1.0\nh2,3,sindh,urban,2,2,5200,salaried,0.0,1.0,0,1,0.0\n`);
    expect(p.errors).toEqual([]);
    const d = p.data;
    expect(Array.from(d.size)).toEqual([5, 2]);
    expect(Array.from(d.femaleHead)).toEqual([1, 0]);
    expect(Array.from(d.elderlyDisabled)).toEqual([0, 1]);
    expect(Array.from(d.schoolChildren)).toEqual([1, 0]);
    expect(Array.from(d.skilled)).toEqual([0, 1]);
    expect(Array.from(d.existing!)).toEqual([1, 0]);
    // Still 0 or 1 only.
    for (const bad of ['0.5', '2.0', '-1', 'yes', '1,0']) {
      const e = only(parseHouseholdsCsv(`${HEADER}\n${rowWith('skilled', bad.includes(',') ? `"${bad}"` : bad)}\n`).errors);
      expect([e.column, e.message]).toEqual(['skilled', `must be 0 or 1, got "${bad}"`]);
    }
  });

  it('reads the regions\u2019 common spellings: KPK, Islamabad Capital Territory, ICT, Azad Kashmir, …, any case', () => {
    // Catches: "KPK" and "Islamabad Capital Territory" refused (only the ids and the model's own labels were known).
    const spellings: [string, number][] = [
      ['KPK', 2], ['kpk', 2], ['Khyber Pakhtunkhwa', 2], ['Islamabad Capital Territory', 6], ['ICT', 6], ['Islamabad', 6],
      ['Azad Kashmir', 5], ['Azad Jammu and Kashmir', 5], ['Azad Jammu & Kashmir', 5], ['Gilgit Baltistan', 4], ['GILGIT-BALTISTAN', 4],
    ];
    const p = parseHouseholdsCsv(`${HEADER}\n${spellings.map(([name], k) => rowWith('region', `"${name}"`, `h${k}`)).join('\n')}\n`);
    expect(p.errors).toEqual([]);
    expect(Array.from(p.data.region)).toEqual(spellings.map(([, k]) => k));
  });

  it('lists the names a region may be given when it refuses one', () => {
    // Catches: "(or the region names)", which left the reader to guess them.
    const e = only(parseHouseholdsCsv(`${HEADER}\n${rowWith('region', 'panjab')}\n`).errors);
    expect(e.message).toBe(
      'must be one of punjab, sindh, kp, balochistan, gb, ajk, ict (or Punjab, Sindh, Khyber Pakhtunkhwa, KPK, Balochistan, Gilgit-Baltistan, Gilgit Baltistan, Azad Jammu & Kashmir, Azad Jammu and Kashmir, Azad Kashmir, Islamabad, Islamabad Capital Territory), got "panjab"',
    );
  });
});

describe('parseHouseholdsCsv(text) rejects each kind of bad row with its line and column, keeping the good rows', () => {
  const cases: [string, string, string, RegExp][] = [
    ['missing value', 'weight', '', /is missing/],
    ['non-number', 'weight', 'lots', /must be a number, got "lots"/],
    ['hex is not a number', 'income_per_ae', '0x10', /must be a number/],
    ['zero weight', 'weight', '0', /greater than 0/],
    ['weight above the households of Pakistan', 'weight', '1e20', /^must be at most 50000000, got 1e20$/],
    ['welfare beyond any household', 'income_per_ae', '1e300', /^must be between 0\.01 and 1000000000000, got 1e300$/],
    ['welfare below a paisa', 'income_per_ae', '1e-300', /^must be between 0\.01 and 1000000000000, got 1e-300$/],
    ['adult-equivalents below one person', 'adult_equivalents', '0.3', /^must be at least 0\.5, got 0\.3$/],
    ['negative welfare', 'income_per_ae', '-5', /between 0\.01 and 1000000000000/],
    ['size out of range', 'size', '32', /between 1 and 31/],
    ['size not whole', 'size', '2.5', /whole number/],
    ['size zero', 'size', '0', /between 1 and 31/],
    ['adult-equivalents zero', 'adult_equivalents', '0', /at least 0\.5/],
    ['adult-equivalents above size', 'adult_equivalents', '6', /must not exceed size \(5\)/],
    ['unknown region', 'region', 'narnia', /must be one of punjab, sindh/],
    ['unknown area', 'area', 'suburban', /must be one of urban, rural/],
    ['unknown livelihood', 'livelihood', 'farmer', /must be one of small_farmer/],
    ['bad flag', 'female_head', 'yes', /must be 0 or 1, got "yes"/],
    ['flag 2', 'skilled', '2', /must be 0 or 1/],
    ['missing flag', 'school_children', '', /is missing/],
    ['missing id', 'household_id', '', /is missing/],
  ];
  it.each(cases)('%s', (_, column, value, message) => {
    const text = `${HEADER}\n${GOOD}\n${rowWith(column, value)}\n${rowWith('weight', '7', 'h3')}\n`;
    const p = parseHouseholdsCsv(text);
    const e = only(p.errors);
    expect(e.line).toBe(3);
    expect(e.column).toBe(column);
    expect(e.message).toMatch(message);
    expect(p.rows).toBe(3);
    expect(p.badRows).toBe(1);
    expect(p.data.householdId).toEqual(['h1', 'h3']);
  });

  it('accepts what the model\u2019s own widest populations export (income Rs 360 m, savings Rs 5.7 trillion, permanent log 23.5): an exported file imports again', () => {
    // Catches bounds drawn at a real survey's scale (Rs 100 m, Rs 10 bn, log 25), which refused export-population's
    // own rows at permanentSd 2, and so data kept in the browser.
    const header = `${HEADER},savings_pkr,permanent_log,persistent_log`;
    const row = `${rowWith('income_per_ae', '3.6e8')},5.7e12,23.5,1.2`;
    const p = parseHouseholdsCsv(`${header}\n${GOOD},0,0,0\n${row}\n`);
    expect(p.errors).toEqual([]);
    expect(p.data.n).toBe(2);
  });

  it('optional columns: out-of-range PMT score, bad existing flag, negative savings, unknown loan status, bad replication', () => {
    const header = `${HEADER},pmt_score,existing_transfer,savings_pkr,loan_status,replication`;
    const ok = `${GOOD},50,0,100,none,0`;
    const text = [header, ok,
      `${rowWith('weight', '1', 'b1')},101,0,100,none,0`,
      `${rowWith('weight', '1', 'b2')},50,x,100,none,0`,
      `${rowWith('weight', '1', 'b3')},50,0,-1,none,0`,
      `${rowWith('weight', '1', 'b4')},50,0,100,late,0`,
      `${rowWith('weight', '1', 'b5')},50,0,100,none,-1`,
      `${rowWith('weight', '1', 'b6')},50,0,100,repaid,1.5`,
    ].join('\n');
    const p = parseHouseholdsCsv(text);
    expect(p.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'pmt_score'], [4, 'existing_transfer'], [5, 'savings_pkr'], [6, 'loan_status'], [7, 'replication'], [8, 'replication'],
    ]);
    expect(p.data.n).toBe(1);
    expect(p.badRows).toBe(6);
  });

  it('lists every bad value of one row', () => {
    const p = parseHouseholdsCsv(`${HEADER}\nh1,-1,mars,rural,5,4,abc,small_farmer,0,0,0,0\n`);
    expect(p.errors.map((e) => e.column)).toEqual(['weight', 'region', 'income_per_ae']);
    expect(p.errors.every((e) => e.line === 2)).toBe(true);
    expect(p.badRows).toBe(1);
  });

  it('a duplicate household_id is rejected on its second line, naming the first', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n${GOOD}\n${rowWith('weight', '2', 'h2')}\n${rowWith('weight', '3', 'h1')}\n`);
    const e = only(p.errors);
    expect(e).toMatchObject({ line: 4, column: 'household_id' });
    expect(e.message).toMatch(/"h1" repeats line 2/);
    expect(p.data.householdId).toEqual(['h1', 'h2']);
  });

  it('the same household_id may recur in other replications, not within one', () => {
    const header = `${HEADER},replication`;
    const p = parseHouseholdsCsv(`${header}\n${GOOD},0\n${GOOD},1\n${GOOD},1\n`);
    const e = only(p.errors);
    expect(e).toMatchObject({ line: 4, column: 'household_id' });
    expect(e.message).toMatch(/in replication 1/);
    expect(p.data.n).toBe(2);
  });

  it('a row with the wrong number of values is rejected as a whole', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n${GOOD},extra\n${GOOD.split(',').slice(0, 5).join(',')}\n${rowWith('weight', '1', 'ok')}\n`);
    expect(p.errors.map((e) => [e.line, e.column])).toEqual([[2, null], [3, null]]);
    expect(p.errors[0]!.message).toMatch(/has 13 values, the header has 12 columns/);
    expect(p.data.householdId).toEqual(['ok']);
  });

  it('counts lines through quoted values that span lines (each such value a bad row, as no column holds a line break)', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n"h\n1",1,punjab,rural,5,4,100,salaried,0,0,0,0\n${rowWith('size', '0')}\n`);
    expect(p.errors.map((e) => [e.line, e.column, e.problem.kind])).toEqual([
      [2, 'household_id', 'quoteSpans'],
      [4, 'size', 'range'],
    ]);
    expect(p.data.n).toBe(0);
  });

  it('counts CRLF and blank lines in line numbers', () => {
    const p = parseHouseholdsCsv(`${HEADER}\r\n${GOOD}\r\n\r\n${rowWith('area', 'x')}\r\n`);
    expect(only(p.errors)).toMatchObject({ line: 4, column: 'area' });
    expect(p.rows).toBe(2);
  });
});

describe('parseHouseholdsCsv(text) rejects a bad header on line 1 with empty data', () => {
  const header = (edit: (cols: string[]) => string[]) => edit(HEADER.split(',')).join(',');
  const check = (h: string, rowCells: number, expected: [string | null, RegExp][]) => {
    const row = Array.from({ length: rowCells }, () => '1').join(',');
    const p = parseHouseholdsCsv(`${h}\n${row}\n`);
    expect(p.errors.map((e) => e.line).every((l) => l === 1)).toBe(true);
    expect(p.errors.map((e) => e.column)).toEqual(expected.map(([c]) => c));
    p.errors.forEach((e, k) => expect(e.message).toMatch(expected[k]![1]));
    expect(p.data.n).toBe(0);
    expect(p.badRows).toBe(0);
    expect(p.rows).toBe(1);
  };
  it('an unknown column (a typo is not ignored)', () =>
    check(header((c) => [...c, 'female_haed']), 13, [['female_haed', /unknown column "female_haed"/]]));
  it('a missing required column', () => check(header((c) => c.filter((x) => x !== 'skilled')), 11, [['skilled', /required column "skilled" is missing/]]));
  it('a duplicate column', () => check(header((c) => [...c, 'weight']), 13, [['weight', /appears twice \(columns 2 and 13\)/]]));
  it('both welfare columns', () => check(header((c) => [...c, 'consumption_per_ae']), 13, [['consumption_per_ae', /not both/]]));
  it('neither welfare column', () => check(header((c) => c.filter((x) => x !== 'income_per_ae')), 11, [[null, /income_per_ae or consumption_per_ae/]]));
  it('a file parted by semicolons or tabs: one error that says so, not an unknown column and every required one missing', () => {
    const semi = parseHouseholdsCsv(`${HEADER.replaceAll(',', ';')}\n${GOOD.replaceAll(',', ';')}\n`);
    expect(semi.errors).toEqual([expect.objectContaining({ line: 1, column: null, problem: { kind: 'otherSeparator', separator: 'semicolon' } })]);
    expect(semi.errors[0]!.message).toMatch(/^the columns are parted by semicolons, not commas: save the file as CSV with commas/);
    expect(semi.data.n).toBe(0);
    const tabs = parseHouseholdsCsv(`${HEADER.replaceAll(',', '\t')}\n${GOOD.replaceAll(',', '\t')}\n`);
    expect(tabs.errors.map((e) => e.problem)).toEqual([{ kind: 'otherSeparator', separator: 'tab' }]);
    // One column that merely contains a semicolon is an unknown column, as before; a file of one known column
    // (no separator at all) lacks the others, and is told so.
    expect(parseHouseholdsCsv('a;b\n1\n').errors[0]!.problem.kind).toBe('unknownColumn');
    for (const one of ['household_id', 'weight', 'Household_ID'])
      expect(parseHouseholdsCsv(`${one}\n1\n`).errors.map((e) => e.problem.kind)).not.toContain('otherSeparator');
  });
  it('one model-state column without the other', () => check(header((c) => [...c, 'permanent_log']), 13, [['persistent_log', /go together/]]));
  it('an empty column name', () => check(`${HEADER},`, 13, [[null, /column 13 has no name/]]));
  it('names are trimmed and case-insensitive', () => {
    const p = parseHouseholdsCsv(`${HEADER.split(',').map((c) => ` ${c.toUpperCase()} `).join(',')}\n${GOOD}\n`);
    expect(p.errors).toEqual([]);
    expect(p.data.n).toBe(1);
  });
});

describe('parseHouseholdsCsv(text) on empty input', () => {
  it('an empty file', () => {
    for (const text of ['', '\n', '\ufeff']) {
      const p = parseHouseholdsCsv(text);
      // The file as a whole (line 0), not its header: there is no header.
      expect(only(p.errors)).toMatchObject({ line: 0, column: null, message: expect.stringMatching(/^the file is empty/) });
      expect(p.errorCount).toBe(1);
      expect(p.data.n).toBe(0);
    }
  });
  it('a header without households', () => {
    const p = parseHouseholdsCsv(`${HEADER}\n`);
    expect(only(p.errors)).toMatchObject({ line: 2, column: null, message: 'the file has a header but no households' });
    expect(p.errorCount).toBe(1);
  });
});

describe('parseHouseholdsCsv(bytes)', () => {
  it('reads UTF-8 bytes, a byte-order mark included, as it reads their text', () => {
    const text = `${HEADER}\n${GOOD}\n${rowWith('region', 'Balochistan', 'h2')}\n${rowWith('size', 'x', 'h3')}\n`;
    const bytes = new TextEncoder().encode(`\ufeff${text}`);
    expect(parseHouseholdsCsv(bytes)).toEqual(parseHouseholdsCsv(text));
  });
  it('refuses bytes that are not UTF-8, as a problem of the file as a whole that says where the first bad byte is', () => {
    const p = parseHouseholdsCsv(new Uint8Array([0x68, 0xe9, 0xff, 0x0a]));
    expect(p.errors).toEqual([
      { line: 0, column: null, problem: { kind: 'notUtf8', line: 1, character: 2 }, message: 'the file is not UTF-8 text, first on line 1 at character 2 of the line: save it as CSV UTF-8' },
    ]);
    expect(p.errorCount).toBe(1);
    expect(p.rows).toBe(0);
    expect(p.data.n).toBe(0);
  });
});

describe('parseHouseholdsCsv(text).errorCount', () => {
  it('counts every problem, those beyond the MAX_ERRORS listed too, and a row’s several problems each', () => {
    const bad = Array.from({ length: MAX_ERRORS }, (_, k) => rowWith('weight', '0', `b${k}`).replace(',punjab,', ',mars,'));
    const p = parseHouseholdsCsv([HEADER, GOOD, ...bad].join('\n'));
    expect(p.errors).toHaveLength(MAX_ERRORS);
    expect(p.errorCount).toBe(2 * MAX_ERRORS);
    expect(p.badRows).toBe(MAX_ERRORS);
    expect(p.data.n).toBe(1);
  });
  it('counts header problems', () => {
    const p = parseHouseholdsCsv(`${HEADER},colour,size\n${GOOD},red,5\n`);
    expect(p.errorCount).toBe(2);
    expect(p.errors).toHaveLength(2);
  });
});

describe('examples/households.csv', () => {
  it('parses with zero errors: 400 households over all 14 strata, consumption per adult-equivalent', () => {
    const p = parseHouseholdsCsv(readFileSync(new URL('../../examples/households.csv', import.meta.url), 'utf8'));
    expect(p.errors).toEqual([]);
    expect(p.badRows).toBe(0);
    expect(p.data.n).toBe(400);
    expect(p.data.welfareKind).toBe('consumption');
    expect(new Set(Array.from(p.data.region, (r, i) => 2 * r + p.data.rural[i]!)).size).toBe(14);
    expect(p.data.existing).not.toBeNull();
    expect(p.data.permanentLog).toBeNull();
    expect(p.data.replication).toBeNull();
  });
});
