/**
 * Every tick of the analysis charts' value axis is drawn on a phone, the first
 * included: there the names sit above their bars and the plot starts 9 px
 * from the chart's edge, and recharts left out the first tick's label ("75k"
 * on the tornado, "0.00" on the Sobol' chart), which, centred on the plot's
 * edge, would have run past it. recharts measures labels in the DOM, which
 * jsdom does not lay out: here its measuring span is as wide as the label's
 * characters at 0.6 em each (plot/wrap's estimate). Fails if the left margin
 * leaves a first label no room again. And a count's axis has whole ticks only,
 * so that its labels read apart when nothing moved.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type { SobolRow, TornadoBar } from '../../../src/engine/index';
import { DEFAULT_UNCERTAINTY } from '../../../src/engine/scenario/defaultUncertainty';
import { TornadoChart } from '../../../src/ui/views/sensitivity/TornadoChart';
import { SobolChart } from '../../../src/ui/views/sensitivity/SobolChart';
import { labelColumn } from '../../../src/ui/views/analysis/chartProps';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { OnOnePage } from '../../../src/ui/views/analysis/chartProps';
import type { ReactNode } from 'react';

const CHAR_EM = 0.6;

beforeAll(() => {
  const measured = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.id !== 'recharts_measurement_span') return measured.call(this);
    const size = parseFloat(this.style.fontSize) || 12;
    const width = (this.textContent ?? '').length * size * CHAR_EM;
    return { x: 0, y: 0, left: 0, top: 0, width, height: size, right: width, bottom: size, toJSON: () => ({}) } as DOMRect;
  });
});
afterAll(() => vi.restoreAllMocks());

/** The value axes' tick labels as drawn (x, text), the plot's left and right ends, and the chart's width. */
function ticksOf(chart: ReactNode, width: number) {
  const { container, unmount } = render(
    <OnOnePage.Provider value={false}>
      <PlotWidthHint.Provider value={width}>{chart}</PlotWidthHint.Provider>
    </OnOnePage.Provider>,
  );
  const axes = [...container.querySelectorAll('.recharts-xAxis-tick-labels')].map((g) =>
    [...g.querySelectorAll('text')].map((t) => ({ x: Number(t.getAttribute('x')), text: t.textContent ?? '' })),
  );
  const line = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')!;
  const plot = [Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))] as const;
  unmount();
  return { axes, plot };
}

/** Each axis draws a label at the plot's left and right ends, and every label lies within the chart. */
function expectEveryTick({ axes, plot }: ReturnType<typeof ticksOf>, width: number) {
  expect(axes.length).toBeGreaterThan(0);
  for (const labels of axes) {
    expect(labels.length).toBeGreaterThan(2);
    expect(labels[0]!.x, `first label "${labels[0]!.text}" at the plot's left end`).toBeCloseTo(plot[0], 0);
    for (const l of labels) {
      const half = (l.text.length * 12 * CHAR_EM) / 2;
      expect(l.x - half, `"${l.text}" within the chart`).toBeGreaterThanOrEqual(0);
      expect(l.x + half, `"${l.text}" within the chart`).toBeLessThanOrEqual(width);
    }
  }
}

const bars: TornadoBar[] = Object.keys(DEFAULT_UNCERTAINTY).map((path, k) => ({
  path, low: 0.1, high: 0.2, base: 101_000, outcomeLow: 101_000 - 1_400 * k, outcomeHigh: 101_000 + 300 * k, swing: 1_700 * k, span: 1_700 * k,
}));

const at = (estimate: number) => ({ estimate, low: estimate - 0.1, high: estimate + 0.1 });
const sobol: SobolRow[] = Object.keys(DEFAULT_UNCERTAINTY).slice(0, 4).map((path, k) => ({ path, firstOrder: at(0.1 * k + 0.15), total: at(0.1 * k + 0.25) }));

describe('the analysis charts\u2019 value axis on a phone (names above their bars)', () => {
  it('draws the tornado\u2019s every tick, the first at the plot\u2019s left end, on both axes of a tall plot', () => {
    const drawn = ticksOf(<TornadoChart outcome="additionalSustainedExits" bars={bars} />, 350);
    // A tall plot: its axis along the top too.
    expect(drawn.axes).toHaveLength(2);
    expectEveryTick(drawn, 350);
  });

  it('draws the Sobol\u2019 chart\u2019s every tick, "0.00" included', () => {
    const drawn = ticksOf(<SobolChart outcome="additionalSustainedExits" rows={sobol} />, 350);
    expect(drawn.axes[0]![0]!.text).toBe('0.00');
    expectEveryTick(drawn, 350);
  });

  it('leaves wide charts as they were: the names\u2019 column gives the first label its room', () => {
    expect(labelColumn(1000, '75k').left).toBe(8);
    expectEveryTick(ticksOf(<TornadoChart outcome="additionalSustainedExits" bars={bars} />, 866), 866);
  });
});

describe('the tornado\u2019s axis for a count of households', () => {
  it('reads apart when nothing moved: whole households only, not "\u22121 | \u22121 | 0 | 1 | 1"', () => {
    const still: TornadoBar[] = Object.keys(DEFAULT_UNCERTAINTY).slice(0, 3).map((path) => ({ path, low: 0.1, high: 0.2, base: 0, outcomeLow: 0, outcomeHigh: 0, swing: 0, span: 0 }));
    const { axes } = ticksOf(<TornadoChart outcome="additionalSustainedExits" bars={still} />, 900);
    expect(axes.length).toBeGreaterThan(0);
    for (const labels of axes) {
      const texts = labels.map((l) => l.text);
      expect(new Set(texts).size, texts.join(' | ')).toBe(texts.length);
      expect(texts).toContain('0');
    }
  });

  it('keeps fractional ticks where no two whole ones fall in the range', async () => {
    const { wholeTicks } = await import('../../../src/ui/views/sensitivity/TornadoChart');
    expect(wholeTicks([-1, -0.5, 0, 0.5, 1])).toEqual([-1, 0, 1]);
    expect(wholeTicks([100.2, 100.3, 100.4])).toEqual([100.2, 100.3, 100.4]);
  });
});
