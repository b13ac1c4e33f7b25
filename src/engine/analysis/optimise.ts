/**
 * The allocation optimiser's pure parts (docs/optimise.md): the constraints
 * document, the problem a scenario and a request pose, the constrained set
 * of splits, the noisy search with its evaluator as a parameter, and the
 * result with its paired interval, binding constraints and frontier.
 * src/run/optimise.ts drives it on a runner.
 */
export { parseConstraints, CONSTRAINTS_VERSION, NO_CONSTRAINTS, type OptimiseConstraints, type ShareBounds, type ShareGroup } from './optimise/constraints';
export { FEASIBLE_TOL, isFeasible, project, violation, type SplitSpace, type SplitBlock, type SplitGroup } from './optimise/space';
export { initialCandidates, splitKey, type CandidateOrigin } from './optimise/candidates';
export {
  OBJECTIVES, DEFAULT_PAR30_CAP, buildProblem, applySplit, topUpProbe,
  type Objective, type OptimiseRequest, type OptimiseProblem, type Variable,
} from './optimise/problem';
export { MEASURED_SCALARS, measure, objectiveValue, objectiveSign, assessSplit, topUpCoverage, type Measure } from './optimise/objectives';
export {
  DEFAULT_SEARCH, searchSplits, searchWork,
  type SearchSettings, type SearchProblem, type SearchOutcome, type SearchPhase, type SearchStage, type Assessment, type Finalist,
} from './optimise/search';
export { improvement, BOOTSTRAP_RESAMPLES, FEW_REPLICATIONS, type Improvement } from './optimise/interval';
export { finalPlan, forEvaluation, optimiseDataProblem, SEARCH_REPLICATIONS_FROM, DEFAULT_FRONTIER_BN, type FinalPlan } from './optimise/final';
export { constraintStatus, BIND_TOL, type ConstraintStatus } from './optimise/binding';
export { optimiseResult, splitOf, VERDICTS, type OptimiseResult, type Verdict, type Split, type Cost, type FrontierPoint, type ResultInputs } from './optimise/result';
