/**
 * On the lakh and crore scale a chart's axis is in lakh, crore or arab, as the numbers beside it are. Catches: every
 * value, headline and table in lakh and crore ("Rs 36.8 lakh", "78,700 (53,600–1.06 lakh)") while every axis stayed
 * in millions and billions ("Rs m per household: 0, 2, 4", "households (m)", "Rs bn: 0, 0.2 … 1"), and a subtitle
 * that named the millions ("Rs m per household, against the status quo …") above an axis in lakh. Each bar's end is
 * read off the axis's ticks and must be the number its label writes, in the label's word.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { applyLocale, i18n } from '../../../src/i18n/index';
import { englishWords } from '../../i18n/noEnglish';
import { CostPerExitChart } from '../../../src/ui/charts/CostPerExitChart';
import { ProgrammeCostChart } from '../../../src/ui/charts/ProgrammeCostChart';
import { ExitsChart } from '../../../src/ui/charts/ExitsChart';
import { RegionChart } from '../../../src/ui/charts/RegionChart';
import { IncomeDistributionChart } from '../../../src/ui/charts/IncomeDistributionChart';
import { BudgetChart } from '../../../src/ui/charts/BudgetChart';
import { panelAxis } from '../../../src/ui/charts/DifferenceChart';
import { axisUnit } from '../../../src/ui/charts/axis';
import { FrontierChart } from '../../../src/ui/views/optimise/FrontierChart';
import { ImprovementChart } from '../../../src/ui/views/optimise/ImprovementChart';
import { programmeOnlyScenarios, type Dist, type OptimiseResult } from '../../../src/engine/index';
import type { ProgrammeRunsInput } from '../../../src/ui/charts/data/programmeCost';
import type { ChartRun } from '../../../src/ui/charts/types';
import { exitsRows } from '../../../src/ui/charts/data/exits';
import { valueAt } from '../../../src/ui/charts/data/interval';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';
import { chartRuns } from './helpers';

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

const runs = chartRuns();
const [baseline, bn80, bn120] = runs as [ChartRun, ChartRun, ChartRun];
const DATA = ['Baseline'];
const dist = (mean: number, p5: number, p95: number): Dist => ({ mean, p5, p25: mean, p50: mean, p75: mean, p95 });

/** A run whose cost per additional exit is `cost` (the fixture's few replications give intervals past Rs 100 crore). */
const costing = (run: ChartRun, cost: Dist): ChartRun => ({ ...run, result: { ...run.result, summary: { ...run.result.summary, costPerSustainedExitPKR: cost } } });

/** The svg's axis texts: tick labels and titles, in drawing order. */
const axisTexts = (svg: Element) => [...svg.querySelectorAll('.chart-axis text')].map((t) => t.textContent ?? '');

/** The value axis's ticks: each label's number and where it is drawn (x for a bottom axis, y for a left one). */
function ticksOf(svg: Element, along: 'x' | 'y'): { value: number; at: number }[] {
  return [...svg.querySelectorAll('.chart-axis > g[transform]')].flatMap((g) => {
    const text = (g.querySelector('text')?.textContent ?? '').replace(/[\u200E\u200F,]/g, '').replace('−', '-');
    const at = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '');
    return at && /^-?[\d.]+$/.test(text) ? [{ value: Number(text), at: Number(along === 'x' ? at[1] : at[2]) }] : [];
  });
}

/** The number a position on the axis stands for, in the axis's unit, from its first and last ticks. */
function readOff(svg: Element, along: 'x' | 'y', position: number): number {
  const ticks = ticksOf(svg, along);
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.value + ((position - a.at) * (b.value - a.value)) / (b.at - a.at);
}

/** Each written mean beside a bar and the number its bar's end reads on the axis. */
function barsAgainstLabels(svg: Element): { label: string; read: number }[] {
  const bars = [...svg.querySelectorAll('rect[data-series]')].map((r) => ({ centre: Number(r.getAttribute('y')) + Number(r.getAttribute('height')) / 2, end: Number(r.getAttribute('x')) + Number(r.getAttribute('width')) }));
  return [...svg.querySelectorAll('[data-value-for]')].map((v) => {
    const bar = bars.find((b) => Math.abs(b.centre - Number(v.getAttribute('y'))) < 0.5);
    expect(bar, `a bar beside ${v.textContent}`).toBeDefined();
    return { label: (v.textContent ?? '').replace(/[\u2066-\u2069\u200E\u200F]/g, ''), read: readOff(svg, 'x', bar!.end) };
  });
}

