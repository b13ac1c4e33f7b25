/**
 * The pool the browser app uses: Web Workers built by Vite from
 * workers/sim.worker.ts. Nothing starts until the first run, so creating the
 * pool is free (and safe under jsdom, which has no Worker).
 */
import { wrap } from 'comlink';
import { WorkerPool, type PoolOptions } from './pool';
import { localStats, resilientStats, type ResilientStatsOptions, type Stats, type StatsWorkerApi, type StatsWorkerHandle } from './stats';
import type { WorkerHandle } from './types';

export function browserWorkerFactory(): WorkerHandle {
  // Vite recognises this exact `new Worker(new URL(…, import.meta.url), { type: 'module' })` shape and bundles the worker.
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onCrash: (listener) => {
      worker.addEventListener('error', (e) => {
        // Handled here: keeps the uncaught worker error from also surfacing as a page error.
        e.preventDefault();
        listener(new Error(e.message || 'the simulation worker failed to load or crashed'));
      });
      worker.addEventListener('messageerror', () => listener(new Error('a message from the simulation worker could not be read')));
    },
  };
}

/**
 * Default size: one worker per logical core but one (4 cores if the browser
 * does not say), so the page's own thread keeps a core to draw on while a run
 * saturates the rest; on one or two cores, one per core, because leaving a
 * core of two idle would halve the speed while the page's thread needs
 * little (statistics run in their own worker, and charts redraw at most once
 * a second and a half during a run).
 */
export function defaultBrowserPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  const n = cores || 4;
  return Math.max(1, Math.min(n <= 2 ? n : n - 1, 32));
}

export function createBrowserPool(options: Partial<Omit<PoolOptions, 'factory'>> = {}): WorkerPool {
  const size = options.size ?? defaultBrowserPoolSize();
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  // Ramped up: the first picture comes from one warm worker instead of waiting while all start at once. With a
  // worker on every core, background work (the programme-by-programme runs) leaves one core to the page.
  return new WorkerPool({ rampUp: true, backgroundWorkers: backgroundWorkersFor(size, cores), ...options, size, factory: browserWorkerFactory });
}

/**
 * Workers background work may take on a pool of `size` on `cores` logical cores: all but one when the pool leaves
 * the page no core of its own (two cores, two workers), else all. On two cores, once the comparison on screen was
 * done, the programme-by-programme runs held both cores while the page drew every chart of the finished run: its
 * tasks, 2–13 ms of CPU each, took up to 246 ms of wall time waiting for a core.
 */
export function backgroundWorkersFor(size: number, cores: number): number | undefined {
  return size >= 2 && cores > 0 && size >= cores ? size - 1 : undefined;
}

/**
 * The stats service in its own Web Worker, so results and differences are
 * summarised off the page's thread; in this thread where workers are missing.
 * A worker that dies (its error or messageerror event, or a summary left
 * unanswered: see resilientStats) is replaced, and given its replications again
 * by `options.runner` (the simulation pool); `options.onWorkerReplaced` is told,
 * as the pool's own option is.
 */
export function createBrowserStats(options: ResilientStatsOptions = {}): Stats {
  if (typeof Worker === 'undefined') return localStats();
  return resilientStats(browserStatsWorker, options);
}

export function browserStatsWorker(): StatsWorkerHandle {
  const worker = new Worker(new URL('../../workers/stats.worker.ts', import.meta.url), { type: 'module', name: 'statistics' });
  return {
    api: wrap<StatsWorkerApi>(worker),
    terminate: () => worker.terminate(),
    onCrash: (listener) => {
      worker.addEventListener('error', (e) => {
        // Handled here: keeps the uncaught worker error from also surfacing as a page error.
        e.preventDefault();
        listener(new Error(e.message || 'the statistics worker failed to load or crashed'));
      });
      worker.addEventListener('messageerror', () => listener(new Error('a message from the statistics worker could not be read')));
    },
  };
}
