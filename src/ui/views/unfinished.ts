/**
 * How far the given scenarios' runs still going have got: the replications their results are built from, and
 * those wanted, summed over them. A scenario whose run has not started yet counts as none of its replications
 * done; a run cancelled or stopped by an error keeps what it has and will not change, so it is not counted.
 * Said wherever results are shown away from the progress bar (the printed report, the slides), so numbers taken
 * early are not read as final.
 */
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/context';
import { selectRun } from '../../state/selectors';

export function useUnfinished(ids: readonly string[]): { done: number; total: number } {
  const [done, total] = useApp(
    useShallow((s) => {
      let done = 0;
      let total = 0;
      for (const id of ids) {
        const run = selectRun(s, id);
        if (run && run.status !== 'running') continue;
        done += run?.result?.meta.replications ?? 0;
        total += run?.total ?? s.scenarios[id]?.run.replications ?? 0;
      }
      return [done, total];
    }),
  );
  return { done, total };
}
