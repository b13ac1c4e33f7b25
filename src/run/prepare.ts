/**
 * What every runner does before the first replication, and the single-run
 * and comparison entry points every runner shares on top of its job queue.
 * Runners accept documents from the UI, files and links, so they never trust
 * the type alone: scenarios are validated, and a job's scenarios must share
 * one world.
 */
import { Accumulator, SCALARS, validateScenario, worldKey, type ScalarKey, type Scenario, type ValidationIssue } from '../engine/index';
import { RunError } from './errors';
import type { Job, RunOptions } from './types';

export interface PreparedJob {
  /** The validated copies, in the job's order; workers get these. */
  scenarios: Scenario[];
  indices: number[];
  priority: number;
  /** Summary scalars wanted instead of whole replications, or null for everything. */
  scalars: ScalarKey[] | null;
}

/** Throws RunError 'invalid-scenario' (including scenarios from different worlds and bad indices) or 'aborted'. */
export function prepareJob(job: Job): PreparedJob {
  if (job.signal?.aborted) throw new RunError({ kind: 'aborted' });
  const issues: ValidationIssue[] = [];
  const scenarios: Scenario[] = [];
  job.scenarios.forEach((s, k) => {
    const v = validateScenario(s);
    const at = job.scenarios.length > 1 ? `scenarios[${k}]` : '';
    if (v.ok) scenarios.push(v.scenario);
    else issues.push(...v.issues.map((i) => ({ path: at && i.path ? `${at}.${i.path}` : at || i.path, message: i.message })));
  });
  if (job.scenarios.length === 0) issues.push({ path: 'scenarios', message: 'a job needs at least one scenario' });
  if (issues.length === 0) {
    const key = worldKey(scenarios[0]!);
    scenarios.forEach((s, k) => {
      if (worldKey(s) !== key)
        issues.push({ path: `scenarios[${k}]`, message: `"${s.name}" does not share the world of "${scenarios[0]!.name}": world, seed, households and months must match to run together` });
    });
  }
  const seen = new Set<number>();
  for (const r of job.indices) {
    if (!Number.isInteger(r) || r < 0) issues.push({ path: 'indices', message: `replication indices are whole numbers ≥ 0, got ${r}` });
    else if (seen.has(r)) issues.push({ path: 'indices', message: `replication ${r} is listed twice` });
    seen.add(r);
  }
  const scalars = job.outputs ? [...job.outputs.scalars] : null;
  for (const k of scalars ?? []) if (!(SCALARS as readonly string[]).includes(k)) issues.push({ path: 'outputs.scalars', message: `"${k}" is not a summary scalar` });
  if (scalars?.length === 0) issues.push({ path: 'outputs.scalars', message: 'name at least one output' });
  if (issues.length > 0) throw new RunError({ kind: 'invalid-scenario', issues });
  return { scenarios, indices: [...job.indices], priority: job.priority ?? 2, scalars };
}

type Submit = (job: Job) => Promise<void>;

const allIndices = (n: number) => Array.from({ length: n }, (_, r) => r);

/** The replications a run computes, ascending: all of them, or a shard's; a RangeError for indices outside the run. */
function runIndices(replications: number, requested: readonly number[] | undefined): number[] {
  if (requested === undefined) return allIndices(replications);
  const sorted = [...requested].sort((a, b) => a - b);
  sorted.forEach((r, k) => {
    if (!Number.isInteger(r) || r < 0 || r >= replications) throw new RangeError(`replication index ${r} is outside 0 … ${replications - 1}`);
    // A repeat would never finish: the accumulator refuses a second copy and the count stays short.
    if (k > 0 && sorted[k - 1] === r) throw new RangeError(`replication index ${r} is listed twice`);
  });
  return sorted;
}

/**
 * One scenario's run on a runner's job queue: replications 0 … replications − 1
 * (or opts.indices) into an Accumulator, reporting as RunOptions says.
 */
