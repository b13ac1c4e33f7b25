/**
 * A tornado table's spread column: the spread of a share outcome is the difference of two shares, so it is in
 * percentage points, to three significant digits (the outcome columns' own formatter had written "0.105%" and
 * "1.23967%" for it, in one scenario only: a paired difference was in points already). Counts and rupees keep the
 * outcome columns' scale word. Fails if a share's spread goes back to "%" or to the outcome columns' extra digits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Outcome, TornadoBar } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { TornadoChart } from '../../../src/ui/views/sensitivity/TornadoChart';
import type { Difference } from '../../../src/ui/views/sensitivity/text';

const bar = (path: string, outcomeLow: number, base: number, outcomeHigh: number): TornadoBar => ({
  path,
  low: 1000,
  high: 4000,
  outcomeLow,
  outcomeHigh,
  base,
  swing: Math.abs(outcomeHigh - outcomeLow),
  span: Math.max(outcomeLow, base, outcomeHigh) - Math.min(outcomeLow, base, outcomeHigh),
});

/** The table's cells, row by row: outcome at low value, at high value, spread (and the spread's raw number). */
function table(outcome: Outcome, bars: readonly TornadoBar[], difference?: Difference) {
  render(<TornadoChart outcome={outcome} bars={bars} difference={difference} />);
  fireEvent.click(screen.getByRole('button', { name: 'Table' }));
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => {
      const td = r.querySelectorAll('td');
      return { low: td[2]!.textContent, high: td[3]!.textContent, spread: td[4]!.textContent, raw: JSON.parse(td[4]!.getAttribute('data-raw')!) as { value: number } };
    });
}

afterEach(cleanup);

describe('<TornadoChart>: the spread column', () => {
  it('writes the spread of a share in percentage points, three significant digits, while the outcomes keep the digits that read them apart', () => {
    // The audit's rows: 21.280% to 21.384% (spread "0.105%"), and PAR30's 1.41779% to 2.65745% (spread "1.23967%").
    const rows = table('povertyHeadcountEnd', [bar('policy.cash.benefitPKR', 0.212798, 0.21301, 0.213843), bar('policy.cash.takeUp', 0.2131, 0.21301, 0.2129)]);
    expect(rows.map((r) => r.spread)).toEqual(['0.105 pts', '0.02 pts']);
    expect(rows[0]!.low).toMatch(/%$/);
    expect(rows[0]!.low).not.toBe(rows[0]!.high);
    // The CSV's number stays the difference of the two fractions of 1, as its note says.
    expect(rows[0]!.raw.value).toBeCloseTo(0.001045, 9);
    cleanup();
    const par = table('par30Last12', [bar('policy.cash.benefitPKR', 0.0141779, 0.02, 0.0265745)]);
    expect(par[0]!.spread).toBe('1.24 pts');
  });

  it('writes no spread in "%" and never a sign outside a paired difference, zero included', () => {
    const rows = table('povertyHeadcountEnd', [bar('policy.cash.benefitPKR', 0.25, 0.2, 0.21), bar('policy.training.durationMonths', 0.2, 0.2, 0.2)]);
    expect(rows.map((r) => r.spread)).toEqual(['5 pts', '0 pts']);
  });

  it('writes a paired difference\u2019s spread of a share in points, signed as the rest of its table, with the usual digits', () => {
    const rows = table('povertyHeadcountEnd', [bar('policy.cash.benefitPKR', -0.012341, -0.012339, -0.012057)], { a: 'A', b: 'B' });
    // The outcomes with the digits that read the low value and the base apart; the spread without them.
    expect(rows[0]!.low).toBe('−1.2341 pts');
    expect(rows[0]!.spread).toBe('+0.0284 pts');
  });

  it('leaves the spread of a count or an amount in the outcome columns\u2019 scale word', () => {
    expect(table('additionalSustainedExits', [bar('policy.cash.benefitPKR', 8840, 9000, 10800)])[0]!.spread).toBe('2.0k');
    cleanup();
    expect(table('costPerSustainedExitPKR', [bar('policy.cash.benefitPKR', 1.2e6, 1.5e6, 3.1e6)])[0]!.spread).toBe('Rs 1.90 m');
  });

  it('writes it in Urdu\u2019s word for points', () => {
    applyLocale('ur', 'international', undefined);
    try {
      render(<TornadoChart outcome="povertyHeadcountEnd" bars={[bar('policy.cash.benefitPKR', 0.212798, 0.21301, 0.213843)]} />);
      fireEvent.click(screen.getAllByRole('button').find((b) => b.textContent === 'جدول')!);
      const spread = within(screen.getByRole('table')).getAllByRole('row')[1]!.querySelectorAll('td')[4]!.textContent;
      expect(spread).toBe('0.105 پوائنٹس');
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});
