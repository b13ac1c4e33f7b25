/**
 * The Sensitivity view's and the Optimise view's analyses for what is on
 * screen now: the active scenario, the settings chosen in the view, and the
 * slices' own keys. The views find their results here, and so does the
 * report, which prints exactly the result the view shows, or nothing. A
 * result for settings changed since is not the view's either: neither view
 * notes one as stale, so the report says nothing of it.
 *
 * Kept apart from the sections that draw them (SensitivitySection,
 * OptimiseSection): these run in the report's own code, to decide whether to
 * load those, whose charts are recharts'.
 */
import { useMemo } from 'react';
import { useApp } from '../../../state/context';
import { inSentence } from '../../../state/displayName';
import { optimiseKey, optimisedScenario, requestOf, type OptimiseRun } from '../../../state/optimiseSlice';
import { sensitivityKey, type SensitivityAnalysis } from '../../../state/sensitivitySlice';
import type { Scenario } from '../../../engine/index';
import type { Difference } from '../sensitivity/text';
import { useVersus } from '../sensitivity/useVersus';

export interface ShownSensitivity {
  analysis: SensitivityAnalysis;
  /** The active scenario's seed, the charts' source. */
  seed: number;
  /** A paired difference's two scenarios, by their shown names. */
  difference?: Difference;
}

/** The sensitivity analysis for the active scenario and the view's settings: its key, whatever state it is in, and what it is versus. */
export function useSensitivityOnScreen() {
  const activeId = useApp((s) => s.activeId);
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const settings = useApp((s) => s.sensitivitySettings);
  const versus = useVersus(activeId, scenario, settings);
  const key = useMemo(() => (scenario ? sensitivityKey(scenario, settings, versus.scenario) : ''), [scenario, settings, versus.scenario]);
  const analysis = useApp((s) => s.sensitivity[key]) as SensitivityAnalysis | undefined;
  const names = versus.choice.names;
  const difference = useMemo<Difference | undefined>(() => (names ? { a: inSentence(names.a), b: inSentence(names.b) } : undefined), [names]);
  return { activeId, scenario, settings, versus, key, analysis, difference };
}

/** The finished sensitivity analysis the Sensitivity view shows now, or null. */
export function useShownSensitivity(): ShownSensitivity | null {
  const { scenario, versus, analysis, difference } = useSensitivityOnScreen();
  // The view shows no result for a scenario with nothing uncertain (it explains how to mark some instead).
  if (!scenario || versus.parameters.length === 0 || analysis?.status !== 'done' || !analysis.result) return null;
  return { analysis, seed: scenario.run.seed, difference };
}

export interface ShownOptimisation {
  run: OptimiseRun;
  /** The scenario optimised: the active one, on fewer replications if so chosen. */
  scenario: Scenario;
  /** The active scenario's own replications. */
  ownReplications: number;
}

/** The optimisation for the active scenario and the view's setup: the request, the scenario optimised, its key and its run, whatever its state. */
export function useOptimisationOnScreen() {
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const setup = useApp((s) => s.optimiseSetup);
  const request = useMemo(() => requestOf(setup), [setup]);
  const optimised = useMemo(() => scenario && optimisedScenario(scenario, setup.replications), [scenario, setup.replications]);
  const key = optimised ? optimiseKey(optimised, request, setup.effort) : '';
  const run = useApp((s) => s.optimisations[key]) as OptimiseRun | undefined;
  return { scenario, setup, request, optimised, key, run };
}

/** The finished optimisation the Optimise view shows now, or null. */
export function useShownOptimisation(): ShownOptimisation | null {
  const { scenario, optimised, run } = useOptimisationOnScreen();
  if (!scenario || !optimised || run?.status !== 'done' || !run.result) return null;
  return { run, scenario: optimised, ownReplications: scenario.run.replications };
}
