/**
 * The analysis charts' rows are as tall as the lines their names take, not
 * all as tall as the longest: with every row given room for four lines, the
 * default 15-parameter tornado was about twice as tall as it needed to be and
 * printed at about half its size (41% in Urdu). A tall plot repeats its value
 * axis along its top: on a phone the tornado is over 1,000 px tall and its
 * one axis, at the bottom, was out of sight beside its longest bars.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { TornadoBar } from '../../../src/engine/index';
import { TornadoChart } from '../../../src/ui/views/sensitivity/TornadoChart';
import { hasTopAxis, labelColumn, OnOnePage, placeRows, TALL_PLOT } from '../../../src/ui/views/analysis/chartProps';
import { lineHeight, rowHeight } from '../../../src/ui/views/analysis/RowLabel';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { DEFAULT_UNCERTAINTY } from '../../../src/engine/scenario/defaultUncertainty';

describe('placeRows(rows, column, least)', () => {
  const column = labelColumn(1000);
  it('gives each row the lines its own name and detail take, at least `least`, one after another', () => {
    const rows = [
      { label: 'Take-up' },
      { label: 'Skills training: Household gain from the job, a long name that wraps', detail: '0.163 log income to 0.437 log income; income × 1.18 to × 1.55' },
      { label: 'Leakage', detail: '1.94% to 12.3%' },
    ];
    const { centres, height } = placeRows(rows, column, 20);
    const heights = [rowHeight(1), rowHeight(4), rowHeight(2)];
    expect(centres).toEqual([heights[0]! / 2, heights[0]! + heights[1]! / 2, heights[0]! + heights[1]! + heights[2]! / 2]);
    expect(height).toBe(heights[0]! + heights[1]! + heights[2]!);
  });
  it('on a phone, puts each row’s names over its bars: the bars’ middle under the names’ lines', () => {
    const phone = labelColumn(340);
    const { centres, height } = placeRows([{ label: 'Take-up', detail: '79% to 96%' }, { label: 'Leakage' }], phone, 44);
    const first = 10 + 2 * lineHeight();
    expect(centres[0]).toBe(first + 22);
    expect(centres[1]).toBe(first + 44 + 10 + lineHeight() + 22);
    expect(height).toBe(first + 44 + 10 + lineHeight() + 44);
  });
  it('never gives a row less than `least` (room for its bars)', () => {
    const { centres, height } = placeRows([{ label: 'a' }, { label: 'b' }], column, 44);
    expect(centres).toEqual([22, 66]);
    expect(height).toBe(88);
  });
});

/** The default scenario's uncertain parameters as a tornado's bars, each with some swing. */
const bars: TornadoBar[] = Object.keys(DEFAULT_UNCERTAINTY).map((path, k) => ({
  path, low: 0.1, high: 0.2, base: 15_000, outcomeLow: 15_000 - 100 * k, outcomeHigh: 15_000 + 200 * k, swing: 300 * k, span: 300 * k,
}));

function drawn(n: number, width: number, onePage = false) {
  const { container, unmount } = render(
    <OnOnePage.Provider value={onePage}>
      <PlotWidthHint.Provider value={width}>
        <TornadoChart outcome="additionalSustainedExits" bars={bars.slice(0, n)} />
      </PlotWidthHint.Provider>
    </OnOnePage.Provider>,
  );
  const svg = container.querySelector('svg.recharts-surface')!;
  const labels = [...container.querySelectorAll('.sens-row-label')].map((g) => ({
    lines: g.querySelectorAll('text').length,
    top: Number(g.querySelector('text')!.getAttribute('y')),
    x: Number(g.querySelector('text')!.getAttribute('x')),
    anchor: g.querySelector('text')!.getAttribute('text-anchor'),
  }));
  // Where the bars start: the value axis's line, along the plot's foot.
  const axisLine = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
  const plotLeft = Number(axisLine?.getAttribute('x') ?? axisLine?.getAttribute('x1') ?? NaN);
  const out = { height: Number(svg.getAttribute('height')), xAxes: container.querySelectorAll('.recharts-xAxis').length, labels, plotLeft };
  unmount();
  return out;
}

describe('<TornadoChart> rows', () => {
  it('sizes each row to its label: the 15 default parameters take less than 15 rows of the longest label', () => {
    const { height, labels } = drawn(15, 640);
    expect(labels).toHaveLength(15);
    const most = Math.max(...labels.map((l) => l.lines));
    const fewest = Math.min(...labels.map((l) => l.lines));
    // Names wrap differently, or this test proves nothing.
    expect(most).toBeGreaterThan(fewest);
    const plot = labels.reduce((h, l) => h + Math.max(44, rowHeight(l.lines)), 0);
    expect(height).toBeLessThan(15 * rowHeight(most));
    // The rows keep their order down the plot, largest swing first.
    for (let k = 1; k < labels.length; k++) expect(labels[k]!.top).toBeGreaterThan(labels[k - 1]!.top);
    expect(height).toBeGreaterThan(plot);
  });

  it('on a phone, writes each name above its bars, from the plot’s left edge, and leaves the bars the plot’s width', () => {
    const { labels, plotLeft } = drawn(15, 340);
    for (const l of labels) {
      expect(l.anchor).toBe('start');
      expect(l.x).toBe(plotLeft + 4);
    }
    // No column of names: the margin holds half the first tick's label, no more (firstTick.test).
    expect(plotLeft).toBeLessThan(30);
  });

  it('repeats the value axis along the top of a tall plot, and only there', () => {
    const tall = drawn(15, 340);
    expect(tall.height).toBeGreaterThan(TALL_PLOT);
    expect(tall.xAxes).toBe(2);
    expect(drawn(3, 640).xAxes).toBe(1);
    expect(hasTopAxis({ centres: [], height: TALL_PLOT }, false)).toBe(false);
    expect(hasTopAxis({ centres: [], height: TALL_PLOT + 1 }, false)).toBe(true);
  });

  it('keeps one axis on one page (the printed report), where a second would only print the chart smaller', () => {
    expect(drawn(15, 340, true).xAxes).toBe(1);
    expect(hasTopAxis({ centres: [], height: TALL_PLOT + 1 }, true)).toBe(false);
  });
});
