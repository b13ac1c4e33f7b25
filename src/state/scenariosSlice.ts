/**
 * Scenarios: the baseline and any number of named scenarios, changed only
 * through these actions. A parameter change is validated on the whole
 * scenario first and applied only if valid, so the engine never sees an
 * invalid value; the caller gets the issues to show inline.
 */
import type { StateCreator } from 'zustand';
import {
  canonicalJson, defaultScenario, groupDefaults, groupPath, groupValues, partOf, validateScenario, withGroup,
  type Distribution, type GroupId, type Scenario, type ValidationIssue,
} from '../engine/index';
import { presetById } from './presets';
import type { Store } from './store';
import type { Workspace } from './workspace';
import type { SharedComparison } from './shareLink';
import { i18n } from '../i18n/index';
import { inSentence } from './displayName';
import { autoName, givenNameMeta, MAX_NAME_LENGTH, uniqueName, type ScenarioMeta } from './naming';
import { sharedColors } from './colorPlaces';

export const MAX_COMPARED = 4;

/** The scenario state is exactly what a saved workspace holds (see workspace.ts), plus actions. */
export interface ScenariosSlice extends Workspace {
  /**
   * The last reset, for Undo (not saved: it lasts until the next reset or reload): the scenario and its naming as
   * they were, and the group reset, if only one was.
   */
  lastReset: { id: string; scenario: Scenario; meta: ScenarioMeta; group?: GroupId } | null;
  /**
   * Add a scenario. `named: 'auto'` gives it a generated name that follows
   * its contents; by default its name is kept as given (made unique).
   * `compare: true` compares it if a place is free; `compare: 'makeWay'`
   * compares it anyway, the oldest compared scenario making way when all
   * places are taken (as a single opened scenario joins a comparison,
   * openComparison), but never the active one: Open as scenario adds a
   * proposal made from the active scenario, to be compared with it.
   */
  addScenario(scenario: Scenario, opts?: { activate?: boolean; compare?: boolean | 'makeWay'; named?: 'auto' | 'user' }): string;
  createFromPreset(presetId: string): string;
  duplicate(id: string): string;
  rename(id: string, name: string): ValidationIssue[];
  remove(id: string): void;
  setActive(id: string): void;
  toggleCompare(id: string): void;
  setParam(id: string, group: GroupId, key: string, value: unknown): ValidationIssue[];
  /**
   * Mark a number parameter of the policy or the world uncertain with a
   * distribution (in model units), or, with null, certain again. Validated
   * like any edit: an invalid distribution is not applied, and its issues
   * come back by path (`uncertainty.<path>.<field>`).
   */
  setUncertainty(id: string, path: string, distribution: Distribution | null): ValidationIssue[];
  replaceScenario(id: string, next: unknown): ValidationIssue[];
  /**
   * Reset one group, with the uncertainty of its parameters; undoable, as a whole reset is. Refused (with the
   * issues, and nothing to undo) if the rest of the scenario would then be invalid. A group already at its defaults is
   * left alone, with the last reset still to undo.
   */
  resetGroup(id: string, group: GroupId): ValidationIssue[];
  /**
   * Back to what the scenario was created as (its preset, or what it was duplicated from); undoable. A scenario already
   * as created is left alone, with the last reset still to undo.
   */
  resetScenario(id: string): void;
  undoReset(): void;
  /**
   * Open a shared comparison (a link or a file) beside the user's own
   * scenarios: each is added as a new scenario (its name made unique, its
   * contents untouched, so the numbers are the sender's), and the shared
   * baseline, compared and active scenarios are put on screen, in the view the sender was on and in their colours
   * (colorPlaces.ts sharedColors). Returns the new ids.
   */
  openComparison(shared: SharedComparison): string[];
}

/**
 * `s` with `group`'s values set to `values` and the uncertainty of its parameters as in `source` (a run setting has
 * none: the run group keeps `s`'s).
 */
function groupAsIn(s: Scenario, source: Scenario, group: GroupId, values: Record<string, unknown>): Record<string, unknown> {
  const prefix = `${groupPath(group)}.`;
  const uncertainty =
    partOf(group) === 'run'
      ? s.uncertainty
      : Object.fromEntries([...Object.entries(s.uncertainty).filter(([path]) => !path.startsWith(prefix)), ...Object.entries(source.uncertainty).filter(([path]) => path.startsWith(prefix))]);
  return { ...withGroup(s, group, values), uncertainty };
}

/** Whether two scenarios hold the same contents, whatever their names (a reset keeps a given name). */
const sameContents = (a: unknown, b: Scenario): boolean => canonicalJson({ ...(a as Scenario), name: '' }) === canonicalJson({ ...b, name: '' });

