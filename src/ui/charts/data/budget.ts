/**
 * Money by programme and year for one scenario: what each programme spent
 * and what was left unspent (means across replications, PKR). Spent plus
 * unspent is the year's budget, because the engine conserves money.
 */
import { PROGRAMMES, type ProgrammeId, type RunResult } from '../../../engine/index';

export type BudgetPart = ProgrammeId | 'unspent';

export const BUDGET_PARTS: readonly { key: BudgetPart; label: string }[] = [
  { key: 'cash', label: 'Cash transfers' },
  { key: 'stipend', label: 'Education stipends' },
  { key: 'microfinance', label: 'Microfinance support' },
  { key: 'training', label: 'Skills training' },
  { key: 'farm', label: 'Small-farmer support' },
  { key: 'admin', label: 'Administration' },
  { key: 'unspent', label: 'Unspent' },
];

export type BudgetRow = { year: number; label: string; budget: number | null } & Record<BudgetPart, number | null>;

export function budgetRows(result: RunResult): BudgetRow[] {
  const y = result.byYear;
  return y.budgetPKR.map((b, i) => {
    const row = { year: i + 1, label: `Year ${i + 1}`, budget: b.mean, unspent: y.unspentPKR[i]?.mean ?? null } as BudgetRow;
    for (const p of PROGRAMMES) row[p] = y.spentPKR[p][i]?.mean ?? null;
    return row;
  });
}
