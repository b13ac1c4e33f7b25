import type { ValidationIssue } from '../api';
import { SCENARIO_VERSION } from './types';
import { MIGRATIONS } from './migrations';
import { coded, found } from './issueCodes';

/**
 * `readable`: the document can still be checked as the current version, so
 * the validator lists its other problems too (a missing or malformed version
 * number); a document from a newer app cannot be read at all.
 */
type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; issues: ValidationIssue[]; readable?: Record<string, unknown> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Bring a scenario document of any known version to the current version by
 * applying each registered step n → n + 1 in turn (migrations.ts). Steps are
 * pure and never read the current defaults of an older version's parameters,
 * so a file always migrates to the same document.
 */
export function migrateScenario(input: unknown): Migrated {
  if (!isObject(input)) return { ok: false, issues: [coded('', 'notScenarioObject', {}, 'a scenario must be a JSON object')] };
  let doc: Record<string, unknown> = structuredClone(input);
  const version = doc.version;
  if (version === undefined) return { ok: false, readable: doc, issues: [coded('version', 'versionMissing', { current: SCENARIO_VERSION }, `is missing (current version is ${SCENARIO_VERSION})`)] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, readable: doc, issues: [coded('version', 'versionInvalid', { got: found(version) }, `must be a positive whole number, got ${JSON.stringify(version)}`)] };
  if (version > SCENARIO_VERSION)
    return { ok: false, issues: [coded('version', 'versionNewer', { version, current: SCENARIO_VERSION }, `${version} is newer than this app understands (${SCENARIO_VERSION}); update the app`)] };
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, issues: [coded('version', 'noMigration', { version: v }, `no migration from version ${v}`)] };
    const next = step(doc);
    // Only the English says which step: a step's own issues (unknownOldGroup) carry the version they were found in.
    if (!next.ok) return { ok: false, issues: next.issues.map((i) => ({ ...i, message: `${i.message} (while migrating from version ${v})` })) };
    doc = { ...next.value, version: v + 1 };
  }
  return { ok: true, value: doc };
}
