/**
 * Wires the app together: store, worker pool, run controller and the
 * connection between them. The page starts computing the default comparison
 * at once: no blank page, no "press run".
 */
import { createAppStore, type AppStore } from '../state/store';
import { RunController } from '../run/controller';
import type { Runner } from '../run/types';
import { connectRuns } from './connectRuns';
import type { RunActions } from './services';

export interface App {
  store: AppStore;
  controller: RunController;
  actions: RunActions;
  stop(): void;
}

export function startApp(runner: Runner, options: { debounceMs?: number; throttleMs?: number; refreshMs?: number } = {}): App {
  const store = createAppStore();
  const controller = new RunController(runner, undefined, { throttleMs: options.throttleMs });
  const disconnect = connectRuns(store, controller, options.debounceMs, options.refreshMs);
  return {
    store,
    controller,
    actions: { cancel: (key) => controller.cancel(key), restart: (key) => controller.restart(key) },
    stop: () => {
      disconnect();
      controller.dispose();
      runner.dispose();
    },
  };
}
