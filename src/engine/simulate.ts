/**
 * One Monte Carlo replication: draw the population, live the status quo up
 * to month 0 (the burn-in), then run the scenario and (if enabled) the
 * status quo from that same month-0 world on the very same draws, and pair
 * them household by household for effects on participants. A pure function
 * of (scenario, replication): the unit of parallel work.
 */
import type { Scenario } from './scenario/types';
import { contextFor } from './model/context';
import { generatePopulation } from './population/generate';
import { replicationKey } from './random/hash';
import { passLayout } from './model/layout';
import { runBurnIn, runMonths } from './model/pass';
import { startFrom } from './model/state';
import { writeEffects, writeOutcomes } from './model/outcomes';

/** Bumped whenever a change alters any number for a given scenario and seed. */
export const ENGINE_VERSION = '2.0.0';

/** Float64 values one replication returns: two pass blocks (scenario, status quo). */
export function replicationSize(months: number): number {
  return 2 * passLayout(months).size;
}

/**
 * Simulate replication `r` of a validated scenario. Returns a packed
 * Float64Array (see model/layout.ts): scenario block, then status-quo block
 * (NaN-filled when the counterfactual is switched off, as are the effects on
 * participants, which need it).
 */
export function simulateReplication(scenario: Scenario, r: number): Float64Array {
  const ctx = contextFor(scenario);
  const layout = passLayout(ctx.months);
  const out = new Float64Array(2 * layout.size);
  const repKey = replicationKey(scenario.run.seed, r);
  const pop = generatePopulation(ctx, ctx.sample, ctx.mu, repKey);
  const world = runBurnIn(ctx, pop, repKey);
  const z = scenario.world.population.povertyLinePKR;
  const st = startFrom(world, true, z);
  runMonths(ctx, pop, st, repKey, 0, ctx.months, { out, base: 0, layout });
  writeOutcomes(ctx, pop, st, out, 0, layout);
  if (scenario.run.counterfactual) {
    const cf = startFrom(world, false, z);
    runMonths(ctx, pop, cf, repKey, 0, ctx.months, { out, base: layout.size, layout });
    writeOutcomes(ctx, pop, cf, out, layout.size, layout);
    writeEffects(pop, st, cf, z, out, 0, layout);
  } else {
    out.fill(NaN, layout.programme, layout.programme + (layout.unspent - layout.programme));
    out.fill(NaN, layout.size);
  }
  return out;
}
