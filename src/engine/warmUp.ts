/**
 * JIT warm-up. A cold worker spends most of its first replication in the
 * interpreter: the hot loop is optimised early (on-stack replacement), then
 * deoptimised each time a branch it has never seen runs for the first time
 * (a flood month, a write-off, a year end), ~0.7 s in all at 20,000
 * households. Running one tiny replication that takes every branch first
 * gives the optimiser complete type feedback. Results are unaffected: every
 * replication is a pure function of (scenario, replication).
 *
 * It runs what a real run runs: validated scenarios (validation builds the
 * objects a run reads, whose shapes differ from a default scenario's; warmed
 * on the latter, the monthly loops were deoptimised again on the first real
 * replication for "wrong map") and a comparison on one shared world (the
 * status quo and two policies in step, as in the default comparison).
 *
 * The warm-up keeps the default world apart from prices and the flood,
 * which act only from month 0, so its calibration is the one a default run
 * needs: the first real replication finds it cached.
 */
import { defaultScenario } from './scenario/defaults';
import { validateScenario } from './scenario/validate';
import type { Scenario } from './scenario/types';
import { simulateWorld } from './simulate';

let warmed = false;

function valid(s: Scenario): Scenario {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(`warm-up scenario is invalid: ${v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return v.scenario;
}

export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  const s = defaultScenario('warm-up');
  s.run.households = 1200;
  s.run.months = 26;
  s.world.shocks.flood2022 = true;
  s.world.shocks.floodMonth = 2;
  s.world.prices.costOfLiving = true;
  s.policy.microfinance.wilfulShare = 0.2;
  s.policy.microfinance.borrowerRatePct = 10;
  // Written off at 5 months overdue: loans go 90 days and more behind (4 months) and are written off within the run.
  s.policy.microfinance.writeOffMonths = 5;
  s.policy.cash.targeting = 'cutoff';
  s.policy.cash.existingTopUpPKR = 500;
  // A budget, so every programme pays (the default scenario has none), with enough trainees finding work that a
  // training gain is paid in so small a sample.
  s.policy.budget.annualBn = [80, 100];
  s.policy.budget.programmeShares = { cash: 0.3, stipend: 0.1, microfinance: 0.2, training: 0.2, farm: 0.15, admin: 0.05 };
  s.policy.training.completion = 1;
  s.policy.training.jobProb = 1;
  const statusQuo = structuredClone(s);
  statusQuo.policy.budget.annualBn = statusQuo.policy.budget.annualBn.map(() => 0);
  statusQuo.policy.cash.existingTopUpPKR = 0;
  statusQuo.policy.microfinance.initialFundPKR = 0;
  const larger = structuredClone(s);
  larger.policy.budget.annualBn = larger.policy.budget.annualBn.map((bn) => bn * 1.5);
  simulateWorld([statusQuo, s, larger].map(valid), 0);
  s.policy.budget.regionRule = 'backwardFirst';
  s.run.counterfactual = false;
  simulateWorld([valid(s)], 1);
}
