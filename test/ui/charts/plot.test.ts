// @vitest-environment node
/** The svg kit's pure parts: band layout, label wrapping, band paths and whisker ends. */
import { describe, expect, test } from 'vitest';
import { bandLayout } from '../../../src/ui/charts/plot/bands';
import { clampLines, ELLIPSIS, splitInterval, textWidth, wrapLines } from '../../../src/ui/charts/plot/wrap';
import { bandPaths } from '../../../src/ui/charts/plot/bandPaths';
import { plotBox } from '../../../src/ui/charts/plot/layout';
import { bottomTitleDepth, bottomTitleLines, thinTicks } from '../../../src/ui/charts/plot/axes';
import { plain, whiskerEnds, interval } from '../../../src/ui/charts/data/interval';
import { seriesRows } from '../../../src/ui/charts/data/series';
import type { SeriesRow } from '../../../src/ui/charts/data/series';
import { dodge } from '../../../src/ui/charts/plot/dodge';
import { markerMonths } from '../../../src/ui/charts/plot/LineMarkers';
import { shapeIndex, shapePath } from '../../../src/ui/charts/plot/symbols';
import { SCENARIO_COLORS } from '../../../src/ui/charts/palette';
import { chartRuns } from './helpers';
import { roomForWorseOff, winnersScale } from '../../../src/ui/charts/WinnersChart';
import { niceScale } from '../../../src/ui/charts/data/scale';
import { tickPercent } from '../../../src/ui/charts/axis';

describe('bandLayout(count, from, to, bars, options)', () => {
  test('bars of one band sit side by side inside it, centred, never wider than maxBarSize', () => {
    const l = bandLayout(3, 100, 400, 4, { barGap: 2, maxBarSize: 15 });
    expect(l.band).toBe(100);
    expect(l.size).toBe(15);
    expect(bandLayout(3, 100, 400, 4, { barGap: 2 }).size).toBeCloseTo((80 - 3 * 2) / 4, 9);
    for (let i = 0; i < 3; i++) {
      const ends = [0, 3].map((j) => l.bar(i, j));
      expect(ends[0]! - l.size / 2).toBeGreaterThanOrEqual(100 + i * 100);
      expect(ends[1]! + l.size / 2).toBeLessThanOrEqual(100 + (i + 1) * 100);
      expect((ends[0]! + ends[1]!) / 2).toBeCloseTo(l.centre(i), 9);
      expect(l.bar(i, 1) - l.bar(i, 0)).toBeCloseTo(l.size + 2, 9);
    }
  });
  test('without a cap, the bars fill the band less its gaps', () => {
    const l = bandLayout(2, 0, 200, 1);
    expect(l.size).toBeCloseTo(80, 9);
    expect(l.bar(1, 0)).toBe(150);
  });
  test('with weights, bands in proportion to them, end to end, and bars one size: the narrowest band\u2019s', () => {
    const l = bandLayout(3, 0, 400, 1, { weights: [1, 1, 2], maxBarSize: 1000 });
    expect([0, 1, 2].map(l.bandOf)).toEqual([100, 100, 200]);
    expect([0, 1, 2].map(l.centre)).toEqual([50, 150, 300]);
    expect(l.band).toBe(100);
    expect(l.size).toBeCloseTo(80, 9);
    // Weights that do not match the rows: equal bands, as without.
    expect(bandLayout(3, 0, 300, 1, { weights: [1, 2] }).centre(2)).toBe(250);
  });
});

