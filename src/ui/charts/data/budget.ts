/**
 * Money by programme and year for one scenario: what each programme spent
 * and what was left unspent (means across replications, PKR). Spent plus
 * unspent is the year's budget, because the engine conserves money.
 */
import { i18n } from '../../../i18n/index';
import { labelled } from '../lang';
import { PROGRAMMES, type ProgrammeId, type RunResult } from '../../../engine/index';

export type BudgetPart = ProgrammeId | 'unspent';

const PART_KEYS: readonly BudgetPart[] = ['cash', 'stipend', 'microfinance', 'training', 'farm', 'admin', 'unspent'];
export const BUDGET_PARTS: readonly { key: BudgetPart; label: string }[] = PART_KEYS.map((key) => labelled(key, () => i18n.t(`charts:programmes.${key}`)));

export type BudgetRow = { year: number; label: string; budget: number | null } & Record<BudgetPart, number | null>;

export function budgetRows(result: RunResult): BudgetRow[] {
  const y = result.byYear;
  return y.budgetPKR.map((b, i) => {
    const row = { year: i + 1, label: i18n.t('charts:budget.year', { n: i + 1 }), budget: b.mean, unspent: y.unspentPKR[i]?.mean ?? null } as BudgetRow;
    for (const p of PROGRAMMES) row[p] = y.spentPKR[p][i]?.mean ?? null;
    return row;
  });
}
