/**
 * comlink ships types for its node adapter only as dist/esm/node-adapter.d.ts,
 * which TypeScript does not pair with the `.mjs` file we import (it looks for
 * `.d.mts`). This restates that declaration for the path we actually use.
 */
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';

  /** What worker_threads' Worker and MessagePort (parentPort) both provide. */
  export interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly unknown[]): void;
    on(type: 'message', listener: (value: unknown) => void): unknown;
    off(type: 'message', listener: (value: unknown) => void): unknown;
    start?: () => void;
  }

  export default function nodeEndpoint(nep: NodeEndpoint): Endpoint;
}
