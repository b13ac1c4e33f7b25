/**
 * The optimiser's constraints document (docs/optimise.md), read from an
 * untrusted JSON value with every problem named by its path:
 *
 *   { "version": 1,
 *     "programmes": { "cash": { "min": 0.3 }, "microfinance": { "max": 0.2 }, "admin": { "min": 0.03, "max": 0.08 } },
 *     "regions":    { "balochistan": { "min": 0.1 } },
 *     "groups": [ { "name": "backward regions", "regions": ["kp", "balochistan", "gb"], "min": 0.4 },
 *                 { "programmes": ["training", "farm"], "max": 0.25 } ],
 *     "existingRecipientsMonthlyPKR": { "min": 2500 },
 *     "par30Max": 0.05 }
 *
 * Shares are fractions of the whole budget, as in the scenario's
 * programmeShares and customRegionShares. Whether the constraints can be met
 * together is checked against a scenario (problem.ts), not here.
 */
import type { ValidationIssue } from '../../api';
import { PROGRAMMES, type ProgrammeId } from '../../scenario/groups/budget';
import { REGIONS, type RegionId } from '../../population/regions';

export interface ShareBounds {
  min?: number;
  max?: number;
}

export interface ShareGroup {
  name?: string;
  programmes?: ProgrammeId[];
  regions?: RegionId[];
  min?: number;
  max?: number;
}

export interface OptimiseConstraints {
  programmes: Partial<Record<ProgrammeId, ShareBounds>>;
  regions: Partial<Record<RegionId, ShareBounds>>;
  groups: ShareGroup[];
  /** The existing transfer's recipients get at least this much a month in all (their benefit plus a top-up). */
  existingRecipientsMonthlyPKR?: { min: number };
  /** PAR30 (the mean over the last 12 months, averaged across replications) at most this. */
  par30Max?: number;
}

export const CONSTRAINTS_VERSION = 1;
export const NO_CONSTRAINTS: OptimiseConstraints = { programmes: {}, regions: {}, groups: [] };

/** Far above any benefit the scenario allows (existing benefit ≤ 50,000 plus a top-up ≤ 50,000). */
const MAX_MONTHLY = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

function share(value: unknown, path: string, issues: ValidationIssue[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    issues.push({ path, message: `must be a share between 0 and 1 (e.g. 0.4 for 40%), got ${JSON.stringify(value)}` });
    return undefined;
  }
  return value;
}

function bounds(value: unknown, path: string, issues: ValidationIssue[], extra: readonly string[] = []): ShareBounds | undefined {
  if (!isObject(value)) {
    issues.push({ path, message: 'must be an object with "min" and/or "max"' });
    return undefined;
  }
  for (const k of Object.keys(value)) if (!['min', 'max', ...extra].includes(k)) issues.push({ path: `${path}.${k}`, message: `is not a setting here (${list(['min', 'max', ...extra])})` });
  const min = share(value.min, `${path}.min`, issues);
  const max = share(value.max, `${path}.max`, issues);
  if (value.min === undefined && value.max === undefined) issues.push({ path, message: 'gives neither "min" nor "max"' });
  if (min !== undefined && max !== undefined && min > max) issues.push({ path, message: `min ${min} is above max ${max}` });
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function keyed<K extends string>(value: unknown, path: string, keys: readonly K[], what: string, issues: ValidationIssue[]): Partial<Record<K, ShareBounds>> {
  const out: Partial<Record<K, ShareBounds>> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    issues.push({ path, message: `must be an object of ${what}s and their bounds` });
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!(keys as readonly string[]).includes(k)) {
      issues.push({ path: `${path}.${k}`, message: `is not a ${what} (${list(keys)})` });
      continue;
    }
    const b = bounds(v, `${path}.${k}`, issues);
    if (b) out[k as K] = b;
  }
  return out;
}

function members<K extends string>(value: unknown, path: string, keys: readonly K[], what: string, issues: ValidationIssue[]): K[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path, message: `must be a non-empty list of ${what}s` });
    return undefined;
  }
  const seen = new Set<string>();
  value.forEach((m, i) => {
    if (typeof m !== 'string' || !(keys as readonly string[]).includes(m)) issues.push({ path: `${path}[${i}]`, message: `${JSON.stringify(m)} is not a ${what} (${list(keys)})` });
    else if (seen.has(m)) issues.push({ path: `${path}[${i}]`, message: `"${m}" is listed twice` });
    seen.add(String(m));
  });
  return value as K[];
}

