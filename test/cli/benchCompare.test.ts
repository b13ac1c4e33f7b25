// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultComparison, passesSimulated } from '../../src/cli/benchCompare';
import { createAppStore } from '../../src/state/store';

describe('defaultComparison(households, months, replications)', () => {
  it('is the comparison the app opens on, at the size asked for', () => {
    const scenarios = defaultComparison(20000, 36, 50);
    const st = createAppStore().getState();
    expect(scenarios.map((s) => s.name)).toEqual(st.order.map((id) => st.scenarios[id]!.name));
    expect(scenarios.map((s) => s.policy.budget.annualBn)).toEqual([[0], [80], [100], [120]]);
    for (const s of scenarios) expect(s.run).toMatchObject({ households: 20000, months: 36, replications: 50 });
  });
});

describe('passesSimulated(scenarios)', () => {
  it('counts the status quo once and each policy that does something', () => {
    const [baseline, ...budgets] = defaultComparison(600, 12, 1);
    expect(passesSimulated([baseline!, ...budgets])).toBe(4);
    expect(passesSimulated([budgets[0]!])).toBe(2);
    expect(passesSimulated([baseline!])).toBe(1);
    expect(passesSimulated([{ ...budgets[0]!, run: { ...budgets[0]!.run, counterfactual: false } }])).toBe(2);
    expect(passesSimulated([])).toBe(0);
  });
});
