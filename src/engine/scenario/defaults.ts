import type { ParamSpec } from './spec';
import { SCENARIO_SPEC, SCENARIO_VERSION, type GroupId, type Scenario } from './types';

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

/** Default values for one group, as a fresh object. */
export function groupDefaults<G extends GroupId>(group: G): Scenario[G] {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(SCENARIO_SPEC[group])) out[key] = defaultValue(spec as ParamSpec);
  return out as Scenario[G];
}

/** The default scenario: Rs 80 → 100 → 120 bn over three years on the default split. */
export function defaultScenario(name = 'Rs 80 → 120 bn, default split'): Scenario {
  const groups = Object.fromEntries(
    (Object.keys(SCENARIO_SPEC) as GroupId[]).map((g) => [g, groupDefaults(g)]),
  );
  return { version: SCENARIO_VERSION, name, ...groups } as Scenario;
}

/** The baseline: the same world with no new programme budget. */
export function baselineScenario(): Scenario {
  const s = defaultScenario('Baseline (no new programmes)');
  s.budget.annualBn = [0];
  return s;
}