describe('clampLines(lines, most, width, fontSize)', () => {
  const lines = wrapLines('Cash heavy transfers to the poorest districts, phased in 2027', 100, 12);
  test('keeps lines that fit as they are', () => {
    expect(clampLines(lines, lines.length, 100, 12)).toEqual(lines);
  });
  test('cuts the last kept line short at a word, with an ellipsis, within the width, and drops a comma left at the cut', () => {
    expect(lines.length).toBeGreaterThan(2);
    const two = clampLines(lines, 2, 100, 12);
    expect(two).toHaveLength(2);
    expect(two[0]).toBe(lines[0]);
    expect(two[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(two[1]!.trimStart(), 12)).toBeLessThanOrEqual(100);
    expect(two[1]).not.toMatch(/,…$/);
    // Still read as one phrase from the svg (wrapLines' leading space).
    expect(two[1]!.startsWith(' ')).toBe(true);
    expect(clampLines(['Cash heavy transfers', ' to the poorest'], 1, 210, 12)).toEqual(['Cash heavy transfers to the…']);
  });
});

describe('wrapLines(text, width, fontSize)', () => {
  test('packs words into lines that fit, keeping every word in order and the text reading as one phrase', () => {
    const lines = wrapLines('Out of poverty for 12+ months', 100, 12);
    expect(lines.join('')).toBe('Out of poverty for 12+ months');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l.trim(), 12)).toBeLessThanOrEqual(100);
  });
  test('never parts "Rs" or "×" from the number after it', () => {
    const text = 'Rs 1,450 / household / month to Rs 4,230 / household / month; income × 0.89 to × 0.62';
    for (const width of [60, 90, 120, 150, 200]) {
      const lines = wrapLines(text, width, 12);
      expect(lines.join('')).toBe(text);
      for (const l of lines) expect(l.trim(), `${width} px`).not.toMatch(/(^|\s)(Rs|×)$/);
    }
    expect(wrapLines('a Rs', 10, 12)).toEqual(['a', ' Rs']);
  });
  test('never parts a number from its unit, nor "per" from what it is per, in English or Urdu', () => {
    // A number as typed starts with a left-to-right mark before its sign in Urdu; a formatted signed number is a
    // left-to-right isolate (format's signed: the isolate had let "−0.25" part from its unit word).
    // A percentage that starts an Urdu message is led by a right-to-left mark too (i18n/bidi percentsMarked).
    const texts = ['0.609 / امکان سے 0.849 / امکان تک', '1.2% فی مہینہ سے 4.18% فی مہینہ تک', 'a course of 3 months to 12 months', '\u200E−0.25 لاگ آمدنی سے \u200E−0.1 لاگ آمدنی تک', '\u2066−0.25\u2069 لاگ آمدنی سے \u2066−0.1%\u2069 لاگ آمدنی تک', '\u200F\u200E90% وقفہ: 1.2 ہزار سے 4.5 ہزار'];
    for (const text of texts) {
      for (const width of [60, 90, 120, 160]) {
        const lines = wrapLines(text, width, 12);
        expect(lines.join('')).toBe(text);
        // No line ends with a number, "/" or "فی" that its next word belongs to.
        for (const l of lines.slice(0, -1)) expect(l.trim(), `${width} px: ${lines.join('|')}`).not.toMatch(/(^|\s)(\u200F?\u200E?\u2066?−?[\d.,]+%?\u2069?|\/|فی)$/);
      }
    }
    // A number does not take a bracket after it along: the short bracket still moves to the next line whole.
    const bracketed = wrapLines('0.25 (income × 0.78)', textWidth('(income × 0.78)', 12), 12);
    expect(bracketed).toEqual(['0.25', ' (income × 0.78)']);
  });

  test('a short bracket that fits a line moves to the next line whole; a bracket wider than the line wraps inside', () => {
    const text = 'consumption per adult-equivalent (× poverty line)';
    const bracket = textWidth('(× poverty line)', 12);
    for (const width of [bracket, bracket + 30, 200, 260]) {
      const lines = wrapLines(text, width, 12);
      expect(lines.join('')).toBe(text);
      expect(lines.filter((l) => l.includes('(')), `${width} px`).toEqual(lines.filter((l) => l.includes(')')));
    }
    // Narrower than the bracket: it breaks inside rather than run past the width.
    const narrow = wrapLines('share of (× poverty line)', bracket - 1, 12);
    expect(narrow.join('')).toBe('share of (× poverty line)');
    for (const l of narrow) expect(textWidth(l.trim(), 12)).toBeLessThanOrEqual(bracket - 1);
    // Five words in a bracket are not kept together.
    expect(wrapLines('x (a b c d e)', textWidth('x (a b c', 12), 12)).toEqual(['x (a b c', ' d e)']);
    // Punctuation after the bracket and a bracket inside it stay with it; a closed "(a)," opens nothing.
    const w = textWidth('(× poverty line),', 12);
    expect(wrapLines('share (× poverty line), then', w, 12)).toEqual(['share', ' (× poverty line),', ' then']);
    expect(wrapLines('v (a (b c) d)', textWidth('(a (b c) d)', 12), 12)).toEqual(['v', ' (a (b c) d)']);
    expect(wrapLines('(a), b c (d)', textWidth('(a), b', 12), 12)).toEqual(['(a), b', ' c (d)']);
  });
  test('a short label stays on one line; a word longer than the width gets its own', () => {
    expect(wrapLines('Year 1', 100, 12)).toEqual(['Year 1']);
    expect(wrapLines('a Khyber-Pakhtunkhwa b', 50, 12)).toEqual(['a', ' Khyber-Pakhtunkhwa', ' b']);
  });
});

