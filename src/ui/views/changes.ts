/**
 * What a scenario changes from the baseline, in the editor's words: every
 * parameter whose value differs, grouped as the editor groups them, each
 * with the baseline's value and the scenario's, formatted as the editor
 * shows them (shares as percentages, rupees with "Rs", keys by name). Run
 * settings that break the pairing on common random numbers, and changes to
 * the world (which the baseline's status quo then no longer shares), carry
 * a flag, because they change what a difference from the baseline means; so
 * does a change to an uncertain parameter's value, which the runs do not use
 * (each replication draws it).
 */
import { pairingReason } from './engineText';
import {
  SCENARIO_SPEC, groupPath, groupValues, isStatusQuoPolicy, pairingProblem, partOf,
  type GroupId, type ParamSpec, type Scenario,
} from '../../engine/index';
import { GROUP_TITLES } from '../editor/display';
import { keyLabel, OPTION_LABELS } from '../editor/labels';
import { specText } from '../editor/paramText';
import { i18n } from '../../i18n/index';
import { inSentence } from '../../state/displayName';
import { numberText, same, shown, withUnit } from './changeValues';
import { uncertaintyChanges } from './uncertaintyChanges';

/** Why a change matters for the comparison, beyond the policy it describes. */
export type ChangeFlag = 'unpaired' | 'fewerPairs' | 'world' | 'drawn';

/** In the current language (read when shown). */
export const FLAG_TEXT: Readonly<Record<ChangeFlag, string>> = {
  get unpaired() {
    return i18n.t('views:changes.flags.unpaired');
  },
  get fewerPairs() {
    return i18n.t('views:changes.flags.fewerPairs');
  },
  get world() {
    return i18n.t('views:changes.flags.world');
  },
  get drawn() {
    return i18n.t('views:changes.flags.drawn');
  },
};

export interface ValueChange {
  label: string;
  /** The baseline's value, as the editor shows it. */
  from: string;
  /** This scenario's value. */
  to: string;
}

export interface Change extends ValueChange {
  /** Where the parameter lives in the scenario document, e.g. `policy.budget.annualBn`. */
  path: string;
  /** For a record (shares by programme or region): only the keys that differ. */
  parts?: ValueChange[];
  flag?: ChangeFlag;
}

export interface ChangeGroup {
  /** An editor group, or the uncertainty of parameters (of any group). */
  group: GroupId | 'uncertainty';
  title: string;
  changes: Change[];
}

export interface ScenarioDiff {
  groups: ChangeGroup[];
  /** Parameters that differ (a record with several keys changed counts once). */
  count: number;
  /** Why the scenario cannot be paired with the baseline at all, from the engine's own rule. */
  pairing?: string;
}

/** A year-by-year path: one value in every year, or the values in order (later years repeat the last one). */
function pathText(values: readonly number[], spec: ParamSpec): string {
  const unit = specText(spec).unit;
  if (values.every((v) => same(v, values[0]!))) return i18n.t('views:changes.everyYear', { value: withUnit(shown(values[0]!, spec), unit) });
  return withUnit(values.map((v) => shown(v, spec)).join(i18n.t('views:changes.pathSeparator')), unit);
}

/** The path over `length` years: a list shorter than that repeats its last value, as the engine reads it. */
const padded = (values: readonly number[], length: number) =>
  Array.from({ length }, (_, k) => values[Math.min(k, values.length - 1)]!);

/**
 * Whether the status quo is simulated beside the scenario. A scenario whose
 * policy is the status quo is its own status quo, so for it the switch
 * changes nothing (the baseline preset turns it off only to save time).
 */
const simulatesStatusQuo = (s: Scenario) => s.run.counterfactual || isStatusQuoPolicy(s);

function runFlag(key: string, scenario: Scenario, baseline: Scenario): ChangeFlag | undefined {
  if (key === 'replications') return 'fewerPairs';
  // The engine decides what breaks the pairing: ask it about this one setting alone.
  const alone = { ...baseline, run: { ...baseline.run, [key]: (scenario.run as Record<string, unknown>)[key] } } as Scenario;
  return pairingProblem(alone, baseline) !== undefined ? 'unpaired' : undefined;
}

/**
 * Whether the runs draw what changed, so the change moves no number: an uncertain parameter, or a record every
 * changed entry of which is uncertain ("world.shocks.disasterAnnualProb.sindh").
 */
function isDrawn(scenario: Scenario, spec: ParamSpec, path: string, from: unknown, to: unknown): boolean {
  if (scenario.uncertainty[path]) return true;
  if (spec.kind !== 'record') return false;
  const [a, b] = [from as Record<string, number>, to as Record<string, number>];
  return spec.keys.filter((k) => !same(a[k] ?? 0, b[k] ?? 0)).every((k) => scenario.uncertainty[`${path}.${k}`]);
}

