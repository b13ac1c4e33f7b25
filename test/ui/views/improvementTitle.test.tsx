/**
 * The Optimise view's improvement chart keeps its axis title inside the chart. Its name column takes 30% of the
 * chart, and recharts centres the title under the plot that is left: on a phone "additional sustained exits
 * (thousand households)" ran past the right edge, cut to "…(thousand house". Where it fits under the plot, it stays
 * there; where it does not fit the chart, it takes two lines. Widths are the charts' own estimate (plot/wrap
 * textWidth), as the chart measures them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { OptimiseResult } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { ImprovementChart } from '../../../src/ui/views/optimise/ImprovementChart';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { textWidth } from '../../../src/ui/charts/plot/wrap';
import { AXIS_LABEL_STYLE } from '../../../src/ui/charts/axis';

const result = {
  objective: 'maxSustainedExits', verdict: 'better', replications: 20, improvement: { estimate: 52_100, low: 38_430, high: 66_000 },
  objectiveValue: { current: { mean: 150_000, p5: 145_000, p95: 155_000 }, optimised: { mean: 202_100, p5: 190_000, p95: 215_000 } },
} as unknown as OptimiseResult;

const strip = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The axis title as drawn: its lines, where their middle is, the widest one's half width, and the plot's middle. */
function title(width: number) {
  const { container } = render(
    <PlotWidthHint.Provider value={width}>
      <ImprovementChart result={result} />
    </PlotWidthHint.Provider>,
  );
  // The chart's one label: recharts draws the axis's title in a layer of its own, outside the axis's group.
  const text = container.querySelector('.recharts-label')!;
  const spans = [...text.querySelectorAll('tspan')];
  const lines = spans.length > 1 ? spans.map((t) => t.textContent ?? '') : [text.textContent ?? ''];
  const plot = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')!;
  const svg = container.querySelector('svg.recharts-surface')!;
  return {
    lines: lines.map(strip),
    middle: Number(text.getAttribute('x')),
    half: Math.max(...lines.map((line) => textWidth(line, Number(AXIS_LABEL_STYLE.fontSize)))) / 2,
    plotMiddle: (Number(plot.getAttribute('x1')) + Number(plot.getAttribute('x2'))) / 2,
    height: Number(svg.getAttribute('height')),
    bottomOfText: Number(text.getAttribute('y')) + (spans.length - 1) * 16,
  };
}

afterEach(() => cleanup());

describe('the improvement chart\u2019s axis title', () => {
  it('takes two lines on a phone, both within the chart and above its bottom edge', () => {
    applyLocale('en', 'international', undefined);
    const t = title(350);
    expect(t.lines).toEqual(['additional sustained exits', '(thousand households)']);
    expect(t.middle - t.half, 'left end').toBeGreaterThanOrEqual(0);
    expect(t.middle + t.half, 'right end').toBeLessThanOrEqual(350);
    expect(t.bottomOfText, 'the second line inside the chart').toBeLessThanOrEqual(t.height);
  });

  it('stays on one line where it fits the chart, moved in from the edge it would run past', () => {
    applyLocale('en', 'international', undefined);
    // 420 px: by the estimate the title fits the chart, but not centred under its plot (it ran 26 px past the right).
    const t = title(420);
    expect(t.lines).toEqual(['additional sustained exits (thousand households)']);
    expect(t.middle - t.half, 'left end').toBeGreaterThanOrEqual(0);
    expect(t.middle + t.half, 'right end').toBeLessThanOrEqual(420);
  });

  it('stays centred under the plot where it fits there', () => {
    applyLocale('en', 'international', undefined);
    const t = title(1000);
    expect(t.lines).toHaveLength(1);
    expect(t.middle).toBeCloseTo(t.plotMiddle, 5);
  });
});