describe('bandPaths(rows, runs, x, y, with50, withCounterfactual)', () => {
  const x = (m: number) => m * 10;
  const y = (v: number) => 100 - v * 100;

  // Engine fixtures are computed while the file is collected, outside the test's time limit (as in data.test.ts).
  const runs = chartRuns();

  test('one set of paths per scenario; the 50% band and the status-quo line only on request', () => {
    const rows = seriesRows(runs, 'povertyHeadcount');
    const plain = bandPaths(rows, runs.length, x, y, false, false);
    expect(plain).toHaveLength(runs.length);
    for (const p of plain) {
      expect(p.band90).toMatch(/^M10,/);
      expect(p.median).toMatch(/^M10,[\d.]+(L[\d.]+,[\d.]+){23}$/);
      expect(p.band50).toBeNull();
      expect(p.counterfactual).toBeNull();
    }
    const full = bandPaths(rows, runs.length, x, y, true, true);
    expect(full[1]!.band50).toMatch(/^M10,/);
    expect(full[1]!.counterfactual).toMatch(/^M10,/);
  });

  test('a missing value leaves a gap in the line, never a drop to zero', () => {
    const point = (v: number | null) => ({ p50: v, band50: null, band90: v === null ? null : ([v - 0.1, v + 0.1] as [number, number]), counterfactual: null });
    const rows: SeriesRow[] = [0.2, 0.3, null, 0.3, 0.2].map((v, t) => ({ month: t + 1, s0: point(v) }));
    const [p] = bandPaths(rows, 1, x, y, true, false);
    expect(p!.median).toBe('M10,80L20,70M40,70L50,80');
    expect(p!.band90!.match(/M/g)).toHaveLength(2);
    expect(p!.band50).toBeNull();
  });
});

describe('whiskerEnds(interval) and plotBox', () => {
  test('whiskers reach p5 and p95 but never cross the value; none without spread', () => {
    const d = (mean: number, p5: number, p95: number) => ({ mean, p5, p25: p5, p50: mean, p75: p95, p95 });
    expect(whiskerEnds(interval(d(10, 7, 15)))).toEqual([7, 15]);
    expect(whiskerEnds(interval(d(20, 5, 18)))).toEqual([5, 20]);
    expect(whiskerEnds(interval(d(0, 0, 0)))).toBeNull();
    expect(whiskerEnds(plain(3))).toBeNull();
  });
  test('the plot area keeps a minimum size in a container too small for its margins', () => {
    expect(plotBox(640, 320, { top: 8, right: 16, bottom: 50, left: 68 })).toEqual({ left: 68, right: 624, top: 8, bottom: 270, width: 640 });
    const tiny = plotBox(20, 20, { top: 8, right: 16, bottom: 50, left: 68 });
    expect(tiny.right - tiny.left).toBe(40);
    expect(tiny.bottom - tiny.top).toBe(40);
  });
});

