/**
 * The allocation optimiser on a runner: the search (src/engine/analysis/
 * optimise/search.ts) with the engine as its evaluator, then the proposal,
 * the user's split and the frontier on the scenario's own replications, and
 * the result. Candidates share the scenario's world, so they go into the
 * same jobs a few at a time: each replication's population, burn-in and
 * status quo are computed once for them, and jobs move only the few scalars
 * the optimiser reads. Values are kept by replication index, never by
 * arrival, so the answer is the same bits on any runner, with any thread
 * count and any pointsPerJob.
 *
 * Split into runSearch and evaluateFinal so that a sharded optimisation
 * (src/cli/optimise) can run the search in every shard and split the final
 * evaluations by replication.
 */
import {
  DEFAULT_SEARCH, MEASURED_SCALARS, SEARCH_REPLICATIONS_FROM, applySplit, assessSplit, buildProblem, finalPlan, forEvaluation, measure,
  optimiseResult, searchSplits, searchWork, topUpProbe, validateScenario,
  type Cost, type FinalPlan, type Measure, type OptimiseProblem, type OptimiseRequest, type OptimiseResult, type Scenario,
  type SearchOutcome, type SearchSettings, type ValidationIssue,
} from '../engine/index';
import { PRIORITY, type Runner } from './types';

export type OptimisePhase = 'screen' | 'refine' | 'finalists' | 'confirm' | 'frontier';

/**
 * Scenarios per job by default: each replication's world (population,
 * burn-in, status quo: about twice a policy pass) is then shared by 16
 * policy passes; a worker holds 16 pass states (about 3 MB each at 20,000
 * households).
 */
export const POINTS_PER_JOB = 16;

export interface OptimiseProgress {
  phase: OptimisePhase;
  /** Scenario-replications computed so far, and an upper bound of the total (the search may stop short of it). */
  done: number;
  total: number;
}

export interface OptimiseOptions {
  signal?: AbortSignal;
  /** Analysis by default: below what the user is looking at. */
  priority?: number;
  onProgress?: (p: OptimiseProgress) => void;
  /** Scenarios per job (each replication computes its job's scenarios together). */
  pointsPerJob?: number;
  search?: Partial<SearchSettings>;
  frontierBn?: readonly number[];
}

interface EvalOptions {
  signal?: AbortSignal;
  priority?: number;
  pointsPerJob?: number;
  /** Called with each replication delivered, per scenario. */
  onDelivered?: (count: number) => void;
}

/** rows[p][k]: scenario p's MEASURED_SCALARS row (scenario, then status quo) in replication indices[k]. */
export async function evaluateRows(runner: Runner, scenarios: readonly Scenario[], indices: readonly number[], opts: EvalOptions = {}): Promise<Float64Array[][]> {
  const position = new Map(indices.map((r, k) => [r, k]));
  const rows = scenarios.map(() => new Array<Float64Array>(indices.length));
  if (indices.length === 0) return rows;
  const perJob = Math.max(1, opts.pointsPerJob ?? POINTS_PER_JOB);
  const jobs: Promise<void>[] = [];
  for (let start = 0; start < scenarios.length; start += perJob) {
    const ids = scenarios.slice(start, start + perJob).map((_, j) => start + j);
    jobs.push(
      runner.submit({
        scenarios: ids.map((p) => scenarios[p]!),
        indices,
        priority: opts.priority ?? PRIORITY.analysis,
        outputs: { scalars: MEASURED_SCALARS },
        signal: opts.signal,
        onReplication: (r, data) => {
          const k = position.get(r)!;
          ids.forEach((p, j) => (rows[p]![k] = data[j]!));
          opts.onDelivered?.(ids.length);
        },
      }),
    );
  }
  await Promise.all(jobs);
  return rows;
}

export function searchSettings(partial: Partial<SearchSettings> = {}): SearchSettings {
  return { ...DEFAULT_SEARCH, ...partial };
}

/** Upper bound of the scenario-replications an optimisation computes. */
export function optimiseWork(problem: OptimiseProblem, settings: SearchSettings, plan: Pick<FinalPlan, 'points'> | number): number {
  const finalPoints = typeof plan === 'number' ? plan : plan.points.length;
  return searchWork(settings) * (problem.checkTopUp ? 2 : 1) + finalPoints * problem.scenario.run.replications;
}

