/**
 * What a simulation worker does, kept free of side effects so the browser
 * entry, the Node entry and in-process test channels all expose the same
 * code. Each worker gets its own instance (createWorkerApi), so runs cached
 * by one never leak into another, even when tests host several in one thread.
 */
import { transfer } from 'comlink';
import { simulateReplication, validateScenario, type Scenario } from '../engine/index';

export interface BatchResult {
  indices: number[];
  /** One packed replication per index, same order; their buffers are transferred, not copied. */
  data: Float64Array[];
}

export interface WorkerApi {
  /**
   * Simulate replications `indices` of run `runId`. The pool sends the
   * scenario with a run's first batch on this worker and null afterwards: the
   * worker keeps the validated object, and since the engine caches derived
   * context per scenario object, calibration is done once per worker per run.
   */
  simulateBatch(runId: string, scenario: Scenario | null, indices: number[]): BatchResult;
  /** Forget a finished run's scenario. */
  release(runId: string): void;
}

export function createWorkerApi(): WorkerApi {
  const runs = new Map<string, Scenario>();

  function scenarioFor(runId: string, sent: Scenario | null): Scenario {
    if (sent !== null) {
      // Re-validated here as well: the worker may be a different build than the page that sent it.
      const v = validateScenario(sent);
      if (!v.ok) throw new Error(`invalid scenario: ${v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      runs.set(runId, v.scenario);
      return v.scenario;
    }
    const cached = runs.get(runId);
    if (!cached) throw new Error(`run ${runId} was never sent to this worker`);
    return cached;
  }

  return {
    simulateBatch(runId, scenario, indices) {
      const sc = scenarioFor(runId, scenario);
      const data = indices.map((r) => {
        try {
          return simulateReplication(sc, r);
        } catch (e) {
          throw new Error(`replication ${r}: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      return transfer({ indices, data }, data.map((d) => d.buffer));
    },
    release(runId) {
      runs.delete(runId);
    },
  };
}
