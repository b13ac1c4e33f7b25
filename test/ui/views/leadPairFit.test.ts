/**
 * pairPlotScale(layout, most): the share of its designed height the report's
 * poverty chart prints at, so that it and the difference chart share the page
 * the results start. Fails if the pair is left to overflow the page, if a plot
 * is drawn taller than the report's others or squatter than LEAST, or if it is
 * squashed when even LEAST would not bring the two onto one page. pairShares
 * says whether they do share one: the report then keeps the two together
 * (report.css), since its results no longer always start a page. Where they
 * cannot, fails if the plot is left at the report's share when it could fill
 * the page over the difference chart's first panels (Urdu's page 2 ended in a
 * fifth of a page of white inside that chart's frame).
 */
import { describe, expect, it } from 'vitest';
import { LEAST, MOST_ALONE, pairPlotScale, pairShares, type PairLayout } from '../../../src/ui/views/leadPairFit';

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

  it('fills the page over as many of the second chart’s panels as fit, where the two do not share it', () => {
    // As laid out in Urdu at 680 px (default comparison): the difference chart's two panels of three bars, two lines a
    // label, 614 px in all; it may break 320 px down, under its first panel. Kept at 0.62, the poverty plot left 195 px
    // white in the frame at the foot of page 2, where the second panel did not fit.
    const urdu: PairLayout = { page: 1009, heading: 50, first: 567, plot: 320, second: 614, gap: 16, designed: 320, breaks: [320] };
    expect(pairShares(urdu)).toBe(false);
    const scale = pairPlotScale(urdu, 0.62);
    const usedOver = (s: number) => urdu.heading + (urdu.first - urdu.plot) + s * urdu.designed + urdu.gap + urdu.breaks![0]!;
    expect(scale).toBeGreaterThan(0.62);
    expect(scale).toBeLessThanOrEqual(MOST_ALONE);
    expect(usedOver(scale)).toBeLessThanOrEqual(urdu.page - 16);
    expect(usedOver(scale + 0.02)).toBeGreaterThan(urdu.page - 16);
    // Two breaks (three panels): the later one where it fits, the plot shortened for it, not the earlier at full height.
    const three = { ...urdu, second: 900, breaks: [320, 440] };
    const two = pairPlotScale(three, 0.62);
    expect(two).toBeGreaterThanOrEqual(LEAST);
    expect(urdu.heading + (urdu.first - urdu.plot) + two * urdu.designed + urdu.gap + 440).toBeLessThanOrEqual(urdu.page - 16);
    // Never taller than MOST_ALONE, however much room a short first panel leaves.
    expect(pairPlotScale({ ...urdu, breaks: [150] }, 0.62)).toBe(MOST_ALONE);
    // Not one panel fits under the plot at LEAST: the report's share (the second chart starts the next page).
    expect(pairPlotScale({ ...urdu, breaks: [560] }, 0.62)).toBe(0.62);
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
