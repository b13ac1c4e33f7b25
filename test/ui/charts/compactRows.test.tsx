/**
 * A bar chart's categories where height is short (axes' CategoryLayout: a
 * slide, the printed report), with five options, one named in 60 characters.
 * Catches every row given the room of the long name's lines: on a slide at
 * 1280 × 720 the difference and cost charts then shrank whole to 10–12 px
 * type to fit under their headlines, and on paper each took most of a page.
 * Compact, a row is as tall as its own lines; on a slide a name takes at most
 * two lines (cut short with "…", its full name in a tooltip and marked for the
 * slide's list of names in full). The dashboard keeps equal rows and whole names.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { HBarPlot } from '../../../src/ui/charts/plot/HBarPlot';
import { CategoryLayout, type CategoryRows } from '../../../src/ui/charts/plot/axes';
import { ChartScaleOverride, PlotHeightScale } from '../../../src/ui/charts/plot/chartScale';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { ELLIPSIS } from '../../../src/ui/charts/plot/wrap';

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

const LONG = 'Cash heavy transfers to the poorest districts phased in 2027';
const ROWS = [
  { id: 'a', name: 'Rs 80 bn a year', value: -143e3 },
  { id: 'b', name: 'Rs 100 bn a year', value: -177e3 },
  { id: 'c', name: 'Rs 120 bn a year', value: -211e3 },
  { id: 'd', name: 'Loans and training heavy', value: -86e3 },
  { id: 'e', name: LONG, value: -247e3 },
];

/** The difference chart's panel as a slide draws it at 1280 × 720 (half the slide's width, at its scale), plots as short as they go. */
function plot(rows: CategoryRows | null): SVGSVGElement {
  const chart = (
    <HBarPlot
      rows={ROWS}
      category={(r) => ({ key: r.id, label: r.name, sub: `${Math.round(r.value / 1e3)}k (${Math.round(r.value / 800)}k to ${Math.round(r.value / 1300)}k)` })}
      series={[{ key: 'diff', name: 'Difference', color: () => '#0072B2', value: (r) => ({ value: r.value, low: r.value * 1.2, high: r.value * 0.8, error: [-r.value * 0.2, -r.value * 0.2] }) }]}
      scale={{ domain: [-300e3, 0], ticks: [-300e3, -200e3, -100e3, 0] }}
      tick={(v) => String(v / 1e3)}
      axisTitle="households (thousands)"
      label="Poor households at the end"
      height={60 + ROWS.length * 44}
      nameWidth={170}
      zeroLine
    />
  );
  const { container } = render(
    <ChartScaleOverride.Provider value={1.5}>
      <PlotHeightScale.Provider value={0.6}>
        <PlotWidthHint.Provider value={560}>{rows ? <CategoryLayout.Provider value={rows}>{chart}</CategoryLayout.Provider> : chart}</PlotWidthHint.Provider>
      </PlotHeightScale.Provider>
    </ChartScaleOverride.Provider>,
  );
  return container.querySelector('svg.chart-surface')!;
}

const centres = (svg: Element) => [...svg.querySelectorAll('[data-category]')].map((g) => Number(/translate\([^,]+,([^)]+)\)/.exec(g.getAttribute('transform')!)![1]));

describe('HBarPlot: categories where height is short (CategoryLayout)', () => {
  test('compact rows: the plot is shorter than with every row as tall as the long name, and the short names sit closer', () => {
    const equal = plot(null);
    const compact = plot({ nameLines: Infinity, compact: true });
    expect(compact.viewBox.baseVal.height).toBeLessThan(equal.viewBox.baseVal.height);
    const c = centres(compact);
    // Rows of one-line names one band apart; the long name's band wider.
    expect(c[4]! - c[3]!).toBeGreaterThan(c[2]! - c[1]!);
    const e = centres(equal);
    expect(e[4]! - e[3]!).toBeCloseTo(e[2]! - e[1]!, 6);
  });

  for (const language of ['en', 'ur'] as const) {
    test(`${language}: a slide's names in two lines at most, the long one cut short with an ellipsis, its full name kept`, () => {
      applyLocale(language, 'international', undefined);
      const svg = plot({ nameLines: 2, compact: true });
      const long = svg.querySelector(`[data-category="${LONG}"]`)!;
      expect(long.hasAttribute('data-shortened')).toBe(true);
      expect(long.querySelector('title')!.textContent).toBe(LONG);
      // Without the isolates and marks that set a Latin line in Urdu (lang.ts, svgText).
      const text = [...long.querySelectorAll('text tspan')].map((t) => t.textContent!.trim());
      expect(text.some((line) => line.replace(/[\u2066-\u2069\u200e\u200f]/g, '').endsWith(ELLIPSIS))).toBe(true);
      expect(text.join(' ')).not.toContain('2027');
      // Only the long one.
      expect(svg.querySelectorAll('[data-shortened]').length).toBe(1);
      expect(svg.querySelector('[data-category="Rs 80 bn a year"] title')).toBeNull();
    });
  }

  test('the dashboard keeps names whole', () => {
    const svg = plot(null);
    expect(svg.querySelectorAll('[data-shortened]').length).toBe(0);
    expect([...svg.querySelector(`[data-category="${LONG}"] text`)!.querySelectorAll('tspan')].map((t) => t.textContent!.trim()).join(' ')).toContain(LONG);
  });
});
