/** Progress of the active scenario's run: replications done, time left, cancel / run again. */
import { useRunActions } from '../app/services';
import { useApp } from '../state/context';
import { useScenarioRun } from './hooks';

function eta(ms: number | null): string {
  if (ms === null) return 'estimating time left';
  if (ms < 1000) return 'under a second left';
  const s = Math.round(ms / 1000);
  return s < 90 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`;
}

export function RunProgress() {
  const activeId = useApp((s) => s.activeId);
  const replaced = useApp((s) => s.workerReplacements);
  const current = useScenarioRun(activeId);
  const actions = useRunActions();
  const run = current?.run;
  if (!current || !run) return <div className="run-progress">Starting…</div>;
  const pct = run.total > 0 ? Math.round((100 * run.done) / run.total) : 0;
  return (
    <div className="run-progress" aria-live="polite">
      <progress max={run.total} value={run.done} aria-label="Replications done" />
      <span className="run-text">
        {run.status === 'running' && `${run.done} / ${run.total} replications · ${eta(run.etaMs)}`}
        {run.status === 'done' && `${run.done} replications done`}
        {run.status === 'cancelled' && `Cancelled at ${run.done} / ${run.total} (${pct}%)`}
        {run.status === 'error' && <span role="alert">Run failed: {run.error}</span>}
      </span>
      {run.status === 'running' && (
        <button type="button" onClick={() => actions.cancel(run.key)}>
          Cancel
        </button>
      )}
      {(run.status === 'cancelled' || run.status === 'error') && (
        <button type="button" onClick={() => actions.restart(run.key)}>
          Run again
        </button>
      )}
      {replaced > 0 && <span className="run-note">{replaced === 1 ? 'A worker crashed and was replaced' : `${replaced} workers crashed and were replaced`}; results are unaffected.</span>}
    </div>
  );
}
