// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { MAX_COMPARED } from '../../src/state/scenariosSlice';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});

describe('the app store', () => {
  it('starts with the default comparison: baseline vs Rs 80, 100 and 120 bn a year', () => {
    const st = store.getState();
    expect(st.order.map((id) => st.scenarios[id]!.name)).toEqual(['Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year']);
    expect(st.scenarios[st.baselineId]!.policy.budget.annualBn).toEqual([0]);
    expect(st.compareIds).toHaveLength(3);
    expect(st.activeId).toBe(st.order[1]);
  });

  it('duplicate(id) copies the scenario under a new unique name and activates it', () => {
    const src = store.getState().activeId;
    const id = store.getState().duplicate(src);
    const again = store.getState().duplicate(src);
    const st = store.getState();
    expect(st.scenarios[id]!.name).toBe('Rs 80 bn a year (copy)');
    expect(st.scenarios[again]!.name).toBe('Rs 80 bn a year (copy) 2');
    expect(st.scenarios[id]!.policy.budget).toEqual(st.scenarios[src]!.policy.budget);
    expect(st.activeId).toBe(again);
  });

  it('setParam applies a valid value and leaves the scenario untouched on an invalid one', () => {
    const id = store.getState().activeId;
    expect(store.getState().setParam(id, 'cash', 'benefitPKR', 2500)).toEqual([]);
    expect(store.getState().scenarios[id]!.policy.cash.benefitPKR).toBe(2500);
    const before = store.getState().scenarios[id];
    const issues = store.getState().setParam(id, 'cash', 'benefitPKR', -1);
    expect(issues[0]!.path).toBe('policy.cash.benefitPKR');
    expect(store.getState().scenarios[id]).toBe(before);
  });

  it('rename rejects an empty name and keeps the old one', () => {
    const id = store.getState().activeId;
    expect(store.getState().rename(id, '   ')).toHaveLength(1);
    expect(store.getState().scenarios[id]!.name).toBe('Rs 80 bn a year');
    expect(store.getState().rename(id, 'Plan A')).toEqual([]);
    expect(store.getState().scenarios[id]!.name).toBe('Plan A');
  });

  it('remove(id) deletes a scenario but never the baseline, and others survive', () => {
    const st = store.getState();
    const [baseline, a, b] = st.order;
    st.remove(baseline!);
    expect(store.getState().scenarios[baseline!]).toBeDefined();
    store.getState().setActive(a!);
    store.getState().remove(a!);
    const after = store.getState();
    expect(after.scenarios[a!]).toBeUndefined();
    expect(after.scenarios[b!]).toBeDefined();
    expect(after.compareIds).not.toContain(a);
    expect(after.activeId).toBe(baseline);
  });

  it(`compares at most ${MAX_COMPARED} scenarios`, () => {
    const st = store.getState();
    st.createFromPreset('cash');
    st.createFromPreset('opportunity');
    expect(store.getState().compareIds).toHaveLength(MAX_COMPARED);
    const extra = store.getState().order.at(-1)!;
    expect(store.getState().compareIds).not.toContain(extra);
    store.getState().toggleCompare(store.getState().compareIds[0]!);
    store.getState().toggleCompare(extra);
    expect(store.getState().compareIds).toContain(extra);
  });

  it('resetGroup refuses a reset that would make the rest of the scenario invalid', () => {
    const id = store.getState().baselineId;
    expect(store.getState().setParam(id, 'run', 'months', 60)).toEqual([]);
    expect(store.getState().setParam(id, 'shocks', 'flood2022', true)).toEqual([]);
    expect(store.getState().setParam(id, 'shocks', 'floodMonth', 48)).toEqual([]);
    const issues = store.getState().resetGroup(id, 'run');
    expect(issues.map((i) => i.path)).toEqual(['world.shocks.floodMonth']);
    expect(store.getState().scenarios[id]!.run.months).toBe(60);
  });

  it('resetGroup restores one group and resetScenario everything but the name', () => {
    const id = store.getState().activeId;
    store.getState().setParam(id, 'cash', 'benefitPKR', 3000);
    store.getState().setParam(id, 'training', 'costPKR', 50000);
    store.getState().resetGroup(id, 'cash');
    expect(store.getState().scenarios[id]!.policy.cash.benefitPKR).toBe(2000);
    expect(store.getState().scenarios[id]!.policy.training.costPKR).toBe(50000);
    store.getState().rename(id, 'Mine');
    store.getState().resetScenario(id);
    expect(store.getState().scenarios[id]!.policy.training.costPKR).toBe(40000);
    expect(store.getState().scenarios[id]!.name).toBe('Mine');
  });
});
