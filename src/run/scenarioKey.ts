/**
 * A scenario's cache key: its canonical JSON without the name, so renaming
 * does not re-run and two scenarios with equal parameters share one run.
 * Keys are sorted so that files with other key orders map to the same run.
 */
import type { Scenario } from '../engine/index';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, canonical(obj[k])]));
  }
  return value;
}

const memo = new WeakMap<Scenario, string>();

/** Scenarios are immutable in the store, so the key is computed once per object. */
export function scenarioKey(s: Scenario): string {
  let key = memo.get(s);
  if (key === undefined) {
    const { name: _name, ...rest } = s;
    key = JSON.stringify(canonical(rest));
    memo.set(s, key);
  }
  return key;
}