/** The number in a label ("Rs 36.8 lakh" → 36.8). */
const numberIn = (label: string) => Number(/[\d.]+/.exec(label.replace(/,/g, ''))![0]);

const subtitleOf = (title: RegExp) => screen.getByRole('figure', { name: title }).querySelector('.chart-subtitle')?.textContent ?? '';

function programmeInput(): ProgrammeRunsInput {
  const scenario = fixtureScenario('Rs 120 bn', [120]);
  return {
    scenarioName: scenario.name,
    combined: fixtureRun(scenario).result,
    runs: programmeOnlyScenarios(scenario).map(({ programme, scenario: s }) => ({ programme, label: i18n.t(`charts:programmes.${programme}`), result: fixtureRun(s).result, done: 5, total: 5 })),
  };
}

describe('cost per exit on the lakh and crore scale', () => {
  test('CostPerExitChart: "Rs lakh per household: 0, 20, 40, 60" beside "Rs 36.8 lakh", each bar ending at its label on the axis', () => {
    applyLocale('en', 'southAsian', undefined);
    const costed = [costing(bn80, dist(3.68e6, 2.5e6, 5.2e6)), costing(bn120, dist(4.19e6, 3.0e6, 5.6e6))];
    const { container } = render(<CostPerExitChart runs={costed} />);
    const svg = container.querySelector('svg.chart-surface')!;
    expect(axisTexts(svg)).toContain('Rs lakh per household');
    expect(ticksOf(svg, 'x').map((t) => t.value)).toEqual([0, 20, 40, 60]);
    const bars = barsAgainstLabels(svg);
    expect(bars.map((b) => b.label)).toEqual(['Rs 36.8 lakh', 'Rs 41.9 lakh']);
    for (const b of bars) expect(b.read).toBeCloseTo(numberIn(b.label), 0);
    // The subtitle names the axis's unit, not the millions it had said.
    expect(subtitleOf(/Cost per additional household/)).toMatch(/^Rs lakh per household, against the status quo/);
  });

  test('CostPerExitChart: means in lakh stay on an axis in lakh when an interval reaches past a crore (0 to 120, not 0 to 1.2 crore)', () => {
    applyLocale('en', 'southAsian', undefined);
    const { container } = render(<CostPerExitChart runs={[costing(bn80, dist(3.68e6, 2.5e6, 1.1e7)), costing(bn120, dist(4.19e6, 3.0e6, 5.6e6))]} />);
    const svg = container.querySelector('svg.chart-surface')!;
    expect(axisTexts(svg)).toContain('Rs lakh per household');
    expect(Math.max(...ticksOf(svg, 'x').map((t) => t.value))).toBe(120);
    for (const b of barsAgainstLabels(svg)) expect(b.read).toBeCloseTo(numberIn(b.label), 0);
  });

  test('ProgrammeCostChart: each programme’s bar ends at its "Rs … lakh" on an axis in Rs lakh per household', () => {
    applyLocale('en', 'southAsian', undefined);
    const { container } = render(<ProgrammeCostChart input={programmeInput()} focusName="Rs 120 bn" />);
    const svg = container.querySelector('svg.chart-surface')!;
    expect(axisTexts(svg)).toContain('Rs lakh per household');
    expect(axisTexts(svg)).not.toContain('Rs m per household');
    const bars = barsAgainstLabels(svg);
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) {
      expect(b.label).toMatch(/^Rs [\d.]+ lakh$/);
      expect(b.read).toBeCloseTo(numberIn(b.label), 0);
    }
    expect(subtitleOf(/Cost per additional exit, programme by programme/)).toMatch(/^Rs lakh per household lifted out of poverty for 12\+ months, counting only the additional households/);
  });

  test('in Urdu: "لاکھ روپے فی گھرانہ" on the axis and in the subtitle, beside "… لاکھ روپے", with no English word', () => {
    applyLocale('ur', 'southAsian', undefined);
    const { container } = render(<CostPerExitChart runs={[costing(bn80, dist(3.68e6, 2.5e6, 5.2e6))]} />);
    const svg = container.querySelector('svg.chart-surface')!;
    const texts = axisTexts(svg).map((t) => t.replace(/[\u2066-\u2069]/g, ''));
    expect(texts).toContain('لاکھ روپے فی گھرانہ');
    const [bar] = barsAgainstLabels(svg);
    expect(bar!.label).toBe('36.8 لاکھ روپے');
    expect(bar!.read).toBeCloseTo(36.8, 0);
    const subtitle = container.querySelector('.chart-subtitle')!.textContent!;
    expect(subtitle.startsWith('لاکھ روپے فی گھرانہ،')).toBe(true);
    expect(englishWords(`${texts.join(' ')} ${subtitle}`, DATA)).toEqual([]);
  });
});

