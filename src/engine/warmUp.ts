/**
 * JIT warm-up. A cold worker spends most of its first replication in the
 * interpreter: the hot loop is optimised early (on-stack replacement), then
 * deoptimised each time a branch it has never seen runs for the first time
 * (a flood month, a write-off, a year end), ~0.7 s in all at 20,000
 * households. Running one tiny replication that takes every branch first
 * gives the optimiser complete type feedback. Results are unaffected: every
 * replication is a pure function of (scenario, replication).
 */
import { defaultScenario } from './scenario/defaults';
import { simulateReplication } from './simulate';

let warmed = false;

export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  const s = defaultScenario('warm-up');
  s.simulation.households = 1200;
  s.simulation.months = 26;
  s.shocks.flood2022 = true;
  s.shocks.floodMonth = 2;
  s.shocks.disasterScale = 5;
  s.prices.costOfLiving = true;
  s.microfinance.wilfulShare = 0.2;
  s.microfinance.borrowerRatePct = 10;
  s.microfinance.writeOffMonths = 3;
  s.cash.targeting = 'cutoff';
  simulateReplication(s, 0);
  s.budget.regionRule = 'backwardFirst';
  s.simulation.counterfactual = false;
  simulateReplication(s, 1);
}
