/**
 * What a scenario changes in the uncertainty of its parameters: a parameter
 * newly uncertain, drawn from another distribution, or certain again. Each
 * distribution is written in the editor's display units (shares as %).
 */
import { groupPath, SCENARIO_SPEC, uncertainSpec, type Distribution, type GroupId, type NumberSpec, type ParamSpec, type RecordSpec, type Scenario } from '../../engine/index';
import { specText } from '../editor/paramText';
import { keyLabel } from '../editor/labels';
import { i18n } from '../../i18n/index';
import { formatPlain } from '../format';
import { numberText, rangeText, same } from './changeValues';
import type { Change } from './changes';

/** "uniform, 72% to 100%", "triangular, 72% to 100%, most likely 90%", …, in display units; a log-normal's sigma has no unit. */
export function distributionText(d: Distribution, spec: NumberSpec): string {
  const v = (x: number) => numberText(x, spec);
  const bounds = { range: rangeText(d.low, d.high, spec) };
  switch (d.dist) {
    case 'uniform':
      return i18n.t('views:changes.distribution.uniform', bounds);
    case 'triangular':
      return i18n.t('views:changes.distribution.triangular', { ...bounds, mode: v(d.mode) });
    case 'normal':
      return i18n.t('views:changes.distribution.normal', { ...bounds, mean: v(d.mean), sd: numberText(d.sd, spec, true) });
    case 'lognormal':
      // Sigma to three significant digits, as the Sensitivity view's list writes it: the editor computes it from the
      // bounds (distribution.ts asKind, "0.218867"), so its six digits are the app's, not the reader's.
      return i18n.t('views:changes.distribution.lognormal', { ...bounds, median: v(d.median), sigma: formatPlain(d.sigma, { maximumSignificantDigits: 3 }) });
  }
}

/**
 * How the runs take an uncertain parameter of `scenario` ("drawn in each replication: triangular, 75% to 100%, most
 * likely 90%"), or null when it is not uncertain there: its own value is then not what the runs use.
 */
export function drawnText(scenario: Scenario, path: string): string | null {
  const d = scenario.uncertainty[path];
  const spec = d && uncertainSpec(path);
  return spec ? i18n.t('views:changes.drawn', { distribution: distributionText(d, spec) }) : null;
}

/**
 * For a record, how the runs take each of its uncertain entries ("Sindh is drawn in each replication: …; the value
 * set for it, 8 / year, is used only where …"), in the record's order, each value written by `format`; empty for a
 * record with none, or any other parameter.
 */
export function drawnEntriesText(scenario: Scenario, path: string, spec: ParamSpec, value: unknown, format: (entry: NumberSpec, v: number) => string): string[] {
  if (spec.kind !== 'record') return [];
  return spec.keys.flatMap((key) => {
    const drawn = drawnText(scenario, `${path}.${key}`);
    const entry = uncertainSpec(`${path}.${key}`);
    if (!drawn || !entry) return [];
    return [i18n.t('views:changes.entryDrawn', { entry: keyLabel(key), drawn, value: format(entry, (value as Record<string, number>)[key]!) })];
  });
}

const setting = (d: Distribution, k: string) => (d as unknown as Record<string, number>)[k]!;
const sameDistribution = (a: Distribution, b: Distribution) => a.dist === b.dist && Object.keys(a).every((k) => k === 'dist' || same(setting(a, k), setting(b, k)));

let order: string[] | null = null;

/**
 * Every path a parameter can be uncertain at (number parameters of the policy and the world, and entries of their
 * records of independent numbers, each after its record's place), in the editor's order.
 */
export function editorOrder(): readonly string[] {
  order ??= (Object.keys(SCENARIO_SPEC) as GroupId[])
    .flatMap((group) =>
      Object.entries(SCENARIO_SPEC[group]).flatMap(([key, spec]) => {
        const path = `${groupPath(group)}.${key}`;
        return (spec as ParamSpec).kind === 'record' ? (spec as RecordSpec).keys.map((entry) => `${path}.${entry}`) : [path];
      }),
    )
    .filter((p) => uncertainSpec(p));
  return order;
}

/**
 * The parameters whose uncertainty differs between `scenario` and `reference`,
 * in the editor's order. `flagWorld`: mark a parameter of the world, whose
 * uncertainty the status quo then no longer shares with the reference's.
 */
export function uncertaintyChanges(scenario: Scenario, reference: Scenario, flagWorld: boolean): Change[] {
  const changes: Change[] = [];
  for (const path of editorOrder()) {
    const from = reference.uncertainty[path];
    const to = scenario.uncertainty[path];
    if (!from && !to) continue;
    if (from && to && sameDistribution(from, to)) continue;
    const spec = uncertainSpec(path)!;
    const text = (d: Distribution | undefined) => (d ? distributionText(d, spec) : i18n.t('views:changes.certain'));
    const change: Change = { path: `uncertainty.${path}`, label: specText(spec).label, from: text(from), to: text(to) };
    changes.push(flagWorld && path.startsWith('world.') ? { ...change, flag: 'world' } : change);
  }
  return changes;
}
