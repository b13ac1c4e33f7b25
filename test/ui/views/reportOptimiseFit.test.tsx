/**
 * The printed Optimisation section on one page, heading to frontier. In Chromium at A4 (default scenario, Quick
 * search on 10 replications) the frontier did not fit under the proposed split and began a page of its own: the
 * section's first page ended in 27% white (270 px of 1009), the next in a quarter more under the provenance. Now its
 * plots are drawn for paper (the split's rows only as tall as their names, the frontier at the report's share of its
 * height, REPORT_PLOT_HEIGHT, as the report's other charts), and printedPlotMaxes prints them at a share of their
 * size where that brings the section onto its page (but never below MIN_SHARE). The view's charts keep their size.
 * "Where this comes from", which may now begin at the foot of that page, keeps to its lines (report.css).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { Dist, OptimiseResult } from '../../../src/engine/index';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { PlotHeightScale } from '../../../src/ui/charts/plot/chartScale';
import { HEIGHT } from '../../../src/ui/charts/axis';
import { OnOnePage } from '../../../src/ui/views/analysis/chartProps';
import { rowHeight } from '../../../src/ui/views/analysis/RowLabel';
import { FrontierChart } from '../../../src/ui/views/optimise/FrontierChart';
import { SplitChart } from '../../../src/ui/views/optimise/SplitChart';
import { REPORT_PLOT_HEIGHT } from '../../../src/ui/views/ReportView';
import { MIN_SHARE, SLACK, printedPlotMaxes } from '../../../src/ui/views/report/optimiseFit';

const dist = (mean: number): Dist => ({ mean, p5: mean * 0.9, p25: mean, p50: mean, p75: mean, p95: mean * 1.1 });
const split = { cash: 0.5, stipend: 0.1, microfinance: 0.15, training: 0.1, farm: 0.1, admin: 0.05 };
const result = {
  objective: 'maxSustainedExits',
  replications: 10,
  split: { programmes: { cash: 0.44, stipend: 0.51, microfinance: 0, training: 0, farm: 0, admin: 0.05 }, regions: null, regionRule: 'headcount' },
  currentSplit: { programmes: split, regions: null, regionRule: 'headcount' },
  frontier: [0, 50, 100, 150].map((b) => ({ budgetBn: b, optimised: dist(b * 1000 + 1), current: dist(b * 600 + 1) })),
  exits: { optimised: dist(90_000), current: dist(57_000) },
  scenario: { run: { months: 36 } },
} as unknown as OptimiseResult;

/** The plot's height as drawn (recharts' svg), at the report's 680 px column. */
function plotHeight(chart: React.ReactNode): number {
  const { container } = render(<PlotWidthHint.Provider value={640}>{chart}</PlotWidthHint.Provider>);
  const svg = container.querySelector('svg.recharts-surface')!;
  const h = svg.getAttribute('viewBox')?.split(' ')[3] ?? svg.getAttribute('height');
  cleanup();
  return Number(h);
}

afterEach(() => cleanup());

describe('the Optimisation section drawn for paper', () => {
  it('draws the split’s rows as tall as their names (two lines), not room for three, on paper only', () => {
    const split = <SplitChart block="programmes" result={result} yearOneBn={80} />;
    const onScreen = plotHeight(split);
    const onPaper = plotHeight(<OnOnePage.Provider value>{split}</OnOnePage.Provider>);
    expect(onScreen).toBe(50 + 6 * Math.max(40, rowHeight(3)));
    // "Microfinance (subsidy and risk fund)" takes two lines in the 200 px label column.
    expect(onPaper).toBe(50 + 6 * Math.max(40, rowHeight(2)));
  });

  it('draws the frontier at the report’s share of its height in the report, at its own in the view', () => {
    const frontier = <FrontierChart result={result} budgetBn={[80]} />;
    expect(plotHeight(frontier)).toBe(HEIGHT.standard);
    expect(plotHeight(<PlotHeightScale.Provider value={REPORT_PLOT_HEIGHT}>{frontier}</PlotHeightScale.Provider>)).toBe(Math.round(HEIGHT.standard * REPORT_PLOT_HEIGHT));
  });
});

describe('printedPlotMaxes(layout)', () => {
  // As laid out in English at 680 px in Chromium after the fix: heading to frontier 1082 px, plots 326 and 198.
  const fitted = { page: 1009, used: 1082, drawn: [326, 198], designed: [326, 198] };

  it('prints each plot at one share of its size, the section then ending its frontier on its page', () => {
    const maxes = printedPlotMaxes(fitted)!;
    expect(maxes).toHaveLength(2);
    const share = maxes[0]! / 326;
    expect(share).toBeGreaterThanOrEqual(MIN_SHARE);
    expect(Math.abs(maxes[1]! / 198 - share)).toBeLessThan(0.01);
    const used = fitted.used - 326 - 198 + maxes[0]! + maxes[1]!;
    expect(used).toBeLessThanOrEqual(fitted.page - SLACK);
    expect(used).toBeGreaterThan(fitted.page - SLACK - 3);
  });

  it('gives the same answer measured with the caps applied (print layout) as without', () => {
    const maxes = printedPlotMaxes(fitted)!;
    const capped = { ...fitted, used: fitted.used - 326 - 198 + maxes[0]! + maxes[1]!, drawn: maxes };
    expect(printedPlotMaxes(capped)).toEqual(maxes);
  });

  it('leaves plots that fit, and plots that would print below MIN_SHARE, at their own size', () => {
    expect(printedPlotMaxes({ ...fitted, used: 900 })).toBeNull();
    // As it printed before: the split's 422 px rows and the frontier's 320 px, heading to frontier 1300 px.
    expect(printedPlotMaxes({ page: 1009, used: 1300, drawn: [422, 320], designed: [422, 320] })).toBeNull();
    expect(printedPlotMaxes({ page: NaN, used: 1082, drawn: [326, 198], designed: [326, 198] })).toBeNull();
  });
});

describe('report.css', () => {
  it('keeps the provenance’s heading with its lines on paper', () => {
    const css = readFileSync(join(__dirname, '../../../src/ui/views/report.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.report \.opt-provenance h4\s*\{[^}]*break-after:\s*avoid/);
  });

  it('keeps the verdict whole on paper', () => {
    const css = readFileSync(join(__dirname, '../../../src/ui/views/report.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.report \.opt-verdict\s*\{[^}]*break-inside:\s*avoid/);
  });
});
