/**
 * The migration registry: MIGRATIONS[n] turns a version-n document into
 * version n + 1. Each step is frozen once released: it states the values it
 * adds rather than reading today's defaults, so old files migrate the same
 * way forever. A fixture per version (test/fixtures/scenarios/) checks it.
 */
import type { ValidationIssue } from '../api';
import { coded } from './issueCodes';

type Doc = Record<string, unknown>;
export type MigrationStep = (doc: Doc) => { ok: true; value: Doc } | { ok: false; issues: ValidationIssue[] };

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version-1 groups and where they live in version 2. */
const V1_GROUPS: Record<string, string> = {
  budget: 'policy', cash: 'policy', stipend: 'policy', microfinance: 'policy', training: 'policy', farm: 'policy',
  shocks: 'world', prices: 'world', population: 'world', income: 'world', simulation: 'run',
};

/**
 * Parameters version 2 added, with the values a version-1 document gets.
 * Version 1 had no existing transfer in its world; a migrated document gets
 * the status quo (BISP paying 4.3 m households), because every version-2
 * counterfactual is the status quo.
 */
const V2_ADDED: Record<string, Record<string, unknown>> = {
  'world.existingCash': { recipients: 4.3e6, benefitPKR: 2000, leakage: 0.05 },
  'world.consumption': { mpc: 0.25, bufferMonths: 1.5, savingsReturn: 0 },
  'world.population': {
    urbanFarmShare: 0.05, nonFarmShares: { nonFarmWage: 0.45, ownEnterprise: 0.3, salaried: 0.25 },
    skilledShare: 0.4, sizeElasticity: -0.35, registryAgeMonths: 24,
  },
  'world.income': { livelihoodOffset: { smallFarmer: 0, farmLabourer: -0.2, nonFarmWage: -0.05, ownEnterprise: 0.05, salaried: 0.3 } },
  'world.shocks': { disasterAnnualProb: { punjab: 0.04, sindh: 0.08, kp: 0.05, balochistan: 0.08, gb: 0.06, ajk: 0.04, ict: 0.02 }, urbanDisasterRatio: 0.5 },
  'policy.cash': { existingTopUpPKR: 0 },
  // Version 1 held this rule as a constant of 0.1 log points.
  'policy.microfinance': { shockAffectedLoss: 0.1 },
};

/** Groups that did not exist in version 1. */
const V2_NEW_GROUPS = ['world.existingCash', 'world.consumption'];

/** Version-1 parameters with no version-2 meaning (income smoothing gave way to the consumption rule). */
const V2_REMOVED: Record<string, string[]> = { 'world.income': ['smoothing'] };

function v1to2(doc: Doc): ReturnType<MigrationStep> {
  const issues: ValidationIssue[] = [];
  const out: Doc = { name: doc.name, policy: {}, world: {} };
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'version' || key === 'name') continue;
    const part = V1_GROUPS[key];
    if (!part) {
      issues.push(coded(key, 'unknownOldGroup', { version: 1 }, 'is not a known version-1 scenario group'));
      continue;
    }
    if (part === 'run') out.run = value;
    else (out[part] as Doc)[key] = value;
  }
  if (issues.length > 0) return { ok: false, issues };
  for (const [path, added] of Object.entries(V2_ADDED)) {
    const [part, group] = path.split('.') as [string, string];
    const container = out[part] as Doc;
    // Groups new in version 2 are created; a malformed existing group is left for the validator to report by path.
    if (V2_NEW_GROUPS.includes(path) && container[group] === undefined) container[group] = {};
    const values = container[group];
    if (!isObject(values)) continue;
    for (const [k, v] of Object.entries(added)) if (!Object.hasOwn(values, k)) values[k] = structuredClone(v);
  }
  for (const [path, removed] of Object.entries(V2_REMOVED)) {
    const [part, group] = path.split('.') as [string, string];
    const values = (out[part] as Doc)[group];
    if (isObject(values)) for (const k of removed) delete values[k];
  }
  return { ok: true, value: out };
}

/**
 * A part an older version did not have, in a document of that version (a file edited by hand, or its version
 * lowered): refused, by path, rather than replaced by the part's old value, which had silently thrown away a
 * researcher's 15 uncertain parameters or the household data a scenario named.
 */
function laterPart(doc: Doc, key: string, version: number): ValidationIssue[] {
  const since = version + 1;
  // Only a part that holds something: null, or an empty block, is what the step writes anyway, and loses nothing.
  const value = doc[key];
  const empty = value === undefined || value === null || (isObject(value) && Object.keys(value).length === 0);
  return !empty
    ? [coded(key, 'laterPart', { version, since }, `is not part of a version-${version} scenario (version ${since} added it), so reading the file as version ${version} would lose it; give it "version": ${since} or later`)]
    : [];
}

/** Version 3 added uncertain parameters; an older document has none (it ran on fixed values). */
function v2to3(doc: Doc): ReturnType<MigrationStep> {
  const issues = laterPart(doc, 'uncertainty', 2);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { ...doc, uncertainty: {} } };
}

/** Version 4 named imported household data; an older document ran on the synthetic population. */
function v3to4(doc: Doc): ReturnType<MigrationStep> {
  const issues = laterPart(doc, 'households', 3);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { ...doc, households: null } };
}

/**
 * Version 5 gave the stipend a leakage of its own (engine 2.4.0; the defaults' 5%); before, every rupee of it
 * reached the household. An older document gets 0, what it ran with, as earlier steps keep what a document meant
 * (shockAffectedLoss, no uncertainty): a share link, a file or saved work gives the numbers it gave, and its list
 * of changes says its stipend does not leak where the defaults' does.
 */
function v4to5(doc: Doc): ReturnType<MigrationStep> {
  const policy = doc.policy;
  if (!isObject(policy) || !isObject(policy.stipend) || Object.hasOwn(policy.stipend, 'leakage')) return { ok: true, value: doc };
  return { ok: true, value: { ...doc, policy: { ...policy, stipend: { ...policy.stipend, leakage: 0 } } } };
}

export const MIGRATIONS: Record<number, MigrationStep> = { 1: v1to2, 2: v2to3, 3: v3to4, 4: v4to5 };
