/**
 * What the UI shows of a parameter, in the current language: its label,
 * description, unit (as shown: shares as %) and source. English comes from
 * the engine's specs, which stay the source of truth for the CLI and docs/;
 * every read of spec.label, .description, .unit or .source under src/ui goes
 * through here instead.
 */
import { SCENARIO_SPEC, type GroupId, type ParamSpec } from '../../engine/index';
import type { ParamMessages } from '../../i18n/locales/en/params';
import { message } from './labels';
import { i18n, type Language } from '../../i18n/index';
import { namesIsolated } from '../../i18n/bidi';

export type ParamText = ParamMessages;

export function paramText(group: GroupId, key: string): ParamText {
  const field = (name: keyof ParamText) => message(`params:spec.${group}.${key}.${name}`);
  // Sources keep publications' names as published: in a right-to-left language each is isolated (i18n/bidi).
  return { label: field('label'), description: field('description'), unit: field('unit'), source: namesIsolated(field('source'), i18n.language as Language) };
}

let where: Map<ParamSpec, readonly [GroupId, string]> | null = null;

/** The text of a spec from SCENARIO_SPEC, for code that holds the spec but not its group and key. */
export function specText(spec: ParamSpec): ParamText {
  where ??= new Map(
    (Object.keys(SCENARIO_SPEC) as GroupId[]).flatMap((group) =>
      Object.entries(SCENARIO_SPEC[group]).map(([key, s]) => [s as ParamSpec, [group, key] as const] as const),
    ),
  );
  const found = where.get(spec);
  if (!found) throw new Error(`specText: not a spec of SCENARIO_SPEC (${spec.label})`);
  return paramText(found[0], found[1]);
}

/** The text of the parameter at a scenario path of the policy or the world ("policy.cash.takeUp"), as uncertainty names it; null if the path names no parameter. */
export function textAt(path: string): ParamText | null {
  const [part, group, key] = path.split('.');
  if (part === 'run' || !group || !key || !Object.hasOwn(SCENARIO_SPEC, group)) return null;
  if (!Object.hasOwn(SCENARIO_SPEC[group as GroupId], key)) return null;
  return paramText(group as GroupId, key);
}
