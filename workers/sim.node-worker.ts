/** Node worker_threads entry (bundled to .build/node/sim.node-worker.mjs): the same API as the browser worker. */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createWorkerApi } from '../src/run/workerApi';
import { warmUp } from '../src/engine/index';

if (!parentPort) throw new Error('sim.node-worker must be started as a worker thread');
expose(createWorkerApi(), nodeEndpoint(parentPort));
// Tiny replication first, so the first real one runs optimised code (see warmUp). Its answers copy their
// results, never transfer them: a detached buffer slows every typed-array access after it (run/workerApi.ts).
warmUp();
