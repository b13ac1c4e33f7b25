/**
 * Warnings for settings that stop a programme from spending or lending, so a
 * result never hides unusable money behind a cost per exit. Judged on means
 * across replications; each says what happened and why. Money a programme
 * left unspent is told apart by what its enrolment saw (programmes.ts,
 * unspentStepByProgrammePKR): left where every eligible household was served,
 * or where eligible households remained but the money left bought less than
 * one more sample household, a step that shrinks as the sample grows.
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

type EnrolledProgramme = Exclude<(typeof PAYING_PROGRAMMES)[number], 'microfinance'>;

/** Microfinance's envelope is not spent by enrolment but by lending. */
const LENDING_REASON = 'lending is capped by the risk fund and by the subsidy budget';

/** Money left where every eligible household was served; cash under budget targeting has no cut-off (cashBudget). */
const NONE_LEFT: Record<EnrolledProgramme | 'cashBudget', string> = {
  cash: 'every household below the cut-off who is not already on the existing transfer and takes it up was enrolled',
  cashBudget: 'every household not already on the existing transfer who takes it up was enrolled',
  stipend: 'every household with school-age children below the stipend cut-off who takes it up was enrolled',
  training: 'every unskilled working household below the training cut-off who takes it up was trained (each only once)',
  farm: 'every small farmer below the farm-support cut-off was supported (each only once)',
};

/** Money left where eligible households remained: each sample household costs benefit × months × its weight, and an envelope buys whole ones. */
function stepReason(sampleHouseholds: number, imported: boolean): string {
  // Grouped by hand, not by toLocaleString: the engine's text must not depend on the runtime's locale data (ICU).
  const n = String(Math.round(sampleHouseholds)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `eligible households remained, but the money left in a stratum bought less than one more sample household (a whole-household step; it shrinks ${imported ? `with more rows: ${n} rows` : `as the sample grows: ${n} households`})`;
}

/** A cause of unspent money is named only when it accounts for at least this share of it. */
const NAMED_PART = 0.1;

/** Share of a programme's budget left unspent above which a warning is given. */
const UNSPENT_WARNING = 0.1;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const bn = (x: number) => `Rs ${(x / 1e9).toFixed(1)} bn`;

/**
 * Why a programme left money unspent: lending limits (microfinance); every eligible household served
 * (noneLeft); eligible households left that the money left could not pay for (step); or both, each part
 * with its share.
 */
export type UnspentCause = 'lending' | 'noneLeft' | 'step' | 'both';

/** Why microfinance lent nothing, most basic reason first. */
export type NoLoansReason = 'allToFund' | 'noFundCapital' | 'zeroLeverage' | 'noTakers';

/** A warning as data, so that the app can word it in the reader's language (warningText words it in English). */
export type SettingWarning =
  | {
      kind: 'unspent'; programme: (typeof PAYING_PROGRAMMES)[number]; share: number; unspentPKR: number;
      /** stepPKR: the part left where eligible households remained (the rest: where none did). */
      cause: UnspentCause; stepPKR: number;
      /** The run's sample (meta.households) and whether it is imported rows; cutoff: the programme selects below a PMT cut-off. */
      sampleHouseholds: number; imported: boolean; cutoff: boolean;
    }
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
    if (!(envelope > 0 && unspent / envelope > UNSPENT_WARNING)) continue;
    const step = Math.min(unspent, Math.max(0, summary.unspentStepByProgrammePKR[p].mean ?? 0));
    const stepNamed = step >= NAMED_PART * unspent;
    const noneLeftNamed = unspent - step >= NAMED_PART * unspent;
    const cause: UnspentCause = p === 'microfinance' ? 'lending' : stepNamed && noneLeftNamed ? 'both' : stepNamed ? 'step' : 'noneLeft';
    out.push({
      kind: 'unspent', programme: p, share: unspent / envelope, unspentPKR: unspent, cause, stepPKR: step,
      sampleHouseholds: result.meta.households, imported: scenario.households != null, cutoff: p !== 'cash' || scenario.policy.cash.targeting === 'cutoff',
    });
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

/** Why an unspent-money warning's money was left, in English. */
function unspentReason(w: Extract<SettingWarning, { kind: 'unspent' }>): string {
  if (w.cause === 'lending' || w.programme === 'microfinance') return LENDING_REASON;
  const noneLeft = NONE_LEFT[w.programme === 'cash' && !w.cutoff ? 'cashBudget' : w.programme];
  const step = stepReason(w.sampleHouseholds, w.imported);
  if (w.cause === 'noneLeft') return noneLeft;
  if (w.cause === 'step') return step;
  // Each part as a share of the unspent money: rounded amounts could read as not adding up.
  const stepShare = w.stepPKR / w.unspentPKR;
  return `${pct(1 - stepShare)} of it where ${noneLeft}; ${pct(stepShare)} where ${step}`;
}

/** A warning in English, as the result's meta.warnings gives it. */
export function warningText(w: SettingWarning): string {
  switch (w.kind) {
    case 'unspent':
      return `${LABEL[w.programme]} left ${pct(w.share)} of its budget (${bn(w.unspentPKR)}) unspent: ${unspentReason(w)}.`;
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
