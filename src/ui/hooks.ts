/** Narrow selectors shared by views: a scenario's run, its difference from the baseline, and its name as shown. */
import type { Difference, Scenario } from '../engine/index';
import type { RunView } from '../run/controller';
import { useApp } from '../state/context';
import { selectDifference, selectRun } from '../state/selectors';
import { displayNameOf } from '../state/displayName';

export interface ScenarioRun {
  id: string;
  scenario: Scenario;
  run: RunView | undefined;
}

export function useScenarioRun(id: string): ScenarioRun | null {
  const scenario = useApp((s) => s.scenarios[id]);
  const run = useApp((s) => selectRun(s, id));
  return scenario ? { id, scenario, run } : null;
}

export function useDifference(id: string): Difference | { error: string } | undefined {
  return useApp((s) => selectDifference(s, id));
}

/** Scenario `id`'s name as shown, in the current language (state/displayName). */
export function useDisplayName(id: string): string {
  return useApp((s) => displayNameOf(s, id));
}
