/**
 * One benchmark measurement: a fresh worker pool (so start-up and per-worker
 * calibration count, as they do for a user's first run) running the default
 * scenario at a given size.
 */
import { defaultScenario } from '../engine/index';
import { createNodePool } from '../run/nodeWorkers';

export interface BenchRow {
  households: number;
  months: number;
  replications: number;
  threads: number;
  householdMonthsPerSecond: number;
  firstResultMs: number;
}

/** Both the scenario pass and, when enabled, the counterfactual pass simulate every household-month. */
export function householdMonths(households: number, months: number, replications: number, counterfactual: boolean): number {
  return households * months * replications * (counterfactual ? 2 : 1);
}

export async function measure(households: number, months: number, replications: number, threads: number): Promise<BenchRow> {
  const scenario = defaultScenario(`bench ${households}`);
  Object.assign(scenario.simulation, { households, months, replications });
  const pool = createNodePool({ size: threads });
  try {
    const start = performance.now();
    let firstResultMs = NaN;
    await pool.run(scenario, {
      onReplication: () => {
        if (Number.isNaN(firstResultMs)) firstResultMs = performance.now() - start;
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const work = householdMonths(households, months, replications, scenario.simulation.counterfactual);
    return { households, months, replications, threads, householdMonthsPerSecond: Math.round(work / seconds), firstResultMs: Math.round(firstResultMs) };
  } finally {
    pool.dispose();
  }
}
