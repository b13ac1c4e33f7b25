/**
 * Runs the Optimise view's optimisations on the app's runner at analysis
 * priority (optimise()'s default: the scenarios on screen go first), and
 * keeps their progress and results in the store by optimiseKey. An
 * optimisation goes on when the reader switches views; cancelling it keeps
 * nothing (a search stopped part way has no proposal to show).
 */
import { ENGINE_VERSION, type OptimiseRequest, type Scenario } from '../engine/index';
import { errorMessage } from '../run/errors';
import { analysisJobs } from './analysisJobs';
import type { Runner } from '../run/types';
import type { AppStore } from '../state/store';
import { EFFORTS, optimiseKey, type Effort, type OptimiseRun } from '../state/optimiseSlice';

export interface OptimiseActions {
  /** Start optimising `scenario` for `request` (nothing if that is already running or done); returns its key. */
  run(scenario: Scenario, request: OptimiseRequest, effort: Effort): string;
  /** Stop it and forget it. */
  cancel(key: string): void;
}

/** Progress reaches the store at most this often (ms): the search delivers thousands of replications. */
const PROGRESS_MS = 250;

export function connectOptimise(store: AppStore, runner: Runner, now: () => number = Date.now): OptimiseActions & { dispose(): void } {
  const jobs = analysisJobs();

  async function search(base: OptimiseRun, scenario: Scenario, signal: AbortSignal) {
    // The optimiser's code loads with its first run, not with the first screen.
    const { optimise } = await import('../run/optimise');
    const { search: settings, frontierBn } = EFFORTS[base.effort];
    let shownAt = -Infinity;
    let latest = base;
    const out = await optimise(runner, scenario, base.request, {
      signal,
      search: settings,
      frontierBn,
      onProgress: ({ phase, done, total }) => {
        const t = now();
        if (done < total && phase === latest.phase && t - shownAt < PROGRESS_MS) return;
        shownAt = t;
        latest = { ...latest, phase, done, total };
        if (!signal.aborted) store.getState().putOptimisation(latest);
      },
    });
    if (signal.aborted) return;
    if (!out.ok) {
      store.getState().putOptimisation({ ...latest, status: 'failed', issues: out.issues, finishedAt: now() });
      return;
    }
    store.getState().putOptimisation({ ...latest, status: 'done', done: latest.total, result: out.result, finishedAt: now() });
  }

  return {
    run(scenario, request, effort) {
      const key = optimiseKey(scenario, request, effort);
      const known = store.getState().optimisations[key];
      if (jobs.running(key) || known?.status === 'done') return key;
      const base: OptimiseRun = {
        key, request, effort, status: 'running', phase: 'screen', done: 0, total: 0, startedAt: now(), finishedAt: null,
        engineVersion: ENGINE_VERSION, result: null, error: null,
      };
      store.getState().putOptimisation(base);
      jobs.start(
        key,
        (signal) => search(base, scenario, signal),
        (e) => {
          const at = store.getState().optimisations[key] ?? base;
          store.getState().putOptimisation({ ...at, status: 'failed', error: errorMessage(e), finishedAt: now() });
        },
      );
      return key;
    },
    cancel(key) {
      jobs.cancel(key);
      store.getState().dropOptimisation(key);
    },
    dispose: () => jobs.dispose(),
  };
}
