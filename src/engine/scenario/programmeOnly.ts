/**
 * One programme of a scenario on its own: the same world and run, the same
 * money for that programme each year (with administration at the same rate),
 * and nothing for the others. Run on the scenario's world, the status quo on
 * the same draws gives its additional sustained exits and so its cost per
 * exit, programme by programme. Programmes interact (a household can get
 * several), so the programme-only exits need not add up to the scenario's.
 */
import type { Scenario } from './types';
import { PAYING_PROGRAMMES, type ProgrammeId } from './groups/budget';

export type PayingProgramme = (typeof PAYING_PROGRAMMES)[number];

export interface ProgrammeOnly {
  programme: PayingProgramme;
  scenario: Scenario;
}

/**
 * The scenario with only `programme` funded. Its budget is the scenario's
 * budget × share ÷ (1 − admin share), split (1 − admin share) to the
 * programme and the admin share to administration, so the programme gets the
 * same money every year and administration the same rate. Money that acts
 * without a budget goes with its programme: the existing transfer's top-up
 * (paid from the cash budget) only with cash, the risk fund's opening
 * balance only with microfinance.
 */
export function programmeOnlyScenario(sc: Scenario, programme: PayingProgramme): Scenario {
  const shares = sc.policy.budget.programmeShares;
  const admin = shares.admin;
  const out = structuredClone(sc);
  const pol = out.policy;
  const scale = admin < 1 ? shares[programme] / (1 - admin) : 0;
  pol.budget.annualBn = sc.policy.budget.annualBn.map((bn) => bn * scale);
  pol.budget.programmeShares = Object.fromEntries(
    Object.keys(shares).map((k) => [k, k === programme ? 1 - admin : k === 'admin' ? admin : 0]),
  ) as Record<ProgrammeId, number>;
  if (programme !== 'cash') pol.cash.existingTopUpPKR = 0;
  if (programme !== 'microfinance') pol.microfinance.initialFundPKR = 0;
  out.name = `${sc.name}: ${programme} only`;
  return out;
}

/** Every programme the scenario gives money to, each on its own (none for a scenario without a budget). */
export function programmeOnlyScenarios(sc: Scenario): ProgrammeOnly[] {
  const funded = sc.policy.budget.annualBn.some((bn) => bn > 0);
  if (!funded) return [];
  return PAYING_PROGRAMMES.filter((p) => sc.policy.budget.programmeShares[p] > 0).map((programme) => ({
    programme,
    scenario: programmeOnlyScenario(sc, programme),
  }));
}
