/**
 * pairPlotScale(layout, most): the share of its designed height the report's
 * poverty chart prints at, so that it and the difference chart share the page
 * the results start. Fails if the pair is left to overflow the page, if a plot
 * is drawn taller than the report's others or squatter than LEAST, or if it is
 * squashed when even LEAST would not bring the two onto one page. pairShares
 * says whether they do share one: the report then keeps the two together
 * (report.css), since its results no longer always start a page.
 */
import { describe, expect, it } from 'vitest';
import { LEAST, pairPlotScale, pairShares, type PairLayout } from '../../../src/ui/views/leadPairFit';

// As laid out in English at 680 px: the poverty chart's frame around its 198 px plot takes 230 px.
const layout: PairLayout = { page: 1009, heading: 40, first: 428, plot: 198, second: 501, gap: 16, designed: 320 };
/** What the pair takes on its page with the first plot at `scale` (the SLACK of 16 px left over). */
const used = (l: PairLayout, scale: number) => l.heading + (l.first - l.plot) + scale * l.designed + l.gap + l.second;

describe('pairPlotScale(layout, most)', () => {
  it('keeps the report’s share when the two fit at it', () => {
    expect(pairPlotScale(layout, 0.62)).toBe(0.62);
  });

  it('shortens the first plot to just fill the page when they do not', () => {
    const taller = { ...layout, second: 530 };
    const scale = pairPlotScale(taller, 0.62);
    expect(scale).toBeLessThan(0.62);
    expect(scale).toBeGreaterThanOrEqual(LEAST);
    expect(used(taller, scale)).toBeLessThanOrEqual(taller.page - 16);
    expect(used(taller, scale + 0.02)).toBeGreaterThan(taller.page - 16);
  });

  it('leaves the report’s share when even the squattest plot would not bring them onto one page', () => {
    // Urdu's difference chart, three lines a label, with five scenarios: a page each.
    const tall = { ...layout, second: 700 };
    expect(used(tall, LEAST)).toBeGreaterThan(tall.page);
    expect(pairPlotScale(tall, 0.62)).toBe(0.62);
  });

  it('leaves the report’s share where nothing is laid out (jsdom, a plot not drawn yet)', () => {
    expect(pairPlotScale({ ...layout, plot: 0 }, 0.62)).toBe(0.62);
    expect(pairPlotScale({ ...layout, page: Number.NaN }, 0.62)).toBe(0.62);
  });
});

describe('pairShares(layout)', () => {
  it('says the two share a page where they fit with the first plot at LEAST or taller, and not otherwise', () => {
    expect(pairShares(layout)).toBe(true);
    expect(pairShares({ ...layout, second: 530 })).toBe(true);
    // Five options, one named in 60 characters (or Urdu's taller lines): the report must not hold the two together,
    // or the poverty chart would leave the page it could start on half white.
    expect(pairShares({ ...layout, second: 700 })).toBe(false);
    expect(pairShares({ ...layout, plot: 0 })).toBe(false);
  });
});