describe('bottomTitleLines(title, box) and bottomTitleDepth', () => {
  const title = 'consumption per adult-equivalent (\u00d7 poverty line)';
  test('a title runs past the plot only as far as the drawing has room on both sides, so no line is cut at its edge', () => {
    // A side-by-side column: 68 px left of the plot, 20 right; a centred line may be the plot's width plus 40.
    const narrow = plotBox(200, 300, { top: 8, right: 20, bottom: 80, left: 68 });
    const lines = bottomTitleLines(title, narrow);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line.trimStart(), 13)).toBeLessThanOrEqual(narrow.right - narrow.left + 40);
    // Two words that fit the plot's width plus 60 px, as the title once could be, but not plus 40: two lines.
    const pair = 'aaaaaaaaaa bbbbbbbbbb';
    expect(textWidth(pair, 13)).toBeGreaterThan(narrow.right - narrow.left + 40);
    expect(textWidth(pair, 13)).toBeLessThanOrEqual(narrow.right - narrow.left + 60);
    expect(bottomTitleLines(pair, narrow)).toEqual(['aaaaaaaaaa', ' bbbbbbbbbb']);
    // With room to spare, one line; a box without a known width keeps the old allowance (60 px in all).
    expect(bottomTitleLines(title, plotBox(900, 300, { top: 8, right: 20, bottom: 80, left: 68 }))).toEqual([title]);
    expect(bottomTitleLines(title, { left: 68, right: 180, top: 8, bottom: 220 })).toEqual(wrapLines(title, 112 + 60, 13));
    // The right edge, not the left, is the limit here: 20 px of room, not 68.
    expect(bottomTitleLines(title, { ...narrow, width: narrow.right + 68 })).toEqual(wrapLines(title, 112 + 60, 13));
  });
  test('the depth below the plot grows with the lines, so a chart can leave room for the last one', () => {
    const wide = plotBox(900, 300, { top: 8, right: 20, bottom: 80, left: 68 });
    const narrow = plotBox(200, 300, { top: 8, right: 20, bottom: 80, left: 68 });
    expect(bottomTitleDepth(title, wide, 60)).toBe(65);
    expect(bottomTitleDepth(title, narrow, 60)).toBe(65 + 16 * (bottomTitleLines(title, narrow).length - 1));
  });
});

describe('thinTicks(ticks, scale, label)', () => {
  const ticks = [0, 10, 20, 30, 40, 50];
  test('keeps every tick when the labels have room', () => {
    expect(thinTicks(ticks, (v) => v * 10, String)).toEqual(ticks);
  });
  test('keeps every k-th tick, from the first, when they would collide', () => {
    expect(thinTicks(ticks, (v) => v * 1.5, String)).toEqual([0, 20, 40]);
    expect(thinTicks(ticks, (v) => v * 0.5, String)).toEqual([0, 50]);
    expect(thinTicks([10, 20, 30, 40, 50], (v) => v * 1.5, String)).toEqual([10, 30, 50]);
  });
  test('counts from zero when the axis has it, so zero keeps its label', () => {
    // Winners and losers side by side: −5 to 25, every other tick ("5 0 5 …" with the losers' sign dropped).
    const mirrored = [-5, 0, 5, 10, 15, 20, 25];
    expect(thinTicks(mirrored, (v) => v * 2.5, (v) => String(Math.abs(v)))).toEqual([0, 10, 20]);
    expect(thinTicks([-10, -5, 0, 5, 10], (v) => v * 4, String)).toEqual([-10, 0, 10]);
  });
});

describe('splitInterval(text, width, fontSize)', () => {
  test('one line when it fits; else the value, then the bracketed interval, never one end without the other', () => {
    const text = '+6.9% (+6.7% to +7.1%)';
    expect(splitInterval(text, 1000, 12)).toEqual([text]);
    expect(splitInterval(text, 100, 12)).toEqual(['+6.9%', ' (+6.7% to +7.1%)']);
    // No bracket: words wrap rather than run off the edge.
    expect(splitInterval('no interval here at all', 1000, 12)).toEqual(['no interval here at all']);
    const wrapped = splitInterval('90% interval: no upper end', 100, 12);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join(' ')).toBe('90% interval: no upper end');
    for (const line of wrapped) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });
});

