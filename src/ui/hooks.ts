/** Narrow selectors shared by views: a scenario's run and its difference from the baseline. */
import type { Difference, Scenario } from '../engine/index';
import type { RunView } from '../run/controller';
import { runKey } from '../run/runKey';
import { useApp } from '../state/context';

export interface ScenarioRun {
  id: string;
  scenario: Scenario;
  key: string;
  run: RunView | undefined;
}

export function useScenarioRun(id: string): ScenarioRun | null {
  const scenario = useApp((s) => s.scenarios[id]);
  const key = scenario ? runKey(scenario) : '';
  const run = useApp((s) => (key ? s.runs[key] : undefined));
  return scenario ? { id, scenario, key, run } : null;
}

export function useDifference(id: string): Difference | { error: string } | undefined {
  const scenario = useApp((s) => s.scenarios[id]);
  return useApp((s) => (scenario ? s.differences[runKey(scenario)] : undefined));
}
