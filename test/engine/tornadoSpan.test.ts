// @vitest-environment node
/**
 * tornadoBars(design, outcomes) on hand-built outcomes, where the order can be
 * worked out by hand: a parameter whose low and high values both move the
 * outcome the same way from the base (a non-monotone effect) has a small swing
 * |high − low| but a large span, the spread of {low, base, high}, and ranks by
 * its span. Fails on the old ranking by swing, which put it below a parameter
 * that moves the outcome far less.
 */
import { describe, expect, test } from 'vitest';
import { tornadoBars, unmovedBars, type SensitivityParameter, type TornadoDesign } from '../../src/engine/analysis/sensitivity';
import type { Scenario } from '../../src/engine/index';

const parameter = (path: string): SensitivityParameter => ({ path, distribution: { dist: 'uniform', low: 0, high: 1 }, nominal: 0.5 });

/** A design of the given parameters; its points are only counted, so they need not be scenarios. */
const design = (paths: readonly string[]): TornadoDesign => ({
  parameters: paths.map(parameter),
  points: Array.from({ length: 1 + 2 * paths.length }, () => ({}) as Scenario),
  low: paths.map(() => 0.05),
  high: paths.map(() => 0.95),
});

describe('tornadoBars ranks by span, the spread of the outcomes at low, base and high', () => {
  test('a parameter whose two ends both raise the outcome from 100 (to 150 and 160) ranks above one that moves it 90 to 110', () => {
    // Outcomes: base 100; a at its low and high value 90 and 110 (swing 20, span 20); b at 150 and 160 (swing 10, span 60).
    const bars = tornadoBars(design(['a', 'b']), [100, 90, 110, 150, 160]);
    expect(bars.map((b) => b.path)).toEqual(['b', 'a']);
    expect(bars.map((b) => [b.swing, b.span])).toEqual([[10, 60], [20, 20]]);
    // The bars reach from the smallest of the three outcomes to the largest, the base among them.
    const b = bars[0]!;
    expect([Math.min(b.outcomeLow, b.base, b.outcomeHigh), Math.max(b.outcomeLow, b.base, b.outcomeHigh)]).toEqual([100, 160]);
  });

  test('both ends below the base: the span is from the lower end to the base', () => {
    const bars = tornadoBars(design(['a', 'b']), [100, 95, 105, 40, 45]);
    expect(bars.map((b) => [b.path, b.span])).toEqual([['b', 60], ['a', 10]]);
  });

  test('a parameter with no effect has span 0 and ranks last; ties keep path order', () => {
    const bars = tornadoBars(design(['a', 'b', 'c']), [100, 100, 100, 90, 110, 110, 90]);
    expect(bars.map((b) => [b.path, b.span])).toEqual([['b', 20], ['c', 20], ['a', 0]]);
  });

  test('an outcome undefined at a point: the span of the defined ones, and a bar with fewer than two last', () => {
    const bars = tornadoBars(design(['a', 'b', 'c']), [100, Number.NaN, Number.NaN, 100, Number.NaN, 90, 130]);
    expect(bars.map((b) => [b.path, b.span])).toEqual([['c', 40], ['b', 0], ['a', Number.NaN]]);
  });
});

describe('unmovedBars', () => {
  test('are the bars at exactly the base at both ends, not those with a small or an undefined span', () => {
    const bars = tornadoBars(design(['a', 'b', 'c', 'd', 'e']), [100, 100, 100, 100, 100.5, Number.NaN, Number.NaN, 99, 100, 100, Number.NaN]);
    // e: low at the base and high undefined has a span of 0, but did not stay at the base at both ends.
    expect(unmovedBars(bars).map((b) => b.path)).toEqual(['a']);
    // Nor does a base undefined with both ends equal.
    expect(unmovedBars(tornadoBars(design(['a']), [Number.NaN, 7, 7]))).toEqual([]);
  });
});

