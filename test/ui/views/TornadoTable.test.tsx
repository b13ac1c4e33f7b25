/**
 * The tornado as a table: its three outcome columns (at the low value, at the
 * high value, the spread) are read against each other, so every cell is in the
 * scale word of the largest, with its decimals. Before, a swing of 8,840 sat
 * under one of 10.8k, and 24k under 34.8k. And with the digits that make a
 * row's outcomes at the low value, the base and the high value read apart.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { TornadoBar } from '../../../src/engine/index';
import { TornadoChart } from '../../../src/ui/views/sensitivity/TornadoChart';
import { applyLocale } from '../../../src/i18n/index';

const bar = (path: string, outcomeLow: number, outcomeHigh: number): TornadoBar => ({
  path, low: 1, high: 2, base: 30_000, outcomeLow, outcomeHigh, swing: Math.abs(outcomeHigh - outcomeLow),
  span: Math.max(outcomeLow, 30_000, outcomeHigh) - Math.min(outcomeLow, 30_000, outcomeHigh),
});

/** A bar of a share outcome (people in poverty at the end) around a base of 21.40%. */
const shareBar = (path: string, outcomeLow: number, outcomeHigh: number, base = 0.214): TornadoBar => ({
  path, low: 1, high: 2, base, outcomeLow, outcomeHigh, swing: Math.abs(outcomeHigh - outcomeLow),
  span: Math.max(outcomeLow, base, outcomeHigh) - Math.min(outcomeLow, base, outcomeHigh),
});

describe('<TornadoChart> as a table', () => {
  it('writes the outcome columns in one scale word, with one number of decimals: "8.8k" under "10.8k", not "8,840"', () => {
    const bars = [bar('policy.cash.benefitPKR', 24_000, 34_800), bar('policy.training.durationMonths', 26_000, 34_840), bar('policy.cash.coverageShare', 29_500, 30_450)];
    render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('td')].slice(2).map((td) => td.textContent));
    expect(cells).toEqual([
      ['24.0k', '34.8k', '10.8k'],
      ['26.0k', '34.8k', '8.8k'],
      ['29.5k', '30.5k', '1.0k'],
    ]);
  });

  // Bug: shares to three significant digits read "21.4% | 21.4%" on every row for 0.21447 and 0.21368: which way the
  // parameter moves the outcome could not be seen. The spread, a difference of shares, is in points without those
  // digits (tornadoSpread.test).
  it('writes a share outcome with the digits that make a row\'s low, base and high read apart, in the table and its caption', () => {
    const bars = [shareBar('policy.cash.benefitPKR', 0.21447, 0.21368), shareBar('policy.cash.coverageShare', 0.215, 0.213), shareBar('policy.training.durationMonths', 0.214, 0.214)];
    render(<TornadoChart outcome="povertyHeadcountEnd" bars={bars} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('td')].slice(2).map((td) => td.textContent));
    expect(cells).toEqual([
      ['21.45%', '21.37%', '0.079 pts'],
      ['21.50%', '21.30%', '0.2 pts'],
      ['21.40%', '21.40%', '0 pts'],
    ]);
    expect(table.querySelector('caption')!.textContent).toMatch(/: base 21\.40%;/);
  });

  it('writes counts a few households apart with more digits', () => {
    render(<TornadoChart outcome="additionalSustainedExits" bars={[bar('policy.cash.benefitPKR', 24_000, 33_600), bar('policy.cash.coverageShare', 30_000, 30_028.4)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const cellsOf = () => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].slice(2).map((td) => td.textContent));
    expect(cellsOf()).toEqual([
      ['24.00k', '33.60k', '9.60k'],
      ['30.00k', '30.03k', '0.03k'],
    ]);
  });

  it('in Urdu, a spread too small for the column\'s decimals is "<0.1 ہزار", not "0.0004 ہزار"; a zero spread "0"', () => {
    applyLocale('ur', 'international', undefined);
    try {
      // Under a household: no digits write it apart from the base (28 households now take more digits, as below).
      const bars = [bar('policy.cash.benefitPKR', 24_000, 33_600), bar('policy.cash.coverageShare', 30_000, 30_000.4), bar('policy.training.durationMonths', 30_000, 30_000)];
      render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
      fireEvent.click(screen.getByRole('button', { name: 'جدول' }));
      const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
      const swings = rows.map((r) => [...r.querySelectorAll('td')].at(-1)!.textContent);
      expect(swings).toEqual(['9.6 ہزار', '<0.1 ہزار', '0']);
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});
