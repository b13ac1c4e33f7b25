/**
 * One benchmark measurement at a given size, on a fresh worker pool:
 * - time to first result: from a cold pool (worker start-up, warm-up and
 *   calibration count, as they do for a user's first run);
 * - throughput: a full run on the then-warm pool, so the figure is the
 *   steady rate of simulation rather than start-up amortised over a short run.
 */
import { defaultScenario } from '../engine/index';
import { createNodePool } from '../run/nodeWorkers';

export interface BenchRow {
  households: number;
  months: number;
  replications: number;
  threads: number;
  householdMonthsPerSecond: number;
  /** householdMonthsPerSecond ÷ threads. */
  perThread: number;
  firstResultMs: number;
}

/**
 * The household-months of the scenario pass and the status-quo pass, as if each stepped every household (the
 * status-quo pass runs even when the scenario does not report it: the policy's totals are worked out from it).
 */
export function householdMonths(households: number, months: number, replications: number): number {
  return households * months * replications * 2;
}

export async function measure(households: number, months: number, replications: number, threads: number): Promise<BenchRow> {
  const scenario = defaultScenario(`bench ${households}`);
  Object.assign(scenario.run, { households, months, replications });
  const pool = createNodePool({ size: threads });
  try {
    // Cold: just enough replications for every worker to start and warm up.
    const cold = { ...scenario, run: { ...scenario.run, replications: Math.min(replications, 2 * threads) } };
    const coldStart = performance.now();
    let firstResultMs = NaN;
    await pool.run(cold, {
      onReplication: () => {
        if (Number.isNaN(firstResultMs)) firstResultMs = performance.now() - coldStart;
      },
    });
    const start = performance.now();
    await pool.run(scenario);
    const seconds = (performance.now() - start) / 1000;
    const work = householdMonths(households, months, replications);
    const rate = work / seconds;
    return { households, months, replications, threads, householdMonthsPerSecond: Math.round(rate), perThread: Math.round(rate / threads), firstResultMs: Math.round(firstResultMs) };
  } finally {
    pool.dispose();
  }
}
