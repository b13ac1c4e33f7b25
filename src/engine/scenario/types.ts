import type { GroupValues } from './spec';
import { run } from './groups/run';
import { budget } from './groups/budget';
import { cash, stipend } from './groups/transfers';
import { microfinance } from './groups/microfinance';
import { training, farm } from './groups/livelihoods';
import { population, income } from './groups/population';
import { shocks, prices } from './groups/shocks';
import { existingCash } from './groups/existingCash';
import { consumption } from './groups/consumption';
import type { Uncertainty } from './uncertainty';
import type { HouseholdsRef } from './householdsRef';

/**
 * A scenario document has three parts, kept apart so that caches, shared
 * counterfactuals and shards follow from them: `policy` (the new budget and
 * programmes), `world` (population, incomes, shocks, prices and the existing
 * programme: the status quo) and `run` (sample, horizon, replications, seed).
 */
export const POLICY_SPEC = { budget, cash, stipend, microfinance, training, farm } as const;
export const WORLD_SPEC = { existingCash, shocks, prices, population, income, consumption } as const;
export const RUN_SPEC = run;

/** Every group of parameters, in the editor's order (policy, then world, then run). Group ids are unique across parts. */
export const SCENARIO_SPEC = { ...POLICY_SPEC, ...WORLD_SPEC, run } as const;

export type ScenarioSpec = typeof SCENARIO_SPEC;
export type GroupId = keyof ScenarioSpec;
export type PolicyGroupId = keyof typeof POLICY_SPEC;
export type WorldGroupId = keyof typeof WORLD_SPEC;
export type Part = 'policy' | 'world' | 'run';

/** Current version of the scenario document; older versions are migrated forward (migrate.ts). */
export const SCENARIO_VERSION = 5;

export type Scenario = {
  version: typeof SCENARIO_VERSION;
  name: string;
  policy: { [G in PolicyGroupId]: GroupValues<(typeof POLICY_SPEC)[G]> };
  world: { [G in WorldGroupId]: GroupValues<(typeof WORLD_SPEC)[G]> };
  run: GroupValues<typeof RUN_SPEC>;
  /** Parameters drawn afresh in each replication, by JSON path (uncertainty.ts); empty for none. */
  uncertainty: Uncertainty;
  /** Imported household data the run uses instead of the synthetic population (householdsRef.ts); null for none. */
  households: HouseholdsRef | null;
};

/** Which part of the document a group lives in. */
export function partOf(group: GroupId): Part {
  if (group === 'run') return 'run';
  return group in POLICY_SPEC ? 'policy' : 'world';
}

/** JSON path of a group in the document: `policy.budget`, `world.shocks`, `run`. */
export function groupPath(group: GroupId): string {
  const part = partOf(group);
  return part === 'run' ? 'run' : `${part}.${group}`;
}

/** The values of one group of a scenario. */
export function groupValues(sc: Scenario, group: GroupId): Record<string, unknown> {
  const part = partOf(group);
  if (part === 'run') return sc.run as Record<string, unknown>;
  return (sc[part] as Record<string, Record<string, unknown>>)[group]!;
}

/** A copy of the scenario document with one group's values replaced (not validated). */
export function withGroup(sc: Scenario, group: GroupId, values: Record<string, unknown>): Record<string, unknown> {
  const part = partOf(group);
  if (part === 'run') return { ...sc, run: values };
  return { ...sc, [part]: { ...sc[part], [group]: values } };
}
