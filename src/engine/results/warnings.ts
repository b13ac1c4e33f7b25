/**
 * Warnings for settings that stop a programme from spending or lending, so a
 * result never hides unusable money behind a cost per exit. Judged on means
 * across replications; each says what happened and the likely reason.
 */
import type { RunResult } from './result';
import { PAYING_PROGRAMMES } from '../scenario/groups/budget';

const LABEL: Record<(typeof PAYING_PROGRAMMES)[number], string> = {
  cash: 'The new cash transfer',
  stipend: 'The education stipend',
  microfinance: 'Microfinance',
  training: 'Skills training',
  farm: 'Small-farmer support',
};

const REASON: Record<(typeof PAYING_PROGRAMMES)[number], string> = {
  cash: 'too few households below the cut-off who are not already on the existing transfer',
  stipend: 'too few households with school-age children below the stipend cut-off',
  microfinance: 'lending is capped by the risk fund and by the subsidy budget',
  training: 'too few unskilled working households below the training cut-off',
  farm: 'too few small farmers below the farm-support cut-off',
};

/** Share of a programme's budget left unspent above which a warning is given. */
const UNSPENT_WARNING = 0.1;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const bn = (x: number) => `Rs ${(x / 1e9).toFixed(1)} bn`;

/** Why microfinance lent nothing, most basic reason first. */
export type NoLoansReason = 'allToFund' | 'noFundCapital' | 'zeroLeverage' | 'noTakers';

/** A warning as data, so that the app can word it in the reader's language (warningText words it in English). */
export type SettingWarning =
  | { kind: 'unspent'; programme: (typeof PAYING_PROGRAMMES)[number]; share: number; unspentPKR: number }
  | { kind: 'noLoans'; reason: NoLoansReason }
  | { kind: 'idleFund'; fundPKR: number }
  | { kind: 'noStatusQuo' };

export function settingWarnings(result: RunResult): SettingWarning[] {
  const out: SettingWarning[] = [];
  const { summary, scenario } = result;
  const budget = summary.budgetPKR.mean ?? 0;
  const shares = scenario.policy.budget.programmeShares;
  const mf = scenario.policy.microfinance;
  for (const p of PAYING_PROGRAMMES) {
    const envelope = budget * shares[p];
    const unspent = summary.unspentByProgrammePKR[p].mean ?? 0;
    if (envelope > 0 && unspent / envelope > UNSPENT_WARNING) out.push({ kind: 'unspent', programme: p, share: unspent / envelope, unspentPKR: unspent });
  }
  if (budget * shares.microfinance > 0 && (summary.loansDisbursedPKR.mean ?? 0) === 0) {
    const reason: NoLoansReason =
      mf.riskFundShare >= 1 ? 'allToFund' : mf.riskFundShare === 0 && mf.initialFundPKR === 0 ? 'noFundCapital' : mf.leverage === 0 ? 'zeroLeverage' : 'noTakers';
    out.push({ kind: 'noLoans', reason });
  }
  const fundEnd = Math.min(summary.riskFundEndPKR.mean ?? 0, summary.riskFundContributionsPKR.mean ?? 0);
  const spentMf = summary.spentByProgrammePKR.microfinance.mean ?? 0;
  if (fundEnd > 0 && spentMf > 0 && fundEnd / spentMf > 0.25) out.push({ kind: 'idleFund', fundPKR: fundEnd });
  // The status quo itself (no new budget) has nothing to compare: no warning for it.
  if (!scenario.run.counterfactual && budget > 0) out.push({ kind: 'noStatusQuo' });
  return out;
}

const NO_LOANS: Record<NoLoansReason, string> = {
  allToFund: 'the whole microfinance budget went into the risk fund, leaving nothing to subsidise interest',
  noFundCapital: 'the risk fund gets no capital, and lending is capped at a multiple of the fund',
  zeroLeverage: 'the lending multiple is 0',
  noTakers: 'no eligible household took a loan',
};

/** A warning in English, as the result's meta.warnings gives it. */
export function warningText(w: SettingWarning): string {
  switch (w.kind) {
    case 'unspent':
      return `${LABEL[w.programme]} left ${pct(w.share)} of its budget (${bn(w.unspentPKR)}) unspent: ${REASON[w.programme]}.`;
    case 'noLoans':
      return `Microfinance made no loans: ${NO_LOANS[w.reason]}. Its spending buys no exits.`;
    case 'idleFund':
      return `${bn(w.fundPKR)} of risk-fund capital is still in the fund at the end: it is counted as spent; the net cost per exit leaves it out.`;
    case 'noStatusQuo':
      return 'The comparison with the status quo is off, so additional exits, cost per exit and effects on participants are not available.';
  }
}

export function warningsFor(result: RunResult): string[] {
  return settingWarnings(result).map(warningText);
}
