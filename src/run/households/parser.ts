/**
 * Parsing a household CSV in the browser: each import gets its own module
 * worker (workers/households.worker.ts), ended when the import is done or
 * cancelled, so a cancelled parse stops at once and nothing stays in memory.
 * The app takes a HouseholdParser as a dependency, so tests can inject one
 * (jsdom has no Worker).
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { ParseApi, ParsedFile, ParseProgress } from './parseApi';
import { RunError } from '../errors';

export type { ParsedFile, ParseProgress } from './parseApi';

export interface ParseOptions {
  onProgress?: (p: ParseProgress) => void;
  /** Aborting ends the worker; the promise rejects with RunError kind 'aborted'. */
  signal?: AbortSignal;
}

export interface HouseholdParser {
  parse(file: Blob, povertyLinePKR: number, options?: ParseOptions): Promise<ParsedFile>;
}

/** One parse's worker: its API, how to end it, and a promise that rejects if it dies on its own. */
export interface ParseWorker {
  api: Remote<ParseApi>;
  stop(): void;
  died?: Promise<never>;
}

/** A parser over workers from `start` (a module Web Worker in the browser; @vitest/web-worker in tests). */
export function workerParser(start: () => ParseWorker): HouseholdParser {
  return {
    async parse(file, povertyLinePKR, { onProgress, signal } = {}) {
      if (signal?.aborted) throw new RunError({ kind: 'aborted' });
      const worker = start();
      const aborted = new Promise<never>((_, reject) => {
        signal?.addEventListener('abort', () => reject(new RunError({ kind: 'aborted' })), { once: true });
      });
      try {
        const call = worker.api.parse(file, povertyLinePKR, onProgress ? proxy(onProgress) : undefined) as Promise<ParsedFile>;
        return await Promise.race([call, aborted, ...(worker.died ? [worker.died] : [])]);
      } finally {
        worker.stop();
      }
    },
  };
}

/** The browser's parser: a fresh module worker per file. */
export function createWorkerParser(): HouseholdParser {
  return workerParser(() => {
    // Vite recognises this exact `new Worker(new URL(…, import.meta.url), { type: 'module' })` shape and bundles the worker.
    const worker = new Worker(new URL('../../../workers/households.worker.ts', import.meta.url), { type: 'module', name: 'household import' });
    const died = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        reject(new Error(e.message || 'the household import worker failed to load or crashed'));
      });
    });
    died.catch(() => undefined);
    return { api: wrap<ParseApi>(worker), stop: () => worker.terminate(), died };
  });
}
