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

  // Bug: the shared scenarios took whatever places were free on the recipient's screen (the sender's blue Rs 80 bn
  // came out purple beside the recipient's own blue Rs 80 bn), so the sender's slides and the recipient's charts disagreed.
  it('the shared scenarios take the sender\u2019s colour places; the recipient\u2019s own that held them move to free places, no other is recoloured', () => {
    const store = createAppStore();
    const st0 = store.getState();
    const [baselineId, s80, s100, s120] = st0.order as [string, string, string, string];
    const mine = st0.addScenario(make('opportunity'), { activate: false });
    expect(store.getState().colors).toEqual({ [baselineId]: 0, [s80]: 1, [s100]: 2, [s120]: 3, [mine]: 4 });
    const theirs80 = make('bn80');
    theirs80.run.seed = 99;
    // The sender saw their Rs 80 bn (new to the recipient) in place 1, Cash heavy (new) in 3, and Rs 120 bn (the
    // recipient has it: same name and contents) in 2.
    const shared: SharedComparison = {
      engineVersion: 'x', scenarios: [make('baseline'), theirs80, make('cash'), make('bn120')], baseline: 0, compare: [1, 2, 3], active: 1, colors: [0, 1, 3, 2],
    };
    const ids = store.getState().openComparison(shared);
    expect(ids[0]).toBe(baselineId);
    expect(ids[3]).toBe(s120);
    const { colors } = store.getState();
    // The shared ones as the sender saw them, the one the recipient had too; the baseline grey.
    expect(ids.map((id) => colors[id])).toEqual([0, 1, 3, 2]);
    // The recipient's Rs 80 bn and Rs 100 bn held places 1 and 2: they take the first free ones, in tab order; their
    // own Opportunity scenario, in a place nobody shared, keeps it.
    expect(colors[mine]).toBe(4);
    expect(colors[s80]).toBe(5);
    expect(colors[s100]).toBe(6);
    expect(new Set(Object.values(colors)).size).toBe(store.getState().order.length);
  });

  // A guard (it passes on the code before colours were carried): what carries no colours opens as it always did.
  it('a link without colours (made before they were carried), or a single scenario, settles colours as before: new ones take free places', () => {
    const store = createAppStore();
    const before = store.getState().colors;
    const theirs80 = make('bn80');
    theirs80.run.seed = 99;
    const [baselineId, s80] = store.getState().order as [string, string];
    const [, id80] = store.getState().openComparison({ engineVersion: 'x', scenarios: [make('baseline'), theirs80], baseline: 0, compare: [1], active: 1 });
    expect(store.getState().colors).toEqual({ ...before, [id80!]: 4 });
    // A single scenario from a file has no colour of its own to bring, whatever it is given.
    const [one] = store.getState().openComparison({ engineVersion: 'x', scenarios: [make('cash')], baseline: -1, compare: [0], active: 0, colors: [1], view: 'compare' });
    expect(store.getState().colors).toMatchObject({ [baselineId]: 0, [s80]: 1, [one!]: 5 });
    expect(store.getState().view).toBe('results');
  });

  // Bug: the recipient stayed on whatever view they had (Overlaid in a fresh browser), not the one the sender shared.
  it('a whole comparison opens on the sender\u2019s view; one that carries none leaves the view as it was', () => {
    const store = createAppStore();
    const shared: SharedComparison = { engineVersion: 'x', scenarios: [make('baseline'), make('cash')], baseline: 0, compare: [1], active: 1 };
    store.getState().openComparison({ ...shared, view: 'compare' });
    expect(store.getState().view).toBe('compare');
    store.getState().setView('assumptions');
    store.getState().openComparison(shared);
    expect(store.getState().view).toBe('assumptions');
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
