/**
 * Scenarios: the baseline and any number of named scenarios, changed only
 * through these actions. A parameter change is validated on the whole
 * scenario first and applied only if valid, so the engine never sees an
 * invalid value; the caller gets the issues to show inline.
 */
import type { StateCreator } from 'zustand';
import { groupDefaults, groupValues, validateScenario, withGroup, type GroupId, type Scenario, type ValidationIssue } from '../engine/index';
import { presetById } from './presets';
import type { Store } from './store';
import type { Workspace } from './workspace';

export const MAX_COMPARED = 4;

/** The scenario state is exactly what a saved workspace holds (see workspace.ts), plus actions. */
export interface ScenariosSlice extends Workspace {
  addScenario(scenario: Scenario, opts?: { activate?: boolean; compare?: boolean }): string;
  createFromPreset(presetId: string): string;
  duplicate(id: string): string;
  rename(id: string, name: string): ValidationIssue[];
  remove(id: string): void;
  setActive(id: string): void;
  toggleCompare(id: string): void;
  setParam(id: string, group: GroupId, key: string, value: unknown): ValidationIssue[];
  replaceScenario(id: string, next: unknown): ValidationIssue[];
  /** Reset one group; refused (with the issues) if the rest of the scenario would then be invalid. */
  resetGroup(id: string, group: GroupId): ValidationIssue[];
  resetScenario(id: string): void;
}

export const createScenariosSlice: StateCreator<Store, [], [], ScenariosSlice> = (set, get) => ({
  scenarios: {},
  order: [],
  baselineId: '',
  activeId: '',
  compareIds: [],
  nextId: 1,

  addScenario(scenario, opts = {}) {
    const id = `s${get().nextId}`;
    set((st) => ({
      nextId: st.nextId + 1,
      scenarios: { ...st.scenarios, [id]: scenario },
      order: [...st.order, id],
      activeId: opts.activate === false ? st.activeId : id,
      compareIds: opts.compare && st.compareIds.length < MAX_COMPARED ? [...st.compareIds, id] : st.compareIds,
    }));
    return id;
  },

  createFromPreset(presetId) {
    const preset = presetById(presetId);
    if (!preset) throw new Error(`unknown preset ${presetId}`);
    return get().addScenario(preset.make(), { compare: true });
  },

  duplicate(id) {
    const src = get().scenarios[id];
    if (!src) throw new Error(`unknown scenario ${id}`);
    const copy = structuredClone(src);
    copy.name = uniqueName(`${src.name} (copy)`, Object.values(get().scenarios));
    return get().addScenario(copy, { compare: true });
  },

  rename(id, name) {
    return get().replaceScenario(id, { ...get().scenarios[id], name: name.trim() });
  },

  remove(id) {
    const st = get();
    if (id === st.baselineId || !st.scenarios[id]) return;
    const { [id]: _gone, ...rest } = st.scenarios;
    const order = st.order.filter((x) => x !== id);
    set({
      scenarios: rest,
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

  replaceScenario(id, input) {
    const v = validateScenario(input);
    if (!v.ok) return v.issues;
    set((st) => ({ scenarios: { ...st.scenarios, [id]: v.scenario } }));
    return [];
  },

  resetGroup(id, group) {
    const s = get().scenarios[id];
    if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
    return get().replaceScenario(id, withGroup(s, group, groupDefaults(group)));
  },

  resetScenario(id) {
    const s = get().scenarios[id];
    if (!s) return;
    const fresh = presetById(id === get().baselineId ? 'baseline' : 'path')!.make();
    fresh.name = s.name;
    set((st) => ({ scenarios: { ...st.scenarios, [id]: fresh } }));
  },
});

export function uniqueName(wanted: string, existing: readonly Scenario[]): string {
  const names = new Set(existing.map((s) => s.name));
  if (!names.has(wanted)) return wanted;
  for (let k = 2; ; k++) if (!names.has(`${wanted} ${k}`)) return `${wanted} ${k}`;
}
