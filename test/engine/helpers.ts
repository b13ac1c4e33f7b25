import { Accumulator, buildResult, defaultScenario, simulateReplication, validateScenario, type RunResult, type Scenario } from '../../src/engine/index';

/**
 * A small, valid scenario for tests: defaults with a smaller sample, and no
 * uncertain parameters (rule tests set values and expect them to hold; a
 * test of uncertainty sets its own).
 */
export function smallScenario(edit: (s: Scenario) => void = () => {}, households = 4000, months = 36): Scenario {
  const s = defaultScenario();
  s.uncertainty = {};
  s.run.households = households;
  s.run.months = months;
  s.run.replications = 4;
  edit(s);
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return v.scenario;
}

export function runAll(s: Scenario, replications = s.run.replications): { acc: Accumulator; result: RunResult } {
  const acc = new Accumulator(s);
  for (let r = 0; r < replications; r++) acc.add(r, simulateReplication(s, r));
  return { acc, result: buildResult(acc) };
}