describe('counts and budgets on the lakh and crore scale', () => {
  test('ExitsChart and RegionChart count households in lakh, the tallest bar reading its mean in lakh; the subtitles say so', () => {
    applyLocale('en', 'southAsian', undefined);
    const { container } = render(<ExitsChart runs={runs} />);
    const svg = container.querySelector('svg.chart-surface')!;
    expect(axisTexts(svg)).toContain('households (lakh)');
    const tallest = Math.max(...exitsRows(runs).flatMap((row) => runs.map((_, i) => valueAt(row, i)?.value ?? 0)));
    const top = Math.min(...[...svg.querySelectorAll('rect[data-series]')].map((r) => Number(r.getAttribute('y'))));
    expect(readOff(svg, 'y', top)).toBeCloseTo(tallest / 1e5, 1);
    expect(subtitleOf(/Households leaving and entering poverty/)).toMatch(/^households \(lakh\) over the whole run/);
    cleanup();
    const region = render(<RegionChart run={bn80} mode="exits" />).container;
    expect(axisTexts(region.querySelector('svg.chart-surface')!)).toContain('households (lakh)');
    expect(region.querySelector('.chart-subtitle')!.textContent).toMatch(/^Households out of poverty for 12\+ months, households \(lakh\);/);
  });

  test('IncomeDistributionChart counts people in lakh (0 to 200, not 0 to 2 crore in halves); BudgetChart: an empty budget on an axis of Rs crore (0 to 100), a budget in arab on "Rs bn"', () => {
    applyLocale('en', 'southAsian', undefined);
    const { container } = render(<IncomeDistributionChart run={bn80} />);
    const people = container.querySelector('svg.chart-surface')!;
    expect(axisTexts(people)).toContain('people (lakh)');
    expect(ticksOf(people, 'y').every((t) => Number.isInteger(t.value))).toBe(true);
    expect(container.querySelector('.chart-subtitle')!.textContent).toMatch(/^people \(lakh\) by consumption/);
    cleanup();
    // The status quo's budget is 0: its axis runs to Rs 1 arab, which the lakh and crore scale writes as 100 crore.
    const empty = render(<BudgetChart run={baseline} />).container.querySelector('svg.chart-surface')!;
    expect(axisTexts(empty)).toContain('Rs crore');
    expect(ticksOf(empty, 'y').map((t) => t.value).at(-1)).toBe(100);
    cleanup();
    // Rs 80 bn a year: an arab is written "bn" in English, on the labels and the axis alike.
    const spending = render(<BudgetChart run={bn80} />).container.querySelector('svg.chart-surface')!;
    expect(axisTexts(spending)).toContain('Rs bn');
  });

  test('DifferenceChart: a rupee difference under an arab is in Rs crore, as its labels are ("Rs 40 crore"); in arab, "Rs bn"', () => {
    applyLocale('en', 'southAsian', undefined);
    const crore = panelAxis('pkr', 'Rs bn', [0, 4e8]);
    expect(crore.axis).toBe('Rs crore');
    expect([0, 2e8, 4e8].map(crore.tick)).toEqual(['0', '20', '40']);
    const arab = panelAxis('pkr', 'Rs bn', [-5e10, 1.2e11]);
    expect(arab.axis).toBe('Rs bn');
    expect(arab.tick(1.2e11)).toBe('120');
    applyLocale('ur', 'southAsian', undefined);
    expect(panelAxis('pkr', 'ارب روپے', [0, 4e8]).axis).toBe('کروڑ روپے');
    expect(panelAxis('count', 'گھرانے (ملین)', [0, 3e5]).axis).toBe('گھرانے (لاکھ)');
  });
});