function group(value: unknown, path: string, issues: ValidationIssue[]): ShareGroup | undefined {
  const b = bounds(value, path, issues, ['name', 'programmes', 'regions']);
  if (!b || !isObject(value)) return undefined;
  const out: ShareGroup = { ...b };
  if (value.name !== undefined) {
    if (typeof value.name !== 'string') issues.push({ path: `${path}.name`, message: 'must be a string' });
    else out.name = value.name;
  }
  const hasP = value.programmes !== undefined;
  const hasR = value.regions !== undefined;
  if (hasP === hasR) issues.push({ path, message: 'must list either "programmes" or "regions" (one of them)' });
  if (hasP) out.programmes = members(value.programmes, `${path}.programmes`, PROGRAMMES, 'programme', issues);
  if (hasR) out.regions = members(value.regions, `${path}.regions`, REGIONS, 'region', issues);
  return out;
}

const TOP_LEVEL = ['version', 'programmes', 'regions', 'groups', 'existingRecipientsMonthlyPKR', 'par30Max'];

/** The constraints in an untrusted value (a parsed JSON file), or every problem by its path. */
export function parseConstraints(
  value: unknown,
): { ok: true; constraints: OptimiseConstraints } | { ok: false; issues: ValidationIssue[]; wellFormed: OptimiseConstraints | null } {
  const issues: ValidationIssue[] = [];
  if (!isObject(value)) return { ok: false, issues: [{ path: '', message: 'must be a JSON object (see docs/optimise.md)' }], wellFormed: null };
  for (const k of Object.keys(value)) if (!TOP_LEVEL.includes(k)) issues.push({ path: k, message: `is not a constraint (${list(TOP_LEVEL)})` });
  if (value.version !== undefined && value.version !== CONSTRAINTS_VERSION)
    issues.push({ path: 'version', message: `must be ${CONSTRAINTS_VERSION} (this optimiser reads version ${CONSTRAINTS_VERSION})` });
  const constraints: OptimiseConstraints = {
    programmes: keyed(value.programmes, 'programmes', PROGRAMMES, 'programme', issues),
    regions: keyed(value.regions, 'regions', REGIONS, 'region', issues),
    groups: [],
  };
  if (value.groups !== undefined) {
    if (!Array.isArray(value.groups)) issues.push({ path: 'groups', message: 'must be a list of groups' });
    else value.groups.forEach((g, i) => {
      const parsed = group(g, `groups[${i}]`, issues);
      if (parsed) constraints.groups.push(parsed);
    });
  }
  const floor = value.existingRecipientsMonthlyPKR;
  if (floor !== undefined) {
    const at = 'existingRecipientsMonthlyPKR';
    if (!isObject(floor) || Object.keys(floor).some((k) => k !== 'min')) issues.push({ path: at, message: 'must be { "min": Rs a month }' });
    else if (typeof floor.min !== 'number' || !Number.isFinite(floor.min) || floor.min < 0 || floor.min > MAX_MONTHLY)
      issues.push({ path: `${at}.min`, message: `must be a number of rupees a month between 0 and ${MAX_MONTHLY}, got ${JSON.stringify(floor.min)}` });
    else constraints.existingRecipientsMonthlyPKR = { min: floor.min };
  }
  if (value.par30Max !== undefined) {
    const cap = share(value.par30Max, 'par30Max', issues);
    if (cap !== undefined) constraints.par30Max = cap;
  }
  return issues.length > 0 ? { ok: false, issues, wellFormed: wellFormedPart(constraints, issues) } : { ok: true, constraints };
}

/**
 * With problems, the constraints that were well formed, so that a caller can check them for constraints that cannot
 * hold together and report that with the problems of form, all at once: each programme's or region's bounds, the
 * floor and the PAR30 cap with no problem of their own (leaving one out only loosens the rest, so whatever cannot hold
 * among these cannot once the others are mended). Null, and no such check, where leaving a part out would not
 * loosen them or would misname what remains: administration's bounds (without them its share is fixed at the
 * scenario's) and the groups (the feasibility check names a group by its place in the list).
 */
function wellFormedPart(c: OptimiseConstraints, issues: readonly ValidationIssue[]): OptimiseConstraints | null {
  const about = (at: string) => issues.some((i) => i.path === at || i.path.startsWith(`${at}.`) || i.path.startsWith(`${at}[`));
  if (about('programmes.admin') || issues.some((i) => i.path === 'programmes') || about('groups')) return null;
  const keep = <K extends string>(block: Partial<Record<K, ShareBounds>>, at: string) =>
    Object.fromEntries(Object.entries(block).filter(([k]) => !about(`${at}.${k}`))) as Partial<Record<K, ShareBounds>>;
  return {
    programmes: keep(c.programmes, 'programmes'),
    regions: keep(c.regions, 'regions'),
    groups: c.groups,
    ...(c.existingRecipientsMonthlyPKR && !about('existingRecipientsMonthlyPKR') ? { existingRecipientsMonthlyPKR: c.existingRecipientsMonthlyPKR } : {}),
    ...(c.par30Max !== undefined && !about('par30Max') ? { par30Max: c.par30Max } : {}),
  };
}
