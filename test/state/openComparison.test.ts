// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { presetById } from '../../src/state/presets';
import { decodeShareFragment, encodeShareFragment, type SharedComparison } from '../../src/state/shareLink';

const make = (id: string) => presetById(id)!.make();

describe('store.openComparison(shared)', () => {
  it('adds the shared scenarios beside the user\'s own, untouched, and puts the shared comparison on screen', () => {
    const store = createAppStore();
    store.getState().rename(store.getState().activeId, 'My plan');
    const before = structuredClone({ scenarios: store.getState().scenarios, meta: store.getState().meta, baselineId: store.getState().baselineId });
    const s80 = make('bn80');
    s80.run.seed = 99;
    const shared: SharedComparison = { engineVersion: 'x', scenarios: [make('baseline'), s80, make('cash')], baseline: 0, compare: [1, 2], active: 1 };
    const ids = store.getState().openComparison(shared);
    const st = store.getState();
    expect(ids).toHaveLength(3);
    // Every scenario the user had is still there, exactly as it was.
    for (const [id, s] of Object.entries(before.scenarios)) expect(st.scenarios[id]).toEqual(s);
    for (const [id, m] of Object.entries(before.meta)) expect(st.meta[id]).toEqual(m);
    // The shared baseline is the user's own (same name and contents): no copy. The others get unique names (the user
    // renamed their Rs 80 bn, so that name is free); their contents are exactly what was shared.
    expect(ids.map((id) => st.scenarios[id]!.name)).toEqual(['Status quo (no new programmes)', 'Rs 80 bn a year', 'Cash heavy']);
    expect(ids[0]).toBe(before.baselineId);
    ids.forEach((id, k) => expect({ ...st.scenarios[id]!, name: '' }).toEqual({ ...shared.scenarios[k]!, name: '' }));
    expect(st.scenarios[ids[1]!]!.run.seed).toBe(99);
    expect(st.baselineId).toBe(ids[0]);
    expect(st.compareIds).toEqual([ids[1], ids[2]]);
    expect(st.activeId).toBe(ids[1]);
    expect(st.order[0]).toBe(ids[0]);
    expect(st.order).toHaveLength(6);
  });

  it('a single scenario (baseline -1) opens as the active one, compared with the current baseline beside what was compared', () => {
    const store = createAppStore();
    const baselineId = store.getState().baselineId;
    const before = store.getState().compareIds;
    const [id] = store.getState().openComparison({ engineVersion: 'x', scenarios: [make('opportunity')], baseline: -1, compare: [0], active: 0 });
    const st = store.getState();
    expect(st.baselineId).toBe(baselineId);
    expect(st.activeId).toBe(id);
    expect(st.compareIds).toEqual([...before, id!].slice(-4));
    expect(st.compareIds).toContain(id);
  });

  it('a link made from a store opens in a fresh store with the same scenarios, seeds and settings', () => {
    const a = createAppStore();
    const st = a.getState();
    const ids = [st.baselineId, ...st.compareIds];
    const shared: SharedComparison = { engineVersion: 'x', scenarios: ids.map((id) => st.scenarios[id]!), baseline: 0, compare: [1, 2, 3], active: 1 };
    const o = decodeShareFragment(`#${encodeShareFragment(shared)}`, 'x');
    if (!o.ok) throw new Error(o.problems.join('\n'));
    const b = createAppStore();
    const opened = b.getState().openComparison(o.comparison);
    opened.forEach((id, k) => expect({ ...b.getState().scenarios[id]!, name: '' }).toEqual({ ...shared.scenarios[k]!, name: '' }));
  });
});