describe('axisUnit(quantity, ticks): the word that keeps an axis’s ticks whole', () => {
  test('lakh and crore: thousands, lakh, crore or arab by the step between ticks; million and billion as they were', () => {
    applyLocale('en', 'southAsian', undefined);
    const unit = (q: Parameters<typeof axisUnit>[0], step: number, n = 4) => {
      const u = axisUnit(q, Array.from({ length: n + 1 }, (_, k) => k * step));
      return `${u.title}: ${[0, n * step].map(u.tick).join('–')}`;
    };
    expect(unit('households', 2e4, 6)).toBe('households (thousands): 0–120');
    expect(unit('households', 1e5)).toBe('households (lakh): 0–4');
    // Two crore in steps of half a crore: in lakh, not "0, 0.5 … 2" crore.
    expect(unit('households', 5e6)).toBe('households (lakh): 0–200');
    expect(unit('households', 1e7)).toBe('households (crore): 0–4');
    expect(unit('people', 2e6, 7)).toBe('people (lakh): 0–140');
    expect(unit('rupeesPerHousehold', 2e6)).toBe('Rs lakh per household: 0–80');
    expect(unit('rupeesPerHousehold', 2e8, 5)).toBe('Rs crore per household: 0–100');
    expect(unit('rupees', 2e8, 5)).toBe('Rs crore: 0–100');
    expect(unit('rupees', 2e10)).toBe('Rs bn: 0–80');
    applyLocale('ur', 'southAsian', undefined);
    expect(unit('rupees', 2e8, 5)).toBe('کروڑ روپے: 0–100');
    expect(unit('households', 1e5)).toBe('گھرانے (لاکھ): 0–4');
    applyLocale('en', 'international', undefined);
    expect(unit('rupeesPerHousehold', 2e6)).toBe('Rs m per household: 0–8');
    expect(unit('households', 1e5)).toBe('households (m): 0–0.4');
    expect(unit('rupees', 2e10)).toBe('Rs bn: 0–80');
  });
});

describe('the Optimise view’s exits on the lakh and crore scale', () => {
  const frontier = [
    { budgetBn: 0, optimised: dist(0, 0, 0), current: dist(0, 0, 0) },
    { budgetBn: 50, optimised: dist(458_800, 449_600, 469_000), current: dist(336_100, 330_000, 342_000) },
    { budgetBn: 100, optimised: dist(804_000, 792_000, 817_000), current: dist(658_000, 650_000, 666_000) },
  ];
  const frontierResult = { frontier, objective: 'maxSustainedExits', exits: { optimised: dist(0, 0, 0), current: dist(0, 0, 0) }, scenario: { run: { months: 12 } } } as unknown as OptimiseResult;
  const improvement = {
    objective: 'maxSustainedExits', verdict: 'better', replications: 20, improvement: { estimate: 521_000, low: 384_300, high: 660_000 },
    objectiveValue: { current: { mean: 150_000, p5: 145_000, p95: 155_000 }, optimised: { mean: 671_000, p5: 530_000, p95: 810_000 } },
  } as unknown as OptimiseResult;
  const texts = (container: Element) => [...container.querySelectorAll('svg text')].map((t) => (t.textContent ?? '').replace(/[\u2066-\u2069]/g, ''));

  test('FrontierChart and ImprovementChart: exits in whole lakh on an axis of lakh households (8 lakh at 8, not 800 thousand)', () => {
    applyLocale('en', 'southAsian', undefined);
    const f = render(<FrontierChart result={frontierResult} budgetBn={[100]} />).container;
    expect(texts(f)).toContain('lakh households');
    expect(texts(f)).not.toContain('thousand households');
    expect(texts(f)).toContain('8');
    cleanup();
    const i = render(<ImprovementChart result={improvement} />).container;
    expect(texts(i)).toContain('additional sustained exits (lakh households)');
    cleanup();
    applyLocale('ur', 'southAsian', undefined);
    expect(texts(render(<FrontierChart result={frontierResult} budgetBn={[100]} />).container)).toContain('لاکھ گھرانے');
    cleanup();
    expect(texts(render(<ImprovementChart result={improvement} />).container)).toContain('اضافی پائیدار اخراج (لاکھ گھرانے)');
  });
});
