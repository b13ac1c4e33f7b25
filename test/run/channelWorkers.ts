/**
 * In-process "workers" for pool tests: each is a MessageChannel whose far
 * port exposes a real createWorkerApi() instance through comlink, so the
 * tests exercise the real protocol, transfer and engine without a build.
 * `behave` can replace a worker's API to inject crashes and failures.
 */
import { expose, type Endpoint } from 'comlink';
import { createWorkerApi, type WorkerApi } from '../../src/run/workerApi';
import type { WorkerFactory } from '../../src/run/types';

export interface FakeWorker {
  /** Start order, from 0. */
  id: number;
  /** Simulates the thread dying: crash listeners fire and no reply ever comes. */
  crash(error?: Error): void;
  terminated: boolean;
  /** Batches this worker was asked for, and whether the scenario came along. */
  calls: { indices: number[]; withScenario: boolean }[];
  /** Imported household data sent to this worker, by SHA-256, in order. */
  loads: string[];
  /** Household data this worker was told to let go of, by SHA-256, in order. */
  unloads: string[];
}

export type Behaviour = (worker: FakeWorker, real: WorkerApi) => WorkerApi;

export function channelWorkers(behave: Behaviour = (_, real) => real): { factory: WorkerFactory; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const factory: WorkerFactory = () => {
    const { port1, port2 } = new MessageChannel();
    const listeners: ((e: Error) => void)[] = [];
    const worker: FakeWorker = {
      id: workers.length,
      terminated: false,
      calls: [],
      loads: [],
      unloads: [],
      crash(error = new Error('simulated worker crash')) {
        port1.close();
        for (const l of listeners) l(error);
      },
    };
    workers.push(worker);
    const api = behave(worker, createWorkerApi());
    expose(
      {
        simulateBatch: (jobId: string, scenarios: Parameters<WorkerApi['simulateBatch']>[1], indices: number[], scalars?: Parameters<WorkerApi['simulateBatch']>[3]) => {
          worker.calls.push({ indices, withScenario: scenarios !== null });
          return api.simulateBatch(jobId, scenarios, indices, scalars);
        },
        release: (jobId: string) => api.release(jobId),
        loadHouseholds: (sha256: string, data: Parameters<WorkerApi['loadHouseholds']>[1]) => {
          worker.loads.push(sha256);
          return api.loadHouseholds(sha256, data);
        },
        unloadHouseholds: (sha256: string) => {
          worker.unloads.push(sha256);
          return api.unloadHouseholds(sha256);
        },
        ready: () => api.ready(),
      },
      port1 as unknown as Endpoint,
    );
    return {
      endpoint: port2 as unknown as Endpoint,
      terminate: () => {
        worker.terminated = true;
        port1.close();
        port2.close();
      },
      onCrash: (l) => listeners.push(l),
    };
  };
  return { factory, workers };
}

/** A promise that never settles: what a call to a dead worker looks like. */
export const never = <T>() => new Promise<T>(() => undefined);
