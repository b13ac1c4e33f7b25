/**
 * The difference chart's categories stay apart where each takes three lines
 * (name, value, interval: a narrow column, a slide's side-by-side panels at
 * 1280 × 720, the download of either). Catches the plot kept at its design's
 * height, made for a name over a one-line value: its rows held three lines a
 * single line step apart, so a scenario's interval, "(−184k to −96.8k)", stood
 * as close above the next scenario's name as to its own value, and in Urdu ran
 * into it. The gap between two categories must be visibly wider than the step
 * between a category's own lines, at full height and as short as a slide draws it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { DifferenceChart } from '../../../src/ui/charts/DifferenceChart';
import { ChartScaleOverride, PlotHeightScale } from '../../../src/ui/charts/plot/chartScale';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { diffRuns } from './helpers';

const diffs = diffRuns();

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

/** Half a 12 px line: less than this between categories beyond their lines' step and they read as one block. */
const SEEN_APART = 6;

/** Each category's baselines in the svg's units (its translate plus each line's y), top to bottom. */
function baselines(svg: Element): number[][] {
  return [...svg.querySelectorAll('[data-category]')].map((g) => {
    const centre = Number(/translate\([^,]+,([^)]+)\)/.exec(g.getAttribute('transform')!)![1]);
    return [...g.querySelector('text')!.querySelectorAll('tspan')].map((t) => centre + Number(t.getAttribute('y')));
  });
}

function panels(pixels: number, scale: number, plots: number): Element[] {
  const { container } = render(
    <ChartScaleOverride.Provider value={scale}>
      <PlotHeightScale.Provider value={plots}>
        <PlotWidthHint.Provider value={pixels}>
          <DifferenceChart diffs={diffs} />
        </PlotWidthHint.Provider>
      </PlotHeightScale.Provider>
    </ChartScaleOverride.Provider>,
  );
  return [...container.querySelectorAll('svg.chart-surface')];
}

// A phone's column; one of a 1280 × 720 slide's two panels at its scale of about 1.4 (jsdom estimates text widths,
// so the panel is a little narrower than Chromium's 560 px, where the value and interval are measured wider and
// split), at full height and as short as the slide's fit draws plots (useChartFit's MIN_PLOT_SHARE, 0.6).
const SIZES = [
  ['a phone (350 px)', 350, 1, 1],
  ['a slide at 1280 × 720', 480, 1.4, 1],
  ['a slide at 1280 × 720, plots shortened to fit', 480, 1.4, 0.6],
] as const;

describe('DifferenceChart: three-line categories kept apart', () => {
  for (const language of ['en', 'ur'] as const) {
    for (const [where, pixels, scale, plots] of SIZES) {
      test(`${language}, ${where}: the gap to the next scenario’s name is wider than a line step`, () => {
        applyLocale(language, 'international', undefined);
        const svgs = panels(pixels, scale, plots);
        expect(svgs.length).toBeGreaterThan(0);
        for (const svg of svgs) {
          const lines = baselines(svg);
          // The case in question: value and interval under the name, on lines of their own.
          expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThanOrEqual(3);
          // A category's own line step (its lines may step wider where it has fewer of them than its neighbours).
          const step = (l: number[]) => (l.length > 1 ? (l.at(-1)! - l[0]!) / (l.length - 1) : 0);
          for (let k = 1; k < lines.length; k++) {
            const [above, below] = [lines[k - 1]!, lines[k]!];
            const between = below[0]! - above.at(-1)!;
            const within = Math.max(12, (step(above) + step(below)) / 2);
            expect(between, `${language}: from category ${k}'s last line to category ${k + 1}'s name`).toBeGreaterThanOrEqual(within + SEEN_APART);
          }
        }
      });
    }
  }
});
