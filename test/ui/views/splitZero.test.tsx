/**
 * <SplitChart>: a programme the optimiser cuts to 0% is drawn as 0, not left out. Its bar has no width, and the
 * chart had drawn nothing in its row (read as missing data; only the table said 0%): now a thin bar at the axis in
 * its split's colour and "0%" beside it, for either split's bar, at a phone's, a laptop's and a projector's column
 * width, in English and in Urdu (whose svg keeps its left-to-right geometry). A share the axis draws keeps only its
 * bar.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { OptimiseResult } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { SPLIT_COLORS, SplitChart, UNSEEN_BAR } from '../../../src/ui/views/optimise/SplitChart';

/** The reader's split gives microfinance nothing; the proposal cuts training and the farm programme to 0% too. */
const current = { cash: 0.5, stipend: 0.3, microfinance: 0, training: 0.1, farm: 0.05, admin: 0.05 };
const optimised = { cash: 0.6, stipend: 0.35, microfinance: 0, training: 0, farm: 0, admin: 0.05 };
const result = {
  objective: 'maxSustainedExits',
  replications: 20,
  split: { programmes: optimised, regions: null, regionRule: 'headcount' },
  currentSplit: { programmes: current, regions: null, regionRule: 'headcount' },
} as unknown as OptimiseResult;

const strip = (text: string) => text.replace(/[\u200e\u2066-\u2069]/g, '');

/**
 * Each bar drawn at the axis's 0 no wider than UNSEEN_BAR (recharts draws none for a share of 0 unless asked for a
 * least width): its colour, and the label written on its row, right of it.
 */
function unseen(width: number) {
  const { container } = render(
    <PlotWidthHint.Provider value={width}>
      <SplitChart block="programmes" result={result} yearOneBn={80} />
    </PlotWidthHint.Provider>,
  );
  const axis = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')!;
  const zero = Number(axis.getAttribute('x1'));
  const labels = [...container.querySelectorAll('text.split-unseen')];
  const at = (el: Element, name: string) => Number(el.getAttribute(name));
  const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')].filter((p) => at(p, 'width') <= UNSEEN_BAR);
  return {
    labels: labels.length,
    marks: bars.map((bar) => {
      const [top, bottom] = [at(bar, 'y'), at(bar, 'y') + at(bar, 'height')];
      const label = labels.filter((t) => at(t, 'y') > top && at(t, 'y') < bottom);
      return {
        color: bar.getAttribute('fill'),
        atZero: Math.abs(at(bar, 'x') - zero) < 0.5,
        width: at(bar, 'width'),
        height: bottom - top,
        label: label.map((t) => strip(t.textContent ?? '')).join(' | '),
        labelRightOfBar: label.every((t) => at(t, 'x') > at(bar, 'x') + at(bar, 'width')),
      };
    }),
  };
}

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

describe('<SplitChart> with programmes cut to 0%', () => {
  for (const language of ['en', 'ur'] as const)
    for (const width of [350, 640, 900])
      it(`marks each 0% bar at the axis, "0%" beside it (${language}, ${width} px)`, () => {
        applyLocale(language, 'international', undefined);
        const { marks, labels } = unseen(width);
        // One for the reader's microfinance, three for the proposal's microfinance, training and farm support.
        expect(marks.map((m) => m.color).sort()).toEqual([SPLIT_COLORS.current, SPLIT_COLORS.optimised, SPLIT_COLORS.optimised, SPLIT_COLORS.optimised].sort());
        expect(labels, 'a label for each, none for a bar that is seen').toBe(4);
        for (const m of marks) {
          expect(m.label).toBe('0%');
          expect(m.atZero, 'the mark starts at the axis').toBe(true);
          expect(m.width).toBe(UNSEEN_BAR);
          expect(m.height, 'as tall as a bar').toBeGreaterThanOrEqual(12);
          expect(m.labelRightOfBar).toBe(true);
        }
      });

  it('marks nothing where every share is drawn', () => {
    const none = { cash: 0.4, stipend: 0.3, microfinance: 0.1, training: 0.1, farm: 0.05, admin: 0.05 };
    const drawn = { ...result, split: { ...result.split, programmes: none }, currentSplit: { ...result.currentSplit, programmes: none } } as OptimiseResult;
    const { container } = render(
      <PlotWidthHint.Provider value={640}>
        <SplitChart block="programmes" result={drawn} yearOneBn={80} />
      </PlotWidthHint.Provider>,
    );
    expect(container.querySelectorAll('.split-unseen')).toHaveLength(0);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(12);
  });
});
