/**
 * One issue of each code, as the engine's checks give them (path, code and
 * arguments; the message stands in for the engine's English). Typed by code,
 * so a code added to the engine without an example here fails to typecheck.
 */
import type { IssueArgs, IssueCode, ValidationIssue } from '../../../src/engine/index';

const EXAMPLES: { [C in IssueCode]: { path: string; args: IssueArgs[C] } } = {
  notNumber: { path: 'policy.cash.benefitPKR', args: { got: { type: 'text', text: 'lots' } } },
  wholeNumber: { path: 'policy.microfinance.termMonths', args: { value: 12.5 } },
  range: { path: 'policy.cash.benefitPKR', args: { min: 0, max: 50000, unit: 'Rs / household / month', value: 75000 } },
  notBoolean: { path: 'world.shocks.flood2022', args: { got: { type: 'boolean', value: true } } },
  notOption: { path: 'policy.budget.regionRule', args: { options: ['population', 'headcount'], got: { type: 'text', text: 'random' } } },
  notList: { path: 'policy.budget.annualBn', args: { got: { type: 'number', value: 5 } } },
  length: { path: 'policy.budget.annualBn', args: { min: 1, max: 10, count: 0 } },
  notRecord: { path: 'policy.budget.programmeShares', args: { keys: ['cash', 'stipend'], got: { type: 'null' } } },
  unknownKey: { path: 'world.shocks.floodAffected.atlantis', args: {} },
  missing: { path: 'policy.farm.costPKR', args: {} },
  sharesSum: { path: 'policy.budget.programmeShares', args: { sum: 140.00000000000003 } },
  unknownPart: { path: 'extras', args: { parts: ['policy', 'world', 'run', 'uncertainty', 'households'] } },
  emptyText: { path: 'name', args: {} },
  tooLong: { path: 'name', args: { max: 120 } },
  notObject: { path: 'policy', args: { got: { type: 'list' } } },
  unknownGroup: { path: 'policy.extraProgramme', args: {} },
  unknownParameter: { path: 'policy.budget.surprise', args: {} },
  loanCap: { path: 'policy.microfinance.minLoanPKR', args: { cap: 75000, value: 100000 } },
  horizon: { path: 'world.shocks.floodMonth', args: { last: 35, value: 40 } },
  uncertaintyNotObject: { path: 'uncertainty', args: {} },
  notUncertainParameter: { path: 'uncertainty.run.households', args: { example: 'policy.cash.takeUp' } },
  wholeRecord: { path: 'uncertainty.world.shocks.disasterAnnualProb', args: { example: 'world.shocks.disasterAnnualProb.punjab' } },
  entriesSum: { path: 'uncertainty.policy.budget.programmeShares.cash', args: {} },
  unknownEntry: { path: 'uncertainty.world.shocks.floodAffected.atlantis', args: { keys: ['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'] } },
  notDistribution: { path: 'uncertainty.policy.cash.takeUp.dist', args: { options: ['uniform', 'triangular', 'normal', 'lognormal'] } },
  notDistributionSetting: { path: 'uncertainty.policy.cash.takeUp.mode', args: { dist: 'uniform' } },
  settingNotNumber: { path: 'uncertainty.policy.cash.takeUp.low', args: {} },
  bounds: { path: 'uncertainty.world.consumption.mpc', args: { min: 0.01, max: 1, unit: 'share / month', low: 0, high: 2 } },
  aboveLow: { path: 'uncertainty.policy.cash.leakage.high', args: { low: 0.5, value: 0.2 } },
  modeBetween: { path: 'uncertainty.policy.cash.takeUp.mode', args: { value: 0.9 } },
  aboveZero: { path: 'uncertainty.policy.cash.benefitPKR.sigma', args: { value: -0.3 } },
  lowPositive: { path: 'uncertainty.policy.cash.benefitPKR.low', args: { value: 0 } },
  householdsMissing: { path: 'households', args: {} },
  householdsNotObject: { path: 'households', args: { keys: ['id', 'name', 'sha256', 'rows'] } },
  sha256: { path: 'households.sha256', args: { digits: 64 } },
  rowsCount: { path: 'households.rows', args: { min: 1, got: { type: 'number', value: 0 } } },
  notScenarioObject: { path: '', args: {} },
  versionMissing: { path: 'version', args: { current: 5 } },
  versionInvalid: { path: 'version', args: { got: { type: 'text', text: '3' } } },
  versionNewer: { path: 'version', args: { version: 99, current: 5 } },
  noMigration: { path: 'version', args: { version: 2 } },
  unknownOldGroup: { path: 'gadgets', args: { version: 1 } },
  laterPart: { path: 'uncertainty', args: { version: 2, since: 3 } },
};

/** The example issue of `code`; its message is "engine: <code>", so that a test can tell the engine's English from the app's words. */
export function exampleIssue(code: IssueCode): ValidationIssue {
  const { path, args } = EXAMPLES[code];
  return { path, message: `engine: ${code}`, code, args } as ValidationIssue;
}
