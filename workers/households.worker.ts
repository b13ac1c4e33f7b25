/** Browser Web Worker entry for importing household data: parses a CSV file off the page's thread. */
import { expose, type Endpoint } from 'comlink';
import { createParseApi } from '../src/run/households/parseApi';

// The explicit `self` matters under @vitest/web-worker, where the global is emulated.
expose(createParseApi(), self as unknown as Endpoint);