/** `compared` with `id` added, the oldest other than `keep` dropped if all places were taken. */
function makingWay(compared: readonly string[], keep: string, id: string): string[] {
  const oldest = compared.length >= MAX_COMPARED ? compared.find((x) => x !== keep) : undefined;
  return [...compared.filter((x) => x !== oldest), id];
}

export const createScenariosSlice: StateCreator<Store, [], [], ScenariosSlice> = (set, get) => ({
  scenarios: {},
  order: [],
  baselineId: '',
  activeId: '',
  compareIds: [],
  nextId: 1,
  meta: {},
  colors: {},
  lastReset: null,

  addScenario(input, opts = {}) {
    const id = `s${get().nextId}`;
    const taken = Object.values(get().scenarios).map((x) => x.name);
    const named = opts.named ?? 'user';
    const scenario = { ...input, name: uniqueName(named === 'auto' ? autoName(input) : input.name.slice(0, MAX_NAME_LENGTH).trim() || autoName(input), taken) };
    const meta: ScenarioMeta = { named, origin: scenario, namedFor: scenario };
    set((st) => ({
      nextId: st.nextId + 1,
      scenarios: { ...st.scenarios, [id]: scenario },
      meta: { ...st.meta, [id]: meta },
      order: [...st.order, id],
      activeId: opts.activate === false ? st.activeId : id,
      compareIds: opts.compare === 'makeWay' ? makingWay(st.compareIds, st.activeId, id) : opts.compare && st.compareIds.length < MAX_COMPARED ? [...st.compareIds, id] : st.compareIds,
    }));
    return id;
  },

  createFromPreset(presetId) {
    const preset = presetById(presetId);
    if (!preset) throw new Error(`unknown preset ${presetId}`);
    return get().addScenario(preset.make(), { compare: true, named: preset.autoName ? 'auto' : 'user' });
  },

  duplicate(id) {
    const src = get().scenarios[id];
    if (!src) throw new Error(`unknown scenario ${id}`);
    const copy = structuredClone(src);
    const named = get().meta[id]?.named ?? 'user';
    // A generated name stays generated (and is made unique); a given one gets "(copy)".
    if (named === 'user') copy.name = `${src.name.slice(0, MAX_NAME_LENGTH - 7)} (copy)`;
    return get().addScenario(copy, { compare: true, named });
  },

  rename(id, name) {
    const s = get().scenarios[id];
    if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
    // Messages for the reader (ScenarioTabs shows them after "Name"), in the current language.
    const wanted = name.trim();
    if (wanted === '') return [{ path: 'name', message: i18n.t('common:rename.empty') }];
    if (wanted.length > MAX_NAME_LENGTH) return [{ path: 'name', message: i18n.t('common:rename.tooLong', { length: wanted.length, max: MAX_NAME_LENGTH }) }];
    // Taken whatever its case and spacing: "rs 100 BN  a year" beside "Rs 100 bn a year" would read as the same.
    const same = (a: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
    const other = Object.entries(get().scenarios).find(([k, x]) => k !== id && same(x.name) === same(wanted));
    if (other) return [{ path: 'name', message: i18n.t('common:rename.taken', { name: inSentence(other[1].name) }) }];
    const v = validateScenario({ ...s, name: wanted });
    if (!v.ok) return v.issues;
    set((st) => ({ scenarios: { ...st.scenarios, [id]: v.scenario }, meta: { ...st.meta, [id]: { ...(st.meta[id] ?? givenNameMeta(s)), named: 'user', namedFor: v.scenario } } }));
    return [];
  },

  remove(id) {
    const st = get();
    if (id === st.baselineId || !st.scenarios[id]) return;
    const { [id]: _gone, ...rest } = st.scenarios;
    const { [id]: _goneMeta, ...restMeta } = st.meta;
    const order = st.order.filter((x) => x !== id);
    set({
      scenarios: rest,
      meta: restMeta,
      order,
      compareIds: st.compareIds.filter((x) => x !== id),
      activeId: st.activeId === id ? (order[Math.max(0, st.order.indexOf(id) - 1)] ?? st.baselineId) : st.activeId,
    });
  },

  setActive(id) {
    if (get().scenarios[id]) set({ activeId: id });
  },

  toggleCompare(id) {
    const st = get();
    if (st.compareIds.includes(id)) set({ compareIds: st.compareIds.filter((x) => x !== id) });
    else if (st.compareIds.length < MAX_COMPARED) set({ compareIds: [...st.compareIds, id] });
  },

  setParam(id, group, key, value) {
    const s = get().scenarios[id];
    if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
    const values = { ...groupValues(s, group), [key]: value };
    return get().replaceScenario(id, withGroup(s, group, values));
  },

  setUncertainty(id, path, distribution) {
    const s = get().scenarios[id];
    if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
    const { [path]: _old, ...rest } = s.uncertainty;
    return get().replaceScenario(id, { ...s, uncertainty: distribution ? { ...rest, [path]: distribution } : rest });
  },

  replaceScenario(id, input) {
    const v = validateScenario(input);
    if (!v.ok) return v.issues;
    let next = v.scenario;
    if (get().meta[id]?.named === 'auto') {
      // The name follows the contents (unique among the others).
      const taken = Object.entries(get().scenarios).filter(([other]) => other !== id).map(([, x]) => x.name);
      next = { ...next, name: uniqueName(autoName(next), taken) };
    }
    set((st) => ({ scenarios: { ...st.scenarios, [id]: next } }));
    return [];
  },

  resetGroup(id, group) {
    const s = get().scenarios[id];
    if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
    // The group's parameters go back to their default values and to their default uncertainty (or none).
    const meta = get().meta[id] ?? givenNameMeta(s);
    const next = groupAsIn(s, defaultScenario(), group, groupDefaults(group));
    // Already at its defaults: nothing changes, and the undo point stays what it was (a second press had replaced it
    // with the scenario as reset, and Undo then put back nothing).
    if (sameContents(next, s)) return [];
    const issues = get().replaceScenario(id, next);
    // Undo puts back every field of the group, its uncertainty and a name that followed them.
    if (issues.length === 0) set({ lastReset: { id, scenario: s, meta, group } });
    return issues;
  },

  resetScenario(id) {
    const st = get();
    const s = st.scenarios[id];
    if (!s) return;
    const meta = st.meta[id] ?? givenNameMeta(s);
    // Already as created: nothing to reset, and the undo point stays (as for a group, resetGroup).
    if (sameContents(meta.origin, s)) return;
    // Contents go back to the origin; a given name stays, a generated one is generated again.
    set({ scenarios: { ...st.scenarios, [id]: { ...meta.origin, name: s.name } }, lastReset: { id, scenario: s, meta } });
    if (meta.named === 'auto') get().replaceScenario(id, meta.origin);
  },

  undoReset() {
    const st = get();
    const last = st.lastReset;
    const current = last && st.scenarios[last.id];
    if (!last || !current) return;
    if (last.group !== undefined) {
      // Only the group goes back: an edit made elsewhere since the reset (the Undo stays under the group) is kept.
      set({ meta: { ...st.meta, [last.id]: last.meta }, lastReset: null });
      const restored = groupAsIn(current, last.scenario, last.group, groupValues(last.scenario, last.group));
      if (get().replaceScenario(last.id, restored).length === 0) return;
      // Not valid with what changed since (a rule across groups): the scenario as it was, whole.
    }
    set((now) => ({ scenarios: { ...now.scenarios, [last.id]: last.scenario }, meta: { ...now.meta, [last.id]: last.meta }, lastReset: null }));
  },

  openComparison(shared) {
    // A shared scenario the user already has (the same contents under its name, or that name made unique
    // with a number when it was opened before: a link opened twice, the default baseline) is that scenario;
    // any other opens as a new one beside theirs.
    const contents = (s: Scenario) => canonicalJson({ ...s, name: '' });
    const sameName = (mine: string, theirs: string) => mine === theirs || (mine.startsWith(`${theirs} `) && /^ \d+$/.test(mine.slice(theirs.length)));
    const have = (s: Scenario) =>
      Object.entries(get().scenarios).find(([, m]) => sameName(m.name, s.name.slice(0, MAX_NAME_LENGTH).trim()) && contents(m) === contents(s))?.[0];
    const ids = shared.scenarios.map((s) => have(s) ?? get().addScenario(s, { activate: false, named: 'user' }));
    const baselineId = ids[shared.baseline] ?? get().baselineId;
    const opened = shared.compare.map((k) => ids[k]!).filter((id) => id !== baselineId);
    // A whole comparison replaces what is compared; a single scenario (no baseline of its own) joins it,
    // the oldest compared scenario making way when all places are taken.
    const compareIds = (shared.baseline < 0 ? [...get().compareIds.filter((id) => id !== baselineId), ...opened] : opened).slice(-MAX_COMPARED);
    // The baseline leads the tabs (workspace.ts); the user's former baseline stays, as an ordinary scenario.
    const order = [baselineId, ...get().order.filter((id) => id !== baselineId)];
    // A whole comparison opens as its sender saw it: in their view and colours. A single scenario joins what is on
    // screen, which stays as it is.
    const whole = shared.baseline >= 0;
    const colors = whole && shared.colors ? sharedColors(get().colors, ids, shared.colors, order, baselineId) : get().colors;
    set({ baselineId, compareIds, activeId: ids[shared.active] ?? baselineId, order, colors, ...(whole && shared.view ? { view: shared.view } : {}) });
    return ids;
  },
});
