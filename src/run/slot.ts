/**
 * One live worker inside the pool: its comlink proxy, the runs whose
 * scenario it already holds, and a promise that rejects when it dies.
 * Comlink never settles a call whose worker died, so every call races
 * against that death; otherwise a crashed worker would hang the run.
 */
import { wrap, type Remote } from 'comlink';
import type { HouseholdData, ScalarKey, Scenario } from '../engine/index';
import type { BatchResult, WorkerApi } from './workerApi';
import type { WorkerHandle } from './types';

export class WorkerSlot {
  /** Job ids whose scenarios this worker has cached. */
  readonly prepared = new Set<string>();
  private readonly api: Remote<WorkerApi>;
  private readonly died: Promise<never>;
  private dead = false;
  /** Has answered a call (it is loaded and warm: see WorkerApi.ready). */
  answered = false;

  /** `onDeath` fires once if the worker dies on its own (not when we terminate it). */
  constructor(private readonly handle: WorkerHandle, onDeath: (slot: WorkerSlot, error: Error) => void) {
    this.died = new Promise<never>((_, reject) => {
      handle.onCrash((error) => {
        if (this.dead) return;
        this.dead = true;
        reject(error);
        onDeath(this, error);
      });
    });
    // The race in simulate() observes this rejection; an idle death has no observer.
    this.died.catch(() => undefined);
    this.api = wrap<WorkerApi>(handle.endpoint);
  }

  get alive(): boolean {
    return !this.dead;
  }

  simulate(jobId: string, scenarios: Scenario[] | null, indices: number[], scalars: ScalarKey[] | null = null): Promise<BatchResult> {
    if (this.dead) return Promise.reject(new Error('worker is no longer running'));
    const call = (this.api.simulateBatch(jobId, scenarios, indices, scalars) as Promise<BatchResult>).then((result) => {
      this.answered = true;
      return result;
    });
    return Promise.race([call, this.died]);
  }

  /** Settles once the worker has loaded and warmed up (WorkerApi.ready), or rejects if it dies first. */
  ready(): Promise<void> {
    if (this.dead) return Promise.reject(new Error('worker is no longer running'));
    const call = (this.api.ready() as Promise<true>).then(() => {
      this.answered = true;
    });
    return Promise.race([call, this.died]);
  }

  /** Register household data in the worker (copied, not transferred: every worker gets its own). */
  loadHouseholds(sha256: string, data: HouseholdData): Promise<void> {
    if (this.dead) return Promise.reject(new Error('worker is no longer running'));
    return Promise.race([this.api.loadHouseholds(sha256, data) as Promise<void>, this.died]);
  }

  /** Let go of household data in the worker. */
  unloadHouseholds(sha256: string): Promise<void> {
    if (this.dead) return Promise.resolve();
    return Promise.race([this.api.unloadHouseholds(sha256) as Promise<void>, this.died]);
  }

  /** Fire and forget: a worker that cannot release is about to be terminated anyway. */
  release(jobId: string): void {
    if (!this.prepared.delete(jobId) || this.dead) return;
    this.api.release(jobId).catch(() => undefined);
  }

  terminate(): void {
    this.dead = true;
    this.handle.terminate();
  }
}
