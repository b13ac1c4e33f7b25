/**
 * A scenario's identity for sharded runs: sha256 of its canonical JSON (keys
 * sorted at every level, arrays in order) without `name`, so renaming a
 * scenario or reordering its file does not change it, and any parameter,
 * seed or run size does. The format of partial result files depends on this
 * definition, so it is kept here rather than shared with the run cache's keys
 * (src/run/runKey.ts, built on the engine's canonicalJson), which are free to change.
 */
import { createHash } from 'node:crypto';
import type { Scenario } from '../../engine/index';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, sortKeys(obj[k])]));
  }
  return value;
}

/** Takes any object so a part's scenario can be checked before it is validated. */
export function canonicalScenarioJson(scenario: Scenario | Readonly<Record<string, unknown>>): string {
  const { name: _name, ...rest } = scenario as Readonly<Record<string, unknown>>;
  return JSON.stringify(sortKeys(rest));
}

/** "sha256:" and 64 hex digits. */
export function scenarioHash(scenario: Scenario | Readonly<Record<string, unknown>>): string {
  return `sha256:${createHash('sha256').update(canonicalScenarioJson(scenario)).digest('hex')}`;
}

/**
 * Dotted paths where two scenarios differ (name excluded), at most `limit`:
 * tells a user which setting made two parts incompatible.
 */
export function scenarioDifferences(a: unknown, b: unknown, limit = 5): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (out.length >= limit) return;
    const bothObjects = x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && Array.isArray(x) === Array.isArray(y);
    if (!bothObjects) {
      if (JSON.stringify(x) !== JSON.stringify(y)) out.push(path);
      return;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Array.isArray(x)
      ? Array.from({ length: Math.max(x.length, (y as unknown[]).length) }, (_, i) => String(i))
      : [...new Set([...Object.keys(xo), ...Object.keys(yo)])].sort();
    for (const k of keys) {
      if (path === '' && k === 'name') continue;
      walk(xo[k], yo[k], Array.isArray(x) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
    }
  };
  walk(a, b, '');
  return out;
}
