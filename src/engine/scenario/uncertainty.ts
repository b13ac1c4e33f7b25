/**
 * Uncertain parameters. A scenario may mark any number parameter of its
 * policy or world as uncertain, with a distribution, or one entry of a
 * record of independent numbers ("world.shocks.disasterAnnualProb.sindh":
 * the rest of the record keeps its values); each replication then runs on
 * one value drawn from it. Entries of a record that must sum to 100% cannot
 * be drawn one at a time (the others would have to move to make room), so
 * they are refused. The draw is keyed by (seed, replication,
 * parameter), like every other draw, so two scenarios with the same
 * uncertainty face the same drawn values (common random numbers), and a
 * replication's values do not depend on which others run, or where.
 *
 * Every distribution has bounds [low, high] inside the parameter's range:
 * uniform on them, triangular with a mode, normal (mean, sd) truncated to
 * them, or log-normal (median, sigma of the log) truncated to them. Bounds
 * are also the "low" and "high" settings a one-at-a-time (tornado) analysis
 * swings between.
 */
import type { ValidationIssue } from '../api';
import { coded } from './issueCodes';
import { exp, log } from '../math/dmath';
import { fmix32, mix, replicationKey, streamKey } from '../random/hash';
import { inverseNormalCdf, normalCdf } from '../random/normal';
import { P } from '../random/purposes';
import type { NumberSpec, ParamSpec, RecordSpec } from './spec';
import { entryLabel } from './entryLabels';
import { POLICY_SPEC, WORLD_SPEC, type Scenario } from './types';
import { PAYING_PROGRAMMES } from './groups/budget';

type PayingProgramme = (typeof PAYING_PROGRAMMES)[number];

export type Distribution =
  | { dist: 'uniform'; low: number; high: number }
  | { dist: 'triangular'; low: number; mode: number; high: number }
  | { dist: 'normal'; mean: number; sd: number; low: number; high: number }
  | { dist: 'lognormal'; median: number; sigma: number; low: number; high: number };

export type DistributionKind = Distribution['dist'];
export const DISTRIBUTIONS: readonly DistributionKind[] = ['uniform', 'triangular', 'normal', 'lognormal'];

/** Uncertain parameters by JSON path ("policy.cash.takeUp", or a record's entry: "world.shocks.disasterAnnualProb.sindh"), in the scenario document. */
export type Uncertainty = Record<string, Distribution>;

