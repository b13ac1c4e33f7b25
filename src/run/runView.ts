/**
 * What the store and the views see of a run: its snapshot (status, counts,
 * result and difference) and the key that names it. The controller
 * (controller.ts) produces them; keeping them apart lets the state and UI
 * layers depend on the snapshot without the controller's internals.
 */
import type { CostDraws, Difference, RunResult, Scenario } from '../engine/index';
import { runKey } from './runKey';

export type RunStatus = 'running' | 'done' | 'cancelled' | 'error';

export interface RunView {
  /** The view's key: run key and replication count. */
  key: string;
  status: RunStatus;
  /** Replications of 0 … total − 1 held. */
  done: number;
  total: number;
  /** Estimated milliseconds to completion from the rate so far; null before the first replication. */
  etaMs: number | null;
  /** Built from `resultCount` replications (may lag `done` while the stats service catches up). */
  result: RunResult | null;
  resultCount: number;
  /** Against the baseline given to want(); null if there is none yet. */
  difference: Difference | { error: string } | null;
  /** Cost per additional exit by replication, as the result was built from (null without a status quo). */
  costs: CostDraws | null;
  error: string | null;
}

/** The key of a scenario's view: what fixes its numbers, and how many replications it asks for. */
export function viewKey(s: Scenario): string {
  return `${runKey(s)}#${s.run.replications}`;
}
