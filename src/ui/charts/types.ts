/**
 * What every chart is given: finished results from the engine, named and
 * coloured by the caller. Charts select and reshape these; they never compute
 * statistics (the engine already summarised across replications).
 */
import type { CostDraws, Difference, RunResult } from '../../engine/index';

/** One scenario's result as a chart shows it. */
export interface ChartRun {
  id: string;
  name: string;
  color: string;
  result: RunResult;
  /** Cost per additional exit by replication (from the stats service), for ties in the ranking; absent in tests that do not need it. */
  costs?: CostDraws | null;
}

/** One scenario's paired difference against the baseline (common random numbers). */
export interface DiffRun {
  id: string;
  name: string;
  color: string;
  diff: Difference;
  /**
   * Its world differs from the baseline's (an assumption edited, or drawn differently): its difference then holds
   * that as well as its policy, and differs from its headline's, which is against its own status quo.
   */
  worldDiffers?: boolean;
}

/**
 * A value with its 90% interval, ready for a bar with whiskers. `error` is the
 * distance from the value down to p5 and up to p95 (clipped at the value,
 * see data/interval); null when there is no spread to show.
 */
export interface IntervalValue {
  value: number | null;
  low: number | null;
  high: number | null;
  error: [number, number] | null;
}

/** A compared scenario whose difference from the baseline cannot be taken, and why (e.g. another seed). */
export interface Unpaired {
  id: string;
  name: string;
  reason: string;
}
