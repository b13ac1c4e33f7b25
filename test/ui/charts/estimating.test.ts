// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { basisOf, basisText, complete, MIN_INTERVAL_REPLICATIONS, shownDifference, shownResult, tooFew } from '../../../src/ui/charts/data/estimating';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';

describe('honest intervals while a run is young', () => {
  const five = fixtureRun(fixtureScenario('Rs 80 bn', [80])).result;

  it('drops every spread below the minimum, keeping medians, means and the scenario', () => {
    const shown = shownResult(five);
    expect(five.meta.replications).toBeLessThan(MIN_INTERVAL_REPLICATIONS);
    expect(shown.summary.poorHouseholdsEnd).toEqual({ ...five.summary.poorHouseholdsEnd, p5: null, p25: null, p75: null, p95: null });
    expect(shown.series.povertyHeadcount.p50).toEqual(five.series.povertyHeadcount.p50);
    expect(shown.series.povertyHeadcount.p95.every((x) => x === null)).toBe(true);
    expect(shown.byProgramme.cash.incomeEffect.p5).toBeNull();
    expect(shown.byRegion.punjab.povertyHeadcountEnd.p95).toBeNull();
    expect(shown.scenario).toBe(five.scenario);
    // Memoised: the same object each time, so charts do not redraw for nothing.
    expect(shownResult(five)).toBe(shown);
  });

  it('leaves results with enough replications alone', () => {
    const many = { ...five, meta: { ...five.meta, replications: MIN_INTERVAL_REPLICATIONS } };
    expect(shownResult(many)).toBe(many);
    const diff = { replications: 3, summary: { spentPKR: { mean: 1, p5: 0, p25: 0.5, p50: 1, p75: 1.5, p95: 2 } }, series: {} };
    expect(shownDifference(diff).summary.spentPKR).toEqual({ mean: 1, p5: null, p25: null, p50: 1, p75: null, p95: null });
  });

  const of = (...counts: [number, number][]) => counts.map(([done, asked]) => ({ done, asked }));

  it('says what the intervals rest on', () => {
    expect(basisText(of([40, 40], [40, 40]))).toBe('Intervals rest on 40 replications.');
    expect(basisText(of([37, 100], [40, 100]))).toBe('Intervals rest on 37–40 replications.');
    expect(basisText(of([1, 100]))).toBe('Intervals are still being estimated: 1 replication so far; they are shown from 10.');
    // A chart of means only says what its means rest on, at any count.
    expect(basisText(of([40, 40]), true)).toBe('Means across 40 replications.');
    expect(basisText(of([1, 1]), true)).toBe('Means across 1 replication.');
  });

  // Bug: a run complete at 4 replications (all its scenario asks for) said "still being estimated" for ever.
  it('says there are too few replications once no run short of the minimum has more coming', () => {
    expect(basisText(of([4, 4]))).toBe('Too few replications for intervals (4 replications): they are shown from 10; run more to see them.');
    // One short of the minimum still running: still being estimated.
    expect(basisText(of([4, 4], [6, 100]))).toMatch(/^Intervals are still being estimated: 4–6 replications so far/);
    // The one still running is past the minimum: the one short of it is complete, so too few.
    expect(basisText(of([4, 4], [30, 100]))).toMatch(/^Too few replications for intervals \(4–30 replications\)/);
    expect(complete(five)).toBe(true);
    expect(tooFew(five)).toBe(true);
    expect(basisOf(five)).toEqual({ done: 5, asked: 5 });
    const running = { ...five, scenario: { ...five.scenario, run: { ...five.scenario.run, replications: 40 } } };
    expect(tooFew(running)).toBe(false);
    expect(basisText([basisOf(running)])).toMatch(/^Intervals are still being estimated/);
  });
});
