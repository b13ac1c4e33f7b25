/**
 * The analyses a reader starts and waits for (sensitivity designs,
 * optimisations), by key: each runs once at a time under its own
 * AbortController; cancelling one aborts it and forgets it; disposing aborts
 * them all. What a run keeps (its progress and result in the store) is the
 * caller's.
 */
import { isAbort } from '../run/errors';

export interface AnalysisJobs {
  running(key: string): boolean;
  /** Start `work` under `key`; `failed` hears any error but the abort. */
  start(key: string, work: (signal: AbortSignal) => Promise<void>, failed: (e: unknown) => void): void;
  cancel(key: string): void;
  dispose(): void;
}

export function analysisJobs(): AnalysisJobs {
  const running = new Map<string, AbortController>();
  return {
    running: (key) => running.has(key),
    start(key, work, failed) {
      const controller = new AbortController();
      running.set(key, controller);
      work(controller.signal)
        .catch((e: unknown) => {
          if (!isAbort(e) && !controller.signal.aborted) failed(e);
        })
        .finally(() => {
          if (running.get(key) === controller) running.delete(key);
        });
    },
    cancel(key) {
      running.get(key)?.abort();
      running.delete(key);
    },
    dispose() {
      for (const c of running.values()) c.abort();
      running.clear();
    },
  };
}
