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
  total: number;
}

/** Throws RunError 'invalid-scenario' or 'aborted'. */
export function prepareRun(input: Scenario, opts: RunOptions): PreparedRun {
  if (opts.signal?.aborted) throw new RunError({ kind: 'aborted' });
  const v = validateScenario(input);
  if (!v.ok) throw new RunError({ kind: 'invalid-scenario', issues: v.issues });
  return { scenario: v.scenario, acc: new Accumulator(v.scenario), total: v.scenario.run.replications };
}

/** Record one replication and tell the caller; shared so runners report identically. */
export function deliver(run: PreparedRun, opts: RunOptions, r: number, data: Float64Array): void {
  run.acc.add(r, data);
  opts.onReplication?.(r, data, run.acc);
  opts.onProgress?.(run.acc.count, run.total);
}
