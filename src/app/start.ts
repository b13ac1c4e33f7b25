/**
 * Wires the app together: store, worker pool, run controller and the
 * connection between them. The page starts computing the default comparison
 * at once: no blank page, no "press run".
 */
import { createAppStore, type AppStore } from '../state/store';
import { RunController } from '../run/controller';
import type { Runner } from '../run/types';
import type { Stats } from '../run/stats';
import { connectRuns } from './connectRuns';
import { restoreWorkspace, saveWorkspaceOnChange, type KeyValueStorage } from './persistence';
import type { RunActions } from './services';

export interface App {
  store: AppStore;
  controller: RunController;
  actions: RunActions;
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
  /** Where results and differences are computed (a worker in the browser); in this thread by default. */
  stats?: Stats;
}

export function startApp(runner: Runner, options: StartOptions = {}): App {
  const store = createAppStore();
  if (options.storage) restoreWorkspace(store, options.storage);
  const saving = options.storage ? saveWorkspaceOnChange(store, options.storage) : null;
  const controller = new RunController(runner, undefined, { throttleMs: options.throttleMs, stats: options.stats });
  const disconnect = connectRuns(store, controller, options.debounceMs, options.refreshMs);
  return {
    store,
    controller,
    actions: { cancel: () => controller.cancel(), resume: () => controller.resume() },
    flush: () => saving?.flush(),
    stop: () => {
      saving?.();
      disconnect();
      controller.dispose();
      runner.dispose();
    },
  };
}
