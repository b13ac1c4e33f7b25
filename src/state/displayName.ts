/**
 * A scenario's name as the reader sees it. Names are stored as they were
 * made, in English when the app made them (workspaces and share links do not
 * change with the language); in another language, a name the app made is
 * shown in that language, made again from what it describes:
 *  - a generated name (naming.ts), from the scenario's contents;
 *  - a name the user never changed that the app gave: a preset's descriptive
 *    name ("Cash heavy"), a generated name that came in a shared link, a
 *    duplicate's " (copy)";
 *    or the optimiser's " (optimised)";
 * with any " 2", " 3" that made it unique. A name the user typed is shown as typed.
 * Every place that shows a scenario's name goes through displayName.
 */
import { canonicalJson, type Scenario } from '../engine/index';
import { isolate } from '../i18n/bidi';
import { i18n } from '../i18n/index';
import type { Language } from '../i18n/languages';
import { autoName, nameParts, nameText, type ScenarioMeta } from './naming';
import { presetLabel, presetNamed } from './presets';

/** `local()` if `name` is `english`, or `english` with a number appended (uniqueName); otherwise null. */
function translated(name: string, english: string, local: () => string): string | null {
  if (name === english) return local();
  const rest = name.startsWith(`${english} `) ? name.slice(english.length) : '';
  return /^ \d+$/.test(rest) ? `${local()}${rest}` : null;
}

/** A name the app gave and the user kept, in `lng`; null if it is not one the app makes. */
function givenByApp(name: string, origin: Scenario, lng: Language): string | null {
  const generated = translated(name, autoName(origin), () => nameText(nameParts(origin), lng));
  if (generated !== null) return generated;
  const numbered = /^(.*?)((?: \d+)?)$/.exec(name)!;
  const preset = presetNamed(numbered[1]!);
  if (preset) return `${presetLabel(preset, lng)}${numbered[2]}`;
  const copy = /^(.*) \(copy\)((?: \d+)?)$/.exec(name);
  if (copy) {
    const base = givenByApp(copy[1]!, origin, lng) ?? isolate(copy[1]!);
    return `${i18n.t('common:scenarioNames.copy', { name: base, lng })}${copy[2]}`;
  }
  const optimised = /^(.*) \(optimised\)((?: \d+)?)$/.exec(name);
  if (optimised) {
    const base = optimisedBase(optimised[1]!, origin, lng) ?? givenByApp(optimised[1]!, origin, lng) ?? isolate(optimised[1]!);
    return `${i18n.t('common:scenarioNames.optimised', { name: base, lng })}${optimised[2]}`;
  }
  return null;
}

/**
 * The optimiser names its proposal "<the scenario's name> (optimised)"; the proposal keeps that scenario's budget
 * path but not its split (nor, with a floor, its top-up), so a generated base name is one of the names the path
 * gives with or without "custom split" and the top-up: the one that is `base` is shown in `lng`.
 */
function optimisedBase(base: string, proposal: Scenario, lng: Language): string | null {
  const parts = nameParts(proposal);
  for (const customSplit of [false, true])
    for (const topUpPKR of [...new Set([parts.topUpPKR, 0])]) {
      const p = { ...parts, customSplit, topUpPKR, statusQuo: false };
      const numbered = translated(base, nameText(p, 'en'), () => nameText(p, lng));
      if (numbered !== null) return numbered;
    }
  return null;
}

/**
 * Names already worked out, by scenario and naming record (the store replaces both when they change, never edits
 * them) and language. Working one out takes a dozen messages and number formats; a screen in Urdu shows each
 * scenario's name in many places and draws again as results come in.
 */
const shown = new WeakMap<Scenario, WeakMap<ScenarioMeta, Map<Language, string>>>();

/** The name to show for a scenario (with its naming record from the store's `meta`), in the current language or `lng`. */
export function displayName(scenario: Scenario, meta: ScenarioMeta | undefined, lng: Language = i18n.language as Language): string {
  if (lng === 'en' || !meta) return scenario.name;
  let byMeta = shown.get(scenario);
  if (!byMeta) shown.set(scenario, (byMeta = new WeakMap()));
  let byLanguage = byMeta.get(meta);
  if (!byLanguage) byMeta.set(meta, (byLanguage = new Map()));
  let name = byLanguage.get(lng);
  if (name === undefined) byLanguage.set(lng, (name = workedOut(scenario, meta, lng)));
  return name;
}

function workedOut(scenario: Scenario, meta: ScenarioMeta, lng: Language): string {
  const name = scenario.name;
  if (meta.named === 'auto') return translated(name, autoName(scenario), () => nameText(nameParts(scenario), lng)) ?? name;
  // A name the user gave (a rename: named for other contents or under another name than at the start) is theirs;
  // one kept since the scenario was made may be the app's.
  if (meta.origin.name !== name || (meta.namedFor !== meta.origin && canonicalJson(meta.namedFor) !== canonicalJson(meta.origin))) return name;
  return givenByApp(name, meta.origin, lng) ?? name;
}

/** The shown name of scenario `id` in a store's state (its id if there is no such scenario). */
export function displayNameOf(st: { scenarios: Record<string, Scenario>; meta: Record<string, ScenarioMeta> }, id: string): string {
  const s = st.scenarios[id];
  return s ? displayName(s, st.meta[id]) : id;
}

/**
 * A name to put inside a sentence given as a plain string (a title, an
 * aria-label, a headline): isolated in a right-to-left language, so that a
 * left-to-right name neither reorders the sentence nor is reordered by it.
 * In English, unchanged (in JSX, put names in <bdi> instead).
 */
export function inSentence(name: string, lng: Language = i18n.language as Language): string {
  return lng === 'en' ? name : isolate(name);
}
