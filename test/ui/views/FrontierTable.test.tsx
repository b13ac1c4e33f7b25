/**
 * The frontier as a table: the exits of both splits, with their intervals,
 * in one scale word and one number of decimals, and the differences in
 * another. Before, "+46k" sat above "+22.7k" and intervals read "(49.6k–69k)".
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Dist, OptimiseResult } from '../../../src/engine/index';
import { FrontierChart } from '../../../src/ui/views/optimise/FrontierChart';

const dist = (mean: number, p5: number, p95: number): Dist => ({ mean, p5, p25: mean, p50: mean, p75: mean, p95 });

describe('<FrontierChart> as a table', () => {
  it('writes the exits, their intervals and the differences each in one scale with one number of decimals', () => {
    const frontier = [
      { budgetBn: 0, optimised: dist(0, 0, 0), current: dist(0, 0, 0) },
      { budgetBn: 50, optimised: dist(58_800, 49_600, 69_000), current: dist(36_100, 30_000, 42_000) },
      { budgetBn: 100, optimised: dist(104_000, 92_000, 117_000), current: dist(58_000, 50_000, 66_000) },
    ];
    render(<FrontierChart result={{ frontier } as unknown as OptimiseResult} budgetBn={[80]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells[1]).toEqual([expect.stringMatching(/^59k ?\(50k–69k\)$/), expect.stringMatching(/^36k ?\(30k–42k\)$/), '+22.7k']);
    expect(cells[2]).toEqual([expect.stringMatching(/^104k ?\(92k–117k\)$/), expect.stringMatching(/^58k ?\(50k–66k\)$/), '+46.0k']);
    // A column whose largest is under a hundred thousand keeps a decimal for every row.
    render(<FrontierChart result={{ frontier: frontier.slice(0, 2) } as unknown as OptimiseResult} budgetBn={[80]} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Table' })[1]!);
    const small = within(screen.getAllByRole('table')[1]!).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(small[1]).toEqual([expect.stringMatching(/^58\.8k ?\(49\.6k–69\.0k\)$/), expect.stringMatching(/^36\.1k ?\(30\.0k–42\.0k\)$/), '+22.7k']);
    expect(small[0]![2]).toBe('0k');
  });
});
