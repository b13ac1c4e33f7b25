/** How views find a scenario's run: through the key the store holds for it, never by computing one. */
import type { Difference, PayingProgramme } from '../engine/index';
import type { RunView } from '../run/controller';
import type { Store } from './store';

export function selectRun(st: Pick<Store, 'runs' | 'runKeys'>, id: string): RunView | undefined {
  const key = st.runKeys[id];
  return key === undefined ? undefined : st.runs[key];
}

/** The scenario's difference from the baseline (paired on common random numbers), or why there is none. */
export function selectDifference(st: Pick<Store, 'runs' | 'runKeys'>, id: string): Difference | { error: string } | undefined {
  return selectRun(st, id)?.difference ?? undefined;
}

/**
 * The programme-only runs of scenario `id` (each funded programme alone on
 * its world), as far as they have got; null when none are kept for it.
 */
export function selectProgrammeRuns(
  st: Pick<Store, 'runs' | 'programmeRunKeys'>, id: string,
): { programme: PayingProgramme; view: RunView | undefined }[] | null {
  const p = st.programmeRunKeys;
  if (!p || p.scenarioId !== id) return null;
  return p.runs.map(({ programme, key }) => ({ programme, view: st.runs[key] }));
}
