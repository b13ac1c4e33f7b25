/**
 * The `# cells` and `# numbers` lines of an analysis chart's CSV say what its
 * columns hold. The Sobol' file said its "[mean]/[p50]/[p5]/[p95]" columns
 * held replications' numbers with a 90% interval, when its columns are
 * "[estimate]/[low]/[high]", the ends of a 95% bootstrap interval; the
 * tornado's "[value]" columns are single values, not a distribution.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { SobolRow, TornadoBar } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { chartCsv, readTables } from '../../../src/ui/export/chartCsv';
import { SobolChart } from '../../../src/ui/views/sensitivity/SobolChart';
import { TornadoChart } from '../../../src/ui/views/sensitivity/TornadoChart';

const meta = { title: 't', units: 'u', source: 's' };
const line = (csv: string, name: string) => csvParseRows(csv).filter((r) => r[0] === `# ${name}`).map((r) => r[1]!);
const at = (estimate: number, low = estimate - 0.1, high = estimate + 0.1) => ({ estimate, low, high });

function csvOfTable(): string {
  fireEvent.click(screen.getByRole('button', { name: /Table|جدول/ }));
  return chartCsv(meta, readTables(document.body));
}

describe('analysis charts\u2019 CSV header lines', () => {
  afterEach(() => applyLocale('en', 'international', undefined));

  it('Sobol\u2019: the numbers are an index\u2019s estimate and its 95% bootstrap interval, and no 90% interval is spoken of', () => {
    const rows: SobolRow[] = [{ path: 'policy.cash.takeUp', firstOrder: at(0.3), total: at(0.4) } as SobolRow];
    render(<SobolChart outcome="additionalSustainedExits" rows={rows} />);
    const csv = csvOfTable();
    expect(csvParseRows(csv)).toContainEqual(['Parameter', 'First-order index [estimate]', 'First-order index [low]', 'First-order index [high]', 'Total index [estimate]', 'Total index [low]', 'Total index [high]']);
    const [numbers] = line(csv, 'numbers');
    expect(numbers).toContain('[estimate]');
    expect(numbers).toContain('95% bootstrap interval');
    expect(numbers).not.toMatch(/p5|p95|\[mean\]/);
    expect(csv).not.toContain('90%');
  });

  it('tornado: the "[value]" columns are values and outcomes, not replications\u2019 percentiles', () => {
    const bars: TornadoBar[] = [{ path: 'policy.cash.benefitPKR', low: 1, high: 2, base: 100, outcomeLow: 90, outcomeHigh: 120, swing: 30, span: 30 }];
    render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
    const csv = csvOfTable();
    const [numbers] = line(csv, 'numbers');
    expect(numbers).toContain('[value]');
    expect(numbers).not.toMatch(/p5|p95|\[mean\]/);
    expect(csv).not.toContain('90%');
  });

  it('tornado: its "[value]" columns hold a month of the run as the file counts it, from 0, where the table counts from 1, and say so', () => {
    const bars: TornadoBar[] = [{ path: 'world.shocks.floodMonth', low: 12, high: 15, base: 100, outcomeLow: 90, outcomeHigh: 120, swing: 30, span: 30 }];
    render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
    const csv = csvOfTable();
    const rows = csvParseRows(csv);
    const header = rows.find((r) => r.includes('Low value [value]'))!;
    const row = rows[rows.indexOf(header) + 1]!;
    // The table shows the flood month from 1 (13 and 16); its numbers are the file's, from 0.
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(expect.arrayContaining(['13', '16']));
    expect([row[header.indexOf('Low value [value]')], row[header.indexOf('High value [value]')]]).toEqual(['12', '15']);
    expect(line(csv, 'numbers')[0]).toMatch(/a month of the run counted from 0/);
    cleanup();
    applyLocale('ur', 'international', undefined);
    render(<TornadoChart outcome="additionalSustainedExits" bars={bars} />);
    expect(line(csvOfTable(), 'اعداد')[0]).toMatch(/سمولیشن کا مہینہ 0 سے گنا/);
  });

  it('in Urdu too', () => {
    applyLocale('ur', 'international', undefined);
    const rows: SobolRow[] = [{ path: 'policy.cash.takeUp', firstOrder: at(0.3), total: at(0.4) } as SobolRow];
    render(<SobolChart outcome="additionalSustainedExits" rows={rows} />);
    const csv = csvOfTable();
    expect(line(csv, 'اعداد')[0]).toContain('95% بوٹ اسٹریپ');
    expect(csv).not.toContain('90%');
  });
});
