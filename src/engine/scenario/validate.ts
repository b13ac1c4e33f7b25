import type { ValidationIssue, ValidationResult } from '../api';
import type { ParamSpec } from './spec';
import { POLICY_SPEC, RUN_SPEC, SCENARIO_VERSION, WORLD_SPEC, type Scenario } from './types';
import { migrateScenario } from './migrate';
import { checkUncertainty } from './uncertainty';
import { checkHouseholdsRef } from './householdsRef';
import { coded, found } from './issueCodes';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A number as a message quotes it, a negative one with a minus sign ("−5"), not a hyphen. */
const quoted = (x: number): string => String(x).replace(/^-/, '\u2212');

/** A number parameter's own problems (not a number, not whole, out of range), as validateScenario words them. */
export function numberIssues(v: unknown, spec: { min: number; max: number; integer?: boolean; unit: string }, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkNumber(v, spec, path, issues);
  return issues;
}

function checkNumber(v: unknown, spec: { min: number; max: number; integer?: boolean; unit: string }, path: string, issues: ValidationIssue[]): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    issues.push(coded(path, 'notNumber', { got: found(v) }, `must be a finite number, got ${describe(v)}`));
    return;
  }
  if (spec.integer && !Number.isInteger(v)) issues.push(coded(path, 'wholeNumber', { value: v }, `must be a whole number, got ${quoted(v)}`));
  if (v < spec.min || v > spec.max) {
    const unit = spec.unit ? ` ${spec.unit}` : '';
    issues.push(coded(path, 'range', { min: spec.min, max: spec.max, unit: spec.unit, value: v }, `must be between ${quoted(spec.min)} and ${quoted(spec.max)}${unit}, got ${quoted(v)}`));
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

function checkParam(v: unknown, spec: ParamSpec, path: string, issues: ValidationIssue[]): void {
  switch (spec.kind) {
    case 'number':
      checkNumber(v, spec, path, issues);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') issues.push(coded(path, 'notBoolean', { got: found(v) }, `must be true or false, got ${describe(v)}`));
      return;
    case 'enum':
      if (typeof v !== 'string' || !spec.options.includes(v))
        issues.push(coded(path, 'notOption', { options: [...spec.options], got: found(v) }, `must be one of ${spec.options.map((o) => `"${o}"`).join(', ')}, got ${describe(v)}`));
      return;
    case 'array':
      if (!Array.isArray(v)) {
        issues.push(coded(path, 'notList', { got: found(v) }, `must be a list of numbers, got ${describe(v)}`));
        return;
      }
      if (v.length < spec.minLength || v.length > spec.maxLength)
        issues.push(coded(path, 'length', { min: spec.minLength, max: spec.maxLength, count: v.length }, `must have ${spec.minLength} to ${spec.maxLength} values, got ${v.length}`));
      v.forEach((x, i) => checkNumber(x, spec, `${path}[${i}]`, issues));
      return;
    case 'record': {
      if (!isObject(v)) {
        issues.push(coded(path, 'notRecord', { keys: [...spec.keys], got: found(v) }, `must be an object with keys ${spec.keys.join(', ')}, got ${describe(v)}`));
        return;
      }
      for (const k of Object.keys(v)) if (!spec.keys.includes(k)) issues.push(coded(`${path}.${k}`, 'unknownKey', {}, 'is not a known key'));
      let sum = 0;
      let complete = true;
      for (const k of spec.keys) {
        if (!Object.hasOwn(v, k)) {
          issues.push(coded(`${path}.${k}`, 'missing', {}, 'is missing'));
          complete = false;
          continue;
        }
        const before = issues.length;
        checkNumber(v[k], spec, `${path}.${k}`, issues);
        if (issues.length > before) complete = false;
        else sum += v[k] as number;
      }
      if (spec.sumsToOne && complete && Math.abs(sum - 1) > 1e-6)
        issues.push(coded(path, 'sharesSum', { sum: sum * 100 }, `must sum to 100%, they sum to ${(sum * 100).toFixed(2)}%`));
    }
  }
}

/**
 * Validate an untrusted scenario document (after migrating older versions).
 * Every problem is listed by its JSON path; on any problem nothing is returned,
 * so a scenario is never half-applied. Missing groups or parameters are errors
 * too: a scenario file states every assumption it runs on.
 */
export function validateScenario(input: unknown): ValidationResult {
  const issues: ValidationIssue[] = [];
  const migrated = migrateScenario(input);
  if (!migrated.ok && !migrated.readable) return { ok: false, issues: migrated.issues };
  if (!migrated.ok) issues.push(...migrated.issues);
  const doc = migrated.ok ? migrated.value : migrated.readable!;
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL.includes(key)) issues.push(coded(key, 'unknownPart', { parts: [...PARTS] }, `is not a known part of a scenario (${PARTS.join(', ')})`));
  }
  if (typeof doc.name !== 'string' || doc.name.trim() === '') issues.push(coded('name', 'emptyText', {}, 'must be a non-empty string'));
  else if (doc.name.length > 120) issues.push(coded('name', 'tooLong', { max: 120 }, 'must be at most 120 characters'));
  for (const part of ['policy', 'world'] as const) {
    const groups = doc[part];
    if (!isObject(groups)) {
      issues.push(groups === undefined ? coded(part, 'missing', {}, 'is missing') : coded(part, 'notObject', { got: found(groups) }, `must be an object, got ${describe(groups)}`));
      continue;
    }
    const known = part === 'policy' ? POLICY_SPEC : WORLD_SPEC;
    for (const key of Object.keys(groups)) if (!Object.hasOwn(known, key)) issues.push(coded(`${part}.${key}`, 'unknownGroup', {}, 'is not a known group'));
    for (const [group, specs] of Object.entries(known)) checkGroup(groups[group], specs, `${part}.${group}`, issues);
  }
  checkGroup(doc.run, RUN_SPEC, 'run', issues);
  checkUncertainty(doc.uncertainty, issues);
  checkHouseholdsRef(doc.households, issues);
  if (issues.length === 0) checkCrossField(doc as unknown as Scenario, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, scenario: structuredClone({ ...doc, version: SCENARIO_VERSION }) as Scenario };
}

