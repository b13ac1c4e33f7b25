/**
 * What a chart cell redraws for (drawnFrom): a single-scenario chart that shares its scale with the other
 * columns redraws when its own scenario changes or when a peer moves the shared axis, and not at every peer's
 * new result; without peers it redraws for its own scenario only.
 */
import { describe, expect, it } from 'vitest';
import { drawnFrom } from '../../../src/ui/views/ChartCell';
import type { ChartInputs } from '../../../src/ui/charts/registry';
import type { ChartRun } from '../../../src/ui/charts/types';
import { chartRuns } from '../charts/helpers';

const [baseline, bn80, bn120] = chartRuns() as [ChartRun, ChartRun, ChartRun];
const inputs = (focus: ChartRun, peers?: ChartRun[]): ChartInputs => ({ runs: [baseline, bn80, bn120], focus, diffs: [], unpaired: [], programmes: null, peers });
/** The same scenario as a new object, its budget scaled: a refreshed result. */
const scaled = (run: ChartRun, k: number): ChartRun => ({
  ...run,
  result: { ...run.result, byYear: { ...run.result.byYear, budgetPKR: run.result.byYear.budgetPKR.map((d) => ({ ...d, mean: d.mean === null ? null : d.mean * k })) } },
});

describe('drawnFrom(kind, inputs)', () => {
  it('a shared-scale chart: the same key for a peer refreshed without moving the axis, a new one when it does', () => {
    const key = drawnFrom('budget', inputs(baseline, [baseline, bn80, bn120]));
    expect(drawnFrom('budget', inputs(baseline, [baseline, { ...bn80 }, bn120]))).toBe(key);
    expect(drawnFrom('budget', inputs(baseline, [baseline, bn80, scaled(bn120, 0.9999)]))).toBe(key);
    expect(drawnFrom('budget', inputs(baseline, [baseline, bn80, scaled(bn120, 3)]))).not.toBe(key);
  });

  it('a shared-scale chart: a new key when its own scenario has a new result, even on the same axis', () => {
    const key = drawnFrom('region', inputs(bn80, [baseline, bn80, bn120]));
    const refreshed = { ...bn80 };
    expect(drawnFrom('region', inputs(refreshed, [baseline, refreshed, bn120]))).not.toBe(key);
  });

  it('without peers, or for a chart that does not share its scale, the part of the inputs it needs', () => {
    const own = inputs(bn80);
    expect(drawnFrom('budget', own)).toBe(bn80);
    const side = inputs(bn80, [baseline, bn80, bn120]);
    expect(drawnFrom('headline', side)).toBe(bn80);
    expect(drawnFrom('exits', side)).toBe(side.runs);
  });
});
