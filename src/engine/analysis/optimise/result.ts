/**
 * The optimiser's answer as plain data (JSON-safe: numbers, strings, nulls):
 * the proposal as a scenario document, its objective and the user's split's
 * on the same replications with the paired interval of the improvement, a
 * verdict, which constraints bind, the frontier, and what it all cost.
 */
import type { Dist } from '../../api';
import { summarise, summariseRatio } from '../../results/quantile';
import { policyKey } from '../../scenario/keys';
import { PROGRAMMES, type ProgrammeId } from '../../scenario/groups/budget';
import type { RegionId } from '../../population/regions';
import type { Scenario } from '../../scenario/types';
import { improvement, type Improvement } from './interval';
import { measure, topUpCoverage, type Measure } from './objectives';
import type { Objective, OptimiseProblem } from './problem';
import { SEARCH_REPLICATIONS_FROM, type FinalPlan } from './final';
import type { SearchOutcome, SearchSettings } from './search';
import { constraintStatus, type ConstraintStatus } from './binding';

/**
 * better / worse: the improvement's 90% interval lies above / below 0;
 * withinNoise: it includes 0; undetermined: an end of it is undefined (NaN:
 * cost per exit, a ratio, is undefined where a split adds no exits, and the
 * percentile fell among such resamples), so it cannot be judged, where it had
 * fallen through to withinNoise, "the interval includes 0", with no interval;
 * unchanged: the proposal is the user's own policy; infeasible: no split the
 * search saw met the measured constraints (PAR30 cap, the existing
 * recipients' floor), so the proposal is the one that broke them least.
 */
