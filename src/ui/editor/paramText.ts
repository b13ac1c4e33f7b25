/**
 * What the UI shows of a parameter, in the current language: its label,
 * description, unit (as shown: shares as %) and source. English comes from
 * the engine's specs, which stay the source of truth for the CLI and docs/;
 * every read of spec.label, .description, .unit or .source under src/ui goes
 * through here instead.
 */
import { groupPath, SCENARIO_SPEC, uncertainSpec, type GroupId, type ParamSpec } from '../../engine/index';
import type { ParamMessages } from '../../i18n/locales/en/params';
import { keyLabel, message } from './labels';
import { i18n, type Language } from '../../i18n/index';
import { namesIsolated } from '../../i18n/bidi';

export type ParamText = ParamMessages;

export function paramText(group: GroupId, key: string): ParamText {
  const field = (name: keyof ParamText) => message(`params:spec.${group}.${key}.${name}`);
  // Sources keep publications' names as published: in a right-to-left language each is isolated (i18n/bidi).
  return { label: field('label'), description: field('description'), unit: field('unit'), source: namesIsolated(field('source'), i18n.language as Language) };
}

/**
 * The text of one entry of a record parameter, as an uncertain one is named: the record's description, unit and
 * source, labelled "Disaster rate (rural): Sindh".
 */
export function entryText(group: GroupId, key: string, entry: string): ParamText {
  return entryOf(paramText(group, key), entry);
}

/** A record's text labelled for one of its entries (entryText), for code that holds the record's text. */
export const entryOf = (record: ParamText, entry: string): ParamText => ({
  ...record,
  label: message('params:format.entry', { label: record.label, entry: keyLabel(entry) }),
});

let where: Map<ParamSpec, readonly [GroupId, string, string?]> | null = null;

/**
 * The text of a spec from SCENARIO_SPEC, for code that holds the spec but not its group and key; or of the number
 * spec the engine gives an uncertain record entry (uncertainSpec), which is its record's text with the entry's label.
 */
export function specText(spec: ParamSpec): ParamText {
  where ??= new Map(
    (Object.keys(SCENARIO_SPEC) as GroupId[]).flatMap((group) =>
      Object.entries(SCENARIO_SPEC[group]).flatMap(([key, raw]) => {
        const s = raw as ParamSpec;
        const entries = s.kind === 'record' ? s.keys.flatMap((entry) => {
          const entrySpec = uncertainSpec(`${groupPath(group)}.${key}.${entry}`);
          return entrySpec ? [[entrySpec, [group, key, entry]] as [ParamSpec, readonly [GroupId, string, string?]]] : [];
        }) : [];
        return [[s, [group, key]] as [ParamSpec, readonly [GroupId, string, string?]], ...entries];
      }),
    ),
  );
  const found = where.get(spec);
  if (!found) throw new Error(`specText: not a spec of SCENARIO_SPEC (${spec.label})`);
  return found[2] === undefined ? paramText(found[0], found[1]) : entryText(found[0], found[1], found[2]);
}

/**
 * The text of the parameter at a scenario path of the policy or the world ("policy.cash.takeUp"), or of a record's
 * entry that can be uncertain ("world.shocks.disasterAnnualProb.sindh"), as uncertainty names it; null if the path
 * names neither.
 */
export function textAt(path: string): ParamText | null {
  const [part, group, key, entry, ...rest] = path.split('.');
  if (part === 'run' || !group || !key || rest.length > 0 || !Object.hasOwn(SCENARIO_SPEC, group)) return null;
  if (!Object.hasOwn(SCENARIO_SPEC[group as GroupId], key)) return null;
  if (entry === undefined) return paramText(group as GroupId, key);
  return uncertainSpec(path) ? entryText(group as GroupId, key, entry) : null;
}
