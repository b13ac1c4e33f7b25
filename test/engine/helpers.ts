import { Accumulator, buildResult, defaultScenario, simulateReplication, validateScenario, type RunResult, type Scenario } from '../../src/engine/index';
import { contextFor } from '../../src/engine/model/context';
import { passLayout } from '../../src/engine/model/layout';
import { generatePopulation } from '../../src/engine/population/generate';
import { populationFromHouseholds } from '../../src/engine/population/fromHouseholds';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn, runMonths } from '../../src/engine/model/pass';
import { startFrom } from '../../src/engine/model/state';
import { decilesOf, writeEffects, writeOutcomes } from '../../src/engine/model/outcomes';

/**
 * A small, valid scenario for tests: defaults with a smaller sample, and no
 * uncertain parameters (rule tests set values and expect them to hold; a
 * test of uncertainty sets its own).
 */
export function smallScenario(edit: (s: Scenario) => void = () => {}, households = 4000, months = 36): Scenario {
  const s = defaultScenario();
  s.uncertainty = {};
  s.run.households = households;
  s.run.months = months;
  s.run.replications = 4;
  edit(s);
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return v.scenario;
}

export function runAll(s: Scenario, replications = s.run.replications): { acc: Accumulator; result: RunResult } {
  const acc = new Accumulator(s);
  for (let r = 0; r < replications; r++) acc.add(r, simulateReplication(s, r));
  return { acc, result: buildResult(acc) };
}

/**
 * A replication the plain way: every household of both passes stepped in full, each pass with its own income
 * process, month by month (the policy's totals are the status quo's plus each household's difference from
 * its contribution to them, which is exactly 0 for a household living as in the status quo). The engine's
 * shared-world path steps only the households a policy has touched and must give these numbers bit for bit.
 */
export function fullPasses(sc: Scenario, r: number): Float64Array {
  const ctx = contextFor(sc);
  const L = passLayout(ctx.months);
  const out = new Float64Array(2 * L.size);
  const key = replicationKey(sc.run.seed, r);
  const pop = ctx.households ? populationFromHouseholds(ctx, ctx.households, key, r) : generatePopulation(ctx, ctx.sample, ctx.mu, key);
  const world = runBurnIn(ctx, pop, key);
  const z = sc.world.population.povertyLinePKR;
  const st = startFrom(world, true, z, pop.loanStatus);
  const cf = startFrom(world, false, z);
  for (let t = 0; t < ctx.months; t++) {
    runMonths(ctx, pop, cf, key, t, t + 1, { out, base: L.size, layout: L });
    runMonths(ctx, pop, st, key, t, t + 1, { out, base: 0, layout: L }, false, { ref: cf, only: null });
  }
  writeOutcomes(ctx, pop, st, out, 0, L);
  writeOutcomes(ctx, pop, cf, out, L.size, L);
  const people = Float64Array.from(pop.weight, (w, i) => w * pop.size[i]!);
  writeEffects(pop, st, cf, decilesOf(cf.cons0, people), z, out, 0, L);
  return out;
}

/** A small seeded generator for test cases (mulberry32): the same cases on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
