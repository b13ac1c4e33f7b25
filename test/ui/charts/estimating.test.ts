// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { basisText, MIN_INTERVAL_REPLICATIONS, shownDifference, shownResult } from '../../../src/ui/charts/data/estimating';
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

  it('says what the intervals rest on', () => {
    expect(basisText([40, 40])).toBe('Intervals rest on 40 replications.');
    expect(basisText([37, 40])).toBe('Intervals rest on 37–40 replications.');
    expect(basisText([1])).toBe('Intervals are still being estimated: 1 replication so far; they are shown from 10.');
    // A chart of means only says what its means rest on, at any count.
    expect(basisText([40], true)).toBe('Means across 40 replications.');
    expect(basisText([1], true)).toBe('Means across 1 replication.');
  });
});
