/**
 * A parameter marked `onlyWhen` is read only when its sibling has one of the
 * listed values: the editor greys it out otherwise and says so. These tests
 * hold each such claim to the model: with the condition unmet, another value
 * of the parameter changes no number of a replication, bit for bit; with it
 * met, the same change does change the numbers (so the test can fail, and
 * the condition names the right sibling and values).
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_SPEC, groupPath, simulateReplication, type GroupId, type ParamSpec, type Scenario } from '../../src/engine/index';
import { smallScenario } from './helpers';

type Marked = { group: GroupId; key: string; spec: ParamSpec & { onlyWhen: NonNullable<ParamSpec['onlyWhen']> } };

const MARKED: Marked[] = (Object.keys(SCENARIO_SPEC) as GroupId[]).flatMap((group) =>
  Object.entries(SCENARIO_SPEC[group] as Record<string, ParamSpec>)
    .filter(([, spec]) => spec.onlyWhen)
    .map(([key, spec]) => ({ group, key, spec: spec as Marked['spec'] })),
);

/** The object a group's values sit in (scenario.policy.budget, scenario.world.shocks, …). */
function groupOf(s: Scenario, group: GroupId): Record<string, unknown> {
  return groupPath(group).split('.').reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, s as unknown as Record<string, unknown>);
}

/** A valid value other than `value` that the model would notice if it read the parameter. */
function another(spec: ParamSpec, value: unknown): unknown {
  if (spec.kind === 'number') {
    const v = value as number;
    if (spec.integer) return Math.max(spec.min, Math.min(spec.max, v <= spec.min + 4 ? v + 4 : v - 8));
    // Well below the value where there is room (a cut-off that binds, a smaller loss), else well above it.
    const range = spec.max - spec.min;
    return v - spec.min > 0.15 * range ? spec.min + 0.05 * range : spec.min + 0.8 * range;
  }
  if (spec.kind === 'record') {
    const rec = value as Record<string, number>;
    const keys = Object.keys(rec);
    // Shares that must sum to one: the same values, moved one key along; others: each halved, plus a little.
    return spec.sumsToOne ? Object.fromEntries(keys.map((k, i) => [k, rec[keys[(i + 1) % keys.length]!]!])) : Object.fromEntries(keys.map((k) => [k, rec[k]! / 2 + 0.05]));
  }
  if (spec.kind === 'array') return (value as number[]).map((v) => Math.min(spec.max, v + 15));
  throw new Error(`no alternative value for a ${spec.kind} parameter`);
}

/** The first value of the sibling's kind that is not in `is` (the condition unmet), or the first that is (met). */
function siblingValue(group: GroupId, m: Marked, met: boolean): unknown {
  const sibling = (SCENARIO_SPEC[group] as Record<string, ParamSpec>)[m.spec.onlyWhen.key]!;
  const values: readonly (string | boolean)[] = sibling.kind === 'boolean' ? [false, true] : sibling.kind === 'enum' ? sibling.options : [];
  const v = values.find((x) => m.spec.onlyWhen.is.includes(x) === met);
  if (v === undefined) throw new Error(`${m.key}: no value of ${m.spec.onlyWhen.key} ${met ? 'meets' : 'misses'} the condition`);
  return v;
}

function run(m: Marked, met: boolean, changed: boolean): Float64Array {
  const s = smallScenario((sc) => {
    const g = groupOf(sc, m.group);
    g[m.spec.onlyWhen.key] = siblingValue(m.group, m, met);
    if (changed) g[m.key] = another(m.spec, g[m.key]);
  }, 3000, 24);
  return simulateReplication(s, 1);
}

const same = (a: Float64Array, b: Float64Array) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

describe('parameters read only under a condition (spec onlyWhen)', () => {
  it('are marked where the model has such conditions, each on a sibling of its own group', () => {
    expect(MARKED.map((m) => `${groupPath(m.group)}.${m.key}`).sort()).toEqual([
      'policy.budget.backwardWeight', 'policy.budget.customRegionShares', 'policy.cash.pmtCutoff',
      'world.prices.indexation', 'world.prices.inflationPct', 'world.prices.poorExtraInflationPct', 'world.shocks.floodAffected', 'world.shocks.floodLoss', 'world.shocks.floodMonth', 'world.shocks.floodRecovery',
    ]);
    for (const m of MARKED) expect(Object.keys(SCENARIO_SPEC[m.group]), m.key).toContain(m.spec.onlyWhen.key);
  });

  for (const m of MARKED) {
    it(`${groupPath(m.group)}.${m.key}: changes nothing unless ${m.spec.onlyWhen.key} is ${m.spec.onlyWhen.is.join(' or ')}, and changes the numbers when it is`, () => {
      expect(same(run(m, false, true), run(m, false, false)), 'condition unmet: another value changed a number').toBe(true);
      expect(same(run(m, true, true), run(m, true, false)), 'condition met: another value changed nothing').toBe(false);
    });
  }
});
