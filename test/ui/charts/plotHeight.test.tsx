/**
 * The printed report's shorter plots (PlotHeightScale): a plot lays out in
 * its designed height times the scale, but a bar chart keeps room for each
 * category's lines at their full step (a name with its value and interval
 * ran into the next category's in Urdu at the shorter height), and grows
 * past its design where the lines need it, with a gap between categories. Fails if the
 * scale is ignored, or if it squeezes labelled rows.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { HBarPlot } from '../../../src/ui/charts/plot/HBarPlot';
import { PlotHeightScale } from '../../../src/ui/charts/plot/chartScale';
import { niceScale } from '../../../src/ui/charts/data/scale';
import { categoryHeight } from '../../../src/ui/charts/plot/axes';

type Row = { name: string; value: number };
const rows: Row[] = [
  { name: 'Rs 80 bn a year', value: 4 },
  { name: 'Rs 100 bn a year', value: 5 },
  { name: 'Rs 120 bn a year', value: 6 },
];

const many: Row[] = Array.from({ length: 6 }, (_, k) => ({ name: `Scenario ${k + 1}`, value: k + 1 }));

function plot(scale: number, sub?: (r: Row) => string, shown: Row[] = rows) {
  const { container } = render(
    <PlotHeightScale.Provider value={scale}>
      <HBarPlot
        rows={shown}
        category={(r) => ({ key: r.name, label: r.name, sub: sub?.(r) })}
        series={[{ key: 'v', name: 'value', color: () => '#0072b2', value: (r) => ({ value: r.value, low: null, high: null, error: null }) }]}
        scale={niceScale([0, 8])}
        tick={String}
        axisTitle="Rs m"
        label="test"
        height={300}
        nameWidth={130}
      />
    </PlotHeightScale.Provider>,
  );
  return Number(container.querySelector('svg.chart-surface')!.getAttribute('height'));
}

describe('PlotHeightScale', () => {
  it('lays a plot out shorter by the scale, and at its design without one', () => {
    expect(plot(1)).toBe(300);
    expect(plot(0.72)).toBe(216);
  });

  it('keeps room for a category’s value and interval under its name, up to the design’s height', () => {
    const withInterval = (r: Row) => `${r.value} (${r.value - 1} to ${r.value + 1})`;
    // Three rows of two lines fit in the shorter height; six need more, each two lines' room at the full step.
    expect(plot(0.72, withInterval)).toBe(216);
    expect(plot(0.72, withInterval, many)).toBe(8 + 50 + 6 * categoryHeight(2));
    expect(8 + 50 + 6 * categoryHeight(2)).toBeGreaterThan(216);
    // Past the design's height as far as every category's lines need (at 14 px, 1.2 × the 12 px ticks, English's
    // full step and the tightest), with a gap to the next category, at the full scale too: a long name over its
    // value and interval, five lines, had run into the next category and above the plot on a slide.
    // (jsdom measures no text, so the lines are more categories' rather than a longer name's.)
    const twelve: Row[] = Array.from({ length: 12 }, (_, k) => ({ name: `Scenario ${k + 1}`, value: k + 1 }));
    for (const scale of [0.72, 1]) {
      const height = plot(scale, withInterval, twelve);
      const lines = document.querySelector('[data-category="Scenario 1"] text')!.querySelectorAll('tspan').length;
      expect(8 + 50 + 12 * lines * 14).toBeGreaterThan(300);
      expect(height).toBe(8 + 50 + 12 * categoryHeight(lines));
      document.body.innerHTML = '';
    }
    // Lines that fit at the tightest step keep the design's height.
    expect(plot(1, withInterval, many)).toBe(300);
  });
});