const TOP_LEVEL = ['version', 'name', 'policy', 'world', 'run', 'uncertainty', 'households'];
/** The parts a message about an unknown top-level key names (the version and name go without saying). */
const PARTS = TOP_LEVEL.slice(2);

function checkGroup(values: unknown, specs: Readonly<Record<string, ParamSpec>>, path: string, issues: ValidationIssue[]): void {
  if (!isObject(values)) {
    issues.push(values === undefined ? coded(path, 'missing', {}, 'is missing') : coded(path, 'notObject', { got: found(values) }, `must be an object, got ${describe(values)}`));
    return;
  }
  for (const key of Object.keys(values)) if (!Object.hasOwn(specs, key)) issues.push(coded(`${path}.${key}`, 'unknownParameter', {}, 'is not a known parameter'));
  for (const [key, spec] of Object.entries(specs)) {
    if (!Object.hasOwn(values, key)) issues.push(coded(`${path}.${key}`, 'missing', {}, 'is missing'));
    else checkParam(values[key], spec, `${path}.${key}`, issues);
  }
}

/** Rules that involve more than one parameter (checked once every parameter is valid on its own). */
function checkCrossField(sc: Scenario, issues: ValidationIssue[]): void {
  const mf = sc.policy.microfinance;
  if (mf.minLoanPKR > mf.loanCapPKR)
    issues.push(coded('policy.microfinance.minLoanPKR', 'loanCap', { cap: mf.loanCapPKR, value: mf.minLoanPKR }, `must not exceed the loan cap (${mf.loanCapPKR} Rs), got ${quoted(mf.minLoanPKR)}`));
  const sh = sc.world.shocks;
  // In the file's count of months, from 0, and said so: the app counts from 1 where it shows a month (spec monthOfRun).
  if (sh.flood2022 && sh.floodMonth >= sc.run.months)
    issues.push(coded('world.shocks.floodMonth', 'horizon', { last: sc.run.months - 1, value: sh.floodMonth }, `must fall inside the horizon (months 0 to ${sc.run.months - 1}, counting from 0), got ${quoted(sh.floodMonth)}`));
}
