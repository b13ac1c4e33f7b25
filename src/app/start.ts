/**
 * Wires the app together: store, worker pool, run controller and the
 * connection between them. The page starts computing the default comparison
 * at once: no blank page, no "press run".
 */
import { createAppStore, type AppStore } from '../state/store';
import { RunController } from '../run/controller';
import { PRIORITY, type Runner } from '../run/types';
import { localStats, namespacedStats, type Stats } from '../run/stats';
import { connectRuns } from './connectRuns';
import { connectProgrammeRuns, PROGRAMME_RUNS } from './connectProgrammeRuns';
import { connectLocale } from './locale';
import { restoreWorkspace, saveWorkspaceOnChange, type KeyValueStorage, type StorageEvents } from './persistence';
import type { RunActions } from './services';
import { connectSensitivity, type SensitivityActions } from './sensitivity';
import { connectHouseholds, type HouseholdActions } from './households';
import { connectOptimise, type OptimiseActions } from './optimise';
import type { DatasetStore } from './datasetStore';
import type { HouseholdParser } from '../run/households/parser';

export interface App {
  store: AppStore;
  controller: RunController;
  /** The focus scenario's programme-only runs, in the background (connectProgrammeRuns). */
  programmeController: RunController;
  actions: RunActions;
  /** Sensitivity analyses on the same runner, at analysis priority (the Sensitivity view). */
  sensitivity: SensitivityActions;
  /** Optimisations on the same runner, at analysis priority (the Optimise view). */
  optimise: OptimiseActions;
  /** Importing household data, and keeping what scenarios name loaded on the runner. */
  households: HouseholdActions;
  stop(): void;
  /** Save pending work now (the page is being hidden or closed). */
  flush(): void;
}

export interface StartOptions {
  debounceMs?: number;
  throttleMs?: number;
  refreshMs?: number;
  /** Where the workspace is kept between visits (the browser's localStorage); none in tests by default. */
  storage?: KeyValueStorage;
  /** Where other tabs' saves of it are heard (the window): their scenarios are then brought in (app/persistence). */
  storageEvents?: StorageEvents;
  /** Where results and differences are computed (a worker in the browser); in this thread by default. */
  stats?: Stats;
  /** Where imported household data is kept between visits (IndexedDB in the browser); none by default. */
  datasets?: DatasetStore;
  /** Where household files are parsed (a worker in the browser); by default, none: parsing fails. */
  parser?: HouseholdParser;
  /**
   * True in the browser app: a changed language or number scale is applied by the UI as it draws the new screen
   * (ui/Root), not here at once, so that the old screen is not drawn again in the new language first.
   */
  localeByUi?: boolean;
}

const noParser: HouseholdParser = { parse: () => Promise.reject(new Error('household import is not available here')) };

export function startApp(runner: Runner, options: StartOptions = {}): App {
  const store = createAppStore();
  // The reader's language first, so that problems restoring their work are told in it.
  const disconnectLocale = connectLocale(store, options.storage, undefined, options.localeByUi);
  // Whether the saved workspace (or none) was read as saved: only then can it say which stored data sets nobody needs.
  // Saving starts after the restore (which must not save), but removing the kept copy of a save still stored saves
  // over it at once (app/persistence keptFile).
  let saving: ReturnType<typeof saveWorkspaceOnChange> | null = null;
  const restored = options.storage ? restoreWorkspace(store, options.storage, () => saving?.saveNow()) : false;
  saving = options.storage ? saveWorkspaceOnChange(store, options.storage, undefined, options.storageEvents) : null;
  const stats = options.stats ?? localStats();
  // Summaries no more often than the store shows them: each one is a statistics build on a core the simulation needs.
  const throttleMs = options.throttleMs ?? options.refreshMs ?? 1500;
  const controller = new RunController(runner, undefined, { throttleMs, stats });
  // Background work shares the runner and the stats service, under its own keys and below interactive work and the
  // analyses the user starts; it keeps the programme-only runs of the last two scenarios or so in focus (five
  // programmes each).
  const programmeController = new RunController(runner, undefined, {
    throttleMs, stats: namespacedStats(stats, PROGRAMME_RUNS), priority: PRIORITY.background,
    maxCached: 10, maxCachedBytes: 64 * 1024 * 1024,
  });
  // Before the runs: data a restored scenario names is looked up first, so its run waits for it rather than failing.
  const households = connectHouseholds(store, runner, { datasets: options.datasets ?? null, parser: options.parser ?? noParser, collectUnnamed: restored });
  const disconnect = connectRuns(store, controller, options.debounceMs, options.refreshMs);
  const disconnectProgrammes = connectProgrammeRuns(store, programmeController, options.debounceMs, options.refreshMs);
  const sensitivity = connectSensitivity(store, runner);
  const optimise = connectOptimise(store, runner);
  return {
    store,
    controller,
    programmeController,
    actions: {
      cancel: () => {
        controller.cancel();
        programmeController.cancel();
      },
      resume: () => {
        controller.resume();
        programmeController.resume();
      },
    },
    sensitivity,
    optimise,
    households,
    flush: () => saving?.flush(),
    stop: () => {
      saving?.();
      disconnectLocale();
      disconnect();
      disconnectProgrammes();
      sensitivity.dispose();
      optimise.dispose();
      households.dispose();
      programmeController.dispose();
      controller.dispose();
      runner.dispose();
    },
  };
}
