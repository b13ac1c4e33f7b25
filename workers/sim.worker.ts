/** Browser Web Worker entry: only exposes the side-effect-free worker API. */
import { expose, type Endpoint } from 'comlink';
import { createWorkerApi, detachOneBuffer } from '../src/run/workerApi';
import { warmUp } from '../src/engine/index';

// The explicit `self` matters under @vitest/web-worker, where the global is emulated.
expose(createWorkerApi(), self as unknown as Endpoint);
// Tiny replication first, so the first real one runs optimised code (see warmUp); a buffer detached before
// it, so that the first answer's transfer does not throw that code away (see detachOneBuffer).
detachOneBuffer();
warmUp();
