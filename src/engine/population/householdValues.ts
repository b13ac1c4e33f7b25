/**
 * Household data checked value by value against the format's rules
 * (VALUE_RULES in householdColumns.ts), for data that did not just come out
 * of the parser: data kept in the browser between visits, which storage,
 * another build or a damaged disk may have changed. The parser checks the
 * same rules on the file's text, so both roads into the engine agree.
 */
import { ALL_COLUMNS, VALUE_RULES, aeProblem, heldValueProblem, rowProblemText, type Column } from './householdColumns';
import type { HouseholdData } from './households';

/** The HouseholdData field each column is read into. */
export const FIELD_OF: Readonly<Record<Column, keyof HouseholdData>> = {
  household_id: 'householdId', weight: 'weight', region: 'region', area: 'rural', size: 'size', adult_equivalents: 'ae',
  livelihood: 'livelihood', female_head: 'femaleHead', elderly_disabled: 'elderlyDisabled', school_children: 'schoolChildren',
  skilled: 'skilled', income_per_ae: 'welfare', consumption_per_ae: 'welfare', pmt_score: 'pmt', existing_transfer: 'existing',
  savings_pkr: 'savings', loan_status: 'loanStatus', replication: 'replication', permanent_log: 'permanentLog', persistent_log: 'persistentLog',
};

/** A value the rules refuse: its column (as the file names it), its row (0-based) and why, in English. */
export interface ValueProblem {
  column: Column;
  row: number;
  message: string;
}

/**
 * The first value of `data` its column's rule refuses, column by column in
 * the format's order, or null when every value is allowed. The data's shape
 * (every array of length n, of its type) is the caller's to check first.
 */
export function householdValueProblem(data: HouseholdData): ValueProblem | null {
  const welfareColumn: Column = data.welfareKind === 'consumption' ? 'consumption_per_ae' : 'income_per_ae';
  for (const column of ALL_COLUMNS) {
    if ((column === 'income_per_ae' || column === 'consumption_per_ae') && column !== welfareColumn) continue;
    const rule = VALUE_RULES[column];
    if (rule.kind === 'text') {
      const row = (data[FIELD_OF[column]] as string[]).findIndex((s) => s.trim() === '');
      if (row >= 0) return { column, row, message: rowProblemText({ kind: 'missing' }) };
      continue;
    }
    const values = data[FIELD_OF[column]] as ArrayLike<number> | null;
    // An optional column the file did not have.
    if (values === null) continue;
    for (let row = 0; row < values.length; row++) {
      const message = heldValueProblem(rule, values[row]!);
      if (message !== null) return { column, row, message };
    }
  }
  for (let row = 0; row < data.n; row++) {
    const problem = aeProblem(data.ae[row]!, data.size[row]!);
    if (problem !== null) return { column: 'adult_equivalents', row, message: rowProblemText(problem) };
  }
  return null;
}
