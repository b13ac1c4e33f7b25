/**
 * The comparator of a paired difference, as the Sensitivity view offers it:
 * the other open scenarios (those on another world cannot be paired), the
 * one chosen in the settings if it still exists and shares the active
 * scenario's world, the parameters the analysis varies (uncertain in either
 * scenario), and why the pair cannot be analysed, if it cannot (a parameter
 * uncertain in both under different distributions).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { distributionConflicts, pairedParameters, sensitivityParameters, uncertainPaths, worldKey, type Scenario, type SensitivityParameter } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { useApp } from '../../../state/context';
import { displayNameOf } from '../../../state/displayName';
import type { SensitivitySettings } from '../../../state/sensitivitySlice';
import type { VersusChoice, VersusOption } from './SensitivityControls';
import { paramLabel } from './text';

export interface Versus {
  choice: VersusChoice;
  /** The chosen comparator, if any. */
  scenario: Scenario | undefined;
  /** The parameters the analysis varies: the active scenario's, or those uncertain in either of the pair. */
  parameters: SensitivityParameter[];
  /** Parameters marked uncertain that it leaves out, since the model does not read them (isRead), in path order. */
  leftOut: string[];
}

export function useVersus(activeId: string, scenario: Scenario | undefined, settings: SensitivitySettings): Versus {
  const ids = useApp(useShallow((s) => s.order.filter((id) => id !== activeId)));
  const others = useApp(useShallow((s) => ids.map((id): Scenario | undefined => s.scenarios[id])));
  const names = useApp(useShallow((s) => ids.map((id) => displayNameOf(s, id))));
  const activeName = useApp((s) => displayNameOf(s, activeId));
  return useMemo(() => {
    const world = scenario ? worldKey(scenario) : '';
    // A scenario removed since the last render may still be listed for a moment: it cannot be paired.
    const options: VersusOption[] = ids.map((id, k) => ({ id, name: names[k] ?? id, sharesWorld: scenario !== undefined && others[k] !== undefined && worldKey(others[k]) === world }));
    const chosen = options.find((o) => o.id === settings.versus && o.sharesWorld);
    const versus = chosen ? others[ids.indexOf(chosen.id)] : undefined;
    const conflict = scenario && versus ? distributionConflicts(scenario, versus)[0] : undefined;
    const problem = conflict === undefined ? null : i18n.t('sensitivity:controls.versusConflict', { parameter: paramLabel(conflict) });
    const paired = versus && conflict === undefined;
    const parameters = !scenario ? [] : paired ? pairedParameters(scenario, versus) : sensitivityParameters(scenario);
    const marked = new Set([...(scenario ? uncertainPaths(scenario) : []), ...(paired ? uncertainPaths(versus) : [])]);
    const leftOut = [...marked].filter((path) => !parameters.some((p) => p.path === path)).sort();
    return {
      choice: { options, chosen: chosen?.id ?? null, names: chosen ? { a: activeName, b: chosen.name } : null, problem },
      scenario: versus,
      parameters,
      leftOut,
    };
  }, [ids, others, names, activeName, scenario, settings.versus]);
}
