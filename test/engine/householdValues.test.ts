// @vitest-environment node
// One table of value rules (VALUE_RULES) for both roads into the engine: a
// file's cells (parseHouseholdsCsv) and data kept elsewhere
// (householdValueProblem). A value one road refuses, the other refuses too.
import { describe, expect, it } from 'vitest';
import { householdValueProblem, parseHouseholdsCsv, rowsPerReplication, type HouseholdData } from '../../src/engine/index';
import { FIELD_OF } from '../../src/engine/population/householdValues';
import { ALL_COLUMNS, VALUE_RULES, type Column } from '../../src/engine/population/householdColumns';

const HEADER = ALL_COLUMNS.filter((c) => c !== 'consumption_per_ae');
const GOOD: Record<string, string> = {
  household_id: 'h1', weight: '1500.5', region: 'punjab', area: 'rural', size: '5', adult_equivalents: '4.2', income_per_ae: '5200',
  livelihood: 'small_farmer', female_head: '0', elderly_disabled: '1', school_children: '1', skilled: '0', pmt_score: '40',
  existing_transfer: '1', savings_pkr: '900', loan_status: 'repaid', replication: '0', permanent_log: '8.5', persistent_log: '-0.1',
};
const csv = (rows: Record<string, string>[]) => [HEADER.join(','), ...rows.map((r) => HEADER.map((c) => r[c]).join(','))].join('\n');

/** Per column: a cell the parser must refuse, and the value as held in HouseholdData that stands for it. */
const BREAKS: [Column, string, number][] = [
  ['weight', '0', 0], ['region', 'narnia', 7], ['area', 'suburban', 2], ['size', '32', 32], ['size', '0', 0],
  ['adult_equivalents', '-1', -1], ['income_per_ae', '0', 0], ['livelihood', 'farmer', 5], ['female_head', '2', 2],
  ['elderly_disabled', '2', 2], ['school_children', '2', 2], ['skilled', '2', 2], ['pmt_score', '100.5', 100.5],
  ['existing_transfer', '2', 2], ['savings_pkr', '-1', -1], ['loan_status', 'late', 3], ['replication', '-1', -1],
  ['permanent_log', '1e999', Infinity], ['persistent_log', '1e999', -Infinity],
  // Finite but beyond what a survey could hold (householdColumns.ts, the bounds).
  ['weight', '50000001', 50_000_001], ['adult_equivalents', '0.4', 0.4], ['income_per_ae', '1e300', 1e300], ['income_per_ae', '0.001', 0.001],
  ['savings_pkr', '1e16', 1e16], ['permanent_log', '36', 36], ['permanent_log', '-11', -11], ['persistent_log', '-16', -16],
];

describe('VALUE_RULES: the parser and householdValueProblem(data) refuse the same values', () => {
  it('every column has a rule, and data the parser accepts passes householdValueProblem', () => {
    expect(Object.keys(VALUE_RULES).sort()).toEqual([...ALL_COLUMNS].sort());
    const p = parseHouseholdsCsv(csv([GOOD, { ...GOOD, household_id: 'h2', size: '1', adult_equivalents: '1' }]));
    expect(p.errors).toEqual([]);
    expect(householdValueProblem(p.data)).toBeNull();
  });

  it.each(BREAKS)('%s: the cell %s and the held value %s are both refused', (column, cell, held) => {
    const p = parseHouseholdsCsv(csv([GOOD, { ...GOOD, household_id: 'h2', [column]: cell }]));
    expect(p.errors.map((e) => [e.line, e.column])).toEqual([[3, column]]);
    const good = parseHouseholdsCsv(csv([GOOD, { ...GOOD, household_id: 'h2' }])).data;
    const values = (good[FIELD_OF[column]] as Float64Array).slice();
    values[1] = held;
    const data: HouseholdData = { ...good, [FIELD_OF[column]]: values };
    expect(householdValueProblem(data)).toMatchObject({ column, row: 1 });
  });

  it('the rule across columns: adult-equivalents above size', () => {
    const p = parseHouseholdsCsv(csv([GOOD, { ...GOOD, household_id: 'h2', size: '2', adult_equivalents: '2.5' }]));
    expect(p.errors).toEqual([{ line: 3, column: 'adult_equivalents', problem: { kind: 'aeAboveSize', size: 2, got: '2.5' }, message: 'must not exceed size (2), got 2.5' }]);
    const good = parseHouseholdsCsv(csv([GOOD])).data;
    expect(householdValueProblem({ ...good, ae: new Float64Array([5.5]) })).toEqual({ column: 'adult_equivalents', row: 0, message: 'must not exceed size (5), got 5.5' });
  });
});

describe('rowsPerReplication', () => {
  it('counts the rows of each replication in a file with a replication column, and is null without one', () => {
    // Replications 0, 1, 2 with 2, 3 and 1 rows: a replication's sample is its own rows, not the file's 6.
    const reps = ['0', '1', '1', '0', '2', '1'];
    const withColumn = parseHouseholdsCsv(csv(reps.map((r, k) => ({ ...GOOD, household_id: `h${k}`, replication: r })))).data;
    expect(rowsPerReplication(withColumn)).toEqual({ fewest: 1, most: 3, replications: 3 });
    const header = HEADER.filter((c) => c !== 'replication');
    const without = parseHouseholdsCsv([header.join(','), ...[0, 1, 2].map((k) => header.map((c) => (c === 'household_id' ? `h${k}` : GOOD[c])).join(','))].join('\n')).data;
    expect(rowsPerReplication(without)).toBeNull();
  });
});
