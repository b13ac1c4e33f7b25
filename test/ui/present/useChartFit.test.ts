// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { coveredHeight, lineCut, MIN_PLOT_SHARE, NAME_LINES, nextChartFit, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE, READABLE_FIT, regrowChartFit, type ChartFit } from '../../../src/ui/present/useChartFit';
import { MAX_STEP, MIN_FIT } from '../../../src/ui/present/useFitScale';

const FULL: ChartFit = { plots: 1, names: NAME_LINES, fit: 1, fits: 0, tooTall: Infinity, grown: false };
/** A chart whose plots are as short as they go, at `fit`, its search as given. */
const at = (fit: number, more: Partial<ChartFit> = {}): ChartFit => ({ ...FULL, plots: MIN_PLOT_SHARE, fit, ...more });

describe('coveredHeight(spans)', () => {
  it('adds stacked spans, counts side-by-side ones once, and overlapping ones by what they cover', () => {
    expect(coveredHeight([])).toBe(0);
    expect(coveredHeight([[100, 300], [320, 520]])).toBe(400);
    expect(coveredHeight([[100, 300], [100, 300]])).toBe(200);
    expect(coveredHeight([[150, 250], [100, 300]])).toBe(200);
    expect(coveredHeight([[320, 520], [100, 300], [250, 350]])).toBe(420);
  });
});

