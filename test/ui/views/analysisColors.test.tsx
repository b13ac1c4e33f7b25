/**
 * The tornado's and the Sobol' chart's bars, as drawn and in their legends,
 * take colours of their own: none is a scenario's (the tornado's low and high
 * had been the second and third scenarios' blue and orange, the Sobol'
 * indices the fourth and fifth's green and purple, and read as those
 * scenarios), and the two of a chart are told apart by lightness alone (a
 * contrast ratio of 3 or more between them), so in greyscale print and under
 * any colour-vision deficiency. Fails on the old colours on both counts. The
 * pale bar's legend swatch is outlined, on the page and in the downloaded SVG
 * (a pale box alone all but vanishes on white).
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { SobolRow, TornadoBar } from '../../../src/engine/index';
import { SCENARIO_COLORS, TORNADO_COLORS } from '../../../src/ui/charts/palette';
import { readLegend } from '../../../src/ui/export/readChart';
import { chartSvg } from '../../../src/ui/export/chartSvg';
import { SobolChart } from '../../../src/ui/views/sensitivity/SobolChart';
import { TornadoChart } from '../../../src/ui/views/sensitivity/TornadoChart';

/** WCAG 2's relative luminance of "#rrggbb" or "rgb(r, g, b)". */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  const channels = hex ? [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) : color.match(/\d+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const hexOf = (color: string) =>
  color.startsWith('#') ? color.toUpperCase() : `#${color.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
const scenarioColors = new Set(SCENARIO_COLORS.map((c) => c.toUpperCase()));

/** The fills of the drawn bars, one per series in the order drawn, and the legend's swatch colours. */
function drawn(container: HTMLElement): { bars: string[]; legend: string[] } {
  const bars = [...new Set([...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) => hexOf(p.getAttribute('fill')!)))];
  const legend = [...container.querySelectorAll<HTMLElement>('.chart-legend-mark')].map((m) => hexOf(m.style.color));
  return { bars, legend };
}

describe('the analysis charts\u2019 colours', () => {
  it('tornado: low and high are no scenario\u2019s colours, and differ in lightness', () => {
    const bars: TornadoBar[] = [
      { path: 'policy.cash.benefitPKR', low: 1500, high: 3500, base: 100, outcomeLow: 80, outcomeHigh: 130, swing: 50, span: 50 },
      { path: 'policy.cash.takeUp', low: 0.75, high: 1, base: 100, outcomeLow: 110, outcomeHigh: 120, swing: 10, span: 20 },
    ];
    const { container } = render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
    const { bars: fills, legend } = drawn(container);
    expect(fills).toHaveLength(2);
    expect(legend).toEqual(fills);
    for (const c of fills) expect(scenarioColors.has(c), c).toBe(false);
    expect(contrast(fills[0]!, fills[1]!)).toBeGreaterThanOrEqual(3);
  });

  it('Sobol\u2019: first-order and total are no scenario\u2019s colours, and differ in lightness', () => {
    const at = (estimate: number) => ({ estimate, low: estimate - 0.1, high: estimate + 0.1 });
    const rows: SobolRow[] = [{ path: 'policy.cash.takeUp', firstOrder: at(0.3), total: at(0.5) }, { path: 'policy.cash.benefitPKR', firstOrder: at(0.2), total: at(0.4) }];
    const { container } = render(<SobolChart outcome="additionalSustainedExits" rows={rows} />);
    const { bars: fills, legend } = drawn(container);
    expect(fills).toHaveLength(2);
    expect(legend).toEqual(fills);
    for (const c of fills) expect(scenarioColors.has(c), c).toBe(false);
    expect(contrast(fills[0]!, fills[1]!)).toBeGreaterThanOrEqual(3);
  });

  it('outlines the tornado\u2019s pale low-value swatch, and the downloaded SVG draws the outline too', () => {
    const bars: TornadoBar[] = [{ path: 'policy.cash.benefitPKR', low: 1500, high: 3500, base: 100, outcomeLow: 80, outcomeHigh: 130, swing: 50, span: 50 }];
    const { container } = render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
    const legend = readLegend(container);
    expect(legend.map((e) => e.outline)).toEqual([TORNADO_COLORS.outline, undefined]);
    const { svg } = chartSvg({ title: 'T', subtitle: 'S', plots: [], legend, source: 'src' });
    expect(svg).toContain(`stroke="${TORNADO_COLORS.outline}"`);
  });
});
