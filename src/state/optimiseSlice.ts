/**
 * The allocation optimiser (the Optimise view): what the reader has set up —
 * the objective, whether regions are decided too, the constraints being
 * edited, the search effort and the replications the answer is confirmed
 * on — and the optimisations run while the app is open, by scenario and
 * request (optimiseKey), so switching views keeps them. Not saved: a result
 * takes minutes, but its scenario may have changed by the next visit, and
 * the proposal itself can be kept by opening it as a scenario. The search
 * runs in app/optimise on the app's runner.
 */
import type { StateCreator } from 'zustand';
import {
  DEFAULT_FRONTIER_BN, DEFAULT_SEARCH, NO_CONSTRAINTS,
  type Objective, type OptimiseConstraints, type OptimiseRequest, type OptimiseResult, type Scenario, type SearchSettings,
  type ValidationIssue,
} from '../engine/index';
import type { OptimisePhase } from '../run/optimise';
import { runKey } from '../run/runKey';
import type { Store } from './store';

export type Effort = 'quick' | 'standard';

/**
 * What each effort asks of the search (src/engine/analysis/optimise/search.ts) and where the frontier is drawn.
 * Standard is the CLI's default (64 candidates…, Rs 0–150 bn in steps of 25). Quick is for a first look: 16
 * candidates halved from 4 replications, 3 cross-entropy rounds of 10 on 8, 4 finalists and the user's split on
 * 24 (at most 456 scenario-replications, a ninth of standard's 4,160) and the frontier at Rs 0, 50, 100 and
 * 150 bn. Quick differs from the default only in settings `sim optimise` has flags for, so the CLI can ask for
 * the same search (Provenance writes the command).
 */
export const EFFORTS: Record<Effort, { search: SearchSettings; frontierBn: readonly number[] }> = {
  quick: {
    search: { candidates: 16, screenReplications: 4, keep: 4, refineIterations: 3, refinePopulation: 10, refineReplications: 8, finalists: 4, finalistReplications: 24 },
    frontierBn: [0, 50, 100, 150],
  },
  standard: { search: DEFAULT_SEARCH, frontierBn: DEFAULT_FRONTIER_BN },
};

/** Replications the answer may be confirmed on instead of the scenario's own (offered when fewer than its own). */
export const FEWER_REPLICATIONS = [10, 20, 50] as const;

export interface OptimiseSetup {
  objective: Objective;
  /** Decide the regional split too. */
  regions: boolean;
  /**
   * The constraints as edited: the constraints file's content (shares as fractions of the whole budget). May
   * hold values the engine refuses (the view shows why at the field); region constraints are kept while regions
   * are not decided, but not applied.
   */
  constraints: OptimiseConstraints;
  effort: Effort;
  /** Confirm and draw the frontier on this many replications instead of the scenario's own; null: its own. */
  replications: number | null;
}

export interface OptimiseRun {
  key: string;
  request: OptimiseRequest;
  effort: Effort;
  status: 'running' | 'done' | 'failed';
  phase: OptimisePhase;
  /** Scenario-replications computed so far, and the most there will be. */
  done: number;
  total: number;
  /** Date.now() when it started and, once done, when it finished. */
  startedAt: number;
  finishedAt: number | null;
  engineVersion: string;
  result: OptimiseResult | null;
  /** Why it failed: the runner's error, or the scenario's or constraints' problems by path. */
  error: string | null;
  issues?: ValidationIssue[];
}

export interface OptimiseSlice {
  optimiseSetup: OptimiseSetup;
  /** By optimiseKey. */
  optimisations: Record<string, OptimiseRun>;
  setOptimiseSetup(next: Partial<OptimiseSetup>): void;
  putOptimisation(run: OptimiseRun): void;
  dropOptimisation(key: string): void;
}

/** Region constraints apply only when regions are decided (the engine refuses them otherwise). */
export function appliedConstraints(setup: Pick<OptimiseSetup, 'constraints' | 'regions'>): OptimiseConstraints {
  const c = setup.constraints;
  if (setup.regions) return c;
  return { ...c, regions: {}, groups: c.groups.filter((g) => !g.regions) };
}

export function requestOf(setup: OptimiseSetup): OptimiseRequest {
  return { objective: setup.objective, regions: setup.regions, constraints: appliedConstraints(setup) };
}

/** The scenario the optimiser runs on: the active one, confirmed on fewer replications if the reader chose so. */
export function optimisedScenario(sc: Scenario, replications: number | null): Scenario {
  return replications === null || replications >= sc.run.replications ? sc : { ...sc, run: { ...sc.run, replications } };
}

/** What fixes an optimisation's answer: the scenario's run (not its name), its replications and uncertainty, the request and the effort. */
export function optimiseKey(sc: Scenario, request: OptimiseRequest, effort: Effort): string {
  return `${runKey(sc)}|${sc.run.replications}|${JSON.stringify(sc.uncertainty)}|${JSON.stringify(request)}|${effort}`;
}

export const createOptimiseSlice: StateCreator<Store, [], [], OptimiseSlice> = (set) => ({
  optimiseSetup: { objective: 'maxSustainedExits', regions: false, constraints: NO_CONSTRAINTS, effort: 'standard', replications: null },
  optimisations: {},
  setOptimiseSetup: (next) => set((st) => ({ optimiseSetup: { ...st.optimiseSetup, ...next } })),
  putOptimisation: (run) => set((st) => ({ optimisations: { ...st.optimisations, [run.key]: run } })),
  dropOptimisation: (key) =>
    set((st) => {
      const optimisations = { ...st.optimisations };
      delete optimisations[key];
      return { optimisations };
    }),
});