describe('nextChartFit(was, content, room, plots, squeeze)', () => {
  it('leaves a chart that fits as it is (the same object)', () => {
    expect(nextChartFit(FULL, 500, 500, 300)).toBe(FULL);
    expect(nextChartFit(FULL, 501, 500, 300)).toBe(FULL);
  });

  it('shortens the plots by the overflow before it shrinks the type: ticks keep the slide\u2019s size', () => {
    // 520 px of chart in 450 px, 350 px of it plots: the plots give the 70 px (and 2% for type that does not shorten).
    const next = nextChartFit(FULL, 520, 450, 350);
    expect(next.fit).toBe(1);
    expect(next.plots).toBeCloseTo(1 - (70 / 350) * 1.02, 6);
  });

  it('shrinks the whole chart only once the plots are at MIN_PLOT_SHARE, or shortening them no longer helps', () => {
    const atFloor = nextChartFit(FULL, 900, 450, 300);
    expect(atFloor).toEqual({ ...FULL, plots: MIN_PLOT_SHARE });
    const shrunk = nextChartFit(atFloor, 470, 450, 180);
    expect(shrunk.plots).toBe(MIN_PLOT_SHARE);
    expect(shrunk.fit).toBeCloseTo((450 / 470) * 0.98, 6);
    // Names holding a bar chart's rows apart: the plots did not get shorter, so the type shrinks instead.
    const held = nextChartFit({ ...FULL, plots: 0.8 }, 470, 450, 300, false);
    expect(held.plots).toBe(0.8);
    expect(held.fit).toBeCloseTo((450 / 470) * 0.98, 6);
  });

  it('shrinks by MAX_STEP at most a pass: a chart whose names re-wrap as it shrinks falls faster than its type', () => {
    // The difference slide with five options: 900 px of chart in 450 px. One step by the whole overflow took it to
    // 0.49 where 0.8 fitted, and the slide's lower half stayed empty.
    expect(nextChartFit(at(1), 900, 450, 300).fit).toBeCloseTo(MAX_STEP, 6);
    expect(nextChartFit(at(MAX_STEP, { tooTall: 1 }), 900, 450, 300).fit).toBeCloseTo(MAX_STEP * MAX_STEP, 6);
  });

  it('after a step that overshot, tries halfway back to the smallest fit seen too tall, and settles within 2%', () => {
    let f = nextChartFit(at(1), 900, 450, 300);
    expect(f.tooTall).toBe(1);
    // At 0.92 it fits with room to spare: halfway back.
    f = nextChartFit(f, 300, 450, 200);
    expect(f.fit).toBeCloseTo((MAX_STEP + 1) / 2, 6);
    expect(f.fits).toBeCloseTo(MAX_STEP, 6);
    // Too tall there: back to the largest that fitted, and no higher from now on.
    f = nextChartFit(f, 460, 450, 300);
    expect(f.fit).toBeCloseTo(MAX_STEP, 6);
    expect(f.tooTall).toBeCloseTo((MAX_STEP + 1) / 2, 6);
    f = nextChartFit(f, 300, 450, 200);
    expect(f.fit).toBeCloseTo((MAX_STEP + (MAX_STEP + 1) / 2) / 2, 6);
    f = nextChartFit(f, 300, 450, 200);
    // Within 2% of the smallest too tall: settled, and measuring again changes nothing.
    expect(f.tooTall - f.fit).toBeLessThanOrEqual(0.02);
    const settled = nextChartFit({ ...f, grown: true }, 300, 450, 200);
    expect(nextChartFit(settled, 300, 450, 200)).toBe(settled);
  });

  it('shrinks to READABLE_FIT with names in two lines, then cuts them to one before shrinking further', () => {
    const readable = nextChartFit(at(READABLE_FIT + 0.01, { tooTall: 0.9 }), 900, 450, 300);
    expect(readable).toMatchObject({ fit: READABLE_FIT, names: 2 });
    const cut = nextChartFit(readable, 900, 450, 300);
    expect(cut).toMatchObject({ fit: READABLE_FIT, names: 1 });
    // One line may let a larger type fit: searched for again, up to the full scale.
    expect(nextChartFit(cut, 300, 450, 200).fit).toBeCloseTo((READABLE_FIT + 1) / 2, 6);
    expect(nextChartFit(cut, 900, 450, 300).fit).toBeCloseTo(READABLE_FIT * MAX_STEP, 6);
  });

  it('grows plots shortened before the type shrank into the room left, once', () => {
    const settled = at(0.9, { fits: 0.9, tooTall: 0.91 });
    const grown = nextChartFit(settled, 350, 450, 150);
    expect(grown.grown).toBe(true);
    expect(grown.plots).toBeCloseTo(MIN_PLOT_SHARE * (1 + (100 / 150) * 0.98), 6);
    expect(nextChartFit({ ...grown, plots: 1 }, 350, 450, 150)).toEqual({ ...grown, plots: 1 });
    // Grown too far: shortened again, and it does not grow a second time.
    const again = nextChartFit(grown, 470, 450, 250);
    expect(again.plots).toBeLessThan(grown.plots);
    expect(nextChartFit(again, 400, 450, 200).plots).toBe(again.plots);
  });

  it('never goes below MIN_FIT, and a chart already there stays as it is', () => {
    let least = at(MIN_FIT + 0.01, { names: 1, tooTall: 1 });
    least = nextChartFit(least, 5000, 450, 3000);
    expect(least.fit).toBe(MIN_FIT);
    expect(nextChartFit(least, 5000, 450, 3000)).toBe(least);
  });

  it('never goes below `least` (a phone\u2019s PHONE_LEAST_FIT), names cut to one line there, then holds (the chart scrolls)', () => {
    // Catches a phone's slide chart shrunk to 10\u201312 px ticks: it had MIN_FIT's floor, as a projector's.
    let f = nextChartFit(at(1), 900, 450, 300, true, PHONE_LEAST_FIT);
    expect(f.fit).toBeCloseTo(PHONE_LEAST_FIT, 6);
    f = nextChartFit(f, 900, 450, 300, true, PHONE_LEAST_FIT);
    expect(f).toMatchObject({ fit: PHONE_LEAST_FIT, names: 1 });
    f = nextChartFit({ ...f, tooTall: f.fit }, 900, 450, 300, true, PHONE_LEAST_FIT);
    expect(nextChartFit(f, 900, 450, 300, true, PHONE_LEAST_FIT)).toBe(f);
  });

  it('at `least`, shortens the plots further, down to `leastPlots` (a phone\u2019s), before it leaves the chart to scroll', () => {
    // The fan chart at 375 \u00d7 667 in a 545 px box: 610 px at 13/14 with its plots at 0.6 (194 px). The old code held
    // it there, its note cut off mid-sentence.
    const least = at(PHONE_LEAST_FIT, { names: 1, tooTall: 1 });
    const f = nextChartFit(least, 610, 545, 194, true, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE);
    expect(f.fit).toBe(PHONE_LEAST_FIT);
    expect(f.plots).toBe(PHONE_MIN_PLOT_SHARE);
    // At its shortest: held (it scrolls), as it is where the plots no longer shorten (squeeze).
    expect(nextChartFit(f, 570, 545, 145, true, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE)).toBe(f);
    expect(nextChartFit(least, 610, 545, 194, false, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE)).toBe(least);
    // By the overflow where that is enough: 20 px of 194.
    expect(nextChartFit(least, 565, 545, 194, true, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE).plots).toBeCloseTo(MIN_PLOT_SHARE * (1 - (20 / 194) * 1.02), 6);
    // Not before the type is at its least: the plots at MIN_PLOT_SHARE first, then the type.
    expect(nextChartFit(at(1), 610, 545, 194, true, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE)).toMatchObject({ plots: MIN_PLOT_SHARE, fit: PHONE_LEAST_FIT });
  });

  it('regrowChartFit(was): measured to fit, tries the full scale first, then halves back as before', () => {
    const open = regrowChartFit(at(0.8, { fits: 0.8, tooTall: 0.82, grown: true }));
    expect(open).toMatchObject({ fit: 0.8, fits: 0, tooTall: Infinity, grown: false });
    const full = nextChartFit(open, 300, 450, 200);
    expect(full.fit).toBe(1);
    // Too tall at full scale: back to the fit that fitted, then halfway.
    const back = nextChartFit(full, 470, 450, 300);
    expect(back).toMatchObject({ fit: 0.8, tooTall: 1 });
    expect(nextChartFit(back, 400, 450, 250).fit).toBeCloseTo(0.9, 6);
  });

  it('does nothing before the chart has room to measure', () => {
    expect(nextChartFit(FULL, 300, 0, 200)).toBe(FULL);
  });
});

