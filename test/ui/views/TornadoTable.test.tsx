/**
 * The tornado as a table: its three outcome columns (at the low value, at the
 * high value, the spread) are read against each other, so every cell is in the
 * scale word of the largest, with its decimals. Before, a swing of 8,840 sat
 * under one of 10.8k, and 24k under 34.8k.
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

  it('in Urdu, a spread too small for the column\'s decimals is "<0.1 ہزار", not "0.0284 ہزار"; a zero spread "0"', () => {
    applyLocale('ur', 'international', undefined);
    try {
      const bars = [bar('policy.cash.benefitPKR', 24_000, 33_600), bar('policy.cash.coverageShare', 30_000, 30_028.4), bar('policy.training.durationMonths', 30_000, 30_000)];
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
