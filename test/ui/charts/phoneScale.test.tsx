/**
 * Charts on a phone, read in the hand. Catches: (1) a phone's charts drawn at
 * the laptop's scale, 12 px ticks and 12 px notes (chartScale had only a
 * large-screen factor): they now draw at PHONE_SCALE, 14 px ticks, laid out
 * in fewer chart units; (2) at those fewer units (a 360 px phone's 320 px
 * column is 274 units), a category's value or interval in brackets, which is
 * kept whole, starting off the drawing's left edge ("(−18.3% to −11.7%)" on
 * the effects chart, "paired change −0.0014" on the inequality chart), and
 * (3) a bar chart's axis title, wrapped to two lines, cut off under the plot.
 * jsdom lays nothing out: window.matchMedia is stubbed, widths come from
 * PlotWidthHint, and text is measured by wrap's estimate, as the chart does.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { applyLocale } from '../../../src/i18n/index';
import { EffectsChart } from '../../../src/ui/charts/EffectsChart';
import { GiniChart } from '../../../src/ui/charts/GiniChart';
import { DifferenceChart } from '../../../src/ui/charts/DifferenceChart';
import { PHONE_SCALE, windowChartScale } from '../../../src/ui/charts/plot/chartScale';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { TICK } from '../../../src/ui/charts/axis';
import { textWidth } from '../../../src/ui/charts/plot/wrap';
import { chartRuns, diffRuns } from './helpers';

const runs = chartRuns();
const bn80 = runs[1]!;

/** A window `width` px wide, as its media queries answer (only the two chartScale asks). */
function windowOf(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(min-width: 1600px)' ? width >= 1600 : query === 'screen and (max-width: 640px)' ? width <= 640 : false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

/** Each chart svg drawn in a column `pixels` wide. */
function drawn(pixels: number, chart: ReactElement): SVGSVGElement[] {
  const { container } = render(<PlotWidthHint.Provider value={pixels}>{chart}</PlotWidthHint.Provider>);
  return [...container.querySelectorAll<SVGSVGElement>('svg.chart-surface')];
}

const viewBox = (svg: SVGSVGElement) => svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];

beforeEach(() => applyLocale('en', 'international', undefined));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  applyLocale('en', 'international', undefined);
});

describe('charts on a phone', () => {
  test('windowChartScale(): PHONE_SCALE on a phone, 1 on a laptop, 1.25 from 1600 px', () => {
    windowOf(390);
    expect(windowChartScale()).toBe(PHONE_SCALE);
    windowOf(1280);
    expect(windowChartScale()).toBe(1);
    windowOf(1920);
    expect(windowChartScale()).toBe(1.25);
  });

  test('a phone draws its charts at PHONE_SCALE: 12-unit ticks read 14 px; a laptop\u2019s as before', () => {
    windowOf(390);
    const [phone] = drawn(350, <DifferenceChart diffs={diffRuns()} />);
    // 350 px across is 300 chart units, drawn 350 px wide: ×7/6.
    expect(viewBox(phone!)[2]).toBe(300);
    expect(Number(phone!.getAttribute('width'))).toBe(350);
    expect(TICK.fontSize * (Number(phone!.getAttribute('width')) / viewBox(phone!)[2])).toBeGreaterThanOrEqual(14);
    cleanup();
    windowOf(1280);
    const [laptop] = drawn(620, <DifferenceChart diffs={diffRuns()} />);
    expect(viewBox(laptop!)[2]).toBe(620);
    expect(Number(laptop!.getAttribute('width'))).toBe(620);
  });

  for (const [name, chart] of [
    ['the effects chart', <EffectsChart key="e" run={bn80} />],
    ['the inequality chart', <GiniChart key="g" runs={runs} />],
    ['the difference chart', <DifferenceChart key="d" diffs={diffRuns()} />],
  ] as const) {
    test(`${name} on a 360 px phone: every line beside its bars starts inside the drawing, its axis title under the plot`, () => {
      windowOf(360);
      const svgs = drawn(320, chart);
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) {
        const [, , width, height] = viewBox(svg);
        expect(width).toBe(Math.floor(320 / PHONE_SCALE));
        for (const group of svg.querySelectorAll('g[data-category]')) {
          const x = Number(/translate\(([-\d.]+)/.exec(group.getAttribute('transform')!)![1]);
          for (const line of group.querySelectorAll('tspan')) {
            // Right-aligned at the tspan's x (left of the plot); its leading space is not drawn.
            const end = x + Number(line.getAttribute('x'));
            expect(end - textWidth(line.textContent!.trimStart(), TICK.fontSize), line.textContent!).toBeGreaterThanOrEqual(0);
          }
        }
        // The axis title's last line, and its descenders, inside the drawing.
        const title = [...svg.querySelectorAll('text[style] > tspan')].at(-1);
        expect(title, 'an axis title').toBeDefined();
        expect(Number(title!.getAttribute('y')) + 4).toBeLessThanOrEqual(height);
      }
    });
  }
});
