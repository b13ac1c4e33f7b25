/**
 * Parsing a household CSV in the browser: the file's bytes are read
 * (asynchronously) and moved to a module worker, which hashes, parses and
 * summarises them. Each import gets its own
 * worker (workers/households.worker.ts), ended when the import is done or
 * cancelled, so a cancelled parse stops at once and nothing stays in memory.
 * The app takes a HouseholdParser as a dependency, so tests can inject one
 * (jsdom has no Worker).
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
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

/** A file's bytes, read without blocking the page (FileReader where a Blob lacks arrayBuffer, as in jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new DOMException('the file could not be read', 'NotReadableError'));
    reader.readAsArrayBuffer(file);
  });
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
      const bytes = await readBytes(file);
      if (signal?.aborted) throw new RunError({ kind: 'aborted' });
      const worker = start();
      const aborted = new Promise<never>((_, reject) => {
        signal?.addEventListener('abort', () => reject(new RunError({ kind: 'aborted' })), { once: true });
      });
      try {
        // The bytes move to the worker (transferred), so the page never holds two copies.
        const call = worker.api.parse(transfer(bytes, [bytes]), povertyLinePKR, onProgress ? proxy(onProgress) : undefined) as Promise<ParsedFile>;
        return await Promise.race([call, aborted, ...(worker.died ? [worker.died] : [])]);
      } finally {
        worker.stop();
      }
    },
  };
}

/** The name of the error a parse rejects with when its worker failed to load or crashed (its message the browser's). */
export const IMPORT_WORKER_FAILED = 'ImportWorkerError';

/** The browser's parser: a fresh module worker per file. */
export function createWorkerParser(): HouseholdParser {
  return workerParser(() => {
    // Vite recognises this exact `new Worker(new URL(…, import.meta.url), { type: 'module' })` shape and bundles the worker.
    const worker = new Worker(new URL('../../../workers/households.worker.ts', import.meta.url), { type: 'module', name: 'household import' });
    const died = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        const failed = new Error(e.message);
        failed.name = IMPORT_WORKER_FAILED;
        reject(failed);
      });
    });
    died.catch(() => undefined);
    return { api: wrap<ParseApi>(worker), stop: () => worker.terminate(), died };
  });
}
