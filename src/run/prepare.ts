/**
 * What every runner does before the first replication: validate the scenario
 * (runners accept documents from the UI, files and links, so they never trust
 * the type alone) and set up the accumulator.
 */
import { Accumulator, validateScenario, type Scenario } from '../engine/index';
import { RunError } from './errors';
import type { RunOptions } from './types';

export interface PreparedRun {
  /** The validated copy; the accumulator and workers use this one. */
  scenario: Scenario;
  acc: Accumulator;
  /** Replications to run, ascending; every one unless opts.indices says otherwise. */
  indices: readonly number[];
  total: number;
}

/** Throws RunError 'invalid-scenario' or 'aborted', or a RangeError for indices outside the run. */
export function prepareRun(input: Scenario, opts: RunOptions): PreparedRun {
  if (opts.signal?.aborted) throw new RunError({ kind: 'aborted' });
  const v = validateScenario(input);
  if (!v.ok) throw new RunError({ kind: 'invalid-scenario', issues: v.issues });
  const indices = runIndices(v.scenario.run.replications, opts.indices);
  return { scenario: v.scenario, acc: new Accumulator(v.scenario), indices, total: indices.length };
}

function runIndices(replications: number, requested: readonly number[] | undefined): readonly number[] {
  if (requested === undefined) return Array.from({ length: replications }, (_, r) => r);
  const sorted = [...requested].sort((a, b) => a - b);
  sorted.forEach((r, k) => {
    if (!Number.isInteger(r) || r < 0 || r >= replications) throw new RangeError(`replication index ${r} is outside 0 … ${replications - 1}`);
    // A repeat would never finish: the accumulator refuses a second copy and the count stays short.
    if (k > 0 && sorted[k - 1] === r) throw new RangeError(`replication index ${r} is listed twice`);
  });
  return sorted;
}

/** Record one replication and tell the caller; shared so runners report identically. */
export function deliver(run: PreparedRun, opts: RunOptions, r: number, data: Float64Array): void {
  run.acc.add(r, data);
  opts.onReplication?.(r, data, run.acc);
  opts.onProgress?.(run.acc.count, run.total);
}
