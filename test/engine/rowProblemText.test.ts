// @vitest-environment node
// Every RowError carries its problem as data (for the app to word in Urdu) and
// as English (for the CLI). The English comes from the problem, so the two
// cannot disagree, and it is, byte for byte, what the parser always printed.
import { describe, expect, it } from 'vitest';
import { parseHouseholdsCsv } from '../../src/engine/index';
import { rowProblemText } from '../../src/engine/index';
import { ROW_PROBLEMS } from './rowProblems';

const HEADER = 'household_id,weight,region,area,size,adult_equivalents,income_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled';
const GOOD = 'h1,1500.5,punjab,rural,5,4.2,5200,small_farmer,0,1,1,0';

describe('rowProblemText(problem)', () => {
  it.each(ROW_PROBLEMS)('%s: %j is "%s"', (_, problem, english) => {
    expect(rowProblemText(problem)).toBe(english);
  });
});

describe('parseHouseholdsCsv(text).errors: each problem as data, its message from it', () => {
  it('a cell as written is quoted, a number kept as the file wrote it, a household id quoted', () => {
    const long = 'x'.repeat(45);
    const rows = [
      'h2,abc,punjab,rural,5,4.2,5200,small_farmer,0,1,1,0',
      'h3,1500,panjab,rural,2.50,1,1e999,small_farmer,yes,1,1,0',
      `h4,0.0,punjab,rural,2,2.5,5200,${long},0,1,1,0`,
      GOOD,
      'h6,1,punjab,rural,5',
    ];
    const p = parseHouseholdsCsv([HEADER, GOOD, ...rows].join('\n'));
    expect(p.errors.map((e) => [e.line, e.column, e.problem])).toEqual([
      [3, 'weight', { kind: 'notNumber', got: '"abc"' }],
      [4, 'region', { kind: 'notCode', codes: 'punjab, sindh, kp, balochistan, gb, ajk, ict', regionNames: true, got: '"panjab"' }],
      [4, 'size', { kind: 'notWhole', got: '2.50' }],
      [4, 'income_per_ae', { kind: 'tooLarge', got: '"1e999"' }],
      [4, 'female_head', { kind: 'notFlag', got: '"yes"' }],
      [5, 'weight', { kind: 'range', min: 0, max: Infinity, above: true, got: '0.0' }],
      [5, 'adult_equivalents', { kind: 'aeAboveSize', size: 2, got: '2.5' }],
      [5, 'livelihood', { kind: 'notCode', codes: 'small_farmer, farm_labourer, non_farm_wage, own_enterprise, salaried', regionNames: false, got: `"${'x'.repeat(40)}…"` }],
      [6, 'household_id', { kind: 'repeats', id: '"h1"', line: 2 }],
      [7, null, { kind: 'rowLength', values: 5, columns: 12 }],
    ]);
    for (const e of p.errors) expect(e.message).toBe(rowProblemText(e.problem));
  });

  it('a header’s problems name its columns quoted, and count columns from 1', () => {
    const p = parseHouseholdsCsv(`${HEADER.replace('skilled', 'Skiled')},weight,,consumption_per_ae,permanent_log\n`);
    expect(p.errors.map((e) => [e.column, e.problem])).toEqual([
      ['skiled', { kind: 'unknownColumn', name: '"skiled"' }],
      ['weight', { kind: 'twice', name: '"weight"', first: 2, second: 13 }],
      [null, { kind: 'noName', column: 14 }],
      ['skilled', { kind: 'requiredMissing', name: '"skilled"' }],
      ['consumption_per_ae', { kind: 'welfareBoth' }],
      ['persistent_log', { kind: 'pairMissing', other: '"persistent_log"' }],
    ]);
    for (const e of p.errors) expect(e.message).toBe(rowProblemText(e.problem));
  });

  it('a repeat within a replication names it', () => {
    const p = parseHouseholdsCsv(`${HEADER},replication\n${GOOD},3\n${GOOD},3\n`);
    expect(p.errors.map((e) => e.problem)).toEqual([{ kind: 'repeats', id: '"h1"', line: 2, replication: 3 }]);
  });
});
