import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { BandTooltip } from '../../../src/ui/charts/BandTooltip';
import type { SeriesRow } from '../../../src/ui/charts/data/series';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);

describe('BandTooltip', () => {
  it('gives each scenario the status quo beside it, but not the status quo itself (it has none: it read "status quo –")', () => {
    const row: SeriesRow = {
      month: 16,
      s0: { p50: 0.219, band50: null, band90: [0.214, 0.227], counterfactual: null },
      s1: { p50: 0.215, band50: null, band90: [0.21, 0.222], counterfactual: 0.219 },
    };
    const runs = [
      { id: 'sq', name: 'Status quo (no new programmes)', color: '#000' },
      { id: 'a', name: 'Rs 80 bn a year', color: '#123' },
    ];
    const { container } = render(<BandTooltip row={row} runs={runs} format={pct} showCounterfactual />);
    const [statusQuo, policy] = [...container.querySelectorAll('.chart-tooltip > div')].map((d) => d.textContent);
    expect(statusQuo?.trim()).toBe('Status quo (no new programmes): 21.9% (21.4%–22.7%);');
    expect(policy?.trim()).toMatch(/^Rs 80 bn a year: 21\.5% \(21\.0%–22\.2%\), status quo 21\.9%/);
  });
});
