/**
 * How far the compared scenarios' runs still going have got: the replications done and wanted, summed over
 * those runs. A run cancelled or stopped by an error keeps what it has and will not change, so it is not counted.
 * Said wherever results are shown away from the progress bar (the printed report, the slides), so numbers taken
 * early are not read as final.
 */
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/context';
import { selectRun } from '../../state/selectors';
import type { ChartRun } from '../charts/types';

export function useUnfinished(runs: readonly ChartRun[]): { done: number; total: number } {
  const going = useApp(useShallow((s) => runs.filter((r) => selectRun(s, r.id)?.status === 'running').map((r) => r.id)));
  const still = runs.filter((r) => going.includes(r.id));
  return { done: still.reduce((a, r) => a + r.result.meta.replications, 0), total: still.reduce((a, r) => a + r.result.scenario.run.replications, 0) };
}
