/**
 * The Optimise view's improvement table when the objective is the lowest cost per exit: the engine reports each
 * split's cost as total spent ÷ total additional exits over the replications (optimise/result objectiveDist,
 * summariseRatio), its percentiles the replications' own costs, and the improvement as the difference of those
 * ratios (optimise/interval). The table's column was headed "Mean", its interval "(paired, of the mean)" and its CSV
 * note "hold the mean over the replications". The other objectives are means and keep saying so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Objective, OptimiseResult } from '../../../src/engine/index';
import { applyLocale, i18n } from '../../../src/i18n/index';
import { ImprovementChart } from '../../../src/ui/views/optimise/ImprovementChart';

const resultFor = (objective: Objective) =>
  ({
    objective,
    verdict: 'better',
    replications: 20,
    ...(objective === 'minCostPerExit'
      ? { improvement: { estimate: 250_000, low: 120_000, high: 380_000 }, objectiveValue: { current: { mean: 2_400_000, p5: 2_000_000, p95: 2_900_000 }, optimised: { mean: 2_150_000, p5: 1_800_000, p95: 2_600_000 } } }
      : { improvement: { estimate: 12_100, low: 8_430, high: 16_000 }, objectiveValue: { current: { mean: 50_000, p5: 45_000, p95: 55_000 }, optimised: { mean: 62_100, p5: 56_000, p95: 68_000 } } }),
  }) as unknown as OptimiseResult;

const strip = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The table as drawn: its column headings, its text, and the CSV download's `# numbers` line and column names. */
async function table(objective: Objective, button = 'Table') {
  const { chartCsv, readTables } = await import('../../../src/ui/export/chartCsv');
  render(<ImprovementChart result={resultFor(objective)} />);
  fireEvent.click(screen.getByRole('button', { name: button }));
  const t = screen.getByRole('table');
  const csv = strip(chartCsv({ title: 't', units: 'u', source: 's' }, readTables(document.body)));
  return {
    headers: [...t.querySelectorAll('thead th')].map((th) => strip(th.textContent ?? '')),
    text: strip(t.textContent ?? ''),
    numbers: csv.split('\n').find((l) => l.startsWith(`# ${i18n.t('exports:csv.numbers')}`))!,
    csv,
  };
}

afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

describe('the improvement table for the lowest cost per exit', () => {
  it('heads its column with what the number is, not "Mean", and says its note and interval are of a ratio of totals', async () => {
    const t = await table('minCostPerExit');
    expect(t.headers).not.toContain('Mean');
    expect(t.headers).toContain('Cost per exit: total spent ÷ total additional exits');
    expect(t.text).toContain('(paired, of the difference between the ratios of totals)');
    expect(t.text).not.toContain('of the mean');
    expect(t.numbers).not.toMatch(/hold the mean over the replications|interval of the mean/);
    expect(t.numbers).toContain('total spent ÷ total additional exits over the replications (a ratio of totals, not a mean)');
    expect(t.numbers).toContain("the 5th and 95th percentile of the replications' own costs");
    expect(t.csv).not.toMatch(/Mean \[value\]/);
  });

  it('in Urdu too', async () => {
    applyLocale('ur', 'international', undefined);
    const t = await table('minCostPerExit', 'جدول');
    expect(t.headers).not.toContain('اوسط');
    expect(t.headers).toContain('فی اخراج لاگت: کل خرچ ÷ کل اضافی اخراج');
    expect(t.text).toContain('(جوڑی دار، مجموعوں کے تناسبوں کے فرق کا)');
    expect(t.text).not.toContain('اوسط کا');
    expect(t.numbers).toContain('تکرارات پر کل خرچ ÷ کل اضافی اخراج ہے (مجموعوں کا تناسب، اوسط نہیں)');
    expect(t.numbers).not.toContain('تکرارات کا اوسط');
  });
});

describe('the improvement table for the other objectives', () => {
  it('still calls their values means: they are', async () => {
    for (const objective of ['maxSustainedExits', 'minPovertyGapEnd'] as const) {
      const t = await table(objective);
      expect(t.headers, objective).toContain('Mean');
      expect(t.text, objective).toContain('(paired, of the mean)');
      expect(t.numbers, objective).toContain('hold the mean over the replications');
      cleanup();
    }
  });
});
