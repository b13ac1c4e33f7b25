/**
 * Write households in the CSV format parseHouseholdsCsv reads. Numbers are
 * written with String(), the shortest text that reads back as the very same
 * double, so a written file re-imports exactly.
 */
import { csvFormatRows } from 'd3-dsv';
import { REGIONS } from './regions';
import { AREAS, LIVELIHOOD_CODES, LOAN_STATUSES, type Column } from './householdColumns';
import type { HouseholdData } from './households';

type Cell = (i: number) => string;

/** The file's columns in a fixed order: the replication first, then the required ones, then the optional ones present. */
function columns(data: HouseholdData): [Column, Cell][] {
  const num = (a: ArrayLike<number>): Cell => (i) => String(a[i]!);
  const out: [Column, Cell | null][] = [
    ['replication', data.replication && num(data.replication)],
    ['household_id', (i) => data.householdId[i]!],
    ['weight', num(data.weight)],
    ['region', (i) => REGIONS[data.region[i]!]!],
    ['area', (i) => AREAS[data.rural[i]!]!],
    ['size', num(data.size)],
    ['adult_equivalents', num(data.ae)],
    [data.welfareKind === 'consumption' ? 'consumption_per_ae' : 'income_per_ae', num(data.welfare)],
    ['livelihood', (i) => LIVELIHOOD_CODES[data.livelihood[i]!]!],
    ['female_head', num(data.femaleHead)],
    ['elderly_disabled', num(data.elderlyDisabled)],
    ['school_children', num(data.schoolChildren)],
    ['skilled', num(data.skilled)],
    ['pmt_score', data.pmt && num(data.pmt)],
    ['existing_transfer', data.existing && num(data.existing)],
    ['savings_pkr', data.savings && num(data.savings)],
    ['loan_status', data.loanStatus && ((i) => LOAN_STATUSES[data.loanStatus![i]!]!)],
    ['permanent_log', data.permanentLog && num(data.permanentLog)],
    ['persistent_log', data.persistentLog && num(data.persistentLog)],
  ];
  return out.filter((c): c is [Column, Cell] => c[1] !== null);
}

/** The data as CSV text: a header and one line per household, "\n" line ends, a final newline. */
export function formatHouseholdsCsv(data: HouseholdData): string {
  const cols = columns(data);
  const rows: string[][] = [cols.map(([name]) => name)];
  for (let i = 0; i < data.n; i++) rows.push(cols.map(([, cell]) => cell(i)));
  return `${csvFormatRows(rows)}\n`;
}
