/**
 * Evaluates a sensitivity design (or any list of scenarios) on a runner: one
 * outcome per design point, each from all of its replications. Points that
 * share a world go into the same jobs, a few at a time, so each
 * replication's population and status quo are computed once for them; jobs
 * ask for the outcome's scalars only, not whole replications. The numbers are
 * those of outcomeOf(buildResult) on a full run of each point, bit for bit,
 * whatever the runner or thread count.
 *
 * With `versus` (a paired difference's comparator at each point), each
 * point's outcome is its own minus its comparator's: the two go into the
 * same job, so they share each replication's population, burn-in and status
 * quo (simulateWorld) and only the policy passes are doubled.
 */
import { OUTCOME_SCALARS, outcomeFromScalars, worldKey, type Outcome, type Scenario } from '../engine/index';
import { PRIORITY, type Runner } from './types';

export interface DesignOptions {
  signal?: AbortSignal;
  /** Analysis by default: below what the user is looking at. */
  priority?: number;
  /** Replications delivered so far, over all points, and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Design points per job (a replication computes every point of its job together). */
  pointsPerJob?: number;
  /** A comparator for each point (same world and replications): the outcome becomes point − comparator. */
  versus?: readonly Scenario[];
}

export async function evaluateDesign(runner: Runner, points: readonly Scenario[], outcome: Outcome, opts: DesignOptions = {}): Promise<number[]> {
  const { versus } = opts;
  if (!versus) return evaluatePoints(runner, points, outcome, opts);
  if (versus.length !== points.length) throw new RangeError(`evaluateDesign: ${points.length} points but ${versus.length} comparators`);
  // Each pair side by side: they share a world and a replication count, so an even job size keeps every pair in one job.
  const pairs = points.flatMap((p, k) => [p, versus[k]!]);
  const perJob = 2 * Math.ceil(Math.max(1, opts.pointsPerJob ?? 8) / 2);
  const both = await evaluatePoints(runner, pairs, outcome, { ...opts, pointsPerJob: perJob });
  return points.map((_, k) => both[2 * k]! - both[2 * k + 1]!);
}

async function evaluatePoints(runner: Runner, points: readonly Scenario[], outcome: Outcome, opts: DesignOptions): Promise<number[]> {
  const scalars = OUTCOME_SCALARS[outcome];
  const perJob = Math.max(1, opts.pointsPerJob ?? 8);
  // rows[p][r]: point p's scalars in replication r.
  const rows: Float64Array[][] = points.map((p) => new Array<Float64Array>(p.run.replications));
  const total = points.reduce((s, p) => s + p.run.replications, 0);
  let done = 0;
  opts.onProgress?.(0, total);
  const byWorld = new Map<string, number[]>();
  points.forEach((p, k) => {
    const w = `${worldKey(p)}|${p.run.replications}`;
    byWorld.set(w, [...(byWorld.get(w) ?? []), k]);
  });
  const jobs: Promise<void>[] = [];
  for (const members of byWorld.values()) {
    for (let start = 0; start < members.length; start += perJob) {
      const ids = members.slice(start, start + perJob);
      const replications = points[ids[0]!]!.run.replications;
      jobs.push(
        runner.submit({
          scenarios: ids.map((k) => points[k]!),
          indices: Array.from({ length: replications }, (_, r) => r),
          priority: opts.priority ?? PRIORITY.analysis,
          outputs: { scalars },
          signal: opts.signal,
          onReplication: (r, data) => {
            ids.forEach((k, j) => {
              rows[k]![r] = data[j]!;
            });
            done += ids.length;
            opts.onProgress?.(done, total);
          },
        }),
      );
    }
  }
  await Promise.all(jobs);
  return rows.map((perReplication) => outcomeFromScalars(outcome, perReplication));
}
