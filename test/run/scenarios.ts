import { defaultScenario, type Scenario } from '../../src/engine/index';

/** Small enough that a replication takes milliseconds: 600 households × 12 months. */
export function tinyScenario(replications = 4, seed = 7): Scenario {
  const s = defaultScenario('tiny test scenario');
  Object.assign(s.run, { households: 600, months: 12, replications, seed });
  return s;
}
