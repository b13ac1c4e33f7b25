/**
 * Read a scenario file for the CLI, apply command-line overrides and validate
 * the lot. Nothing is filled in: a partial scenario is reported parameter by
 * parameter, because a headless run must be reproducible from its file alone.
 */
import { migrateScenario, validateScenario, type Scenario } from '../engine/index';
import type { OverrideKey, Overrides } from './simArgs';
import { readTextFile } from './textFile';

export type ScenarioInput = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readScenarioFile(file: string): { ok: true; doc: unknown } | { ok: false; problems: string[] } {
  const read = readTextFile(file);
  if (!read.ok) return { ok: false, problems: [`--scenario: cannot read ${JSON.stringify(file)}: ${read.why}`] };
  try {
    return { ok: true, doc: JSON.parse(read.text) };
  } catch (e) {
    return { ok: false, problems: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
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
  if (v.ok) return { ok: true, scenario: v.scenario };
  const fromFlag = (path: string) => {
    const key = path.startsWith('run.') ? (path.slice('run.'.length) as OverrideKey) : undefined;
    return key !== undefined && key in overrides ? ` (from --${key})` : '';
  };
  return { ok: false, problems: v.issues.map((i) => `${i.path || '(scenario)'}${fromFlag(i.path)}: ${i.message}`) };
}
