/**
 * Whether the optimisation as set up can run, and what it would cost: the
 * engine's problems with the constraints (by path) and, when there are none,
 * the scenario-replications each effort would compute at most — the search,
 * confirming the proposal against the reader's split, and the frontier —
 * counted as src/run/optimise.ts counts its progress.
 */
import { buildProblem, finalPlan, searchWork, type OptimiseRequest, type Scenario, type ValidationIssue } from '../../../engine/index';
import { optimiseWork } from '../../../run/optimise';
import { EFFORTS, type Effort } from '../../../state/optimiseSlice';
import { constraintsIssues } from './constraintsDraft';

export interface OptimiseWork {
  /** At most this many scenario-replications in the search (twice as many with a floor's probes). */
  search: number;
  probes: boolean;
  /** The proposal and the reader's split (and their probes) on the scenario's replications. */
  confirmPoints: number;
  confirm: number;
  /** Both splits at each budget of the frontier. */
  budgets: number;
  frontier: number;
  replications: number;
  total: number;
}

export type SetupCheck = { issues: ValidationIssue[]; work: Record<Effort, OptimiseWork> | null };

/** `constraints` is the whole draft (checked as a file); `request` carries what applies (region constraints only with regions). */
export function checkSetup(sc: Scenario, draft: Parameters<typeof constraintsIssues>[0], request: OptimiseRequest): SetupCheck {
  const fileIssues = constraintsIssues(draft);
  if (fileIssues.length > 0) return { issues: fileIssues, work: null };
  const built = buildProblem(sc, request);
  if (!built.ok) return { issues: built.issues, work: null };
  const { problem } = built;
  const R = sc.run.replications;
  const work = {} as Record<Effort, OptimiseWork>;
  for (const effort of Object.keys(EFFORTS) as Effort[]) {
    const { search, frontierBn } = EFFORTS[effort];
    const plan = finalPlan(problem, problem.current, frontierBn);
    const confirmPoints = plan.points.length - 2 * frontierBn.length;
    work[effort] = {
      search: searchWork(search) * (problem.checkTopUp ? 2 : 1),
      probes: problem.checkTopUp,
      confirmPoints,
      confirm: confirmPoints * R,
      budgets: frontierBn.length,
      frontier: 2 * frontierBn.length * R,
      replications: R,
      total: optimiseWork(problem, search, plan),
    };
  }
  return { issues: [], work };
}
