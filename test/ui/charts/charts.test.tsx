/**
 * Every chart rendered from fixture results: its title, the series it drew,
 * its axis units, its legend, and its table with the same formatted numbers.
 * One file and one render per chart: jsdom and the fixtures load
 * once, which keeps the suite fast.
 */
import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PovertyFanChart } from '../../../src/ui/charts/PovertyFanChart';
import { MicrofinanceChart } from '../../../src/ui/charts/MicrofinanceChart';
import { RiskFundChart } from '../../../src/ui/charts/RiskFundChart';
import { IncomeDistributionChart } from '../../../src/ui/charts/IncomeDistributionChart';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { ExitsChart } from '../../../src/ui/charts/ExitsChart';
import { LoanLedgerChart } from '../../../src/ui/charts/LoanLedgerChart';
import { BudgetChart } from '../../../src/ui/charts/BudgetChart';
import { CostPerExitChart } from '../../../src/ui/charts/CostPerExitChart';
import { RegionChart } from '../../../src/ui/charts/RegionChart';
import { DifferenceChart, panelAxis } from '../../../src/ui/charts/DifferenceChart';
import { ChartScaleOverride } from '../../../src/ui/charts/plot/chartScale';
import { EffectsChart } from '../../../src/ui/charts/EffectsChart';
import { ProgrammeCostChart } from '../../../src/ui/charts/ProgrammeCostChart';
import { DecileChangeChart } from '../../../src/ui/charts/DecileChangeChart';
import { WinnersChart } from '../../../src/ui/charts/WinnersChart';
import { PovertyDepthChart } from '../../../src/ui/charts/PovertyDepthChart';
import { GiniChart } from '../../../src/ui/charts/GiniChart';
import { IncidenceChart } from '../../../src/ui/charts/IncidenceChart';
import { HeadlineCards } from '../../../src/ui/charts/HeadlineCards';
import { ChartFrame, ColumnNameContext } from '../../../src/ui/charts/ChartFrame';
import { DataTable } from '../../../src/ui/charts/DataTable';
import { CHARTS, DEFAULT_LAYOUT, renderChart } from '../../../src/ui/charts/registry';
import { shownResult } from '../../../src/ui/charts/data/estimating';
import { countsInScaleOf, countsLike, rupeesLike, formatChange, formatCount, formatNumber, formatPKR, formatPKRRounded, formatShare, formatSignedCount, sharesLike } from '../../../src/ui/format';
import { setNumberSettings } from '../../../src/i18n/numbers';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';
import { chartRuns, diffRuns } from './helpers';
import type { ChartRun } from '../../../src/ui/charts/types';
import { categoryNames, categoryText, chartSvg, frameTitled, legendLabels, seriesNames, showTable } from './render';

const runs = chartRuns();
const [baseline, bn80, bn120] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
const last = 23;
const rowOf = (table: HTMLElement, name: string | RegExp) => within(table).getByRole('rowheader', { name }).closest('tr')!;

