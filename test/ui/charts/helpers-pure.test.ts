// @vitest-environment node
/** Pure helpers: intervals, axis scales, words for intervals, the palette and metric labels. */
import { describe, expect, test } from 'vitest';
import { band, interval } from '../../../src/ui/charts/data/interval';
import { niceScale } from '../../../src/ui/charts/data/scale';
import { intervalDetail, intervalText, monthTicks, valueWithInterval } from '../../../src/ui/charts/intervalText';
import { assignColors, OKABE_ITO, SCENARIO_COLORS, BASELINE_GREY } from '../../../src/ui/charts/palette';
import { METRICS, metricInfo } from '../../../src/ui/charts/metrics';
import { formatCount, formatPKR, formatSignedCount } from '../../../src/ui/format';

const dist = (mean: number | null, p5: number | null, p95: number | null) => ({ mean, p5, p25: p5, p50: mean, p75: p95, p95 });

describe('interval(dist, centre)', () => {
  test('whiskers reach from the centre to p5 and p95', () => {
    expect(interval(dist(10, 7, 15))).toEqual({ value: 10, low: 7, high: 15, error: [3, 5] });
  });
  test('a zero-width interval has no whiskers; a missing value has none either', () => {
    expect(interval(dist(0, 0, 0)).error).toBeNull();
    expect(interval(dist(null, null, null))).toEqual({ value: null, low: null, high: null, error: null });
    expect(interval(undefined).value).toBeNull();
  });
  test('a mean outside its interval never draws a backwards whisker', () => {
    expect(interval(dist(20, 5, 18)).error).toEqual([15, 0]);
  });
  test('band(lo, hi) is null when either end is missing', () => {
    expect(band(1, 2)).toEqual([1, 2]);
    expect(band(null, 2)).toBeNull();
  });
});

describe('niceScale(values, options)', () => {
  test('holds every value on round ticks', () => {
    const s = niceScale([0.192, 0.246]);
    expect(s.domain[0]).toBeLessThanOrEqual(0.192);
    expect(s.domain[1]).toBeGreaterThanOrEqual(0.246);
    expect(s.ticks[0]).toBeCloseTo(s.domain[0], 12);
    expect(s.ticks.at(-1)).toBeCloseTo(s.domain[1], 12);
  });
  test('keeps zero for bars, ignores null and NaN', () => {
    expect(niceScale([2.78e6, null, NaN], { zero: true }).domain).toEqual([0, 3e6]);
    expect(niceScale([-4.3e5, -1.4e5], { zero: true }).domain[1]).toBe(0);
  });
  test('all values equal (e.g. every difference exactly 0) still gives an axis around them', () => {
    expect(niceScale([0, 0], { zero: true, flat: 1e4 }).domain).toEqual([-1e4, 1e4]);
    expect(niceScale([]).domain).toEqual([0, 1]);
    // Nothing yet on an axis from zero (cost per exit before any run): upwards from zero, not −flat to +flat.
    expect(niceScale([null, undefined], { zero: true, flat: 1e6 }).domain).toEqual([0, 1e6]);
  });
});

describe('interval words', () => {
  test('a dash between unsigned ends, "to" between signed ones', () => {
    expect(intervalText(9e5, 1.5e6, formatCount)).toBe('900k–1.5 m');
    expect(intervalText(-2.9e5, -1.2e5, formatSignedCount)).toBe('−290k to −120k');
    expect(intervalText(null, 1, formatCount)).toBe('–');
    // Two ends apart that round to one text: said once, as rounded, not "Rs 168 bn–Rs 168 bn"; a cell gives the value
    // alone, as it does without spread (not "Rs 168 bn (Rs 168 bn at both ends)").
    expect(intervalText(1.6781e11, 1.6812e11, formatPKR)).toBe('Rs 168 bn at both ends (rounded)');
    expect(valueWithInterval(1.6795e11, 1.6781e11, 1.6812e11, formatPKR)).toBe('Rs 168 bn');
    expect(intervalDetail({ low: 1.6781e11, high: 1.6812e11 }, formatPKR)).toBe('');
    // Ends that are equal are not "rounded": a tooltip's or a sentence's interval with no spread still reads "5–5".
    expect(intervalText(5, 5, formatCount)).toBe('5–5');
  });
  test('valueWithInterval: value and interval, just the value without spread, "–" without a value', () => {
    expect(valueWithInterval(1.16e6, 9.89e5, 1.34e6, formatCount)).toBe('1.16 m (989k–1.34 m)');
    expect(valueWithInterval(0, 0, 0, formatSignedCount)).toBe('0');
    expect(valueWithInterval(null, 1, 2, formatCount)).toBe('–');
    // Open above: cost per exit where more than 5% of replications added no exits.
    expect(valueWithInterval(2.5e6, 1.9e6, null, formatPKR)).toBe('Rs 2.5 m (Rs 1.9 m to no upper end)');
  });
  test('intervalDetail: the interval in brackets for a second line; empty without spread or an end', () => {
    expect(intervalDetail({ low: 9.89e5, high: 1.34e6 }, formatCount)).toBe('(989k–1.34 m)');
    expect(intervalDetail({ low: 0, high: 0 }, formatCount)).toBe('');
    expect(intervalDetail({ low: null, high: 1 }, formatCount)).toBe('');
    expect(intervalDetail(undefined, formatCount)).toBe('');
  });
  test('month ticks: every 6 months up to 3 years, then yearly', () => {
    expect(monthTicks(24)).toEqual([1, 6, 12, 18, 24]);
    expect(monthTicks(120)).toEqual([1, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
  });
});

describe('assignColors(ids)', () => {
  test('colours in order: neutral grey baseline, then Okabe–Ito, all distinct', () => {
    const c = assignColors(['base', 'a', 'b', 'c', 'd']);
    expect(c.base).toBe(BASELINE_GREY);
    const okabeIto = new Set<string>(Object.values(OKABE_ITO));
    for (const id of ['a', 'b', 'c', 'd']) expect(okabeIto.has(c[id]!)).toBe(true);
    expect(new Set(Object.values(c)).size).toBe(5);
  });
  test('a repeated id keeps its colour; the cycle wraps past the palette', () => {
    expect(assignColors(['x', 'y', 'x'])).toEqual({ x: SCENARIO_COLORS[0], y: SCENARIO_COLORS[1] });
    const many = assignColors(Array.from({ length: SCENARIO_COLORS.length + 1 }, (_, i) => `s${i}`));
    expect(many[`s${SCENARIO_COLORS.length}`]).toBe(SCENARIO_COLORS[0]);
  });
});

describe('metricInfo(key)', () => {
  test('every metric has a plain-language label and a unit on its axis', () => {
    for (const key of Object.keys(METRICS) as (keyof typeof METRICS)[]) {
      const m = metricInfo(key);
      expect(m.label).not.toMatch(/[a-z][A-Z]/);
      expect(m.axis.length).toBeGreaterThan(0);
    }
  });
  test('differences of shares are in percentage points', () => {
    expect(metricInfo('povertyHeadcountEnd').diffAxis).toBe('percentage points');
    expect(metricInfo('povertyHeadcountEnd').formatDiff(-0.0123)).toBe('−1.23 pts');
  });
});
