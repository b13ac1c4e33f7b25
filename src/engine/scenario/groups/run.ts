import type { GroupSpec } from '../spec';

/** How a scenario is run: sample, horizon, replications and seed. Not part of the world or the policy. */
export const run = {
  households: {
    kind: 'number', default: 20000, min: 500, max: 1000000, integer: true, unit: 'households',
    label: 'Sample households', description: 'Synthetic households simulated; weights scale them to the national total.',
    source: 'Simulation setting', conf: 'S',
  },
  months: {
    kind: 'number', default: 36, min: 12, max: 120, integer: true, unit: 'months',
    label: 'Horizon', description: 'Months simulated (36 covers the Rs 80 → 100 → 120 bn budget path).',
    source: 'Simulation setting (36 months by default, up to 120)', conf: 'S',
  },
  replications: {
    kind: 'number', default: 100, min: 1, max: 2000, integer: true, unit: 'replications',
    label: 'Replications', description: 'Monte Carlo replications; each draws a fresh sample, shocks and outcomes.',
    source: 'Simulation setting', conf: 'S',
  },
  seed: {
    kind: 'number', default: 20190327, min: 0, max: 2147483647, integer: true, unit: '',
    label: 'Seed', description: 'Random seed; the same scenario and seed give the same numbers, bit for bit.',
    source: 'Simulation setting', conf: 'S',
  },
  counterfactual: {
    kind: 'boolean', default: true, unit: '',
    label: 'Compare with the status quo',
    description: 'Report each replication under the status quo too (the existing cash transfer only, same shocks), to measure additional exits, cost per exit and effects on participants. The status quo is always simulated, since each policy is worked out from it: off only leaves it out of the results.',
    source: 'Simulation setting', conf: 'S',
  },
} as const satisfies GroupSpec;
