/**
 * Canonical keys for the parts of a scenario. Two scenarios share a world
 * (population, burn-in and status-quo pass of every replication) when their
 * world keys are equal: the same `world` and the same run settings apart
 * from the replication count, which only says how many replications to draw
 * from that world (a larger count reuses those already done).
 */
import type { Scenario } from './types';
import { uncertaintyOf } from './uncertainty';

/** JSON with object keys sorted at every level, so files with other key orders map to the same key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, sorted(obj[k])]));
  }
  return value;
}

const worldMemo = new WeakMap<Scenario, string>();
const policyMemo = new WeakMap<Scenario, string>();

/**
 * What fixes the draws and the status quo: the world (with its uncertain
 * parameters), seed, households and months. Imported household data belongs
 * to the world too, by its hash (its name is a label); it then fixes the
 * sample, so the sample size setting is left out. Whether a scenario reports
 * its counterfactual does not change the world, so it is not part of the
 * key. Memoised per (immutable) scenario object.
 */
export function worldKey(s: Scenario): string {
  let key = worldMemo.get(s);
  if (key === undefined) {
    const { seed, households, months } = s.run;
    const data = s.households?.sha256;
    const run = data ? { seed, months } : { seed, households, months };
    key = canonicalJson({ version: s.version, world: s.world, uncertainty: uncertaintyOf(s, 'world'), run, ...(data ? { data } : {}) });
    worldMemo.set(s, key);
  }
  return key;
}

/**
 * The world's own settings: its parameters and their uncertainty, not the seed, sample, data or months it is run
 * on (worldKey adds those). Two scenarios with equal keys face the same status quo, more poor households to lift
 * out in neither; the ranking of costs per exit compares only those (ui/charts/data/costPerExit).
 */
export function worldSettingsKey(s: Scenario): string {
  return canonicalJson({ world: s.world, uncertainty: uncertaintyOf(s, 'world') });
}

/** What a scenario does in its world: the policy, and whether it reports the counterfactual. */
export function policyKey(s: Scenario): string {
  let key = policyMemo.get(s);
  if (key === undefined) {
    key = canonicalJson({ policy: s.policy, uncertainty: uncertaintyOf(s, 'policy'), counterfactual: s.run.counterfactual });
    policyMemo.set(s, key);
  }
  return key;
}
