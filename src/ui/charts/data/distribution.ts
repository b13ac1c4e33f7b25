/**
 * The income distribution as a histogram over multiples of the poverty line.
 * The engine's bins are log-spaced (equal width on a log axis), so bar
 * heights in people per bin compare fairly across the whole range.
 */
import type { RunResult } from '../../../engine/index';

export interface DistributionBin {
  /** Lower and upper edge, as multiples of the poverty line. */
  from: number;
  to: number;
  /** Mean number of people in the bin across replications, at the first and the last month. */
  start: number;
  end: number;
}

export function distributionBins(result: RunResult): DistributionBin[] {
  const d = result.distribution;
  return d.start.map((start, b) => ({ from: d.lineRatioEdges[b]!, to: d.lineRatioEdges[b + 1]!, start, end: d.end[b]! }));
}

export interface DistributionStep {
  x: number;
  start: number;
  end: number;
}

/**
 * Points for a step outline ("stepAfter"): each bin's value from its lower
 * edge, plus a closing point at the last upper edge so the final bin has a width.
 */
export function distributionSteps(bins: readonly DistributionBin[]): DistributionStep[] {
  const steps = bins.map((b) => ({ x: b.from, start: b.start, end: b.end }));
  const last = bins[bins.length - 1];
  if (last) steps.push({ x: last.to, start: last.start, end: last.end });
  return steps;
}

/** Axis ticks in multiples of the line; 1 is the poverty line itself. */
export const RATIO_TICKS = [0.1, 0.25, 0.5, 1, 2, 4, 10] as const;

/** Tick text: "0.5×", "1×", "2×". */
export const ratioLabel = (x: number): string => `${x}×`;
