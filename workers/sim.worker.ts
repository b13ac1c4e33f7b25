/** Browser Web Worker entry: only exposes the side-effect-free worker API. */
import { expose, type Endpoint } from 'comlink';
import { createWorkerApi } from '../src/run/workerApi';

// The explicit `self` matters under @vitest/web-worker, where the global is emulated.
expose(createWorkerApi(), self as unknown as Endpoint);