describe('lineCut(lines, bottom, most)', () => {
  it('is 0 where the edge passes between lines, or through a quarter of a box at its top or bottom', () => {
    expect(lineCut([[0, 20], [20, 40], [40, 60]], 40, 100)).toBe(0);
    expect(lineCut([], 40, 100)).toBe(0);
    expect(lineCut([[0, 40], [30, 70]], 38, 100)).toBe(0);
  });

  it('moves the edge to an eighth of the cut line\u2019s box below its top, above its letters, and stops at `most`', () => {
    expect(lineCut([[0, 16], [16, 32], [32, 48]], 40, 100)).toBe(6);
    // A tick beside a line of text: the edge above both.
    expect(lineCut([[40, 56], [44, 52]], 50, 100)).toBe(8);
    expect(lineCut([[40, 56], [44, 52]], 50, 5)).toBe(5);
  });

  it('does not cut the lines above whose Nastaliq boxes overlap the new edge (Urdu\u2019s fan chart\u2019s note, a difference panel\u2019s ticks)', () => {
    // Urdu's note under the fan chart at 375 \u00d7 667: boxes 33 px tall, 24.7 px apart. Moved to each cut line's top, the
    // edge went on through the line above, and ended 101 px up, the note gone.
    const note = [0, 1, 2, 3, 4].map((k) => [452 + k * 24.7, 485 + k * 24.7] as const);
    expect(lineCut(note, 540, 138)).toBe(Math.floor(540 - (452 + 3 * 24.7 + 33 / 8)));
    expect(lineCut(note, 553, 138)).toBe(0);
    // The difference slide at 390 \u00d7 844 with a long name: its axis title through the edge, its ticks above it. To the
    // title's top, the edge had passed through the ticks.
    expect(lineCut([[651, 684], [676, 711]], 700, 175)).toBe(Math.floor(700 - (676 + 35 / 8)));
  });
});
