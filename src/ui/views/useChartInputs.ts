/**
 * Assemble what the charts need from the store: the baseline and compared
 * scenarios with results, the scenario in focus, and differences against the
 * baseline. Colours follow the scenario order so a scenario keeps its colour.
 * Names are as shown (state/displayName): a generated name in the reader's
 * language, so every chart, legend and table shows the same name.
 */
import { pairingReason } from './engineText';
import { worldDiffers } from './changes';
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Difference } from '../../engine/index';
import { selectProgrammeRuns, selectRun } from '../../state/selectors';
import { keyLabel } from '../editor/labels';
import type { ProgrammeRunsInput } from '../charts/data/programmeCost';
import { useApp } from '../../state/context';
import { colorsOf } from '../charts/palette';
import { settleColors } from '../../state/colorPlaces';
import type { ChartInputs } from '../charts/registry';
import type { ChartRun, DiffRun, Unpaired } from '../charts/types';
import { stableInputs } from './stableInputs';
import { displayName } from '../../state/displayName';
import { i18n } from '../../i18n/index';
import { shownDifference, shownResult } from '../charts/data/estimating';
import { householdsBlock } from '../../state/householdsSlice';

export interface DashboardData {
  inputs: ChartInputs | null;
  /** Scenarios on screen that have no result yet (still starting). */
  waiting: string[];
  /** Scenarios on screen that cannot run until their household data is imported (or read from the browser's storage). */
  blocked: string[];
  /** Scenarios on screen that run more replications than their household data has rows for (they do not run). */
  uncovered: string[];
}

export function useChartInputs(): DashboardData {
  const { scenarios, meta, order, baselineId, activeId, compareIds, runs, runKeys, programmeRunKeys, datasets, datasetCoverage, places } = useApp(
    useShallow((s) => ({
      scenarios: s.scenarios, meta: s.meta, order: s.order, baselineId: s.baselineId, activeId: s.activeId, compareIds: s.compareIds, runs: s.runs, runKeys: s.runKeys,
      programmeRunKeys: s.programmeRunKeys, datasets: s.datasets, datasetCoverage: s.datasetCoverage, places: s.colors,
    })),
  );
  // The last inputs handed out, so unchanged runs and lists keep their identity (see stableInputs).
  const last = useRef<ChartInputs | null>(null);
  return useMemo(() => {
    const colors = colorsOf(settleColors(places, order, baselineId));
    const runOf = (id: string) => selectRun({ runs, runKeys }, id);
    const nameOf = (id: string) => (scenarios[id] ? displayName(scenarios[id], meta[id]) : id);
    const toRun = (id: string): ChartRun | null => {
      const s = scenarios[id];
      const result = s ? runOf(id)?.result : null;
      return s && result ? { id, name: nameOf(id), color: colors[id]!, result: shownResult(result), costs: runOf(id)?.costs ?? null } : null;
    };
    const shown = [baselineId, ...compareIds.filter((id) => id !== baselineId)];
    if (activeId !== baselineId && !shown.includes(activeId)) shown.push(activeId);
    const chartRuns = shown.map(toRun).filter((r): r is ChartRun => r !== null);
    const blockOf = (id: string) => householdsBlock({ datasets, datasetCoverage }, scenarios[id])?.kind;
    const waiting = shown.filter((id) => !toRun(id) && !blockOf(id)).map(nameOf);
    const blocked = shown.filter((id) => !toRun(id) && blockOf(id) === 'missing').map(nameOf);
    const uncovered = shown.filter((id) => !toRun(id) && blockOf(id) === 'replications').map(nameOf);
    const focus = toRun(activeId);
    const base = scenarios[baselineId];
    const diffs: DiffRun[] = shown
      .filter((id) => id !== baselineId)
      .map((id) => {
        const d = runOf(id)?.difference;
        // Runs on other household data are not paired, whatever the statistics managed to compute.
        const paired = !base || !scenarios[id] || (scenarios[id]!.households?.sha256 ?? null) === (base.households?.sha256 ?? null);
        if (!d || 'error' in d || !paired) return null;
        const run: DiffRun = { id, name: nameOf(id), color: colors[id]!, diff: shownDifference(d as Difference) };
        return base && worldDiffers(scenarios[id]!, base) ? { ...run, worldDiffers: true } : run;
      })
      .filter((d): d is DiffRun => d !== null);
    // A compared scenario with a result but no difference is said beside the chart, with the reason.
    const unpaired: Unpaired[] = shown
      .filter((id) => id !== baselineId && toRun(id) && !diffs.some((d) => d.id === id))
      .map((id) => {
        const s = scenarios[id]!;
        const d = runOf(id)?.difference;
        const problem = base ? pairingReason(s, base) : undefined;
        const reason = problem ?? (d && 'error' in d ? d.error : i18n.t('views:unpaired.computing'));
        return { id, name: nameOf(id), reason: reason.replace(/^not paired with the baseline: /, '') };
      });
    const alone = selectProgrammeRuns({ runs, programmeRunKeys }, activeId);
    const programmes: ProgrammeRunsInput | null =
      focus && alone
        ? {
            scenarioName: focus.name,
            color: focus.color,
            combined: focus.result,
            runs: alone.map(({ programme, view }) => ({
              programme,
              label: keyLabel(programme),
              result: view?.result ? shownResult(view.result) : null,
              done: view?.done ?? 0,
              total: view?.total ?? focus.result.scenario.run.replications,
            })),
          }
        : null;
    const inputs = focus ? stableInputs(last.current, { runs: chartRuns, focus, diffs, unpaired, programmes }) : null;
    if (inputs) last.current = inputs;
    return { inputs, waiting, blocked, uncovered };
  }, [scenarios, meta, order, baselineId, activeId, compareIds, runs, runKeys, programmeRunKeys, datasets, datasetCoverage, places]);
}