describe('dodge(labels, top, bottom, gap)', () => {
  const edges = (ys: number[], h: number[]) => ys.map((y, i) => [y - h[i]! / 2, y + h[i]! / 2] as const);
  test('labels far apart stay at their lines', () => {
    expect(dodge([{ y: 50, height: 14 }, { y: 120, height: 14 }], 0, 200)).toEqual([50, 120]);
  });
  test('labels that would overlap are pushed apart by at least the gap, keeping their order, in the input order', () => {
    const h = [14, 28, 14, 14];
    const ys = dodge([{ y: 100, height: 14 }, { y: 101, height: 28 }, { y: 99, height: 14 }, { y: 100.5, height: 14 }], 0, 300, 2);
    const sorted = edges(ys, h).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]![0] - sorted[k - 1]![1]).toBeGreaterThanOrEqual(2 - 1e-9);
    expect(ys[2]).toBeLessThan(ys[0]!);
    expect(ys[0]).toBeLessThan(ys[3]!);
    expect(ys[3]).toBeLessThan(ys[1]!);
  });
  test('labels wanting the same place are stacked around it, not all pushed one way', () => {
    const ys = dodge([{ y: 100, height: 10 }, { y: 100, height: 10 }, { y: 100, height: 10 }], 0, 300, 2);
    expect([...ys].sort((a, b) => a - b)).toEqual([88, 100, 112]);
  });
  test('a stack that runs past the bottom is pushed back up inside the plot', () => {
    const ys = dodge([{ y: 195, height: 14 }, { y: 196, height: 14 }, { y: 197, height: 14 }], 0, 200, 2);
    expect(Math.max(...ys) + 7).toBeLessThanOrEqual(200);
    expect(Math.min(...ys) - 7).toBeGreaterThanOrEqual(0);
  });
});

describe('markerMonths(months, i, n) and marker shapes', () => {
  test('one marker per tick step, inside the run, staggered so two scenarios never share a month', () => {
    const a = markerMonths(24, 0, 5);
    const b = markerMonths(24, 1, 5);
    expect(a).toEqual([3, 9, 15, 21]);
    for (const m of [...a, ...b]) expect(m >= 1 && m <= 24).toBe(true);
    expect(a.filter((m) => b.includes(m))).toEqual([]);
    expect(markerMonths(60, 0, 1)).toEqual([6, 18, 30, 42, 54]);
  });
  test('each of the first seven scenario colours has its own shape, the same in every chart', () => {
    const shapes = SCENARIO_COLORS.slice(0, 7).map((c, i) => shapePath(shapeIndex(c, i)));
    expect(new Set(shapes).size).toBe(7);
    expect(shapeIndex(SCENARIO_COLORS[2]!, 0)).toBe(2);
    expect(shapeIndex('#123456', 3)).toBe(3);
  });
});

describe('winnersScale(runs): the axis of households better and worse off', () => {
  const runs = chartRuns();
  test('the worse-off side spans at least two ticks, so a narrow column that labels every other tick still labels it', () => {
    const s = winnersScale(runs);
    const [lo, hi] = s.domain;
    const step = s.ticks[1]! - s.ticks[0]!;
    expect(lo).toBeLessThanOrEqual(-2 * step);
    // A side-by-side column, 150 px wide: thinTicks keeps every other tick, and one of them is on the worse-off side.
    const x = (v: number) => ((v - lo) / (hi - lo)) * 150;
    const kept = thinTicks(s.ticks, x, (v) => tickPercent(Math.abs(v)));
    expect(kept.length).toBeLessThan(s.ticks.length);
    expect(kept.some((t) => t < 0)).toBe(true);
  });
  test('widening that coarsens the step is checked again: −3 to 70 ends with two steps below zero', () => {
    for (const values of [[-3, 70], [-1, 9], [0, 100], [-30, 5]]) {
      const s = roomForWorseOff(niceScale(values, { zero: true, count: 6 }));
      const step = s.ticks[1]! - s.ticks[0]!;
      expect(s.domain[0], String(values)).toBeLessThanOrEqual(-2 * step);
      expect(s.domain[1], String(values)).toBeGreaterThanOrEqual(Math.max(...values));
    }
  });
});
