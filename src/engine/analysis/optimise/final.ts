/**
 * After the search: the scenarios that report its answer, evaluated on the
 * scenario's own replications 0 … R − 1 (the search used others, from
 * SEARCH_REPLICATIONS_FROM on, so the reported improvement is not inflated by
 * having picked the winner on the same draws, and opening the proposal in
 * the app gives these very numbers):
 *  - confirmation: the proposal and the user's scenario as it is (and their
 *    top-up probes when a floor is checked);
 *  - frontier: both splits at each constant annual budget of `frontierBn`.
 * The list depends only on the problem, the search's answer and the
 * frontier, so every shard of a sharded optimisation builds the same one.
 */
import { RUN_SPEC, type Scenario } from '../../scenario/types';
import { applySplit, topUpProbe, type OptimiseProblem } from './problem';

/** The search's replications start here: past the most any scenario may run (run.replications ≤ 2000). */
export const SEARCH_REPLICATIONS_FROM = RUN_SPEC.replications.max;

/**
 * Why imported household data cannot be optimised on, or undefined: a file
 * with a replication column holds its own households for replications
 * 0 … R − 1 only, and the search runs on replications from
 * SEARCH_REPLICATIONS_FROM on, which it does not have.
 */
export function optimiseDataProblem(data: { replication: ArrayLike<number> | null }): string | undefined {
  if (!data.replication) return undefined;
  return (
    `the household data gives each replication its own households (a replication column), but the optimiser searches on replications ` +
    `${SEARCH_REPLICATIONS_FROM} and up, which the data does not hold; optimise on a file without a replication column ` +
    '(e.g. npm run sim -- export-population --replication 0)'
  );
}

/** Rs 0–150 bn a year in steps of 25. */
export const DEFAULT_FRONTIER_BN: readonly number[] = [0, 25, 50, 75, 100, 125, 150];

export interface FinalPlan {
  /** The proposal as a document (the user's run settings, named "… (optimised)"). */
  proposal: Scenario;
  /** Every scenario to evaluate, in this order. */
  points: Scenario[];
  confirm: { best: number; current: number; bestProbe: number | null; currentProbe: number | null };
  frontier: { budgetBn: number; best: number; current: number }[];
}

/** A scenario as the optimiser evaluates it: with its status quo, which additional exits need. */
export function forEvaluation(sc: Scenario): Scenario {
  return sc.run.counterfactual ? sc : { ...sc, run: { ...sc.run, counterfactual: true } };
}

export function finalPlan(p: OptimiseProblem, best: ArrayLike<number>, frontierBn: readonly number[] = DEFAULT_FRONTIER_BN): FinalPlan {
  const proposal = applySplit(p, best, `${p.scenario.name} (optimised)`);
  const points: Scenario[] = [];
  const add = (sc: Scenario) => points.push(forEvaluation(sc)) - 1;
  const confirm = {
    best: add(proposal),
    current: add(p.scenario),
    bestProbe: p.checkTopUp ? add(topUpProbe(proposal)) : null,
    // The user's own top-up is checked only if it reaches the floor; below it the floor is broken anyway.
    currentProbe: p.checkTopUp && p.scenario.policy.cash.existingTopUpPKR >= p.topUpPKR ? add(topUpProbe(p.scenario)) : null,
  };
  const atBudget = (sc: Scenario, bn: number): Scenario => {
    const out = structuredClone(sc);
    out.policy.budget.annualBn = [bn];
    out.name = `${sc.name} at Rs ${bn} bn`;
    return out;
  };
  const frontier = frontierBn.map((budgetBn) => ({ budgetBn, best: add(atBudget(proposal, budgetBn)), current: add(atBudget(p.scenario, budgetBn)) }));
  return { proposal, points, confirm, frontier };
}
