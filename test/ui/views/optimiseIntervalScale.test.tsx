/**
 * An interval's two ends in one scale word in the Optimise view: the verdict
 * said "8,430 to 16k" and the improvement table "8,430–16k", plain digits
 * beside "k" (formatCount has no scale word below ten thousand).
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { OptimiseResult } from '../../../src/engine/index';
import { verdictText } from '../../../src/ui/views/optimise/text';
import { ImprovementChart } from '../../../src/ui/views/optimise/ImprovementChart';
import { SplitChart } from '../../../src/ui/views/optimise/SplitChart';

const result = {
  objective: 'maxSustainedExits',
  verdict: 'better',
  replications: 20,
  improvement: { estimate: 12_100, low: 8_430, high: 16_000 },
  objectiveValue: { current: { mean: 50_000, p5: 45_000, p95: 55_000 }, optimised: { mean: 62_100, p5: 56_000, p95: 68_000 } },
} as unknown as OptimiseResult;

describe('an optimise interval\u2019s ends in the larger end\u2019s scale word', () => {
  it('verdictText says "8.43k to 16k", not "8,430 to 16k"', () => {
    const text = verdictText(result);
    expect(text).toContain('8.43k to 16k');
    expect(text).not.toContain('8,430');
  });

  it('the improvement table\u2019s interval reads "8.43k–16k"', () => {
    render(<ImprovementChart result={result} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = within(screen.getByRole('table'));
    expect(table.getByText(/8\.43k–16k/)).toBeTruthy();
    expect(screen.getByRole('table').textContent).not.toContain('8,430');
  });
});

describe('the improvement chart\u2019s CSV', () => {
  it('says its "[value]", "[low]", "[high]" columns are what they are, not replications\u2019 "[p5]"/"[p95]"', async () => {
    const { chartCsv, readTables } = await import('../../../src/ui/export/chartCsv');
    render(<ImprovementChart result={result} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const csv = chartCsv({ title: 't', units: 'u', source: 's' }, readTables(document.body));
    const numbers = csv.split('\n').find((l) => l.startsWith('# numbers'))!;
    expect(numbers).toContain('[value]');
    expect(numbers).not.toMatch(/\[p5\]|\[mean\]/);
  });
});

describe('the split chart\u2019s CSV', () => {
  it('says its "[value]" columns are the split itself, not a mean over replications', async () => {
    // Catches the shared replications note ("the mean over the replications … 90% interval") on a table of shares.
    const { chartCsv, readTables } = await import('../../../src/ui/export/chartCsv');
    const shares = { cash: 0.4, stipend: 0.55, microfinance: 0, training: 0, farm: 0, admin: 0.05 };
    const split = { programmes: shares, regions: null, regionRule: 'headcount' };
    render(<SplitChart block="programmes" yearOneBn={80} result={{ ...result, split, currentSplit: { ...split, programmes: { ...shares, cash: 0.5, stipend: 0.45 } } } as unknown as OptimiseResult} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const csv = chartCsv({ title: 't', units: 'u', source: 's' }, readTables(document.body));
    const numbers = csv.split('\n').find((l) => l.startsWith('# numbers'))!;
    expect(numbers).toContain('the split itself');
    expect(numbers).not.toMatch(/mean over the replications|90%/);
  });
});
