/** Browser Web Worker entry: only exposes the side-effect-free worker API. */
import { expose, type Endpoint } from 'comlink';
import { createWorkerApi } from '../src/run/workerApi';
import { warmUp } from '../src/engine/index';

// The explicit `self` matters under @vitest/web-worker, where the global is emulated.
expose(createWorkerApi(), self as unknown as Endpoint);
// Tiny replication first, so the first real one runs optimised code (see warmUp). Its answers copy their
// results, never transfer them: a detached buffer slows every typed-array access after it (run/workerApi.ts).
warmUp();
