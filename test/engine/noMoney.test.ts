/**
 * A programme with no money (no share of the budget, or no budget at all, and none of its own) runs no one: none of
 * its parameters is read, so isRead says so and sensitivity analysis leaves them out instead of drawing bars of
 * exactly 0. These tests hold that claim to the model, parameter by parameter, bit for bit; and show that each
 * programme's parameters do move numbers once it has money, so they can fail.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_SPEC, isRead, simulateReplication, type ParamSpec, type Scenario } from '../../src/engine/index';
import { hasMoney } from '../../src/engine/scenario/uncertainty';
import { PAYING_PROGRAMMES, type ProgrammeId } from '../../src/engine/scenario/groups/budget';
import { smallScenario } from './helpers';

const same = (a: Float64Array, b: Float64Array) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

/** A valid other value (between the minimum and the value where there is room) that the model would notice if it read it. */
function another(spec: ParamSpec, value: unknown): unknown {
  if (spec.kind === 'number') {
    const v = value as number;
    if (spec.integer) return v >= spec.min + 4 ? v - 3 : Math.min(spec.max, v + 4);
    return v > spec.min ? (v + spec.min) / 2 : Math.min(spec.max, spec.min + (spec.max - spec.min) / 2);
  }
  if (spec.kind === 'boolean') return !value;
  if (spec.kind === 'enum') return spec.options.find((o) => o !== value);
  throw new Error(`no other value for a ${spec.kind}`);
}

/** The programme's share moved to another paying programme (shares still sum to one). */
function withoutShare(s: Scenario, programme: ProgrammeId): void {
  const shares = { ...s.policy.budget.programmeShares };
  const to = programme === 'cash' ? 'stipend' : 'cash';
  shares[to] += shares[programme];
  shares[programme] = 0;
  s.policy.budget.programmeShares = shares;
}

const scenario = (edit: (s: Scenario) => void) => smallScenario(edit, 3000, 24);
const run = (edit: (s: Scenario) => void) => simulateReplication(scenario(edit), 1);

describe('a programme with no money reads none of its parameters', () => {
  for (const programme of PAYING_PROGRAMMES) {
    const specs = Object.entries(SCENARIO_SPEC[programme] as Record<string, ParamSpec>);
    const edit = (key: string, spec: ParamSpec) => (s: Scenario) => {
      const g = s.policy[programme] as Record<string, unknown>;
      g[key] = another(spec, g[key]);
    };
    it(`${programme}: with no share of the budget, its parameters move no number and are not read, but for those that serve others`, () => {
      const none = scenario((s) => withoutShare(s, programme));
      expect(hasMoney(none, programme)).toBe(false);
      const plain = run((s) => withoutShare(s, programme));
      for (const [key, spec] of specs) {
        const path = `policy.${programme}.${key}`;
        const moved = !same(plain, run((s) => (withoutShare(s, programme), edit(key, spec)(s))));
        // Read with no share: the categorical priority (it orders households for the other programmes' targeting)
        // and microfinance's opening fund (money of its own). Each is shown to move numbers here.
        const serves = path === 'policy.cash.categoricalBonus' || path === 'policy.microfinance.initialFundPKR';
        expect({ path, read: isRead(none, path), moved }).toEqual({ path, read: serves, moved: serves });
      }
    });

    it(`${programme}: with its default share, its parameters are read and move numbers`, () => {
      const plain = run(() => {});
      const moving = specs.filter(([key, spec]) => !same(plain, run(edit(key, spec))));
      expect(moving.length).toBeGreaterThan(0);
      const withMoney = scenario(() => {});
      expect(hasMoney(withMoney, programme)).toBe(true);
      for (const [key] of moving) expect(isRead(withMoney, `policy.${programme}.${key}`), key).toBe(true);
    });
  }

  it('no budget in any year: no programme has money and the categorical priority is not read, unless microfinance has an opening fund', () => {
    const zero = scenario((s) => { s.policy.budget.annualBn = [0]; });
    for (const programme of PAYING_PROGRAMMES) expect(hasMoney(zero, programme), programme).toBe(false);
    expect(isRead(zero, 'policy.cash.categoricalBonus')).toBe(false);
    const plain = simulateReplication(zero, 1);
    expect(same(plain, simulateReplication(scenario((s) => { s.policy.budget.annualBn = [0]; s.policy.cash.categoricalBonus = 20; }), 1))).toBe(true);
    // A top-up of existing recipients is paid from the cash share: with no budget it pays nothing.
    expect(same(plain, simulateReplication(scenario((s) => { s.policy.budget.annualBn = [0]; s.policy.cash.existingTopUpPKR = 500; }), 1))).toBe(true);
    const fund = scenario((s) => { s.policy.budget.annualBn = [0]; s.policy.microfinance.initialFundPKR = 1e9; });
    expect(hasMoney(fund, 'microfinance')).toBe(true);
    expect(isRead(fund, 'policy.microfinance.borrowerRatePct')).toBe(true);
    expect(isRead(fund, 'policy.cash.categoricalBonus')).toBe(true);
    expect(same(plain, simulateReplication(fund, 1))).toBe(false);
    // An opening fund of 0 that is uncertain: its draws are money, so what they lend with is read.
    const drawnFund = scenario((s) => {
      s.policy.budget.annualBn = [0];
      s.uncertainty = { 'policy.microfinance.initialFundPKR': { dist: 'uniform', low: 0, high: 1e9 } };
    });
    expect(hasMoney(drawnFund, 'microfinance')).toBe(true);
    expect(isRead(drawnFund, 'policy.microfinance.borrowerRatePct')).toBe(true);
  });
});
