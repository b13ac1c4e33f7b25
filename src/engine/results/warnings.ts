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

export function warningsFor(result: RunResult): string[] {
  const out: string[] = [];
  const { summary, scenario } = result;
  const budget = summary.budgetPKR.mean ?? 0;
  const shares = scenario.policy.budget.programmeShares;
  const mf = scenario.policy.microfinance;
  for (const p of PAYING_PROGRAMMES) {
    const envelope = budget * shares[p];
    const unspent = summary.unspentByProgrammePKR[p].mean ?? 0;
    if (envelope > 0 && unspent / envelope > UNSPENT_WARNING)
      out.push(`${LABEL[p]} left ${pct(unspent / envelope)} of its budget (${bn(unspent)}) unspent: ${REASON[p]}.`);
  }
  if (budget * shares.microfinance > 0 && (summary.loansDisbursedPKR.mean ?? 0) === 0) {
    const why =
      mf.riskFundShare >= 1
        ? 'the whole microfinance budget went into the risk fund, leaving nothing to subsidise interest'
        : mf.riskFundShare === 0 && mf.initialFundPKR === 0
          ? 'the risk fund gets no capital, and lending is capped at a multiple of the fund'
          : mf.leverage === 0
            ? 'the lending multiple is 0'
            : 'no eligible household took a loan';
    out.push(`Microfinance made no loans: ${why}. Its spending buys no exits.`);
  }
  const fundEnd = Math.min(summary.riskFundEndPKR.mean ?? 0, summary.riskFundContributionsPKR.mean ?? 0);
  const spentMf = summary.spentByProgrammePKR.microfinance.mean ?? 0;
  if (fundEnd > 0 && spentMf > 0 && fundEnd / spentMf > 0.25)
    out.push(`${bn(fundEnd)} of risk-fund capital is still in the fund at the end: it is counted as spent; the net cost per exit leaves it out.`);
  // The status quo itself (no new budget) has nothing to compare: no warning for it.
  if (!scenario.run.counterfactual && budget > 0)
    out.push('The status quo was not simulated, so additional exits, cost per exit and effects on participants are not available.');
  return out;
}