export const VERDICTS = ['better', 'withinNoise', 'worse', 'undetermined', 'unchanged', 'infeasible'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface FrontierPoint {
  budgetBn: number;
  /** Additional sustained exits across replications (households). */
  optimised: Dist;
  current: Dist;
}

export interface Split {
  programmes: Record<ProgrammeId, number>;
  /** The custom regional shares, or null where a rule divides the money. */
  regions: Record<RegionId, number> | null;
  regionRule: string;
  existingTopUpPKR: number;
}

export interface Cost {
  /** Distinct scenarios evaluated (top-up probes included) and scenario-replications computed. */
  evaluations: number;
  replicationRuns: number;
}

export interface OptimiseResult {
  objective: Objective;
  verdict: Verdict;
  /** The proposal: a full scenario document the app and `sim` open as they are. */
  scenario: Scenario;
  split: Split;
  currentSplit: Split;
  /** Administration's share when it was held fixed (null when the constraints let it move). */
  adminFixed: number | null;
  regionsOptimised: boolean;
  /** Replications 0 … R − 1 of the scenario: the objective of each split across them, and the paired improvement. */
  replications: number;
  objectiveValue: { optimised: Dist; current: Dist };
  /**
   * Additional sustained exits of each split on those replications, whatever the objective: where the frontier
   * (the same measure at constant budgets) marks the scenario's own budget.
   */
  exits: { optimised: Dist; current: Dist };
  improvement: Improvement & { perReplication: Dist | null };
  constraints: ConstraintStatus[];
  /** Any explicit constraint the user's own scenario breaks (paths), or where it cannot be judged. */
  currentBreaks: string[];
  par30: { cap: number | null; optimised: Dist; current: Dist };
  /** Share of the top-up due that was paid (1: every existing recipient, every month), when a floor is checked. */
  topUpCoverage: { optimised: number; current: number | null } | null;
  frontier: FrontierPoint[];
  search: {
    settings: SearchSettings;
    /** The search's replications are from, from + 1, …: disjoint from the reported ones. */
    replicationsFrom: number;
    stages: SearchOutcome['stages'];
    finalists: SearchOutcome['finalists'];
  };
  cost: { search: Cost; confirmation: Cost; frontier: Cost; total: Cost };
}

export function splitOf(sc: Scenario): Split {
  const b = sc.policy.budget;
  return {
    programmes: Object.fromEntries(PROGRAMMES.map((k) => [k, b.programmeShares[k]])) as Record<ProgrammeId, number>,
    regions: b.regionRule === 'custom' ? { ...b.customRegionShares } : null,
    regionRule: b.regionRule,
    existingTopUpPKR: sc.policy.cash.existingTopUpPKR,
  };
}

function objectiveDist(objective: Objective, ms: readonly Measure[]): Dist {
  if (objective === 'minCostPerExit') return summariseRatio(Float64Array.from(ms, (m) => m.spent), Float64Array.from(ms, (m) => m.exits));
  return summarise(Float64Array.from(ms, (m) => (objective === 'maxSustainedExits' ? m.exits : m.gap)));
}

export interface ResultInputs {
  problem: OptimiseProblem;
  search: SearchOutcome;
  settings: SearchSettings;
  plan: FinalPlan;
  /** rows[point][k]: point's scalar row (MEASURED_SCALARS, scenario then status quo) in replication k of 0 … R − 1. */
  rows: readonly (readonly ArrayLike<number>[])[];
  /** Scenario-replications the search computed (probes included). */
  searchCost: Cost;
}

export function optimiseResult({ problem, search, settings, plan, rows, searchCost }: ResultInputs): OptimiseResult {
  const sc = problem.scenario;
  const R = sc.run.replications;
  const months = sc.run.months;
  const measures = (point: number, probe: number | null, topUp: number) =>
    rows[point]!.map((row, k) => measure(row, probe === null ? null : rows[probe]![k]!, topUp, months));
  const best = measures(plan.confirm.best, plan.confirm.bestProbe, problem.topUpPKR);
  const current = measures(plan.confirm.current, plan.confirm.currentProbe, sc.policy.cash.existingTopUpPKR);
  const objective = problem.objective;
  const gain = improvement(objective, best, current, sc.run.seed);
  const perReplication =
    objective === 'minCostPerExit' ? null : summarise(Float64Array.from(best, (m, k) => (objective === 'maxSustainedExits' ? m.exits - current[k]!.exits : current[k]!.gap - m.gap)));
  const status = constraintStatus(problem, plan.proposal, best);
  const currentStatus = constraintStatus(problem, sc, current, plan.confirm.currentProbe !== null);
  const sameAsUser = policyKey(forCompare(plan.proposal)) === policyKey(forCompare(sc));
  const verdict: Verdict =
    search.finalists[0]!.violation > 0 ? 'infeasible'
    : sameAsUser ? 'unchanged'
    : gain.low > 0 ? 'better'
    : gain.high < 0 ? 'worse'
    // After better and worse: with one end above 0 (below) the other lies further out, defined or not.
    : Number.isNaN(gain.low) || Number.isNaN(gain.high) ? 'undetermined'
    : 'withinNoise';
  const frontier = plan.frontier.map((f) => ({
    budgetBn: f.budgetBn,
    optimised: summarise(Float64Array.from(rows[f.best]!, (row) => measure(row, null, 0, months).exits)),
    current: summarise(Float64Array.from(rows[f.current]!, (row) => measure(row, null, 0, months).exits)),
  }));
  const confirmPoints = 2 + Number(plan.confirm.bestProbe !== null) + Number(plan.confirm.currentProbe !== null);
  const frontierPoints = plan.points.length - confirmPoints;
  const confirmation = { evaluations: confirmPoints, replicationRuns: confirmPoints * R };
  const frontierCost = { evaluations: frontierPoints, replicationRuns: frontierPoints * R };
  const par30 = (ms: readonly Measure[]) => summarise(Float64Array.from(ms, (m) => m.par30));
  return {
    objective,
    verdict,
    scenario: plan.proposal,
    split: splitOf(plan.proposal),
    currentSplit: splitOf(sc),
    adminFixed: problem.adminFixed,
    regionsOptimised: problem.regions,
    replications: R,
    objectiveValue: { optimised: objectiveDist(objective, best), current: objectiveDist(objective, current) },
    exits: { optimised: objectiveDist('maxSustainedExits', best), current: objectiveDist('maxSustainedExits', current) },
    improvement: { ...gain, perReplication },
    constraints: status,
    currentBreaks: currentStatus.filter((c) => !c.implicit && c.met !== true).map((c) => c.path),
    par30: { cap: problem.par30Cap, optimised: par30(best), current: par30(current) },
    topUpCoverage: problem.checkTopUp
      ? { optimised: topUpCoverage(best), current: plan.confirm.currentProbe === null ? null : topUpCoverage(current) }
      : null,
    frontier,
    search: { settings, replicationsFrom: SEARCH_REPLICATIONS_FROM, stages: search.stages, finalists: search.finalists },
    cost: {
      search: searchCost,
      confirmation,
      frontier: frontierCost,
      total: {
        evaluations: searchCost.evaluations + confirmation.evaluations + frontierCost.evaluations,
        replicationRuns: searchCost.replicationRuns + confirmation.replicationRuns + frontierCost.replicationRuns,
      },
    },
  };
}

/** Names and run settings aside, is this the same policy? */
const forCompare = (sc: Scenario): Scenario => ({ ...sc, run: { ...sc.run, counterfactual: true } });


