/**
 * Read a scenario file for the CLI, apply command-line overrides and validate
 * the lot. Nothing is filled in: a partial scenario is reported parameter by
 * parameter, because a headless run must be reproducible from its file alone.
 */
import { SCENARIO_VERSION, migrateScenario, validateScenario, type Scenario, type ValidationIssue } from '../engine/index';
import type { OverrideKey, Overrides } from './simArgs';
import { notJsonProblem, readTextFile } from './textFile';

/** `note`: for a file of an older version, what reading it as the current one did (said on stderr by each command). */
export type ScenarioInput = { ok: true; scenario: Scenario; note?: string } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readScenarioFile(file: string): { ok: true; doc: unknown } | { ok: false; problems: string[] } {
  const read = readTextFile(file);
  if (!read.ok) return { ok: false, problems: [`--scenario: cannot read ${JSON.stringify(file)}: ${read.why}`] };
  try {
    return { ok: true, doc: JSON.parse(read.text) };
  } catch (e) {
    return { ok: false, problems: [notJsonProblem(file, read.text, e)] };
  }
}

/**
 * An older file is migrated silently by the engine; a researcher comparing its numbers with a new file's should know
 * what the migration gave it that a new file would not (README, "A scenario file").
 */
function migrationNote(file: string, doc: unknown): string | undefined {
  const version = isObject(doc) ? doc.version : undefined;
  if (typeof version !== 'number' || version >= SCENARIO_VERSION) return undefined;
  const policy = isObject(doc) && isObject(doc.policy) ? doc.policy : undefined;
  const leakage = policy && isObject(policy.stipend) && Object.hasOwn(policy.stipend, 'leakage');
  return `${file}: a version-${version} file, read as version ${SCENARIO_VERSION}${leakage ? '' : '; its stipend does not leak (policy.stipend.leakage 0, as it ran; a new file\u2019s default is 0.05)'}`;
}

/**
 * Overrides go into a copy of the document so the validator checks them like
 * any other value. An older document is migrated first, so a flag overrides
 * `run.<key>` whatever version the file was written in (a version-1 file keeps
 * these under `simulation`).
 */
export function applyOverrides(doc: unknown, overrides: Overrides): unknown {
  if (Object.keys(overrides).length === 0) return doc;
  const migrated = migrateScenario(doc);
  const current = migrated.ok ? migrated.value : migrated.readable;
  // With no `run` group there is nothing to override; the validator reports the missing group.
  if (!isObject(current) || !isObject(current.run)) return doc;
  return { ...current, run: { ...current.run, ...overrides } };
}

export function loadScenario(file: string, overrides: Overrides): ScenarioInput {
  const read = readScenarioFile(file);
  if (!read.ok) return read;
  const v = validateScenario(applyOverrides(read.doc, overrides));
  if (v.ok) {
    const note = migrationNote(file, read.doc);
    return note ? { ok: true, scenario: v.scenario, note } : { ok: true, scenario: v.scenario };
  }
  const fromFlag = (issue: ValidationIssue) => {
    const key = issue.path.startsWith('run.') ? (issue.path.slice('run.'.length) as OverrideKey) : undefined;
    if (key !== undefined && key in overrides) return ` (from --${key})`;
    // The flood month is checked against the horizon: a --months that shortened it is what made a file's month bad.
    return issue.code === 'horizon' && 'months' in overrides ? ' (the horizon from --months)' : '';
  };
  return { ok: false, problems: v.issues.map((i) => `${i.path || '(scenario)'}${fromFlag(i)}: ${i.message}`) };
}
