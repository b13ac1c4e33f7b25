/**
 * The frontier as a table: the exits of both splits, with their intervals,
 * in one scale word and one number of decimals, and the differences in
 * another. Before, "+46k" sat above "+22.7k" and intervals read "(49.6k–69k)".
 * The scenario's own budget is marked with the result's own exits there,
 * whatever the objective (a row of the table, a legend entry, a note saying
 * what the dots are), placed at a path's average over the run, and never
 * read off the lines.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Dist, OptimiseResult } from '../../../src/engine/index';
import { FrontierChart } from '../../../src/ui/views/optimise/FrontierChart';
import { ownBudget } from '../../../src/ui/views/optimise/ownBudget';

const dist = (mean: number, p5: number, p95: number): Dist => ({ mean, p5, p25: mean, p50: mean, p75: mean, p95 });

/** What the chart reads of a result: the frontier, the objective, each split's exits and the run's months. */
function resultOf(frontier: OptimiseResult['frontier'], objective: OptimiseResult['objective'] = 'minPovertyGapEnd', months = 12, own = { optimised: dist(0, 0, 0), current: dist(0, 0, 0) }): OptimiseResult {
  return { frontier, objective, exits: own, scenario: { run: { months } } } as unknown as OptimiseResult;
}

/** The table's body rows as the text of their cells, the row header first. */
function tableRows(table: HTMLElement): string[][] {
  return within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

const FRONTIER = [
  { budgetBn: 0, optimised: dist(0, 0, 0), current: dist(0, 0, 0) },
  { budgetBn: 50, optimised: dist(58_800, 49_600, 69_000), current: dist(36_100, 30_000, 42_000) },
  { budgetBn: 100, optimised: dist(104_000, 92_000, 117_000), current: dist(58_000, 50_000, 66_000) },
];

describe('<FrontierChart> as a table', () => {
  it('writes the exits, their intervals and the differences each in one scale with one number of decimals', () => {
    const frontier = [
      { budgetBn: 0, optimised: dist(0, 0, 0), current: dist(0, 0, 0) },
      { budgetBn: 50, optimised: dist(58_800, 49_600, 69_000), current: dist(36_100, 30_000, 42_000) },
      { budgetBn: 100, optimised: dist(104_000, 92_000, 117_000), current: dist(58_000, 50_000, 66_000) },
    ];
    // At one of the frontier's budgets, so no row of its own is added.
    render(<FrontierChart result={resultOf(frontier)} budgetBn={[100]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells[1]).toEqual([expect.stringMatching(/^59k ?\(50k–69k\)$/), expect.stringMatching(/^36k ?\(30k–42k\)$/), '+22.7k']);
    expect(cells[2]).toEqual([expect.stringMatching(/^104k ?\(92k–117k\)$/), expect.stringMatching(/^58k ?\(50k–66k\)$/), '+46.0k']);
    // A column whose largest is under a hundred thousand keeps a decimal for every row.
    render(<FrontierChart result={resultOf(frontier.slice(0, 2))} budgetBn={[50]} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Table' })[1]!);
    const small = within(screen.getAllByRole('table')[1]!).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(small[1]).toEqual([expect.stringMatching(/^58\.8k ?\(49\.6k–69\.0k\)$/), expect.stringMatching(/^36\.1k ?\(30\.0k–42\.0k\)$/), '+22.7k']);
    // The Rs 0 row read "0k | 0k | 0k": zero is "0".
    expect(small[0]).toEqual(['0', '0', '0']);
  });

  it('adds a row for the scenario\u2019s budget, between the frontier\u2019s, with each split\u2019s measured exits there, and says the dots are measured', () => {
    const own = { optimised: dist(92_000, 80_000, 104_000), current: dist(50_500, 41_000, 60_000) };
    render(<FrontierChart result={resultOf(FRONTIER, 'maxSustainedExits', 12, own)} budgetBn={[80]} />);
    const legend = screen.getByRole('list', { name: /legend/i });
    expect(within(legend).getByText('Your budget: Rs 80 bn a year')).toBeInTheDocument();
    expect(within(legend).getByText('Each split at your budget')).toBeInTheDocument();
    expect(screen.getByText(/^The dots at your budget are your scenario’s own results, on the same replications; the lines only join the budgets the frontier was computed at \(Rs 0, Rs 50 bn, Rs 100 bn\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = tableRows(screen.getByRole('table'));
    expect(rows.map((r) => r[0])).toEqual(['Rs 0', 'Rs 50 bn', 'Rs 80 bn: your budget', 'Rs 100 bn']);
    expect(rows[2]!.slice(1)).toEqual([expect.stringMatching(/^92k ?\(80k–104k\)$/), expect.stringMatching(/^51k ?\(41k–60k\)$/), '+41.5k']);
    // The CSV download reads the numbers behind the cells: the row's are the measured ones.
    const cells = screen.getByRole('table').querySelectorAll('tbody tr')[2]!.querySelectorAll('td');
    expect(JSON.parse(cells[0]!.getAttribute('data-raw')!)).toEqual({ mean: 92_000, p5: 80_000, p95: 104_000 });
    expect(JSON.parse(cells[2]!.getAttribute('data-raw')!)).toEqual({ mean: 41_500 });
  });

  it('marks the frontier\u2019s own row when the budget is one of its budgets, for any objective, with no row added', () => {
    render(<FrontierChart result={resultOf(FRONTIER, 'minPovertyGapEnd')} budgetBn={[100, 100]} />);
    expect(screen.getByText('Each split at your budget')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = tableRows(screen.getByRole('table'));
    expect(rows.map((r) => r[0])).toEqual(['Rs 0', 'Rs 50 bn', 'Rs 100 bn: your budget']);
    expect(rows[2]![1]).toMatch(/^104k ?\(92k–117k\)$/);
  });

  it('places a budget path at its average over the run, saying so in the legend, the row and the note', () => {
    const own = { optimised: dist(90_000, 80_000, 100_000), current: dist(52_000, 45_000, 60_000) };
    render(<FrontierChart result={resultOf(FRONTIER, 'maxSustainedExits', 36, own)} budgetBn={[80, 100, 120]} />);
    expect(screen.getByText('Your budget: Rs 80 → 100 → 120 bn a year, Rs 100 bn a year on average over the run')).toBeInTheDocument();
    expect(screen.getByText(/^Your budget changes from year to year, while the frontier’s budgets are constant/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = tableRows(screen.getByRole('table'));
    // A path is not the frontier's constant Rs 100 bn: its own row, beside it.
    expect(rows.map((r) => r[0])).toEqual(['Rs 0', 'Rs 50 bn', 'Rs 100 bn', 'Rs 100 bn a year on average: your budget']);
  });

  it('marks the exits at the budget whatever the objective: the result holds them for every one', () => {
    const own = { optimised: dist(70_000, 60_000, 80_000), current: dist(40_000, 33_000, 47_000) };
    render(<FrontierChart result={resultOf(FRONTIER, 'minCostPerExit', 12, own)} budgetBn={[80]} />);
    expect(screen.getByText('Each split at your budget')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = tableRows(screen.getByRole('table'));
    expect(rows.map((r) => r[0])).toEqual(['Rs 0', 'Rs 50 bn', 'Rs 80 bn: your budget', 'Rs 100 bn']);
    expect(rows[2]![1]).toMatch(/^70k ?\(60k–80k\)$/);
  });
});

describe('ownBudget(result, annualBn, months)', () => {
  const exits = { optimised: dist(1, 0, 2), current: dist(0.5, 0, 1) };
  it('counts only the years the run covers, each by its months', () => {
    expect(ownBudget(resultOf(FRONTIER), [80, 100, 120], 12)).toMatchObject({ years: [80], meanBn: 80, constant: true });
    expect(ownBudget(resultOf(FRONTIER), [80, 100, 120], 18)).toMatchObject({ years: [80, 100], constant: false });
    expect(ownBudget(resultOf(FRONTIER), [80, 100, 120], 18)!.meanBn).toBeCloseTo((80 * 12 + 100 * 6) / 18, 12);
    expect(ownBudget(resultOf(FRONTIER), [80, 100], 36)).toMatchObject({ years: [80, 100, 100], constant: false });
    expect(ownBudget(resultOf(FRONTIER), [], 12)).toBeNull();
  });
  it('takes each split\u2019s exits from the result, and knows a constant budget that is one of the frontier\u2019s', () => {
    expect(ownBudget(resultOf(FRONTIER, 'minCostPerExit', 12, exits), [80], 12)).toMatchObject({ onFrontier: null, measured: exits });
    expect(ownBudget(resultOf(FRONTIER, 'minCostPerExit', 12, exits), [50], 12)).toMatchObject({ onFrontier: 1, measured: exits });
    // A path that averages to one of the frontier's budgets is still not that constant budget.
    expect(ownBudget(resultOf(FRONTIER, 'minPovertyGapEnd'), [0, 100], 24)).toMatchObject({ meanBn: 50, onFrontier: null });
  });
});
