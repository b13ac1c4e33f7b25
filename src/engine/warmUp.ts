/**
 * JIT warm-up. A cold worker spends most of its first replication in the
 * interpreter: the hot loop is optimised early (on-stack replacement), then
 * deoptimised each time a branch it has never seen runs for the first time
 * (a flood month, a write-off, a year end), ~0.7 s in all at 20,000
 * households. Running one tiny replication that takes every branch first
 * gives the optimiser complete type feedback. Results are unaffected: every
 * replication is a pure function of (scenario, replication).
 *
 * The warm-up keeps the default world apart from prices and the flood,
 * which act only from month 0, so its calibration is the one a default run
 * needs: the first real replication finds it cached.
 */
import { defaultScenario } from './scenario/defaults';
import { simulateReplication } from './simulate';

let warmed = false;

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
  s.policy.microfinance.writeOffMonths = 3;
  s.policy.cash.targeting = 'cutoff';
  s.policy.cash.existingTopUpPKR = 500;
  simulateReplication(s, 0);
  s.policy.budget.regionRule = 'backwardFirst';
  s.run.counterfactual = false;
  simulateReplication(s, 1);
}
