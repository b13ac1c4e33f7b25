/**
 * The cost-per-exit chart writes each bar's mean in a column right of its
 * plot (HBarPlot's valueLabel), for a slide or a printout read without the
 * axis. Catches: no values at all (the chart had bars and whiskers only, so
 * "Rs 4.19 m" could not be read off a projected slide), and a value that
 * reaches its whisker, its bar, the names or the drawing's edge, at a
 * phone's, a laptop's and a slide's widths, in English and in Urdu.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { CostPerExitChart } from '../../../src/ui/charts/CostPerExitChart';
import { costPerExitRows } from '../../../src/ui/charts/data/costPerExit';
import { ChartScaleOverride } from '../../../src/ui/charts/plot/chartScale';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { textWidth } from '../../../src/ui/charts/plot/wrap';
import { meanText } from '../../../src/ui/charts/intervalText';
import { chartRuns } from './helpers';

const runs = chartRuns();

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

/** Every x a path's commands move or draw to ("M12,4H80M12,1V7": 12, 80, 12). */
function pathXs(d: string): number[] {
  return [...d.matchAll(/([MHL])(-?[\d.]+)/g)].map((m) => Number(m[2]));
}

/** The chart drawn `pixels` wide at `scale` screen pixels per chart unit (a slide's ChartScaleOverride). */
function drawn(pixels: number, scale: number): SVGSVGElement {
  const { container } = render(
    <ChartScaleOverride.Provider value={scale}>
      <PlotWidthHint.Provider value={pixels}>
        <CostPerExitChart runs={runs} />
      </PlotWidthHint.Provider>
    </ChartScaleOverride.Provider>,
  );
  return container.querySelector('svg.chart-surface')!;
}

// A phone's column, a laptop's dashboard cell, and the slide's chart at 1280 × 720 and 1920 × 1080 (scaled up).
const SIZES = [
  ['a phone (350 px)', 350, 1],
  ['a laptop (620 px)', 620, 1],
  ['a slide at 1280 × 720', 1150, 1.6],
  ['a slide at 1920 × 1080', 1760, 2.4],
] as const;

describe('CostPerExitChart: each bar’s mean in a column right of the plot', () => {
  for (const language of ['en', 'ur'] as const) {
    for (const [where, pixels, scale] of SIZES) {
      test(`${language}, ${where}: every costed scenario’s mean, clear of bars, whiskers, names and the edge`, () => {
        applyLocale(language, 'international', undefined);
        const svg = drawn(pixels, scale);
        const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        const rows = costPerExitRows(runs);
        const costed = rows.filter((r) => r.value !== null);
        expect(costed.length).toBeGreaterThan(0);
        const values = [...svg.querySelectorAll('[data-value-for]')];
        // One value per costed scenario, as the column reads them; none for "no additional exits".
        expect(values.map((v) => v.getAttribute('data-value-for'))).toEqual(costed.map((r) => r.name));
        // As the ranking writes it (meanText), each in the scale word of its own interval.
        costed.forEach((r, k) => expect(values[k]!.textContent).toContain(meanText(r)!));
        // The rightmost any bar, whisker or axis line reaches; names sit left of the plot's axis.
        const marks = [
          ...[...svg.querySelectorAll('rect[data-series]')].map((b) => Number(b.getAttribute('x')) + Number(b.getAttribute('width'))),
          ...[...svg.querySelectorAll('path.chart-whisker')].flatMap((p) => pathXs(p.getAttribute('d')!)),
          ...[...svg.querySelectorAll('.chart-axis line')].flatMap((l) => [Number(l.getAttribute('x1') ?? 0), Number(l.getAttribute('x2') ?? 0)]),
        ];
        const reach = Math.max(...marks.filter(Number.isFinite));
        for (const v of values) {
          // Anchored at its end: it runs left from x, as wide as measured.
          expect(v.closest('[text-anchor]')?.getAttribute('text-anchor')).toBe('end');
          const right = Number(v.getAttribute('x'));
          // The text as drawn, without the direction marks that wrap it in Urdu (they take no width on screen).
          const left = right - textWidth(v.textContent!.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ''), 12);
          expect(left, `${v.textContent} starts past every bar and whisker`).toBeGreaterThan(reach + 4);
          expect(right, `${v.textContent} ends inside the drawing`).toBeLessThanOrEqual(width);
        }
      });
    }
  }

  test('in Urdu each value is a right-to-left run with its digits as written (so "4.19 ملین روپے" keeps its number whole)', () => {
    applyLocale('ur', 'international', undefined);
    const svg = drawn(620, 1);
    const rows = costPerExitRows(runs).filter((r) => r.value !== null);
    const values = [...svg.querySelectorAll('[data-value-for]')];
    expect(values).toHaveLength(rows.length);
    for (const [k, v] of values.entries()) {
      const text = v.textContent!;
      expect(text).toMatch(/^[\u202B\u2067]/);
      expect(text).toContain(meanText(rows[k]!)!);
    }
  });
});
