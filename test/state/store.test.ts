// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { MAX_COMPARED } from '../../src/state/scenariosSlice';
import { edited } from '../../src/state/naming';

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
    // A generated name stays generated, made unique; a given name gets "(copy)".
    expect(st.scenarios[id]!.name).toBe('Rs 80 bn a year 2');
    expect(st.scenarios[again]!.name).toBe('Rs 80 bn a year 3');
    const cash = st.createFromPreset('cash');
    const c1 = store.getState().duplicate(cash);
    const c2 = store.getState().duplicate(cash);
    expect(store.getState().scenarios[c1]!.name).toBe('Cash heavy (copy)');
    expect(store.getState().scenarios[c2]!.name).toBe('Cash heavy (copy) 2');
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

  // Bug: Open as scenario added its proposal with `compare: true`, which left it out of a full comparison (its box
  // unticked and greyed out) while the README said it opened compared.
  it(`addScenario with compare 'makeWay' joins a full comparison, the oldest compared other than the active one making way`, () => {
    const st = store.getState();
    const active = st.activeId;
    st.createFromPreset('cash');
    st.setActive(active);
    const full = store.getState().compareIds;
    expect(full).toHaveLength(MAX_COMPARED);
    expect(full[0]).toBe(active);
    const scenario = store.getState().scenarios[active]!;
    const id = store.getState().addScenario({ ...scenario, name: `${scenario.name} (optimised)` }, { compare: 'makeWay' });
    // The scenario it was made from (active) stays, to be compared with it; the next oldest goes.
    expect(store.getState().compareIds).toEqual([active, ...full.slice(2), id]);
    expect(store.getState().activeId).toBe(id);
    // With the active one not compared, the oldest goes; with a place free, none does.
    store.getState().setActive(store.getState().baselineId);
    const before = store.getState().compareIds;
    const next = store.getState().addScenario(scenario, { compare: 'makeWay' });
    expect(store.getState().compareIds).toEqual([...before.slice(1), next]);
    store.getState().toggleCompare(next);
    const third = store.getState().addScenario(scenario, { compare: 'makeWay' });
    expect(store.getState().compareIds).toEqual([...before.slice(1), third]);
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

describe('scenario names and identity', () => {
  it('a generated name follows the budget and split until the user renames the scenario', () => {
    const id = store.getState().activeId;
    expect(store.getState().scenarios[id]!.name).toBe('Rs 80 bn a year');
    store.getState().setParam(id, 'budget', 'annualBn', [1000]);
    expect(store.getState().scenarios[id]!.name).toBe('Rs 1,000 bn a year');
    store.getState().setParam(id, 'budget', 'annualBn', [80, 100, 120]);
    expect(store.getState().scenarios[id]!.name).toBe('Rs 80 → 100 → 120 bn');
    store.getState().setParam(id, 'budget', 'programmeShares', { cash: 0.8, stipend: 0.1, microfinance: 0.025, training: 0.0125, farm: 0.0125, admin: 0.05 });
    expect(store.getState().scenarios[id]!.name).toBe('Rs 80 → 100 → 120 bn, custom split');
    expect(store.getState().rename(id, 'Cabinet plan')).toEqual([]);
    store.getState().setParam(id, 'budget', 'annualBn', [90]);
    expect(store.getState().scenarios[id]!.name).toBe('Cabinet plan');
  });

  it("a generated name never repeats another scenario's: a number is appended", () => {
    const st = store.getState();
    const [, a, b] = st.order;
    st.setParam(b!, 'budget', 'annualBn', [80]);
    expect(store.getState().scenarios[a!]!.name).toBe('Rs 80 bn a year');
    expect(store.getState().scenarios[b!]!.name).toBe('Rs 80 bn a year 2');
    // The baseline given a budget is no longer called the status quo.
    store.getState().setParam(st.baselineId, 'budget', 'annualBn', [5]);
    expect(store.getState().scenarios[st.baselineId]!.name).toBe('Rs 5 bn a year');
  });

  it('refuses a name another scenario has, or one that is too long, and keeps the old name', () => {
    const st = store.getState();
    const id = st.activeId;
    expect(st.rename(id, 'Rs 100 bn a year')[0]!.message).toMatch(/taken by another scenario/);
    // Whatever its case and spacing: the message names the scenario that has it.
    expect(st.rename(id, ' rs 100 BN  a year ')[0]!.message).toBe('“Rs 100 bn a year” is taken by another scenario');
    expect(st.rename(id, 'x'.repeat(61))[0]!.message).toMatch(/keep it to 60/);
    expect(store.getState().scenarios[id]!.name).toBe('Rs 80 bn a year');
  });

  it('shows a given name as edited once the contents drift from what it was given for', () => {
    const id = store.getState().createFromPreset('cash');
    const meta = () => store.getState().meta[id];
    const scenario = () => store.getState().scenarios[id]!;
    expect(scenario().name).toBe('Cash heavy');
    expect(edited(scenario(), meta())).toBe(false);
    store.getState().setParam(id, 'cash', 'benefitPKR', 3000);
    expect(scenario().name).toBe('Cash heavy');
    expect(edited(scenario(), meta())).toBe(true);
    // Renaming gives the name to the contents as they are now.
    store.getState().rename(id, 'Cash heavy, bigger grant');
    expect(edited(scenario(), meta())).toBe(false);
    // A generated name is never "edited": it follows.
    const auto = store.getState().order[1]!;
    store.getState().setParam(auto, 'cash', 'benefitPKR', 3000);
    expect(edited(store.getState().scenarios[auto]!, store.getState().meta[auto])).toBe(false);
  });

  it('reset goes back to what the scenario was created as, and can be undone', () => {
    const id = store.getState().createFromPreset('cash');
    store.getState().setParam(id, 'cash', 'benefitPKR', 3000);
    store.getState().rename(id, 'Mine');
    store.getState().resetScenario(id);
    const st = store.getState();
    // The preset's split and grant are back (not the defaults'), and the user's name stays.
    expect(st.scenarios[id]!.policy.budget.programmeShares.cash).toBe(0.8);
    expect(st.scenarios[id]!.policy.cash.benefitPKR).toBe(2000);
    expect(st.scenarios[id]!.name).toBe('Mine');
    st.undoReset();
    expect(store.getState().scenarios[id]!.policy.cash.benefitPKR).toBe(3000);
    expect(store.getState().lastReset).toBeNull();
    // A duplicate resets to what it was duplicated from.
    const copy = store.getState().duplicate(id);
    store.getState().setParam(copy, 'cash', 'benefitPKR', 2200);
    store.getState().resetScenario(copy);
    expect(store.getState().scenarios[copy]!.policy.cash.benefitPKR).toBe(3000);
  });

  it('a group reset can be undone: every field of the group, its uncertainty and the name that followed them', () => {
    const id = store.getState().activeId;
    expect(store.getState().scenarios[id]!.name).toBe('Rs 80 bn a year');
    const shares = { cash: 0.6, stipend: 0.1, microfinance: 0.1, training: 0.1, farm: 0.05, admin: 0.05 };
    expect(store.getState().setParam(id, 'budget', 'programmeShares', shares)).toEqual([]);
    expect(store.getState().setUncertainty(id, 'policy.budget.backwardWeight', { dist: 'uniform', low: 2, high: 5 })).toEqual([]);
    const before = store.getState().scenarios[id]!;
    expect(store.getState().resetGroup(id, 'budget')).toEqual([]);
    expect(store.getState().scenarios[id]!.policy.budget.annualBn).toEqual([80, 100, 120]);
    expect(store.getState().scenarios[id]!.name).not.toBe('Rs 80 bn a year');
    expect(store.getState().lastReset).toMatchObject({ id, group: 'budget' });
    store.getState().undoReset();
    expect(store.getState().scenarios[id]).toEqual(before);
    expect(store.getState().lastReset).toBeNull();
    // The name still follows the contents after the undo.
    store.getState().setParam(id, 'budget', 'annualBn', [90]);
    expect(store.getState().scenarios[id]!.name).toBe('Rs 90 bn a year, custom split');
  });

  it('undoing a group reset puts back only that group: an edit made elsewhere since is kept', () => {
    const id = store.getState().activeId;
    expect(store.getState().setParam(id, 'cash', 'benefitPKR', 3000)).toEqual([]);
    expect(store.getState().resetGroup(id, 'cash')).toEqual([]);
    expect(store.getState().scenarios[id]!.policy.cash.benefitPKR).toBe(2000);
    expect(store.getState().setParam(id, 'microfinance', 'loanCapPKR', 90_000)).toEqual([]);
    store.getState().undoReset();
    expect(store.getState().scenarios[id]!.policy.cash.benefitPKR).toBe(3000);
    expect(store.getState().scenarios[id]!.policy.microfinance.loanCapPKR).toBe(90_000);
    expect(store.getState().lastReset).toBeNull();
  });

  it('a second reset, of a scenario already as created, keeps the first one to undo (bug: it replaced it, and Undo put back nothing)', () => {
    const id = store.getState().order[3]!;
    expect(store.getState().setParam(id, 'budget', 'annualBn', [80, 100, 120])).toEqual([]);
    store.getState().resetScenario(id);
    expect(store.getState().scenarios[id]!.policy.budget.annualBn).toEqual([120]);
    const first = store.getState().lastReset;
    store.getState().resetScenario(id);
    expect(store.getState().lastReset).toBe(first);
    store.getState().undoReset();
    expect(store.getState().scenarios[id]!.policy.budget.annualBn).toEqual([80, 100, 120]);
  });

  it('a second group reset, of a group already at its defaults, keeps the first one to undo', () => {
    const id = store.getState().activeId;
    expect(store.getState().setParam(id, 'cash', 'benefitPKR', 3000)).toEqual([]);
    expect(store.getState().resetGroup(id, 'cash')).toEqual([]);
    const first = store.getState().lastReset;
    expect(store.getState().resetGroup(id, 'cash')).toEqual([]);
    // Nor does another group already at its defaults, or the whole scenario, now as created, take its place.
    expect(store.getState().resetGroup(id, 'microfinance')).toEqual([]);
    store.getState().resetScenario(id);
    expect(store.getState().lastReset).toBe(first);
    store.getState().undoReset();
    expect(store.getState().scenarios[id]!.policy.cash.benefitPKR).toBe(3000);
  });

  it('a refused group reset leaves nothing to undo', () => {
    const id = store.getState().baselineId;
    store.getState().setParam(id, 'run', 'months', 60);
    store.getState().setParam(id, 'shocks', 'flood2022', true);
    store.getState().setParam(id, 'shocks', 'floodMonth', 48);
    expect(store.getState().resetGroup(id, 'run')).not.toEqual([]);
    expect(store.getState().lastReset).toBeNull();
  });
});
