/**
 * The comparison benchmark (issue 7): the app's default comparison (the
 * baseline and Rs 80, 100 and 120 bn a year) run on one shared world, against
 * one of its scenarios (Rs 80 bn) alone, on the same warm pool. Sharing
 * computes each replication's population, burn-in and status quo once, and
 * the baseline is the status quo itself, so the four scenarios should cost
 * little more than one: the target is a ratio of at most 1.3.
 */
import { isStatusQuoPolicy, type Scenario } from '../engine/index';
import { createNodePool } from '../run/nodeWorkers';
import { runComparison } from '../run/prepare';
import { DEFAULT_COMPARISON, presetById } from '../state/presets';

/** The scenario timed alone: the smallest of the budgets in the comparison. */
const ALONE = 'bn80';

export interface ComparisonBenchRow {
  kind: 'comparison';
  households: number;
  months: number;
  replications: number;
  threads: number;
  /** Scenario names, the baseline first. */
  scenarios: string[];
  /**
   * Passes simulated (the status quo once, then each policy that does something) × household-months ÷ comparisonMs,
   * counting each pass as if it stepped every household (a policy pass steps only those it has touched, about an
   * eighth by default): the rate full passes would need to match it.
   */
  householdMonthsPerSecond: number;
  perThread: number;
  /** From a cold pool to the first replication of the comparison (all scenarios of it). */
  firstResultMs: number;
  /** Wall time of the whole comparison on a warm pool (the least of the rounds). */
  comparisonMs: number;
  /** Wall time of the Rs 80 bn scenario alone on the same warm pool (the least of the rounds). */
  singleMs: number;
  /**
   * comparisonMs ÷ singleMs: the least time of each over the rounds, the runs least disturbed by other work on
   * a shared machine (a round times the scenario alone, then the comparison).
   */
  ratio: number;
  /** Each round's own ratio of wall times, and of CPU times: how much the machine swung. */
  roundRatios: number[];
  roundCpuRatios: number[];
  /**
   * CPU time of the process (every worker thread included) for each, the least of the rounds (not necessarily
   * the round of the least wall time): on a machine shared with other work, wall time swings with the load and
   * the CPU-time ratio is the steadier guide to what sharing saves.
   */
  comparisonCpuMs: number;
  singleCpuMs: number;
  /** comparisonCpuMs ÷ singleCpuMs (the least of the rounds each). */
  cpuRatio: number;
}

/** Wall and CPU time of one call (process.cpuUsage counts every thread of the process). */
async function timed(f: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await f();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** The default comparison as the app builds it, at the given size. */
export function defaultComparison(households: number, months: number, replications: number): Scenario[] {
  return DEFAULT_COMPARISON.map((id) => {
    const s = presetById(id)!.make();
    Object.assign(s.run, { households, months, replications });
    return s;
  });
}

/**
 * Passes a shared-world run simulates: the status quo once (always: the policies' totals are worked out from
 * it, model/together.ts), and every policy that does something.
 */
export function passesSimulated(scenarios: readonly Scenario[]): number {
  if (scenarios.length === 0) return 0;
  return 1 + scenarios.filter((s) => !isStatusQuoPolicy(s)).length;
}

export async function measureComparison(households: number, months: number, replications: number, threads: number, rounds = 3): Promise<ComparisonBenchRow> {
  if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`rounds must be a whole number of at least 1, got ${rounds}`);
  const scenarios = defaultComparison(households, months, replications);
  const alone = scenarios[DEFAULT_COMPARISON.indexOf(ALONE)]!;
  const pool = createNodePool({ size: threads });
  const submit = pool.submit.bind(pool);
  try {
    // Cold: enough replications for every worker to start, calibrate the world and warm up.
    const cold = scenarios.map((s) => ({ ...s, run: { ...s.run, replications: Math.min(replications, 2 * threads) } }));
    const coldStart = performance.now();
    let firstResultMs = NaN;
    await runComparison(submit, cold, {
      onProgress: (done) => {
        if (done > 0 && Number.isNaN(firstResultMs)) firstResultMs = performance.now() - coldStart;
      },
    });
    const singles: { wallMs: number; cpuMs: number }[] = [];
    const comparisons: { wallMs: number; cpuMs: number }[] = [];
    for (let k = 0; k < rounds; k++) {
      singles.push(await timed(() => runComparison(submit, [alone])));
      comparisons.push(await timed(() => runComparison(submit, scenarios)));
    }
    const least = (xs: { wallMs: number; cpuMs: number }[]) => ({ wallMs: Math.min(...xs.map((x) => x.wallMs)), cpuMs: Math.min(...xs.map((x) => x.cpuMs)) });
    const single = least(singles);
    const comparison = least(comparisons);
    const rate = (households * months * replications * passesSimulated(scenarios)) / (comparison.wallMs / 1000);
    const ratio = (a: number, b: number) => Math.round((100 * a) / b) / 100;
    const roundRatios = comparisons.map((c, k) => ratio(c.wallMs, singles[k]!.wallMs));
    const roundCpuRatios = comparisons.map((c, k) => ratio(c.cpuMs, singles[k]!.cpuMs));
    return {
      kind: 'comparison',
      households,
      months,
      replications,
      threads,
      scenarios: scenarios.map((s) => s.name),
      householdMonthsPerSecond: Math.round(rate),
      perThread: Math.round(rate / threads),
      firstResultMs: Math.round(firstResultMs),
      comparisonMs: Math.round(comparison.wallMs),
      singleMs: Math.round(single.wallMs),
      ratio: ratio(comparison.wallMs, single.wallMs),
      roundRatios,
      roundCpuRatios,
      comparisonCpuMs: Math.round(comparison.cpuMs),
      singleCpuMs: Math.round(single.cpuMs),
      cpuRatio: ratio(comparison.cpuMs, single.cpuMs),
    };
  } finally {
    pool.dispose();
  }
}

/** The comparison row as text, under the throughput table. */
export function comparisonText(row: ComparisonBenchRow): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    `Default comparison (${row.scenarios.join('; ')}) on one shared world: ${row.households.toLocaleString('en-US')} households × ${row.months} months × ${row.replications} replications on ${row.threads} thread${row.threads === 1 ? '' : 's'}, warm pool; ${row.roundRatios.length} rounds, each timing the scenario alone and then the comparison (times: the least of the rounds).`,
    `  all ${row.scenarios.length} scenarios: ${seconds(row.comparisonMs)}, CPU ${seconds(row.comparisonCpuMs)} (${row.householdMonthsPerSecond.toLocaleString('en-US')} household-months/s, counting every pass as if it stepped every household, though a policy pass steps only those its programmes touched; first result from a cold pool ${row.firstResultMs} ms)`,
    `  ${row.scenarios[DEFAULT_COMPARISON.indexOf(ALONE)]} alone: ${seconds(row.singleMs)}, CPU ${seconds(row.singleCpuMs)}`,
    `  ratio: ${row.ratio.toFixed(2)}× wall time, ${row.cpuRatio.toFixed(2)}× CPU time, of the least times (target ≤ 1.3×)`,
    `  each round: ${row.roundRatios.map((r) => `${r.toFixed(2)}×`).join(', ')} wall; ${row.roundCpuRatios.map((r) => `${r.toFixed(2)}×`).join(', ')} CPU`,
  ].join('\n');
}
