/**
 * What a simulation worker does, kept free of side effects so the browser
 * entry, the Node entry and in-process test channels all expose the same
 * code. Each worker gets its own instance (createWorkerApi), so jobs cached
 * by one never leak into another, even when tests host several in one thread.
 */
import {
  registerHouseholds, scalarOffsets, selectScalars, simulateWorld, unregisterHouseholds, validateScenario, type HouseholdData, type ScalarKey, type Scenario,
} from '../engine/index';

export interface BatchResult {
  indices: number[];
  /**
   * One packed replication per (index, scenario), index-major: data[k · S + s]
   * is replication indices[k] of the job's scenario s. They are copied to the caller, not transferred (see
   * simulateBatch).
   */
  data: Float64Array[];
}

export interface WorkerApi {
  /**
   * Simulate replications `indices` of job `jobId`: every scenario of the job
   * on one shared world per replication (engine simulateWorld). The pool sends
   * the scenarios with a job's first batch on this worker and null afterwards:
   * the worker keeps the validated objects, and since the engine caches derived
   * context per scenario object, calibration is done once per worker per job.
   * `scalars` (sent with the scenarios) asks for only those summary scalars
   * of each replication (see Job.outputs).
   */
  simulateBatch(jobId: string, scenarios: Scenario[] | null, indices: number[], scalars?: ScalarKey[] | null): BatchResult;
  /** Forget a finished job's scenarios. */
  release(jobId: string): void;
  /**
   * Register imported household data in this worker, for scenarios whose
   * `households.sha256` is `sha256` (engine registerHouseholds). Pools send it
   * to every worker, and to each new one before its first batch.
   */
  loadHouseholds(sha256: string, data: HouseholdData): void;
  /** Let go of the data of `sha256` (engine unregisterHouseholds). */
  unloadHouseholds(sha256: string): void;
  /**
   * Answers once the worker can work: the browser entry warms the engine up
   * (engine warmUp) before it handles any message, so the answer means
   * loaded and warm. The pool's ramp-up waits for it.
   */
  ready(): true;
}

export function createWorkerApi(): WorkerApi {
  const jobs = new Map<string, { scenarios: Scenario[]; offsets: Int32Array | null }>();

  function jobFor(jobId: string, sent: Scenario[] | null, scalars: ScalarKey[] | null): { scenarios: Scenario[]; offsets: Int32Array | null } {
    if (sent !== null) {
      // Re-validated here as well: the worker may be a different build than the page that sent them.
      const valid = sent.map((s, k) => {
        const v = validateScenario(s);
        if (!v.ok) throw new Error(`invalid scenario ${k + 1}: ${v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
        return v.scenario;
      });
      const job = { scenarios: valid, offsets: scalars && valid.length > 0 ? scalarOffsets(valid[0]!.run.months, scalars) : null };
      jobs.set(jobId, job);
      return job;
    }
    const cached = jobs.get(jobId);
    if (!cached) throw new Error(`job ${jobId} was never sent to this worker`);
    return cached;
  }

  return {
    simulateBatch(jobId, scenarios, indices, scalars = null) {
      const { scenarios: list, offsets } = jobFor(jobId, scenarios, scalars);
      const data = indices.flatMap((r) => {
        try {
          const packed = simulateWorld(list, r);
          return offsets ? packed.map((d) => selectScalars(d, offsets)) : packed;
        } catch (e) {
          throw new Error(`replication ${r}: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      // Copied, not transferred: a simulation worker never detaches an ArrayBuffer. V8 compiles typed-array
      // code on the assumption that no buffer in the thread has ever been detached (its "array buffer detaching"
      // protector); the first detach throws that code away, and from then on every typed-array read and write
      // checks its buffer. Transferring cost the engine about a fifth of its speed for good: a replication of
      // the default scenario took 109–134 ms of CPU in a thread that had detached one buffer, 92–102 ms in one
      // that had not, in Node 20 (Chromium 156 showed no clear penalty: docs/performance.md). A replication's
      // results are 24 KiB a scenario at 36 months.
      return { indices, data };
    },
    release(jobId) {
      jobs.delete(jobId);
    },
    loadHouseholds(sha256, data) {
      registerHouseholds(sha256, data);
    },
    unloadHouseholds(sha256) {
      unregisterHouseholds(sha256);
    },
    ready() {
      return true;
    },
  };
}