type Progress = (phase: OptimisePhase, count: number) => void;

/** The search on the runner, on replications SEARCH_REPLICATIONS_FROM + k. */
export async function runSearch(
  runner: Runner, problem: OptimiseProblem, settings: SearchSettings, opts: OptimiseOptions & { progress?: Progress } = {},
): Promise<{ outcome: SearchOutcome; cost: Cost }> {
  let evaluations = 0;
  let replicationRuns = 0;
  const months = problem.scenario.run.months;
  const outcome = await searchSplits<Measure>(
    {
      space: problem.space,
      current: problem.current,
      seed: problem.scenario.run.seed,
      evaluate: async (points, from, to, phase) => {
        const scenarios = points.flatMap((x) => {
          const sc = forEvaluation(applySplit(problem, x));
          return problem.checkTopUp ? [sc, forEvaluation(topUpProbe(sc))] : [sc];
        });
        const indices = Array.from({ length: to - from }, (_, k) => SEARCH_REPLICATIONS_FROM + from + k);
        if (from === 0) evaluations += scenarios.length;
        replicationRuns += scenarios.length * indices.length;
        const rows = await evaluateRows(runner, scenarios, indices, { ...opts, onDelivered: (n) => opts.progress?.(phase, n) });
        const step = problem.checkTopUp ? 2 : 1;
        return points.map((_, j) => rows[j * step]!.map((row, k) => measure(row, problem.checkTopUp ? rows[j * step + 1]![k]! : null, problem.topUpPKR, months)));
      },
      assess: (ms) => assessSplit(problem, ms),
    },
    settings,
  );
  return { outcome, cost: { evaluations, replicationRuns } };
}

/** The final plan's scenarios on the given replications of 0 … R − 1 (all of them, or a shard's): the confirmation, then the frontier. */
export async function evaluateFinal(runner: Runner, plan: FinalPlan, indices: readonly number[], opts: OptimiseOptions & { progress?: Progress } = {}): Promise<Float64Array[][]> {
  const frontierFrom = Math.min(plan.points.length, ...plan.frontier.map((f) => Math.min(f.best, f.current)));
  const confirm = await evaluateRows(runner, plan.points.slice(0, frontierFrom), indices, { ...opts, onDelivered: (n) => opts.progress?.('confirm', n) });
  const frontier = await evaluateRows(runner, plan.points.slice(frontierFrom), indices, { ...opts, onDelivered: (n) => opts.progress?.('frontier', n) });
  return [...confirm, ...frontier];
}

export type Optimised = { ok: true; result: OptimiseResult } | { ok: false; issues: ValidationIssue[] };

/** A bad scenario or request resolves with its issues by path; a failed or aborted run rejects with a RunError. */
export async function optimise(runner: Runner, input: Scenario, request: OptimiseRequest, opts: OptimiseOptions = {}): Promise<Optimised> {
  const v = validateScenario(input);
  if (!v.ok) return { ok: false, issues: v.issues };
  const built = buildProblem(v.scenario, request);
  if (!built.ok) return built;
  const { problem } = built;
  const settings = searchSettings(opts.search);
  // The plan's size does not depend on the split, so the user's gives the progress total before the search.
  const total = optimiseWork(problem, settings, finalPlan(problem, problem.current, opts.frontierBn));
  let done = 0;
  const progress: Progress = (phase, count) => {
    done += count;
    opts.onProgress?.({ phase, done: Math.min(done, total), total });
  };
  opts.onProgress?.({ phase: 'screen', done: 0, total });
  const search = await runSearch(runner, problem, settings, { ...opts, progress });
  const plan = finalPlan(problem, search.outcome.finalists[0]!.x, opts.frontierBn);
  const R = problem.scenario.run.replications;
  const rows = await evaluateFinal(runner, plan, Array.from({ length: R }, (_, r) => r), { ...opts, progress });
  opts.onProgress?.({ phase: 'frontier', done: total, total });
  return { ok: true, result: optimiseResult({ problem, search: search.outcome, settings, plan, rows, searchCost: search.cost }) };
}
