/**
 * Runs sensitivity analyses for the Sensitivity view on the app's runner,
 * at analysis priority (below the scenarios on screen, which go first), and
 * keeps their progress and results in the store by sensitivityKey. An
 * analysis goes on when the reader switches views; cancelling it keeps
 * nothing (a design evaluated in part has no tornado or indices to show).
 * With a comparator scenario the outcome is the paired difference, both
 * scenarios evaluated together at each design point (evaluateDesign).
 */
import { SOBOL_BOOTSTRAP, noSpread, pairedSobolDesign, pairedTornadoDesign, sobolDesign, sobolRows, tornadoBars, tornadoDesign, type Scenario } from '../engine/index';
import { evaluateDesign } from '../run/evaluateDesign';
import { i18n } from '../i18n/index';
import { errorMessage } from '../run/errors';
import { analysisJobs } from './analysisJobs';
import { PRIORITY, type Runner } from '../run/types';
import type { AppStore } from '../state/store';
import { sensitivityKey, type SensitivityAnalysis, type SensitivitySettings } from '../state/sensitivitySlice';

export interface SensitivityActions {
  /**
   * Start the analysis of `scenario` with `settings` (nothing if it is already running or done); returns its key.
   * With `versus` (sharing the scenario's world), of the paired difference scenario − versus.
   */
  run(scenario: Scenario, settings: SensitivitySettings, versus?: Scenario): string;
  /** Stop it and forget it. */
  cancel(key: string): void;
}

/** Progress reaches the store at most this often (ms): a Sobol' design delivers thousands of replications. */
const PROGRESS_MS = 100;

export function connectSensitivity(store: AppStore, runner: Runner): SensitivityActions & { dispose(): void } {
  const jobs = analysisJobs();

  async function analyse(key: string, scenario: Scenario, settings: SensitivitySettings, versus: Scenario | undefined, signal: AbortSignal) {
    const st = store.getState();
    const tornado = settings.method !== 'tornado' ? null : versus ? pairedTornadoDesign(scenario, versus) : tornadoDesign(scenario);
    const sobol = settings.method !== 'sobol' ? null : versus ? pairedSobolDesign(scenario, versus, settings.samples) : sobolDesign(scenario, settings.samples);
    const { points, versus: comparators } = (tornado ?? sobol)!;
    const base: SensitivityAnalysis = {
      key, settings, status: 'running', done: 0, total: points.length * scenario.run.replications * (versus ? 2 : 1),
      points: points.length, replications: scenario.run.replications, ...(versus ? { paired: true } : {}), result: null, error: null,
    };
    st.putSensitivity(base);
    let shownAt = 0;
    const outcomes = await evaluateDesign(runner, points, settings.outcome, {
      signal,
      ...(comparators ? { versus: comparators } : {}),
      priority: PRIORITY.analysis,
      onProgress: (done, total) => {
        const now = performance.now();
        if (done < total && now - shownAt < PROGRESS_MS) return;
        shownAt = now;
        if (!signal.aborted) store.getState().putSensitivity({ ...base, done, total });
      },
    });
    if (signal.aborted) return;
    // An outcome that never moved over the design's base points has no variance to share out (engine noSpread).
    if (sobol && noSpread(sobol, outcomes)) throw new Error(i18n.t('sensitivity:noSpread', { points: String(2 * sobol.samples) }));
    const result = tornado
      ? { method: 'tornado' as const, bars: tornadoBars(tornado, outcomes) }
      : { method: 'sobol' as const, samples: settings.samples, ...sobolRows(sobol!, outcomes, { bootstrap: SOBOL_BOOTSTRAP, seed: scenario.run.seed }) };
    store.getState().putSensitivity({ ...base, status: 'done', done: base.total, result });
  }

  return {
    run(scenario, settings, versus) {
      const key = sensitivityKey(scenario, settings, versus);
      const known = store.getState().sensitivity[key];
      if (jobs.running(key) || known?.status === 'done') return key;
      jobs.start(
        key,
        (signal) => analyse(key, scenario, settings, versus, signal),
        (e) => {
          const now = store.getState().sensitivity[key] ?? {
            key, settings, status: 'failed', done: 0, total: 0, points: 0, replications: scenario.run.replications, result: null, error: null,
          };
          store.getState().putSensitivity({ ...now, status: 'failed', error: errorMessage(e) });
        },
      );
      return key;
    },
    cancel(key) {
      jobs.cancel(key);
      store.getState().dropSensitivity(key);
    },
    dispose: () => jobs.dispose(),
  };
}
