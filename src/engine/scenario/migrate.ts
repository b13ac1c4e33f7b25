import type { ValidationIssue } from '../api';
import { SCENARIO_VERSION } from './types';

/**
 * `readable`: the document can still be checked as the current version, so
 * the validator lists its other problems too (a missing or malformed version
 * number); a document from a newer app cannot be read at all.
 */
type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; issues: ValidationIssue[]; readable?: Record<string, unknown> };

/**
 * Bring a scenario document of any known version to the current version.
 * Each step is a pure function from version n to n + 1; there is only
 * version 1 so far, so this checks the version and copies.
 */
export function migrateScenario(input: unknown): Migrated {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, issues: [{ path: '', message: 'a scenario must be a JSON object' }] };
  const doc = { ...(input as Record<string, unknown>) };
  const version = doc.version;
  if (version === undefined) return { ok: false, readable: doc, issues: [{ path: 'version', message: `is missing (current version is ${SCENARIO_VERSION})` }] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, readable: doc, issues: [{ path: 'version', message: `must be a positive whole number, got ${JSON.stringify(version)}` }] };
  if (version > SCENARIO_VERSION)
    return { ok: false, issues: [{ path: 'version', message: `${version} is newer than this app understands (${SCENARIO_VERSION}); update the app` }] };
  return { ok: true, value: doc };
}