export async function runScenario(submit: Submit, input: Scenario, opts: RunOptions = {}): Promise<Accumulator> {
  if (opts.signal?.aborted) throw new RunError({ kind: 'aborted' });
  const v = validateScenario(input);
  if (!v.ok) throw new RunError({ kind: 'invalid-scenario', issues: v.issues });
  const scenario = v.scenario;
  const indices = runIndices(scenario.run.replications, opts.indices);
  const acc = new Accumulator(scenario);
  opts.onProgress?.(0, indices.length);
  await submit({
    scenarios: [scenario],
    indices,
    priority: opts.priority,
    signal: opts.signal,
    onReplication: (r, [data]) => {
      acc.add(r, data!);
      opts.onReplication?.(r, data!, acc);
      opts.onProgress?.(acc.count, indices.length);
    },
  });
  return acc;
}

export interface ComparisonOptions {
  signal?: AbortSignal;
  priority?: number;
  /** Replications done (summed over scenarios) and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Run only these replication indices of the comparison (distinct, ≥ 0), e.g. one shard: each scenario runs
   * those below its own replication count. By default every scenario runs 0 … its count − 1.
   */
  indices?: readonly number[];
}

/**
 * Several scenarios, each run to its own replication count, with one job per
 * shared world: scenarios whose world, seed, households and months agree
 * compute each replication's population and status quo once. Returns one
 * accumulator per scenario, in order; the numbers are those of separate runs.
 */
export async function runComparison(submit: Submit, inputs: readonly Scenario[], opts: ComparisonOptions = {}): Promise<Accumulator[]> {
  const issues: ValidationIssue[] = [];
  const scenarios = inputs.map((s, k) => {
    const v = validateScenario(s);
    if (!v.ok) issues.push(...v.issues.map((i) => ({ path: `scenarios[${k}]${i.path ? `.${i.path}` : ''}`, message: i.message })));
    return v.ok ? v.scenario : s;
  });
  if (issues.length > 0) throw new RunError({ kind: 'invalid-scenario', issues });
  const accs = scenarios.map((s) => new Accumulator(s));
  // A RangeError for an index no scenario runs, or one listed twice (runIndices).
  const longest = Math.max(...scenarios.map((s) => s.run.replications));
  const wanted = opts.indices === undefined ? null : new Set(runIndices(longest, opts.indices));
  const kept = (indices: number[]) => (wanted === null ? indices : indices.filter((r) => wanted.has(r)));
  // One failed job stops its siblings: a comparison is only useful whole.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) stop.abort();
  const total = scenarios.reduce((a, s) => a + kept(allIndices(s.run.replications)).length, 0);
  let done = 0;
  opts.onProgress?.(0, total);
  // Group by world; within a world, replication r goes to every scenario that wants it.
  const groups = new Map<string, number[]>();
  scenarios.forEach((s, k) => groups.set(worldKey(s), [...(groups.get(worldKey(s)) ?? []), k]));
  const jobs: Promise<void>[] = [];
  for (const members of groups.values()) {
    const most = Math.max(...members.map((k) => scenarios[k]!.run.replications));
    // Split into runs of replication indices wanted by the same members (scenarios may want different counts).
    let from = 0;
    while (from < most) {
      const wanting = members.filter((k) => scenarios[k]!.run.replications > from);
      const to = Math.min(...wanting.map((k) => scenarios[k]!.run.replications));
      const indices = kept(allIndices(to).slice(from));
      if (indices.length === 0) {
        from = to;
        continue;
      }
      jobs.push(submit({
        scenarios: wanting.map((k) => scenarios[k]!),
        indices,
        priority: opts.priority,
        signal: stop.signal,
        onReplication: (r, data) => {
          data.forEach((d, j) => accs[wanting[j]!]!.add(r, d));
          done += data.length;
          opts.onProgress?.(done, total);
        },
      }));
      from = to;
    }
  }
  try {
    await Promise.all(jobs.map((j) => j.catch((e: unknown) => {
      stop.abort();
      throw e;
    })));
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    // Siblings stopped because of another job's failure settle here quietly.
    for (const j of jobs) j.catch(() => undefined);
  }
  return accs;
}