describe('band charts', () => {
  test('PovertyFanChart: a median line per scenario, 50%/90% bands for one (the focus, switchable), axis from 0; the status quo on request; table', () => {
    render(<PovertyFanChart runs={runs} bandFor="bn80" />);
    const frame = frameTitled('People in poverty, month by month');
    const svg = chartSvg(frame);
    expect(seriesNames(svg).filter((n) => !n.includes('interval'))).toEqual(['Baseline', 'Rs 80 bn', 'Rs 120 bn']);
    expect(seriesNames(svg).filter((n) => n.includes('interval'))).toEqual(['Rs 80 bn, 90% interval', 'Rs 80 bn, 50% interval']);
    expect(seriesNames(svg)).not.toContain('Rs 80 bn, status quo');
    expect(within(svg).getByText('% of people')).toBeInTheDocument();
    expect(within(svg).getByText('months')).toBeInTheDocument();
    // Honest axis: shares start at 0 and the note says so.
    expect(within(svg).getByText('0')).toBeInTheDocument();
    expect(frame).toHaveTextContent('The vertical axis starts at 0');
    fireEvent.click(within(frame).getByRole('checkbox', { name: 'Zoom the axis to the lines' }));
    expect(within(chartSvg(frame)).queryByText('0')).toBeNull();
    expect(frame).toHaveTextContent('zoomed to the lines and does not start at 0');
    fireEvent.click(within(frame).getByRole('checkbox', { name: 'Zoom the axis to the lines' }));
    expect(legendLabels(frame)).toEqual(expect.arrayContaining(['Baseline', 'Rs 80 bn', 'Rs 120 bn', '50% interval: Rs 80 bn', '90% interval: Rs 80 bn']));
    // Told apart without colour: each scenario's name at its line's end, and a marker shape per scenario on its line.
    expect([...svg.querySelectorAll('[data-label]')].map((el) => el.getAttribute('data-label'))).toEqual(['Baseline', 'Rs 80 bn', 'Rs 120 bn']);
    const shapes = [...svg.querySelectorAll('[data-markers]')].map((g) => g.querySelector('path')!.getAttribute('d'));
    expect(new Set(shapes).size).toBe(runs.length);

    fireEvent.change(within(frame).getByRole('combobox', { name: 'Shading for' }), { target: { value: 'bn120' } });
    expect(seriesNames(chartSvg(frame)).filter((n) => n.includes('interval'))).toEqual(['Rs 120 bn, 90% interval', 'Rs 120 bn, 50% interval']);
    expect(legendLabels(frame)).toContain('90% interval: Rs 120 bn');

    fireEvent.click(within(frame).getByRole('checkbox', { name: 'Show the status quo' }));
    expect(seriesNames(chartSvg(frame))).toContain('Rs 80 bn, status quo');
    expect(legendLabels(frame)).toContain('status quo: existing cash transfer only (dashed)');

    const table = showTable(frame);
    const s = bn120.result.series.povertyHeadcount;
    expect(rowOf(table, '24')).toHaveTextContent(`${formatShare(s.p50[last])} (${formatShare(s.p5[last])}–${formatShare(s.p95[last])})`);
    expect(within(table).getByRole('columnheader', { name: 'Rs 80 bn: status quo (existing cash transfer only)' })).toBeInTheDocument();
    expect(rowOf(table, '24')).toHaveTextContent(formatShare(bn80.result.counterfactual!.series.povertyHeadcount.p50[last]));
  });

  test('band charts: one tab stop; arrow keys, Home and End show the tooltip month by month, Escape hides it; the plot\'s description is the tooltip\'s text', async () => {
    const user = userEvent.setup();
    render(<PovertyFanChart runs={runs} bandFor="bn80" />);
    const frame = frameTitled('People in poverty, month by month');
    expect(within(frame).getByRole('img', { name: 'People in poverty, month by month' })).toBeInTheDocument();
    const plot = within(frame).getByRole('group', { name: /arrow keys read the values/ });
    expect(within(frame).queryByRole('status')).toBeNull();
    const s = bn80.result.series.povertyHeadcount;
    const tip = () => within(frame).getByRole('status');
    const tipText = () => tip().textContent!.replace(/\s+/g, ' ').trim();

    // Reached by Tab like any control: after the view switch and the controls (shading, status quo, zoom), one stop for the plot.
    within(frame).getByRole('checkbox', { name: 'Zoom the axis to the lines' }).focus();
    await user.tab();
    expect(plot).toHaveFocus();
    expect(plot).toHaveAttribute('tabindex', '0');

    await user.keyboard('{End}');
    expect(tip()).toHaveTextContent('Month 24, median (90% interval):');
    expect(tip()).toHaveTextContent(`Rs 80 bn: ${formatShare(s.p50[last])} (${formatShare(s.p5[last])}–${formatShare(s.p95[last])})`);
    expect(plot).toHaveAccessibleDescription(tipText());
    await user.keyboard('{ArrowLeft}');
    expect(tipText()).toMatch(new RegExp(`^Month 23, median \\(90% interval\\): Baseline: ${formatShare(baseline.result.series.povertyHeadcount.p50[last - 1]).replace('.', '\\.')} `));
    expect(plot).toHaveAccessibleDescription(tipText());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tip()).toHaveTextContent('Month 24,');
    await user.keyboard('{Home}');
    expect(tip()).toHaveTextContent('Month 1,');
    expect(plot).toHaveAccessibleDescription(tipText());
    await user.keyboard('{Escape}');
    expect(within(frame).queryByRole('status')).toBeNull();
    expect(plot).not.toHaveAttribute('aria-describedby');
    await user.keyboard('{ArrowRight}');
    expect(tip()).toHaveTextContent('Month 1,');
    await user.tab();
    expect(within(frame).queryByRole('status')).toBeNull();

    // jsdom lays nothing out, so the plot sits at the assumed width from x = 0: its left edge is month 1.
    const area = chartSvg(frame).querySelector('rect[fill="transparent"]')!;
    fireEvent.pointerMove(area, { clientX: Number(area.getAttribute('x')) });
    expect(tip()).toHaveTextContent(`Month 1, median (90% interval): Baseline: ${formatShare(baseline.result.series.povertyHeadcount.p50[0])}`);
    expect(chartSvg(frame).querySelectorAll('.chart-hover path')).toHaveLength(runs.length);
    fireEvent.pointerLeave(area);
    expect(within(frame).queryByRole('status')).toBeNull();
  });

  test('MicrofinanceChart: PAR30 for lending scenarios only, then the default rate; table', () => {
    render(<MicrofinanceChart runs={runs} />);
    const frame = frameTitled('Loans in trouble');
    const svg = chartSvg(frame);
    expect(seriesNames(svg)).toEqual(expect.arrayContaining(['Rs 80 bn', 'Rs 120 bn', 'Rs 80 bn, 90% interval']));
    expect(seriesNames(svg)).not.toContain('Baseline');
    expect(within(svg).getByText('% of money outstanding')).toBeInTheDocument();
    expect(frame).toHaveTextContent('Not shown, no loans made: Baseline.');
    fireEvent.click(within(frame).getByRole('button', { name: 'Default rate' }));
    expect(within(frame).getByRole('button', { name: 'Default rate' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(chartSvg(frame)).getByText('% of money lent')).toBeInTheDocument();
    expect(rowOf(showTable(frame), '24')).toHaveTextContent(formatShare(bn80.result.series.defaultRate.p50[last]));
  });

  test('RiskFundChart: balance in Rs bn with bands; table in rupees', () => {
    render(<RiskFundChart runs={runs} bandFor="bn120" />);
    const frame = frameTitled('Risk-compensation fund');
    const svg = chartSvg(frame);
    expect(seriesNames(svg)).toEqual(expect.arrayContaining(['Rs 80 bn', 'Rs 120 bn, 90% interval']));
    expect(within(svg).getByText('Rs bn')).toBeInTheDocument();
    expect(legendLabels(frame)).toEqual(expect.arrayContaining(['Rs 80 bn', 'Rs 120 bn']));
    expect(rowOf(showTable(frame), '24')).toHaveTextContent(formatPKR(bn120.result.series.riskFundBalancePKR.p50[last]));
  });

  test.each([
    ['Loans in trouble', MicrofinanceChart],
    ['Risk-compensation fund', RiskFundChart],
    ['Where the money lent went', LoanLedgerChart],
  ] as const)('%s, with no scenario on screen lending: says so in place of an empty plot, and names who is left out', (title, Chart) => {
    render(<Chart runs={[baseline]} />);
    const frame = frameTitled(title);
    expect(frame.querySelector('svg')).toBeNull();
    expect(within(frame).getByText('No scenario on screen made any loans: there is nothing to chart.')).toBeInTheDocument();
    expect(frame).toHaveTextContent(`Not shown, no loans made: ${baseline.name}.`);
  });

  test('IncomeDistributionChart: consumption at the start and end on multiples of the poverty line, the line marked; table per bin', () => {
    render(<IncomeDistributionChart run={bn120} />);
    const frame = frameTitled('Consumption distribution at the start and the end: Rs 120 bn');
    const svg = chartSvg(frame);
    // Both curves visible: the end filled, the start an unfilled outline drawn on top of it.
    expect(seriesNames(svg)).toEqual(['After 24 months', 'At the start']);
    expect([...svg.querySelectorAll('[data-series="At the start"] path')].map((p) => p.getAttribute('fill'))).toEqual(['none']);
    expect(legendLabels(frame)).toEqual(expect.arrayContaining(['At the start (dashed outline)', 'After 24 months (filled)']));
    for (const t of ['0.5×', '1×', '2×', '(poverty line)', 'people (m)']) expect(within(svg).getByText(t)).toBeInTheDocument();
    expect(svg.querySelector('.chart-reference-line')).not.toBeNull();
    expect(legendLabels(frame)).toContain('Poverty line (Rs 3,785)');
    const d = bn120.result.distribution;
    const b = d.lineRatioEdges.findIndex((e) => Math.abs(e - 1) < 1e-9);
    const row = rowOf(showTable(frame), /^1× to/);
    expect(row).toHaveTextContent(formatCount(d.start[b]));
    expect(row).toHaveTextContent(formatCount(d.end[b]));
  });
});

describe('IncomeDistributionChart in a narrow column', () => {
  test('keeps only the decades on its axis when four columns sit side by side, and the in-between multiples when there is room', () => {
    const ticksAt = (width: number) => {
      const { unmount } = render(
        <PlotWidthHint.Provider value={width}>
          <IncomeDistributionChart run={bn120} />
        </PlotWidthHint.Provider>,
      );
      const svg = chartSvg(frameTitled('Consumption distribution at the start and the end: Rs 120 bn'));
      const ticks = [...svg.querySelectorAll('text')].map((t) => t.textContent).filter((t) => /^[\d.]+×$/.test(t ?? ''));
      unmount();
      return ticks;
    };
    // About 125 px of plot, as in a laptop's side-by-side view of four scenarios: ½× and 2× ran into 1×.
    expect(ticksAt(190)).toEqual(['0.1×', '1×', '10×']);
    expect(ticksAt(340)).toEqual(['0.1×', '0.5×', '1×', '2×', '10×']);
  });
});

describe('a chart measured by useWidth', () => {
  test('goes on following its element after Table and back to Chart (the frame replaces the element)', async () => {
    const watched = new Set<Element>();
    class FakeObserver {
      private readonly mine = new Set<Element>();
      observe(el: Element) {
        this.mine.add(el);
        watched.add(el);
      }
      unobserve(el: Element) {
        this.mine.delete(el);
        watched.delete(el);
      }
      disconnect() {
        for (const el of this.mine) watched.delete(el);
        this.mine.clear();
      }
    }
    vi.stubGlobal('ResizeObserver', FakeObserver);
    try {
      render(<IncomeDistributionChart run={bn120} />);
      const frame = frameTitled('Consumption distribution at the start and the end: Rs 120 bn');
      expect([...watched].filter((el) => frame.contains(el))).toHaveLength(1);
      await userEvent.click(within(frame).getByRole('button', { name: 'Table' }));
      await userEvent.click(within(frame).getByRole('button', { name: 'Chart' }));
      // Once the observer stayed on the first element, detached, and the chart no longer followed resizes.
      expect([...watched].map((el) => el.isConnected)).toEqual([true]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('bar charts', () => {
  test('ExitsChart: a bar with whiskers per scenario for each flow, in households (m); table', () => {
    render(<ExitsChart runs={runs} />);
    const frame = frameTitled('Households leaving and entering poverty');
    const svg = chartSvg(frame);
    expect(seriesNames(svg)).toEqual(expect.arrayContaining(['Baseline', 'Rs 80 bn', 'Rs 120 bn']));
    // One bar per scenario and flow, in the legend's order; whiskers wherever replications disagree.
    expect(seriesNames(svg)).toEqual(['Out of poverty for 12+ months', 'Left poverty, then fell back', 'Newly in poverty'].flatMap(() => runs.map((r) => r.name)));
    expect(svg.querySelectorAll('.chart-whisker').length).toBeGreaterThan(0);
    expect(within(svg).getByText('households (m)')).toBeInTheDocument();
    expect(categoryNames(svg)).toEqual(['Out of poverty for 12+ months', 'Left poverty, then fell back', 'Newly in poverty']);
    expect(legendLabels(frame)).toEqual(['Baseline', 'Rs 80 bn', 'Rs 120 bn']);
    const d = bn80.result.summary.sustainedExits;
    expect(rowOf(showTable(frame), 'Rs 80 bn')).toHaveTextContent(`${formatCount(d.mean)} (${formatCount(d.p5)}–${formatCount(d.p95)})`);
  });

  test('LoanLedgerChart: repaid / outstanding / written off stacked for lending scenarios, money lent on top; table', () => {
    render(<LoanLedgerChart runs={runs} />);
    const frame = frameTitled('Where the money lent went');
    const svg = chartSvg(frame);
    expect(new Set(seriesNames(svg))).toEqual(new Set(['Principal repaid', 'Still outstanding', 'Written off']));
    expect(categoryNames(svg)).toEqual(['Rs 80 bn', 'Rs 120 bn']);
    expect(legendLabels(frame)).toEqual(['Principal repaid', 'Still outstanding', 'Written off']);
    expect(within(svg).getByText('Rs bn')).toBeInTheDocument();
    expect(within(svg).getByText(formatPKR(bn120.result.summary.loansDisbursedPKR.mean))).toBeInTheDocument();
    expect(within(svg).queryByText('Baseline')).toBeNull();
    expect(rowOf(showTable(frame), 'Rs 80 bn')).toHaveTextContent(formatPKR(bn80.result.summary.writtenOffPKR.mean));
  });

  test('BudgetChart: spending by programme and year, unspent on top, Rs bn; table', () => {
    render(<BudgetChart run={bn80} />);
    const frame = frameTitled('Spending by programme and year: Rs 80 bn');
    const svg = chartSvg(frame);
    expect(seriesNames(svg)).toEqual(expect.arrayContaining(['Cash transfer', 'Administration', 'Unspent']));
    expect(within(svg).getByText('Year 2')).toBeInTheDocument();
    expect(within(svg).getByText('Rs bn')).toBeInTheDocument();
    expect(legendLabels(frame)).toContain('Small-farmer support');
    const row = rowOf(showTable(frame), 'Year 1');
    expect(row).toHaveTextContent(formatPKR(bn80.result.byYear.spentPKR.cash[0]!.mean));
    expect(row).toHaveTextContent(formatPKR(bn80.result.byYear.unspentPKR[0]!.mean));
  });

  test('CostPerExitChart: cheapest first; no additional exits said in words, not drawn as zero; table', () => {
    render(<CostPerExitChart runs={runs} />);
    const frame = frameTitled('Cost per additional household out of poverty for 12+ months');
    const svg = chartSvg(frame);
    const names = categoryNames(svg);
    const cost = (r: typeof bn80) => r.result.summary.costPerSustainedExitPKR.mean!;
    const order = [bn80, bn120].sort((a, b) => cost(a) - cost(b)).map((r) => r.name);
    expect(names).toEqual([...order, 'Baseline']);
    expect(within(svg).getByText('no additional exits')).toBeInTheDocument();
    expect(within(svg).getByText('Rs m per household')).toBeInTheDocument();
    const table = showTable(frame);
    expect(rowOf(table, 'Baseline')).toHaveTextContent('no additional exits');
    expect(rowOf(table, 'Rs 120 bn')).toHaveTextContent(formatPKR(cost(bn120)));
  });

  test('RegionChart: headcount before and after in % of people, then sustained exits in households; tables', () => {
    render(<RegionChart run={bn120} />);
    const frame = frameTitled('Poverty by region: Rs 120 bn');
    const svg = chartSvg(frame);
    expect(seriesNames(svg)).toEqual(expect.arrayContaining(['At the start', 'After 24 months']));
    for (const t of ['% of people', 'Khyber Pakhtunkhwa', 'Azad Jammu & Kashmir']) expect(within(svg).getByText(t)).toBeInTheDocument();
    fireEvent.click(within(frame).getByRole('button', { name: 'Out of poverty 12+ months' }));
    expect(within(chartSvg(frame)).getByText('households (m)')).toBeInTheDocument();
    const table = showTable(frame);
    const exits = Object.values(bn120.result.byRegion).flatMap((r) => [r.sustainedExits.mean, r.sustainedExits.p5, r.sustainedExits.p95]);
    expect(rowOf(table, 'Sindh')).toHaveTextContent(countsLike(exits)(bn120.result.byRegion.sindh.sustainedExits.mean));
    // Read down the regions, every value in one scale word and with one number of decimals; a zero is "0" (not "0k").
    const cellTexts = [...table.querySelectorAll('tbody td:first-of-type')].map((td) => td.textContent!).filter((v) => v !== '0');
    expect(cellTexts.length).toBeGreaterThan(5);
    const shapes = cellTexts.map((v) => v.split(/\s|\(/)[0]!.replace(/\d/g, '9'));
    expect(new Set(shapes.map((v) => v.replace(/^9+/, '9'))).size).toBe(1);
    // The region's targeting errors of cash sit beside its exits: Punjab's, not the national ones.
    const pj = bn120.result.byRegion.punjab;
    expect(pj.inclusionError.mean).not.toBe(bn120.result.summary.inclusionError.mean);
    // Each under its own header: the cell in the header's column.
    const cellUnder = (header: RegExp, row: string) => {
      const at = within(table).getAllByRole('columnheader').findIndex((h) => header.test(h.textContent!));
      expect(at).toBeGreaterThan(0);
      return rowOf(table, row).querySelectorAll('th, td')[at]!;
    };
    expect(pj.inclusionError.mean).not.toBe(pj.exclusionError.mean);
    const column = (k: 'inclusionError' | 'exclusionError') => sharesLike(Object.values(bn120.result.byRegion).flatMap((r) => [r[k].mean, r[k].p5, r[k].p95]));
    expect(cellUnder(/inclusion error/, 'Punjab').textContent!.startsWith(column('inclusionError')(pj.inclusionError.mean))).toBe(true);
    expect(cellUnder(/exclusion error/, 'Punjab').textContent!.startsWith(column('exclusionError')(pj.exclusionError.mean))).toBe(true);
    fireEvent.click(within(frame).getByRole('button', { name: 'People in poverty' }));
    const p = bn120.result.byRegion.punjab;
    expect(rowOf(within(frame).getByRole('table'), 'Punjab')).toHaveTextContent(formatShare(p.povertyHeadcountStart.mean));
    expect(rowOf(within(frame).getByRole('table'), 'Punjab')).toHaveTextContent(formatShare(p.povertyHeadcountEnd.mean));
  });

  test('RegionChart: the poverty gap with severity and Gini in its table; additional exits and their cost against the status quo', () => {
    render(<RegionChart run={bn120} />);
    const frame = frameTitled('Poverty by region: Rs 120 bn');
    fireEvent.click(within(frame).getByRole('button', { name: 'Poverty gap' }));
    expect(within(chartSvg(frame)).getByText('% of the poverty line')).toBeInTheDocument();
    const table = showTable(frame);
    const sindh = bn120.result.byRegion.sindh;
    const row = rowOf(table, 'Sindh');
    expect(row).toHaveTextContent(formatShare(sindh.povertyGapStart.mean));
    expect(row).toHaveTextContent(formatShare(sindh.povertyGapEnd.mean));
    expect(row).toHaveTextContent(formatNumber(100 * sindh.povertySeverityEnd.mean!));
    // The Gini to three decimals, as the Gini chart writes it.
    expect(row).toHaveTextContent(sindh.giniEnd.mean!.toFixed(3));
    // Sindh is poorer than Punjab: a deeper gap, the region's own.
    expect(sindh.povertyGapStart.mean!).toBeGreaterThan(bn120.result.byRegion.punjab.povertyGapStart.mean!);
    fireEvent.click(within(frame).getByRole('button', { name: 'More than the status quo' }));
    const added = within(frame).getByRole('table');
    const punjab = bn120.result.byRegion.punjab;
    expect(punjab.additionalSustainedExits.mean!).toBeGreaterThan(0);
    const counts = Object.values(bn120.result.byRegion).flatMap((r) => [r.additionalSustainedExits.mean, r.additionalSustainedExits.p5, r.additionalSustainedExits.p95]);
    expect(rowOf(added, 'Punjab')).toHaveTextContent(countsLike(counts, true)(punjab.additionalSustainedExits.mean));
    expect(within(added).getByRole('columnheader', { name: /per additional household/ })).toBeInTheDocument();
    expect(within(added).getByRole('columnheader', { name: /exclusion error/ })).toBeInTheDocument();
    expect(rowOf(added, 'Sindh')).toHaveTextContent(sharesLike(Object.values(bn120.result.byRegion).flatMap((r) => [r.exclusionError.mean, r.exclusionError.p5, r.exclusionError.p95]))(sindh.exclusionError.mean));
  });

  test('RegionChart: a cost per exit open at both ends says there is no interval, not a bare cost that looks exact', () => {
    const b = bn120.result.byRegion.ict;
    const cost = { ...b.costPerSustainedExitPKR, mean: 1.8e7, p5: null, p95: null };
    const result = { ...bn120.result, byRegion: { ...bn120.result.byRegion, ict: { ...b, costPerSustainedExitPKR: cost } } };
    render(<RegionChart run={{ ...bn120, result }} mode="added" />);
    const table = showTable(frameTitled('Poverty by region: Rs 120 bn'));
    expect(rowOf(table, 'Islamabad')).toHaveTextContent('(no interval: no additional exits in 95% or more of replications)');
  });

  test('RegionChart: a cost per exit with no upper end keeps its lower end, and the chart says why', () => {
    const b = bn120.result.byRegion.balochistan;
    const cost = { ...b.costPerSustainedExitPKR, p95: null };
    const result = { ...bn120.result, byRegion: { ...bn120.result.byRegion, balochistan: { ...b, costPerSustainedExitPKR: cost } } };
    render(<RegionChart run={{ ...bn120, result }} mode="added" />);
    const frame = frameTitled('Poverty by region: Rs 120 bn');
    const table = showTable(frame);
    const low = rupeesLike(Object.values(result.byRegion).flatMap((r) => [r.costPerSustainedExitPKR.mean, r.costPerSustainedExitPKR.p5, r.costPerSustainedExitPKR.p95]))(cost.p5);
    expect(rowOf(table, 'Balochistan')).toHaveTextContent(`(${low} to no upper end)`);
    expect(within(frame).getByText(/no upper end/, { selector: '.chart-note, .chart-note *, p' })).toBeInTheDocument();
  });

  test('RegionChart: no "more than the status quo" without the status quo, even when it was the mode last shown', () => {
    const off = fixtureRun(fixtureScenario('No status quo', [120], (s) => (s.run.counterfactual = false))).result;
    const run = { ...bn120, id: 'off', name: 'No status quo', result: off };
    render(<RegionChart run={run} mode="added" />);
    const frame = frameTitled('Poverty by region: No status quo');
    expect(within(frame).queryByRole('button', { name: 'More than the status quo' })).toBeNull();
    expect(within(frame).getByRole('button', { name: 'Out of poverty 12+ months' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('comparisons', () => {
  const diffs = diffRuns();

  test('DifferenceChart: a panel per default metric with a zero line; an identical scenario shows exactly 0, no interval', () => {
    render(<DifferenceChart diffs={diffs} />);
    const frame = frameTitled('Difference from the baseline');
    expect(within(frame).getByText('Poor households at the end')).toBeInTheDocument();
    expect(within(frame).getByText('Households out of poverty for 12+ months')).toBeInTheDocument();
    const svg = chartSvg(frame, 0);
    chartSvg(frame, 1);
    expect(svg.querySelector('.chart-reference-line')).not.toBeNull();
    // The differences are under a million households: the axis is in thousands, as the labels are.
    for (const t of ['households (thousands)', 'Baseline copy', 'Rs 80 bn', 'Rs 120 bn']) expect(within(svg).getByText(t)).toBeInTheDocument();
    const d = diffs[1]!.diff.summary.poorHouseholdsEnd!;
    const inScale = countsInScaleOf([d.mean, d.p5, d.p95], true);
    expect(categoryText(svg, 'Rs 80 bn')).toBe(`Rs 80 bn ${inScale(d.mean)} (${inScale(d.p5)} to ${inScale(d.p95)})`);
    const copy = rowOf(showTable(frame), 'Baseline copy');
    expect([...copy.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['0', '0']);
  });

  test('DifferenceChart: within one region, each scenario\u2019s difference over that region\u2019s households, said in the subtitle and the table', () => {
    render(<DifferenceChart diffs={diffs} />);
    const frame = frameTitled('Difference from the baseline');
    const where = within(frame).getByRole('combobox', { name: 'Region' });
    expect(where).toHaveValue('all');
    fireEvent.change(where, { target: { value: 'punjab' } });
    const d = diffs[1]!.diff;
    const punjab = d.byRegion!.punjab.poorHouseholdsEnd!;
    expect(punjab.mean).not.toBe(d.summary.poorHouseholdsEnd!.mean);
    const inScale = countsInScaleOf([punjab.mean, punjab.p5, punjab.p95], true);
    expect(categoryText(chartSvg(frame, 0), 'Rs 80 bn')).toBe(`Rs 80 bn ${inScale(punjab.mean)} (${inScale(punjab.p5)} to ${inScale(punjab.p95)})`);
    expect(within(frame).getByText(/^In Punjab only: its households, in both runs\./)).toBeInTheDocument();
    const table = showTable(frame);
    expect(within(table).getByText(/Punjab only: scenario minus baseline over the region/)).toBeInTheDocument();
    const exits = d.byRegion!.punjab.sustainedExits!;
    expect(rowOf(table, 'Rs 80 bn')).toHaveTextContent(countsInScaleOf([exits.mean, exits.p5, exits.p95], true)(exits.mean));
    // Back to the whole country.
    fireEvent.change(within(frame).getByRole('combobox', { name: 'Region' }), { target: { value: 'all' } });
    expect(within(frame).queryByText(/Punjab only/)).toBeNull();
  });

  test('DifferenceChart: no region to pick in the report or on a slide (laid out for its page), the whole country shown', () => {
    render(
      <ChartScaleOverride.Provider value={1}>
        <DifferenceChart diffs={diffs} />
      </ChartScaleOverride.Provider>,
    );
    const frame = frameTitled('Difference from the baseline');
    expect(within(frame).queryByRole('combobox', { name: 'Region' })).toBeNull();
    expect(within(frame).queryByText(/only: its households/)).toBeNull();
  });

  test('DifferenceChart: no region to pick where the differences have none (a metric with no regional counterpart)', () => {
    render(<DifferenceChart diffs={diffs.map((d) => ({ ...d, diff: { ...d.diff, byRegion: undefined } }))} />);
    expect(within(frameTitled('Difference from the baseline')).queryByRole('combobox', { name: 'Region' })).toBeNull();
  });

  test('DifferenceChart: a compared scenario that cannot be paired with the baseline is named beside the chart, with the reason', () => {
    render(<DifferenceChart diffs={diffs} unpaired={[{ id: 'x', name: 'Other seed', reason: 'different draws (seed 8 (baseline 7))' }]} />);
    const note = screen.getByRole('list', { name: 'Not shown' });
    expect(note).toHaveTextContent('Other seed is not shown: different draws (seed 8 (baseline 7))');
  });

  test('DifferenceChart: a scenario whose world differs from the baseline\u2019s is said to hold more than its policy', () => {
    render(<DifferenceChart diffs={diffs.map((d, i) => (i === 1 ? { ...d, worldDiffers: true } : d))} />);
    const note = screen.getByRole('list', { name: 'Read with care' });
    expect(note).toHaveTextContent(`${diffs[1]!.name}: its world differs from the baseline\u2019s (an assumption changed or drawn differently), so its difference here holds that as well as its policy.`);
    expect(within(note).getAllByRole('listitem')).toHaveLength(1);
  });

  test('DifferenceChart: a count axis is in thousands while it stays under a million, in millions beyond', () => {
    const thousands = panelAxis('count', 'households (m)', [-200_000, 0]);
    expect(thousands.axis).toBe('households (thousands)');
    expect([-200_000, -50_000, 0].map(thousands.tick)).toEqual(['−200', '−50', '0']);
    const millions = panelAxis('count', 'households (m)', [-1_500_000, 500_000]);
    expect(millions.axis).toBe('households (m)');
    expect(millions.tick(-1_500_000)).toBe('−1.5');
    expect(panelAxis('share', 'percentage points', [-0.02, 0]).axis).toBe('percentage points');
  });

  test('DifferenceChart: a label\u2019s difference and interval share the largest\u2019s scale word ("+2.6k", not "+2,600", beside "+54.6k")', () => {
    const [base, one] = [diffs[0]!, diffs[1]!];
    const summary = { ...one.diff.summary, sustainedExits: { ...one.diff.summary.sustainedExits!, mean: 29_100, p5: 2_600, p95: 54_600 } };
    render(<DifferenceChart diffs={[base, { ...one, diff: { ...one.diff, summary } }]} />);
    const svg = chartSvg(frameTitled('Difference from the baseline'), 1);
    expect(categoryText(svg, 'Rs 80 bn')).toBe('Rs 80 bn +29.1k (+2.6k to +54.6k)');
  });

  test('DifferenceChart: on the lakh and crore scale a count axis is in lakh (or crore), as its labels are', () => {
    setNumberSettings({ language: 'en', scale: 'southAsian' });
    try {
      const lakh = panelAxis('count', 'households (m)', [-300_000, 0]);
      expect(lakh.axis).toBe('households (lakh)');
      expect([-300_000, -100_000, 0].map(lakh.tick)).toEqual(['−3', '−1', '0']);
      // Four crore in whole crore; two crore in steps of half a crore would be in lakh (axisUnit: ticks stay whole).
      expect(panelAxis('count', 'households (m)', [-40_000_000, 0]).axis).toBe('households (crore)');
      // Under a lakh the labels are plain numbers ("+54,600"): ticks of 0.2 lakh beside them would read as another number.
      expect(panelAxis('count', 'households (m)', [0, 60_000]).axis).toBe('households (thousands)');
    } finally {
      setNumberSettings({ language: 'en', scale: 'international' });
    }
  });

  test('DifferenceChart: a share metric is in percentage points', () => {
    render(<DifferenceChart diffs={diffs} metrics={['povertyHeadcountEnd']} />);
    expect(within(chartSvg(frameTitled('Difference from the baseline'))).getByText('percentage points')).toBeInTheDocument();
  });

  test('EffectsChart: consumption and poverty effects per programme reached, against the status quo; table with levels', () => {
    render(<EffectsChart run={bn80} />);
    const frame = frameTitled('Effects on the households each programme reached: Rs 80 bn');
    expect(frame).toHaveTextContent('against the status quo (existing cash transfer only) on the same random draws');
    expect(within(frame).getByText('Consumption per adult-equivalent, month 24')).toBeInTheDocument();
    expect(within(frame).getByText('Share of their people in poverty, month 24')).toBeInTheDocument();
    const p = bn80.result.byProgramme;
    const reached = (['cash', 'stipend', 'microfinance', 'training', 'farm'] as const).filter((g) => p[g].participants.mean! > 0);
    const consumption = chartSvg(frame, 0);
    expect(categoryNames(consumption)).toHaveLength(reached.length + 1);
    expect(categoryNames(consumption).at(-1)).toBe('Any new programme');
    expect(seriesNames(consumption)).toHaveLength(reached.length + 1);
    expect(consumption.querySelector('.chart-reference-line')).not.toBeNull();
    expect(within(consumption).getByText('% change against the status quo')).toBeInTheDocument();
    const c = p.cash.incomeEffect;
    expect(categoryText(consumption, 'New cash transfer')).toBe(`New cash transfer ${formatChange(c.mean)} (${formatChange(c.p5)} to ${formatChange(c.p95)})`);
    const v = p.any.povertyEffect;
    expect(categoryText(chartSvg(frame, 1), 'Any new programme')).toBe(`Any new programme ${formatChange(v.mean)} (${formatChange(v.p5)} to ${formatChange(v.p95)})`);

    // Programmes across (in the chart's order), measures down; each cell the mean, its 90% interval under it in brackets.
    const table = showTable(frame);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Measure', ...categoryNames(consumption)]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Households reached', 'Household size (people)',
      'Consumption per adult-equivalent with the programmes (Rs/month)', 'Consumption per adult-equivalent, status quo (Rs/month)', 'Consumption effect (% change)',
      'Their people in poverty with the programmes (%)', 'Their people in poverty, status quo (%)', 'Poverty effect (% change)',
      'Additional households out of poverty for 12+ months', 'Better off by 5% or more (% of households)', 'Worse off by 5% or more (% of households)',
    ]);
    const cashCell = (measure: string) => rowOf(table, measure).querySelectorAll('td')[0]!;
    const d = p.cash;
    const cells: [string, string][] = [
      ['Households reached', `${formatCount(d.participants.mean)}(${formatCount(d.participants.p5)}–${formatCount(d.participants.p95)})`],
      ['Household size (people)', formatNumber(d.householdSize.mean)],
      ['Consumption per adult-equivalent with the programmes (Rs/month)', formatPKRRounded(d.incomeWith.mean)],
      ['Consumption per adult-equivalent, status quo (Rs/month)', formatPKRRounded(d.incomeWithout.mean)],
      ['Consumption effect (% change)', `${formatChange(d.incomeEffect.mean)}(${formatChange(d.incomeEffect.p5)} to ${formatChange(d.incomeEffect.p95)})`],
      ['Their people in poverty with the programmes (%)', formatShare(d.povertyWith.mean)],
      ['Their people in poverty, status quo (%)', formatShare(d.povertyWithout.mean)],
      ['Poverty effect (% change)', formatChange(d.povertyEffect.mean)],
      ['Additional households out of poverty for 12+ months', formatSignedCount(d.additionalSustainedExits.mean)],
      ['Better off by 5% or more (% of households)', formatShare(d.shareBetterOff.mean)],
      ['Worse off by 5% or more (% of households)', formatShare(d.shareWorseOff.mean)],
    ];
    for (const [measure, text] of cells) expect(cashCell(measure).textContent!.startsWith(text), `${measure}: ${cashCell(measure).textContent} starts with ${text}`).toBe(true);
    // Three significant digits: a monthly amount reads "Rs 5,410", never "Rs 5,408".
    expect(rowOf(table, /^Consumption per adult-equivalent with/).textContent).not.toMatch(/Rs \d,\d\d[1-9]\b/);
  });

  test('EffectsChart: says why there is nothing to show instead of drawing empty panels', () => {
    render(<EffectsChart run={baseline} />);
    const frame = frameTitled('Effects on the households each programme reached: Baseline');
    expect(within(frame).getByText('No household took part in a new programme.')).toBeInTheDocument();
    expect(frame.querySelector('svg.chart-surface')).toBeNull();
    const noStatusQuo = fixtureRun(fixtureScenario('Rs 80 bn', [80], (s) => { s.run.counterfactual = false; })).result;
    render(<EffectsChart run={{ ...bn80, name: 'Rs 80 bn alone', result: noStatusQuo }} />);
    expect(within(frameTitled(/Rs 80 bn alone$/)).getByText(/comparison with the status quo is off/)).toBeInTheDocument();
  });

  test('HeadlineCards: below 10 replications the interval reads "estimating…", not a range of a few draws', () => {
    // Still running: the scenario asks for 40.
    const result = { ...bn80.result, scenario: { ...bn80.result.scenario, run: { ...bn80.result.scenario.run, replications: 40 } } };
    render(<HeadlineCards run={{ ...bn80, result }} />);
    const card = screen.getByRole('heading', { name: /^Poor households at the end/ }).closest('li')!;
    expect(card).toHaveTextContent('90% interval: estimating…');
    expect(screen.getByText(/mean of 5 replications; 90% intervals are shown from 10 replications/)).toBeInTheDocument();
  });

  // Bug: a complete run of 5 (all its scenario asks for) read "estimating…" for ever.
  test('HeadlineCards: a complete run below 10 replications says there are too few for an interval', () => {
    expect(bn80.result.scenario.run.replications).toBe(bn80.result.meta.replications);
    render(<HeadlineCards run={bn80} />);
    const card = screen.getByRole('heading', { name: /^Poor households at the end/ }).closest('li')!;
    expect(card).toHaveTextContent('90% interval: too few replications (shown from 10)');
    expect(card).not.toHaveTextContent('estimating');
  });

  test('HeadlineCards: four plain-language cards with the mean and its 90% interval in words', () => {
    // The fixture's 5 replications, counted as 11: intervals are shown from 10.
    render(<HeadlineCards run={{ ...bn80, result: { ...bn80.result, meta: { ...bn80.result.meta, replications: 11 } } }} />);
    const s = bn80.result.summary;
    const card = (label: RegExp) => screen.getByRole('heading', { name: label }).closest('li')!;
    expect(card(/^Poor households at the end/)).toHaveTextContent(formatCount(s.poorHouseholdsEnd.mean));
    expect(card(/^Poor households at the end/)).toHaveTextContent(`90% interval ${formatCount(s.poorHouseholdsEnd.p5)}–${formatCount(s.poorHouseholdsEnd.p95)}`);
    expect(card(/12\+ months than under the status quo/)).toHaveTextContent(formatCount(s.additionalSustainedExits.mean));
    // The mean cost per exit (total spent ÷ total additional exits) is a number when exits are gained on average.
    expect(s.additionalSustainedExits.mean!).toBeGreaterThan(0);
    expect(s.costPerSustainedExitPKR.mean, 'mean cost per additional exit').not.toBeNull();
    expect(card(/^Cost per additional household/)).toHaveTextContent(formatPKR(s.costPerSustainedExitPKR.mean));
    // Its interval breaks only after the dash: "Rs 3.02 m–Rs / 6.79 m" once split an amount from its "Rs".
    const costInterval = card(/^Cost per additional household/).querySelector('.interval')!.textContent!.replace(/^90% interval /, '');
    expect(costInterval).toMatch(/^Rs\u00a0[^ ]+–Rs\u00a0[^ ]+$/);
    expect(card(/PAR30/)).toHaveTextContent(formatShare(s.par30Last12.mean));
    expect(screen.getByText(/mean of 11 replications; the 90% interval holds the middle 90%/)).toBeInTheDocument();
  });

  test('HeadlineCards: the status quo says it is the status quo for additional exits and their cost, and "no loans made"', () => {
    render(<HeadlineCards run={baseline} />);
    expect(screen.getAllByText('none: this is the status quo')).toHaveLength(2);
    expect(screen.getByText('no loans made')).toBeInTheDocument();
  });

  test('side by side, the single-scenario charts share one scale: the status quo\u2019s empty budget is drawn on the others\u2019 axis, not 0 to 1', () => {
    const axisText = (frame: HTMLElement) => [...chartSvg(frame).querySelectorAll('.chart-axis text')].map((t) => t.textContent).join(' ');
    const axes = (el: Parameters<typeof render>[0], title: string) => {
      const { unmount } = render(el);
      const text = axisText(frameTitled(title));
      unmount();
      return text;
    };
    // Its bars' totals read as the other columns' do, "0" under the axis's Rs bn, not "Rs 0".
    const { unmount } = render(<BudgetChart run={baseline} peers={runs} />);
    expect(within(chartSvg(frameTitled('Spending by programme and year: Baseline'))).queryByText('Rs 0')).toBeNull();
    unmount();
    const own = axes(<BudgetChart run={baseline} />, 'Spending by programme and year: Baseline');
    const shared = axes(<BudgetChart run={baseline} peers={runs} />, 'Spending by programme and year: Baseline');
    expect(shared).not.toBe(own);
    expect(shared).toBe(axes(<BudgetChart run={bn120} peers={runs} />, 'Spending by programme and year: Rs 120 bn'));
    // Every chart that shares: one axis in every column, and not just each column's own axis being alike.
    const sharing = [
      [(run: ChartRun, peers?: ChartRun[]) => <RegionChart run={run} peers={peers} mode="exits" />, 'Poverty by region'],
      [(run: ChartRun, peers?: ChartRun[]) => <WinnersChart run={run} peers={peers} />, 'Households better and worse off by start decile'],
      [(run: ChartRun, peers?: ChartRun[]) => <IncomeDistributionChart run={run} peers={peers} />, 'Consumption distribution at the start and the end'],
    ] as const;
    // A peer whose regions and distribution count three times as many: the fixtures' own would all fit one axis anyway.
    const triple = (v: unknown): unknown =>
      typeof v === 'number' ? v * 3 : Array.isArray(v) ? v.map(triple) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, triple(x)])) : v;
    const r120 = bn120.result;
    const big: ChartRun = { ...bn120, id: 'big', name: 'Big', result: { ...r120, byRegion: triple(r120.byRegion) as typeof r120.byRegion, distribution: triple(r120.distribution) as typeof r120.distribution } };
    for (const [chart, title] of sharing) {
      const peers = title.startsWith('Households better') ? runs : [...runs, big];
      // The status quo's winners chart draws no axis: nobody changes against itself.
      const columns = title.startsWith('Households better') ? [bn80, bn120] : runs;
      const sharedAxes = columns.map((r) => axes(chart(r, peers), `${title}: ${r.name}`));
      const ownAxes = columns.map((r) => axes(chart(r), `${title}: ${r.name}`));
      expect(new Set(sharedAxes).size, title).toBe(1);
      expect(ownAxes.some((a) => a !== sharedAxes[0]), title).toBe(true);
    }
  });

  test('in a column headed by its scenario, a chart title shows its name to screen readers only (titles of one length keep a row level)', () => {
    const { unmount } = render(
      <ColumnNameContext.Provider value="Rs 80 bn">
        <BudgetChart run={bn80} />
      </ColumnNameContext.Provider>,
    );
    const figure = screen.getByRole('figure', { name: 'Spending by programme and year: Rs 80 bn' });
    const h3 = figure.querySelector('h3')!;
    expect(h3.querySelector('.chart-title-column')?.textContent).toBe(': Rs 80 bn');
    expect(h3.firstChild?.textContent).toBe('Spending by programme and year');
    unmount();
    // Elsewhere, and in a column of another scenario, the title is whole.
    render(<BudgetChart run={bn80} />);
    expect(screen.getByRole('figure', { name: 'Spending by programme and year: Rs 80 bn' }).querySelector('.chart-title-column')).toBeNull();
  });

  test('BudgetChart: the status quo\u2019s spending chart says there is no new budget', () => {
    render(<BudgetChart run={baseline} />);
    expect(screen.getByText(/No new budget: this scenario is the status quo/)).toBeInTheDocument();
  });
});

describe('distribution and depth', () => {
  test('DecileChangeChart: a bar per compared scenario in every start decile, in Rs or %, the status quo itself left out and named; table', () => {
    render(<DecileChangeChart runs={runs} />);
    const frame = frameTitled(/Change in consumption by start decile/);
    const svg = chartSvg(frame);
    expect(categoryNames(svg)).toEqual(['1 (poorest)', '2', '3', '4', '5', '6', '7', '8', '9', '10 (richest)']);
    expect(new Set(seriesNames(svg))).toEqual(new Set(['Rs 80 bn', 'Rs 120 bn']));
    expect(svg.querySelectorAll('rect[data-series="Rs 120 bn"]')).toHaveLength(10);
    expect(svg.querySelectorAll('.chart-whisker').length).toBeGreaterThan(0);
    expect(svg.querySelector('.chart-reference-line')).not.toBeNull();
    expect(within(svg).getByText('change, Rs a month')).toBeInTheDocument();
    expect(frame).toHaveTextContent('Change in Rs per adult-equivalent a month, after 24 months');
    expect(frame).toHaveTextContent('Not shown, no change against the status quo: Baseline.');
    expect(legendLabels(frame)).toEqual(['Rs 80 bn', 'Rs 120 bn']);
    fireEvent.click(within(frame).getByRole('button', { name: '% change' }));
    expect(within(chartSvg(frame)).getByText('% change against the status quo')).toBeInTheDocument();
    const by = bn120.result.distribution.byStartDecile!;
    const row = rowOf(showTable(frame), '1 (poorest)');
    expect(row).toHaveTextContent(`${formatChange(by.consumptionChange[0]!.mean)}(${formatChange(by.consumptionChange[0]!.p5)} to ${formatChange(by.consumptionChange[0]!.p95)})`);
    expect(row).toHaveTextContent(formatPKRRounded(by.consumptionWithoutPKR[0]!.mean));
    // The compared scenarios share one world, so one status-quo column serves them all.
    expect(within(frameTitled(/Change in consumption by start decile/)).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Start decile', 'Status quo, Rs per adult-eq. a month', 'Rs 80 bn: change', 'Rs 120 bn: change',
    ]);
  });

  test('WinnersChart: better off to the right, worse off to the left, per decile; all households in the subtitle; table with the totals', () => {
    render(<WinnersChart run={bn120} />);
    const frame = frameTitled('Households better and worse off by start decile: Rs 120 bn');
    const svg = chartSvg(frame);
    expect(categoryNames(svg)).toHaveLength(10);
    expect(svg.querySelectorAll('rect[data-series="At least 5% better off"]')).toHaveLength(10);
    expect(svg.querySelectorAll('rect[data-series="At least 5% worse off"]').length).toBeGreaterThan(0);
    const s = bn120.result.summary;
    expect(frame).toHaveTextContent(`All households: ${formatShare(s.shareGaining.mean)}`);
    expect(legendLabels(frame)).toEqual(['At least 5% better off (right)', 'At least 5% worse off (left)']);
    // Ticks left of zero read as shares, not negative numbers.
    expect(within(svg).queryByText(/^−/)).toBeNull();
    const table = showTable(frame);
    const by = bn120.result.distribution.byStartDecile!;
    expect(rowOf(table, '1 (poorest)')).toHaveTextContent(formatShare(by.shareGaining[0]!.mean));
    expect(rowOf(table, 'All households')).toHaveTextContent(formatShare(s.shareLosing.mean));
  });

  test('PovertyDepthChart: gap or severity by month per scenario, the status quo on request; table', () => {
    render(<PovertyDepthChart runs={runs} bandFor={bn120.id} />);
    const frame = frameTitled('Depth of poverty, month by month');
    const svg = chartSvg(frame);
    expect(seriesNames(svg)).toEqual(expect.arrayContaining(['Rs 80 bn', 'Rs 120 bn, 90% interval']));
    // One band, for the chosen scenario: four overlapping bands are a muddy mass.
    expect(seriesNames(svg).filter((n) => n.endsWith('interval'))).toEqual(['Rs 120 bn, 90% interval']);
    expect(within(svg).getByText('% of the poverty line')).toBeInTheDocument();
    fireEvent.click(within(frame).getByRole('checkbox', { name: 'Show the status quo' }));
    expect(seriesNames(chartSvg(frame))).toContain('Rs 120 bn, status quo');
    fireEvent.click(within(frame).getByRole('button', { name: 'Severity' }));
    expect(within(chartSvg(frame)).getByText('squared poverty gap × 100')).toBeInTheDocument();
    const sev = bn120.result.series.povertySeverity;
    const row = rowOf(showTable(frame), '24');
    expect(row).toHaveTextContent(formatNumber(sev.p50[last]! * 100));
    expect(row).toHaveTextContent(formatNumber(bn120.result.counterfactual!.series.povertySeverity.p50[last]! * 100));
  });

  test('GiniChart: start, end and the status quo\'s end per scenario as dots; table to three decimals', () => {
    render(<GiniChart runs={runs} />);
    const frame = frameTitled('Inequality at the start and the end');
    const svg = chartSvg(frame);
    expect(categoryNames(svg)).toEqual(['Baseline', 'Rs 80 bn', 'Rs 120 bn']);
    expect(svg.querySelectorAll('circle')).toHaveLength(9);
    expect(within(svg).getByText('Gini coefficient')).toBeInTheDocument();
    const row = rowOf(showTable(frame), 'Rs 120 bn');
    expect(row).toHaveTextContent(bn120.result.summary.giniEnd.mean!.toFixed(3));
    expect(row).toHaveTextContent(bn120.result.counterfactual!.summary.giniEnd.mean!.toFixed(3));
  });

  test('IncidenceChart: a panel per programme with a column per decile; incidence or coverage; table with programmes across', () => {
    render(<IncidenceChart run={bn80} />);
    const frame = frameTitled('Who each programme reached, by start decile: Rs 80 bn');
    const svgs = frame.querySelectorAll('svg.chart-surface');
    const groups = Object.values(bn80.result.byProgramme).filter((e) => (e.participants.mean ?? 0) > 0);
    expect(svgs).toHaveLength(groups.length);
    expect(within(frame).getByText('Any new programme', { selector: 'figcaption' })).toBeInTheDocument();
    expect(categoryNames(chartSvg(frame))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(within(chartSvg(frame)).getByText('% of participants')).toBeInTheDocument();
    fireEvent.click(within(frame).getByRole('button', { name: 'Coverage' }));
    expect(within(chartSvg(frame)).getByText('% of the decile')).toBeInTheDocument();
    const table = showTable(frame);
    expect(within(table).getByRole('columnheader', { name: 'New cash transfer' })).toBeInTheDocument();
    expect(rowOf(table, '1 (poorest)')).toHaveTextContent(formatShare(bn80.result.distribution.byStartDecile!.coverage.cash[0]!.mean));
  });

  test('while intervals are still being estimated (under 10 replications), no whiskers are drawn and tables show the means alone', () => {
    const young = runs.map((r) => ({ ...r, result: shownResult(r.result) }));
    expect(young[2]!.result.meta.replications).toBeLessThan(10);
    render(<><DecileChangeChart runs={young} /><GiniChart runs={young} /><WinnersChart run={young[2]!} /><IncidenceChart run={young[2]!} /></>);
    for (const fig of screen.getAllByRole('figure')) expect(fig.querySelectorAll('.chart-whisker')).toHaveLength(0);
    const row = rowOf(showTable(frameTitled('Inequality at the start and the end')), 'Rs 120 bn');
    expect(row).toHaveTextContent(bn120.result.summary.giniEnd.mean!.toFixed(3));
    expect(row).not.toHaveTextContent('(');
  });

  test('single-scenario distribution charts say why when the status quo is left out, or when the scenario is the status quo', () => {
    const run = { ...bn80, result: fixtureRun(fixtureScenario('Rs 80 bn', [80], (sc) => { sc.run.counterfactual = false; })).result };
    render(<><WinnersChart run={run} /><IncidenceChart run={run} /><WinnersChart run={baseline} /></>);
    expect(screen.getAllByText(/comparison with the status quo is off/).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/This scenario is the status quo/)).toBeInTheDocument();
  });
});

describe('ChartFrame, DataTable and the registry', () => {
  const table = () => (
    <DataTable caption="Numbers, Rs" rows={[{ name: 'A', v: '1' }]} rowKey={(r) => r.name} columns={[{ header: 'Name', cell: (r) => r.name }, { header: 'Value', numeric: true, cell: (r) => r.v }]} />
  );

  test('a region titled by its heading, with its units, a note, and a Chart/Table switch to an accessible table', () => {
    render(<ChartFrame title="T" subtitle="Rs bn, by month" note="A note." chart={<p>the chart</p>} table={table} />);
    const frame = frameTitled('T');
    expect(within(frame).getByText('Rs bn, by month')).toBeInTheDocument();
    expect(within(frame).getByText('A note.')).toBeInTheDocument();
    expect(within(frame).getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(frame).queryByRole('table')).toBeNull();
    fireEvent.click(within(frame).getByRole('button', { name: 'Table' }));
    const t = within(frame).getByRole('table', { name: 'Numbers, Rs' });
    expect(within(t).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Value']);
    expect(within(t).getByRole('rowheader', { name: 'A' })).toBeInTheDocument();
    // A box that does not scroll is no Tab stop (jsdom lays nothing out, so nothing overflows).
    expect(t.parentElement).not.toHaveAttribute('tabindex');
    expect(within(frame).queryByRole('group', { name: 'Numbers, Rs' })).toBeNull();
    expect(within(frame).queryByText('the chart')).toBeNull();
    fireEvent.click(within(frame).getByRole('button', { name: 'Chart' }));
    expect(within(frame).getByText('the chart')).toBeInTheDocument();
  });

  test('a table longer or wider than its box: the box is a Tab stop named by the caption, so a keyboard can scroll it', () => {
    const tall = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(1000);
    const box = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    try {
      render(table());
      const group = screen.getByRole('group', { name: 'Numbers, Rs' });
      expect(group).toHaveAttribute('tabindex', '0');
      expect(group).toContainElement(screen.getByRole('table', { name: 'Numbers, Rs' }));
    } finally {
      tall.mockRestore();
      box.mockRestore();
    }
  });

  test('a numeric column lines its digits up and keeps each cell on one line, unless it is a value with words after it', () => {
    render(
      <DataTable
        caption="Ranges"
        rows={[{ name: 'A', v: '1', words: '0.163 log income (income × 1.18, +17.7%)' }]}
        rowKey={(r) => r.name}
        columns={[{ header: 'Name', cell: (r) => r.name }, { header: 'Value', numeric: true, cell: (r) => r.v }, { header: 'Low', numeric: true, wraps: true, cell: (r) => r.words }]}
      />,
    );
    const [value, low] = screen.getAllByRole('cell');
    expect(value).toHaveClass('num');
    expect(value).not.toHaveClass('wraps');
    expect(low).toHaveClass('num', 'wraps');
  });

  // Each component is rendered in its own test above; here, only that each kind gets its part of the inputs.
  test('every kind is in the default layout once and renders its component with the inputs it needs', () => {
    expect([...DEFAULT_LAYOUT].sort()).toEqual(Object.keys(CHARTS).sort());
    const inputs = { runs, focus: bn80, diffs: diffRuns(), unpaired: [], programmes: null };
    const expected = {
      headline: [HeadlineCards, { run: bn80 }],
      povertyFan: [PovertyFanChart, { runs, bandFor: 'bn80' }],
      incomeDistribution: [IncomeDistributionChart, { run: bn80 }],
      exits: [ExitsChart, { runs }],
      microfinance: [MicrofinanceChart, { runs, bandFor: 'bn80' }],
      loanLedger: [LoanLedgerChart, { runs }],
      riskFund: [RiskFundChart, { runs, bandFor: 'bn80' }],
      budget: [BudgetChart, { run: bn80 }],
      costPerExit: [CostPerExitChart, { runs }],
      region: [RegionChart, { run: bn80 }],
      difference: [DifferenceChart, { diffs: inputs.diffs, unpaired: inputs.unpaired }],
      effects: [EffectsChart, { run: bn80 }],
      programmeCost: [ProgrammeCostChart, { input: null, focusName: bn80.name }],
      decileChange: [DecileChangeChart, { runs }],
      winners: [WinnersChart, { run: bn80 }],
      povertyDepth: [PovertyDepthChart, { runs, bandFor: bn80.id }],
      gini: [GiniChart, { runs }],
      incidence: [IncidenceChart, { run: bn80 }],
    } as const;
    for (const kind of DEFAULT_LAYOUT) {
      const el = renderChart(kind, inputs);
      expect(el.type).toBe(expected[kind][0]);
      expect(el.props).toEqual(expected[kind][1]);
      expect(CHARTS[kind].title).toMatch(/^[A-Z]/);
    }
  });
});
