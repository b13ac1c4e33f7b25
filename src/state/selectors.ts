/** How views find a scenario's run: through the key the store holds for it, never by computing one. */
import type { Difference } from '../engine/index';
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