/** How one parameter differs, or null if it does not. */
function paramChange(spec: ParamSpec, path: string, from: unknown, to: unknown): Omit<Change, 'flag'> | null {
  const label = specText(spec).label;
  switch (spec.kind) {
    case 'number':
      return same(from as number, to as number) ? null : { path, label, from: numberText(from as number, spec), to: numberText(to as number, spec) };
    case 'boolean':
      return from === to ? null : { path, label, from: i18n.t(from ? 'views:changes.on' : 'views:changes.off'), to: i18n.t(to ? 'views:changes.on' : 'views:changes.off') };
    case 'enum':
      return from === to ? null : { path, label, from: OPTION_LABELS[from as string] ?? String(from), to: OPTION_LABELS[to as string] ?? String(to) };
    case 'array': {
      const a = from as number[];
      const b = to as number[];
      const years = Math.max(a.length, b.length);
      const pa = padded(a, years);
      const pb = padded(b, years);
      return pa.every((x, k) => same(x, pb[k]!)) ? null : { path, label, from: pathText(a, spec), to: pathText(b, spec) };
    }
    case 'record': {
      const a = from as Record<string, number>;
      const b = to as Record<string, number>;
      const parts = spec.keys
        .filter((k) => !same(a[k] ?? 0, b[k] ?? 0))
        .map((k) => ({ label: keyLabel(k), from: numberText(a[k] ?? 0, spec), to: numberText(b[k] ?? 0, spec) }));
      if (parts.length === 0) return null;
      const list = (side: 'from' | 'to') => parts.map((p) => `${p.label} ${p[side]}`).join(i18n.t('views:changes.partsSeparator'));
      return { path, label, from: list('from'), to: list('to'), parts };
    }
  }
}

/** What a scenario is compared with: the baseline on screen, or the defaults (defaultScenario()). */
export type ComparedWith = 'baseline' | 'defaults';

/**
 * Every parameter of `scenario` whose value differs from `baseline`'s, in
 * the editor's groups and order, then every parameter whose uncertainty
 * differs. Compared with the defaults, which are not run beside it, nothing
 * is flagged and the pairing is not asked about.
 */
export function scenarioChanges(scenario: Scenario, baseline: Scenario, comparedWith: ComparedWith = 'baseline'): ScenarioDiff {
  const flags = comparedWith === 'baseline';
  const groups: ChangeGroup[] = [];
  for (const group of Object.keys(SCENARIO_SPEC) as GroupId[]) {
    const specs = SCENARIO_SPEC[group] as Readonly<Record<string, ParamSpec>>;
    const mine = groupValues(scenario, group);
    const theirs = groupValues(baseline, group);
    const changes: Change[] = [];
    for (const [key, spec] of Object.entries(specs)) {
      const path = `${groupPath(group)}.${key}`;
      const [from, to] =
        group === 'run' && key === 'counterfactual' ? [simulatesStatusQuo(baseline), simulatesStatusQuo(scenario)] : [theirs[key], mine[key]];
      const change = paramChange(spec, path, from, to);
      if (!change) continue;
      const part = partOf(group);
      // An uncertain parameter's own value is not what the runs use (they draw it): a change to it moves no number,
      // which is said whatever the change is compared with.
      const flag =
        isDrawn(scenario, spec, path, from, to) ? 'drawn'
        : !flags ? undefined
        : part === 'world' ? 'world'
        : part === 'run' ? runFlag(key, scenario, baseline)
        : undefined;
      changes.push(flag ? { ...change, flag } : change);
    }
    if (changes.length > 0) groups.push({ group, title: GROUP_TITLES[group], changes });
  }
  const uncertain = uncertaintyChanges(scenario, baseline, flags);
  if (uncertain.length > 0) groups.push({ group: 'uncertainty', title: i18n.t('views:changes.uncertaintyTitle'), changes: uncertain });
  const pairing = flags ? pairingReason(scenario, baseline) : undefined;
  const count = groups.reduce((n, g) => n + g.changes.length, 0);
  return pairing === undefined ? { groups, count } : { groups, count, pairing };
}

/**
 * Whether the scenario's world differs from the baseline's, as the changes list flags it (an assumption edited, or
 * drawn differently): its difference from the baseline then holds more than its policy.
 */
export function worldDiffers(scenario: Scenario, baseline: Scenario): boolean {
  return scenarioChanges(scenario, baseline).groups.some((g) => g.changes.some((c) => c.flag === 'world'));
}

/** One change as a sentence: "Split across programmes: Cash transfer 50% of budget → 60% of budget". */
export function changeText(c: Change): string {
  if (c.parts) {
    const parts = c.parts.map((p) => i18n.t('views:changes.partItem', { label: p.label, from: inSentence(p.from), to: inSentence(p.to) }));
    return i18n.t('views:changes.withParts', { label: c.label, parts: parts.join(i18n.t('views:changes.partsSeparator')) });
  }
  return i18n.t('views:changes.item', { label: c.label, from: inSentence(c.from), to: inSentence(c.to) });
}
