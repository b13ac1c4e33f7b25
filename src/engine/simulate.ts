/**
 * One Monte Carlo replication: draw the population, live the status quo up
 * to month 0 (the burn-in), then run the status quo and the scenario in step
 * from that same month-0 world on the very same draws (the scenario's totals
 * are worked out from the status quo's, so it runs even when the scenario
 * does not report it), and pair them household by household for effects on
 * participants. A pure function of (scenario, replication): the unit of
 * parallel work.
 */
import type { Scenario } from './scenario/types';
import { contextFor } from './model/context';
import { generatePopulation } from './population/generate';
import { populationFromHouseholds } from './population/fromHouseholds';
import { replicationKey } from './random/hash';
import { DECILE_FIELDS, DECILES, passLayout } from './model/layout';
import { runBurnIn } from './model/pass';
import { runTogether } from './model/together';
import { replicationArena, startFrom, type PassState } from './model/state';
import { worldKey } from './scenario/keys';
import { scenarioForReplication } from './scenario/uncertainty';
import { startOfRun, writeEffects, writeOutcomes } from './model/outcomes';

/** Bumped whenever a change alters any number for a given scenario and seed. */
export const ENGINE_VERSION = '2.8.0';

/** Float64 values one replication returns: two pass blocks (scenario, status quo). */
export function replicationSize(months: number): number {
  return 2 * passLayout(months).size;
}

/**
 * Simulate replication `r` of a validated scenario. Returns a packed
 * Float64Array (see model/layout.ts): scenario block, then status-quo block
 * (NaN-filled when the counterfactual is switched off, as are the effects on
 * participants, which need it). The same numbers, bit for bit, as the
 * scenario's entry in simulateWorld() beside any other scenarios.
 */
export function simulateReplication(scenario: Scenario, r: number): Float64Array {
  return simulateWorld([scenario], r)[0]!;
}

/**
 * A new policy that does nothing: no budget in any year and no top-up of the
 * existing transfer. Its pass is the status-quo pass itself, so a comparison
 * gets its baseline for free. An opening risk-fund balance or a top-up
 * could act without a budget, so either one makes the policy a real one.
 */
export function isStatusQuoPolicy(scenario: Scenario): boolean {
  const pol = scenario.policy;
  return pol.budget.annualBn.every((bn) => bn === 0) && pol.cash.existingTopUpPKR === 0 && pol.microfinance.initialFundPKR === 0;
}

/**
 * Replication `r` of several scenarios that share one world (equal
 * worldKey: world, seed, households, months, imported household data).
 * Imported data must have been registered (registerHouseholds) in this
 * thread: otherwise this throws HouseholdsNotLoadedError. The population, the burn-in
 * and the status-quo pass are computed once and shared; each scenario then
 * runs only its own policy pass, on the very same draws. Returns one packed
 * replication per scenario, in order, each exactly what simulateReplication
 * gives for that scenario alone. (`statusQuoShortcut` off runs a do-nothing
 * policy's pass anyway: tests use it to prove the shortcut changes nothing.)
 */
export function simulateWorld(given: readonly Scenario[], r: number, statusQuoShortcut = true): Float64Array[] {
  if (given.length === 0) return [];
  const key = worldKey(given[0]!);
  for (const s of given) if (worldKey(s) !== key) throw new Error(`scenario "${s.name}" does not share the world of "${given[0]!.name}" (world, its uncertain parameters, household data, seed, households and months must match)`);
  // Uncertain parameters at this replication's drawn values (keyed by seed, replication and parameter alone,
  // so scenarios sharing a world draw the same world).
  const scenarios = given.map((s) => scenarioForReplication(s, r));
  const first = scenarios[0]!;
  const ctx0 = contextFor(first);
  const layout = passLayout(ctx0.months);
  const repKey = replicationKey(first.run.seed, r);
  // Imported data (registered by hash; contextFor throws if it is not) or the synthetic sample.
  // The synthetic sample's size is the scenario's, so its population comes from the arena too; imported data's
  // may differ by replication, so its population is allocated afresh and the arena sized to it.
  const synthetic = ctx0.households ? null : replicationArena(ctx0.sample.n);
  const pop = synthetic ? generatePopulation(ctx0, ctx0.sample, ctx0.mu, repKey, false, synthetic) : populationFromHouseholds(ctx0, ctx0.households!, repKey, r);
  const arena = synthetic ?? replicationArena(pop.n);
  const world = runBurnIn(ctx0, pop, repKey, false, arena);
  const z = first.world.population.povertyLinePKR;

  // The status quo, once: the policies run in step with it (model/together.ts) and their monthly totals are
  // its own plus their differences from it, so it runs even when nobody reports it.
  const sameAsStatusQuo = (s: Scenario) => statusQuoShortcut && isStatusQuoPolicy(s);
  const blocks = scenarios.map(() => new Float64Array(2 * layout.size));
  const states: (PassState | null)[] = scenarios.map(() => null);
  const running = scenarios.map((s, k) => ({ s, k })).filter(({ s }) => !sameAsStatusQuo(s));
  const cf = startFrom(world, false, z, null, arena);
  const policies = running.map(({ s, k }) => {
    const st = startFrom(world, true, z, pop.loanStatus, arena, cf);
    states[k] = st;
    return { ctx: contextFor(s), st, rec: { out: blocks[k]!, base: 0, layout } };
  });
  const cfBlock = new Float64Array(layout.size);
  runTogether(ctx0, pop, cf, { out: cfBlock, base: 0, layout }, policies, repKey, ctx0.months, arena);
  // The start of the run (its distribution, deciles and their statistics) is every pass's: no programme has paid before month 0.
  const start = startOfRun(pop, cf.cons0, z);
  if (scenarios.some((s) => s.run.counterfactual || sameAsStatusQuo(s))) writeOutcomes(ctx0, pop, cf, cfBlock, 0, layout, start);
  policies.forEach((p) => writeOutcomes(p.ctx, pop, p.st, p.rec.out, 0, layout, start));
  return scenarios.map((sc, k) => {
    const out = blocks[k]!;
    const st = states[k] ?? cf;
    if (!states[k]) out.set(cfBlock, 0);
    if (sc.run.counterfactual) {
      out.set(cfBlock, layout.size);
      writeEffects(pop, st, cf, start.deciles, z, out, 0, layout);
    } else {
      out.fill(NaN, layout.programme, layout.unspent);
      out.fill(NaN, layout.byDecile, layout.byDecile + DECILES * DECILE_FIELDS);
      out.fill(NaN, layout.size);
    }
    return out;
  });
}
