/**
 * One Monte Carlo replication: draw the population, run the scenario, and
 * (if enabled) run the no-programme counterfactual on the very same draws.
 * A pure function of (scenario, replication): the unit of parallel work.
 */
import type { Scenario } from './scenario/types';
import { contextFor } from './model/context';
import { generatePopulation } from './population/generate';
import { replicationKey } from './random/hash';
import { passLayout } from './model/layout';
import { runPass } from './model/pass';
import { writeOutcomes } from './model/outcomes';

/** Bumped whenever a change alters any number for a given scenario and seed. */
export const ENGINE_VERSION = '1.2.0';

/** Float64 values one replication returns: two pass blocks (scenario, counterfactual). */
export function replicationSize(months: number): number {
  return 2 * passLayout(months).size;
}

/**
 * Simulate replication `r` of a validated scenario. Returns a packed
 * Float64Array (see model/layout.ts): scenario block, then counterfactual
 * block (NaN-filled when the counterfactual is switched off).
 */
export function simulateReplication(scenario: Scenario, r: number): Float64Array {
  const ctx = contextFor(scenario);
  const layout = passLayout(ctx.months);
  const out = new Float64Array(2 * layout.size);
  const repKey = replicationKey(scenario.simulation.seed, r);
  const pop = generatePopulation(ctx, repKey);
  const st = runPass(ctx, pop, repKey, true, out, 0, layout);
  writeOutcomes(ctx, pop, st, out, 0, layout);
  if (scenario.simulation.counterfactual) {
    const cf = runPass(ctx, pop, repKey, false, out, layout.size, layout);
    writeOutcomes(ctx, pop, cf, out, layout.size, layout);
  } else {
    out.fill(NaN, layout.size);
  }
  return out;
}
