// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../../src/state/store';
import { edited } from '../../src/state/naming';

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});

const TAKE_UP = 'policy.cash.takeUp';

describe('setUncertainty(id, path, distribution)', () => {
  it('marks a parameter uncertain, validates the distribution, and unmarks it', () => {
    const id = store.getState().activeId;
    const scenario = () => store.getState().scenarios[id]!;
    expect(store.getState().setUncertainty(id, TAKE_UP, { dist: 'uniform', low: 0.7, high: 1 })).toEqual([]);
    expect(scenario().uncertainty).toEqual({ [TAKE_UP]: { dist: 'uniform', low: 0.7, high: 1 } });
    // An invalid distribution is refused with the validator's issue by path, and the last valid scenario stays.
    const issues = store.getState().setUncertainty(id, TAKE_UP, { dist: 'uniform', low: 0.7, high: 0.6 });
    expect(issues.map((i) => i.path)).toEqual([`uncertainty.${TAKE_UP}.high`]);
    expect(scenario().uncertainty[TAKE_UP]).toEqual({ dist: 'uniform', low: 0.7, high: 1 });
    expect(store.getState().setUncertainty(id, TAKE_UP, null)).toEqual([]);
    expect(scenario().uncertainty).toEqual({});
  });

  it('leaves a generated name as it is, and shows a given name as edited', () => {
    const auto = store.getState().activeId;
    store.getState().setUncertainty(auto, TAKE_UP, { dist: 'triangular', low: 0.7, mode: 0.9, high: 1 });
    expect(store.getState().scenarios[auto]!.name).toBe('Rs 80 bn a year');
    const id = store.getState().createFromPreset('cash');
    const st = () => store.getState();
    expect(edited(st().scenarios[id]!, st().meta[id])).toBe(false);
    st().setUncertainty(id, TAKE_UP, { dist: 'uniform', low: 0.7, high: 1 });
    expect(edited(st().scenarios[id]!, st().meta[id])).toBe(true);
    st().setUncertainty(id, TAKE_UP, null);
    expect(edited(st().scenarios[id]!, st().meta[id])).toBe(false);
  });

  it('a group reset takes back the uncertainty of that group’s parameters only', () => {
    const id = store.getState().activeId;
    store.getState().setUncertainty(id, TAKE_UP, { dist: 'uniform', low: 0.7, high: 1 });
    store.getState().setUncertainty(id, 'world.existingCash.benefitPKR', { dist: 'uniform', low: 1500, high: 2500 });
    expect(store.getState().resetGroup(id, 'cash')).toEqual([]);
    expect(Object.keys(store.getState().scenarios[id]!.uncertainty)).toEqual(['world.existingCash.benefitPKR']);
  });
});
