/**
 * Why a run failed, as a discriminated union, so callers can tell a stale
 * run they cancelled (ignore it) from a bad scenario (show the issues) from a
 * broken engine or worker (show the replication and cause).
 */
import type { ValidationIssue } from '../engine/index';

export type RunFailure =
  | { kind: 'aborted' }
  | { kind: 'disposed' }
  | { kind: 'invalid-scenario'; issues: ValidationIssue[] }
  /** A replication threw (in-thread), or failed on a worker and again on a fresh one (pool). */
  | { kind: 'replication-failed'; replication: number; cause: string }
  /** No worker could be started (e.g. the worker script failed to load). */
  | { kind: 'worker-unavailable'; cause: string };

export type RunFailureKind = RunFailure['kind'];

function describe(f: RunFailure): string {
  switch (f.kind) {
    case 'aborted':
      return 'run aborted';
    case 'disposed':
      return 'runner disposed while the run was going';
    case 'invalid-scenario':
      return `invalid scenario:\n${f.issues.map((i) => `  ${i.path || '(scenario)'}: ${i.message}`).join('\n')}`;
    case 'replication-failed':
      return `replication ${f.replication} failed: ${f.cause}`;
    case 'worker-unavailable':
      return `could not start a worker: ${f.cause}`;
  }
}

export class RunError extends Error {
  readonly failure: RunFailure;

  constructor(failure: RunFailure) {
    super(describe(failure));
    this.name = failure.kind === 'aborted' ? 'AbortError' : 'RunError';
    this.failure = failure;
  }

  get kind(): RunFailureKind {
    return this.failure.kind;
  }
}

export function isRunError<K extends RunFailureKind>(e: unknown, kind?: K): e is RunError & { failure: Extract<RunFailure, { kind: K }> } {
  return e instanceof RunError && (kind === undefined || e.failure.kind === kind);
}

/** True for a run that was cancelled on purpose: the UI drops these silently. */
export const isAbort = (e: unknown): boolean => isRunError(e, 'aborted');

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
