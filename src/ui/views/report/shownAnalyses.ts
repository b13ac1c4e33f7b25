/**
 * The analyses the report prints: the Sensitivity view's and the Optimise
 * view's results for what is on screen now, found as those views find them
 * (the active scenario, the settings chosen there, the slices' own keys), so
 * the report shows exactly the result the view would, or nothing. A result
 * for settings changed since is not the view's either: neither view notes
 * one as stale, so the report says nothing of it.
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

/** The finished sensitivity analysis the Sensitivity view would show now, or null (as SensitivityView). */
export function useShownSensitivity(): ShownSensitivity | null {
  const activeId = useApp((s) => s.activeId);
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const settings = useApp((s) => s.sensitivitySettings);
  const versus = useVersus(activeId, scenario, settings);
  const key = useMemo(() => (scenario ? sensitivityKey(scenario, settings, versus.scenario) : ''), [scenario, settings, versus.scenario]);
  const analysis = useApp((s) => s.sensitivity[key]);
  const names = versus.choice.names;
  const difference = useMemo(() => (names ? { a: inSentence(names.a), b: inSentence(names.b) } : undefined), [names]);
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

/** The finished optimisation the Optimise view would show now, or null (as OptimiseView). */
export function useShownOptimisation(): ShownOptimisation | null {
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const setup = useApp((s) => s.optimiseSetup);
  const request = useMemo(() => requestOf(setup), [setup]);
  const optimised = useMemo(() => scenario && optimisedScenario(scenario, setup.replications), [scenario, setup.replications]);
  const key = optimised ? optimiseKey(optimised, request, setup.effort) : '';
  const run = useApp((s) => s.optimisations[key]);
  if (!scenario || !optimised || run?.status !== 'done' || !run.result) return null;
  return { run, scenario: optimised, ownReplications: scenario.run.replications };
}
