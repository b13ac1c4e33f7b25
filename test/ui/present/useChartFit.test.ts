// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { coveredHeight, MIN_PLOT_SHARE, nextChartFit, type ChartFit } from '../../../src/ui/present/useChartFit';
import { MIN_FIT } from '../../../src/ui/present/useFitScale';

const FULL: ChartFit = { plots: 1, fit: 1 };

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
    expect(atFloor).toEqual({ plots: MIN_PLOT_SHARE, fit: 1 });
    const shrunk = nextChartFit(atFloor, 600, 450, 180);
    expect(shrunk.plots).toBe(MIN_PLOT_SHARE);
    expect(shrunk.fit).toBeCloseTo((450 / 600) * 0.98, 6);
    // Names holding a bar chart's rows apart: the plots did not get shorter, so the type shrinks instead.
    const held = nextChartFit({ plots: 0.8, fit: 1 }, 500, 450, 300, false);
    expect(held.plots).toBe(0.8);
    expect(held.fit).toBeCloseTo((450 / 500) * 0.98, 6);
  });

  it('never goes below MIN_FIT, and a chart already there stays as it is', () => {
    const least = nextChartFit({ plots: MIN_PLOT_SHARE, fit: 1 }, 5000, 450, 3000);
    expect(least.fit).toBe(MIN_FIT);
    expect(nextChartFit(least, 5000, 450, 3000)).toBe(least);
  });

  it('does nothing before the chart has room to measure', () => {
    expect(nextChartFit(FULL, 300, 0, 200)).toBe(FULL);
  });
});
