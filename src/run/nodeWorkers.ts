/**
 * The pool the CLI and the benchmark use: Node worker_threads running the
 * bundled worker (.build/node/sim.node-worker.mjs), spoken to through
 * comlink's node adapter. Node only: the browser bundle never imports this.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { WorkerPool, type PoolOptions } from './pool';
import type { WorkerFactory } from './types';

export function nodeWorkerFactory(file: URL | string): WorkerFactory {
  return () => {
    const worker = new Worker(file);
    let terminating = false;
    return {
      endpoint: nodeEndpoint(worker),
      terminate: () => {
        terminating = true;
        void worker.terminate();
      },
      onCrash: (listener) => {
        // An uncaught error in the worker emits 'error' and then 'exit'; the slot keeps only the first.
        worker.on('error', (e: unknown) => listener(e instanceof Error ? e : new Error(String(e))));
        worker.on('exit', (code) => {
          if (!terminating) listener(new Error(`worker thread exited unexpectedly with code ${code}`));
        });
      },
    };
  };
}

/** The worker bundle sits next to the CLI bundles in .build/node/. */
export function bundledWorkerUrl(): URL {
  return new URL('./sim.node-worker.mjs', import.meta.url);
}

export function createNodePool(options: Partial<Omit<PoolOptions, 'factory'>> & { workerFile?: URL | string } = {}): WorkerPool {
  const { workerFile, ...rest } = options;
  return new WorkerPool({ ...rest, size: rest.size ?? availableParallelism(), factory: nodeWorkerFactory(workerFile ?? bundledWorkerUrl()) });
}
