import type { ParamSpec } from './spec';
import { DEFAULT_UNCERTAINTY } from './defaultUncertainty';
import { POLICY_SPEC, RUN_SPEC, SCENARIO_SPEC, SCENARIO_VERSION, WORLD_SPEC, type GroupId, type Scenario } from './types';

function defaultValue(spec: ParamSpec): unknown {
  switch (spec.kind) {
    case 'array':
      return [...spec.default];
    case 'record':
      return { ...spec.default };
    default:
      return spec.default;
  }
}

function valuesOf(specs: Readonly<Record<string, ParamSpec>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, defaultValue(spec)]));
}

/** Default values for one group, as a fresh object. */
export function groupDefaults(group: GroupId): Record<string, unknown> {
  return valuesOf(SCENARIO_SPEC[group] as Readonly<Record<string, ParamSpec>>);
}

/** The default scenario: Rs 80 → 100 → 120 bn over three years on the default split, on top of the status quo. */
export function defaultScenario(name = 'Rs 80 → 120 bn, default split'): Scenario {
  const part = (spec: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(spec).map((g) => [g, groupDefaults(g as GroupId)]));
  return {
    version: SCENARIO_VERSION,
    name,
    policy: part(POLICY_SPEC),
    world: part(WORLD_SPEC),
    run: valuesOf(RUN_SPEC),
    uncertainty: structuredClone(DEFAULT_UNCERTAINTY) as Scenario['uncertainty'],
    households: null,
  } as Scenario;
}

/** The baseline: the status quo (the existing cash transfer keeps paying), with no new budget. */
export function baselineScenario(): Scenario {
  const s = defaultScenario('Status quo (no new programmes)');
  s.policy.budget.annualBn = [0];
  return s;
}