const FIELDS: Record<DistributionKind, readonly string[]> = {
  uniform: ['low', 'high'],
  triangular: ['low', 'mode', 'high'],
  normal: ['mean', 'sd', 'low', 'high'],
  lognormal: ['median', 'sigma', 'low', 'high'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The number an uncertainty key names, as a number spec: a number parameter ("policy.cash.takeUp") or one entry of a
 * record of independent numbers ("world.shocks.disasterAnnualProb.sindh": the record's range, unit, source and
 * onlyWhen, its default for that entry, labelled "Disaster rate (rural): Sindh"); null if it names neither.
 */
export function uncertainSpec(path: string): NumberSpec | null {
  const at = parameterAt(path);
  if (!at) return null;
  if (at.entry === undefined) return at.spec.kind === 'number' ? at.spec : null;
  return at.spec.kind === 'record' && !at.spec.sumsToOne && at.spec.keys.includes(at.entry) ? entrySpec(path, at.spec, at.entry) : null;
}

/** Where an uncertainty key points: the parameter's part, group, key and spec, and the record's entry if it names one. */
interface ParameterAt {
  part: 'policy' | 'world';
  group: string;
  key: string;
  spec: ParamSpec;
  entry?: string;
}

/** The policy or world parameter at `path` ("world.shocks.floodLoss", or "world.shocks.floodAffected.sindh" with its entry), or null if there is none. */
function parameterAt(path: string): ParameterAt | null {
  const [part, group, key, entry, ...rest] = path.split('.');
  if (rest.length > 0 || !group || !key || entry === '') return null;
  const groups = part === 'policy' ? POLICY_SPEC : part === 'world' ? WORLD_SPEC : null;
  if (!groups || !Object.hasOwn(groups, group)) return null;
  const specs = groups[group as keyof typeof groups] as Readonly<Record<string, ParamSpec>>;
  if (!Object.hasOwn(specs, key)) return null;
  return { part: part as 'policy' | 'world', group, key, spec: specs[key]!, ...(entry === undefined ? {} : { entry }) };
}

/** One spec per entry path, made once: callers may compare specs by identity, as they do the number specs. */
const entrySpecs = new Map<string, NumberSpec>();

function entrySpec(path: string, record: RecordSpec, entry: string): NumberSpec {
  let spec = entrySpecs.get(path);
  if (!spec) {
    const { keys: _keys, default: defaults, sumsToOne: _sum, kind: _kind, label, ...common } = record;
    spec = { ...common, kind: 'number', default: defaults[entry]!, label: `${label}: ${entryLabel(entry)}` };
    entrySpecs.set(path, spec);
  }
  return spec;
}

/** The record and entry an uncertainty key names ("world.shocks.disasterAnnualProb", "sindh"), or null for a plain number parameter or no parameter. */
export function recordEntry(path: string): { record: string; entry: string } | null {
  const at = uncertainSpec(path) && parameterAt(path);
  return at && at.entry !== undefined ? { record: `${at.part}.${at.group}.${at.key}`, entry: at.entry } : null;
}

/** Why an uncertainty key names nothing that can be drawn, as an issue at `at` ("uncertainty.<path>"). */
function notDrawable(path: string, at: string): ValidationIssue {
  const found = parameterAt(path);
  if (found?.spec.kind === 'record') {
    const { keys } = found.spec;
    if (found.spec.sumsToOne) return coded(at, 'entriesSum', {}, 'its entries must sum to 100%: one cannot be drawn alone');
    if (found.entry === undefined) {
      const example = `${path}.${keys[0]}`;
      return coded(at, 'wholeRecord', { example }, `is a record: mark one of its entries uncertain (e.g. "${example}")`);
    }
    return coded(at, 'unknownEntry', { keys: [...keys] }, `is not one of the record's entries (${keys.join(', ')})`);
  }
  return coded(at, 'notUncertainParameter', { example: EXAMPLE }, `is not a number parameter of the policy or the world (e.g. "${EXAMPLE}")`);
}

/** A parameter an uncertainty key may name, as the message about one that names none suggests. */
const EXAMPLE = 'policy.cash.takeUp';

/** Problems with an untrusted uncertainty object, each by its JSON path. */
export function checkUncertainty(value: unknown, issues: ValidationIssue[]): void {
  if (!isObject(value)) {
    issues.push(value === undefined ? coded('uncertainty', 'missing', {}, 'is missing') : coded('uncertainty', 'uncertaintyNotObject', {}, 'must be an object of parameter paths and distributions'));
    return;
  }
  for (const [path, d] of Object.entries(value)) {
    const at = `uncertainty.${path}`;
    const spec = uncertainSpec(path);
    if (!spec) {
      issues.push(notDrawable(path, at));
      continue;
    }
    if (!isObject(d) || typeof d.dist !== 'string' || !DISTRIBUTIONS.includes(d.dist as DistributionKind)) {
      issues.push(coded(`${at}.dist`, 'notDistribution', { options: [...DISTRIBUTIONS] }, `must be one of ${DISTRIBUTIONS.map((k) => `"${k}"`).join(', ')}`));
      continue;
    }
    const fields = FIELDS[d.dist as DistributionKind];
    for (const k of Object.keys(d)) if (k !== 'dist' && !fields.includes(k)) issues.push(coded(`${at}.${k}`, 'notDistributionSetting', { dist: d.dist }, `is not a setting of a ${d.dist} distribution`));
    let numbers = true;
    for (const k of fields) {
      if (typeof d[k] !== 'number' || !Number.isFinite(d[k])) {
        issues.push(Object.hasOwn(d, k) ? coded(`${at}.${k}`, 'settingNotNumber', {}, 'must be a finite number') : coded(`${at}.${k}`, 'missing', {}, 'is missing'));
        numbers = false;
      }
    }
    if (!numbers) continue;
    const n = d as Record<string, number>;
    const unit = spec.unit ? ` ${spec.unit}` : '';
    if (n.low! < spec.min || n.high! > spec.max)
      issues.push(coded(at, 'bounds', { min: spec.min, max: spec.max, unit: spec.unit, low: n.low!, high: n.high! }, `bounds must lie within the parameter's range, ${spec.min} to ${spec.max}${unit}; got ${n.low} to ${n.high}`));
    if (!(n.low! < n.high!)) issues.push(coded(`${at}.high`, 'aboveLow', { low: n.low!, value: n.high! }, `must be above low (${n.low}), got ${n.high}`));
    if (d.dist === 'triangular' && (n.mode! < n.low! || n.mode! > n.high!)) issues.push(coded(`${at}.mode`, 'modeBetween', { value: n.mode! }, `must lie between low and high, got ${n.mode}`));
    if (d.dist === 'normal' && !(n.sd! > 0)) issues.push(coded(`${at}.sd`, 'aboveZero', { value: n.sd! }, `must be above 0, got ${n.sd}`));
    if (d.dist === 'lognormal') {
      if (!(n.sigma! > 0)) issues.push(coded(`${at}.sigma`, 'aboveZero', { value: n.sigma! }, `must be above 0, got ${n.sigma}`));
      if (!(n.low! > 0)) issues.push(coded(`${at}.low`, 'lowPositive', { value: n.low! }, `must be above 0 for a log-normal, got ${n.low}`));
      if (!(n.median! > 0)) issues.push(coded(`${at}.median`, 'aboveZero', { value: n.median! }, `must be above 0, got ${n.median}`));
    }
  }
}

/** The distribution's quantile at probability u in (0, 1), kept within its bounds. */
export function quantile(d: Distribution, u: number): number {
  let x: number;
  switch (d.dist) {
    case 'uniform':
      x = d.low + u * (d.high - d.low);
      break;
    case 'triangular': {
      const span = d.high - d.low;
      const cut = (d.mode - d.low) / span;
      x = u < cut ? d.low + Math.sqrt(u * span * (d.mode - d.low)) : d.high - Math.sqrt((1 - u) * span * (d.high - d.mode));
      break;
    }
    case 'normal': {
      const a = normalCdf((d.low - d.mean) / d.sd);
      const b = normalCdf((d.high - d.mean) / d.sd);
      x = d.mean + d.sd * inverseNormalCdf(a + u * (b - a));
      break;
    }
    case 'lognormal': {
      const m = log(d.median);
      const a = normalCdf((log(d.low) - m) / d.sigma);
      const b = normalCdf((log(d.high) - m) / d.sigma);
      x = exp(m + d.sigma * inverseNormalCdf(a + u * (b - a)));
      break;
    }
  }
  return Math.min(d.high, Math.max(d.low, x));
}

/** A 32-bit hash of a parameter path (FNV-1a over UTF-16 units, then mixed). */
function pathHash(path: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/** The uniform draw in (0, 1) for a parameter in a replication: keyed by (seed, replication, parameter) only. */
export function uncertainUnit(seed: number, r: number, path: string): number {
  const stream = streamKey(replicationKey(seed, r), -1, P.UNCERTAIN);
  return ((mix(stream, pathHash(path)) >>> 0) + 0.5) / 2 ** 32;
}

/** The parameters a scenario marks uncertain, in a fixed (sorted) order. */
export function uncertainPaths(sc: Scenario): string[] {
  return Object.keys(sc.uncertainty).sort();
}

/**
 * Whether the model reads the parameter at `path` ("policy.budget.backwardWeight") under the scenario's other
 * settings: false for a parameter whose spec's onlyWhen its sibling does not meet, and for every parameter of a
 * programme with no money (hasMoney). Sensitivity analysis leaves unread parameters out: each would cost runs and
 * could only show no effect (test/engine/onlyWhen.test.ts and noMoney.test.ts hold both claims to the model).
 */
export function isRead(sc: Scenario, path: string): boolean {
  const [part, group, key] = path.split('.') as ['policy' | 'world', string, string];
  if (part === 'policy' && (PAYING_PROGRAMMES as readonly string[]).includes(group)) {
    // The categorical priority orders households for every programme's targeting; an opening fund is money of its own.
    const read =
      group === 'cash' && key === 'categoricalBonus' ? PAYING_PROGRAMMES.some((p) => hasMoney(sc, p))
      : group === 'microfinance' && key === 'initialFundPKR' ? true
      : hasMoney(sc, group as PayingProgramme);
    if (!read) return false;
  }
  // A record's entry is read when its record is.
  const cond = parameterAt(path)?.spec.onlyWhen;
  if (!cond) return true;
  const values = (sc[part] as unknown as Record<string, Record<string, unknown>>)[group]!;
  return cond.is.includes(values[cond.key] as string | boolean);
}

/**
 * Whether a programme can spend anything: a share of a budget that is not zero in every year, or, for microfinance,
 * an opening fund of its own. (The cash transfer's top-up of existing recipients is paid from its share.)
 */
export function hasMoney(sc: Scenario, programme: PayingProgramme): boolean {
  const { budget, microfinance } = sc.policy;
  if (budget.programmeShares[programme] > 0 && budget.annualBn.some((bn) => bn > 0)) return true;
  if (programme !== 'microfinance') return false;
  // An uncertain opening fund is money wherever its draws can be above 0, whatever its own value.
  const drawn = sc.uncertainty['policy.microfinance.initialFundPKR'];
  return microfinance.initialFundPKR > 0 || (drawn !== undefined && drawn.high > 0);
}

/** The value of an uncertain parameter in replication r (rounded for whole-number parameters). */
export function drawnValue(sc: Scenario, path: string, r: number): number {
  const x = quantile(sc.uncertainty[path]!, uncertainUnit(sc.run.seed, r, path));
  return uncertainSpec(path)?.integer ? Math.round(x) : x;
}

/** The value of the parameter (or record entry) at an uncertainty key in the scenario: what a sensitivity analysis holds it at. */
export function valueAt(sc: Scenario, path: string): number {
  const [part, group, key, entry] = path.split('.') as ['policy' | 'world', string, string, string | undefined];
  const value = (sc[part] as unknown as Record<string, Record<string, unknown>>)[group]![key];
  return (entry === undefined ? value : (value as Record<string, number>)[entry]) as number;
}

/** A copy of the scenario with the given parameters set (paths as in `uncertainty`); a record's entry set leaves its other entries as they were. */
export function withValues(sc: Scenario, values: Readonly<Record<string, number>>): Scenario {
  const out = { ...sc, policy: { ...sc.policy }, world: { ...sc.world } } as Scenario;
  for (const [path, v] of Object.entries(values)) {
    const [part, group, key, entry] = path.split('.') as ['policy' | 'world', string, string, string | undefined];
    const groups = out[part] as Record<string, Record<string, unknown>>;
    // A copy of the record too: the scenario's own is shared with other replications' copies.
    const value = entry === undefined ? v : { ...(groups[group]![key] as Record<string, number>), [entry]: v };
    groups[group] = { ...groups[group], [key]: value };
  }
  return out;
}

/** The scenario replication r runs: every uncertain parameter at its drawn value (the scenario itself if none). */
export function scenarioForReplication(sc: Scenario, r: number): Scenario {
  const paths = uncertainPaths(sc);
  if (paths.length === 0) return sc;
  return withValues(sc, Object.fromEntries(paths.map((p) => [p, drawnValue(sc, p, r)])));
}

/** The uncertain parameters of one part ("policy." or "world."), for the run keys. */
export function uncertaintyOf(sc: Scenario, part: 'policy' | 'world'): Uncertainty {
  return Object.fromEntries(Object.entries(sc.uncertainty).filter(([p]) => p.startsWith(`${part}.`)));
}
