/**
 * The label column of the analysis charts (tornado, Sobol'): its full width
 * where there is room; on a phone the names above their bars, across the
 * plot, and every line of a long range drawn. Fails if a phone's bars are
 * squeezed into a narrow column again or a range is cut short.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { labelColumn } from '../../../src/ui/views/analysis/chartProps';
import { LABEL_WIDTH, RowLabel } from '../../../src/ui/views/analysis/RowLabel';

describe('labelColumn(chartWidth)', () => {
  it('keeps the full column down the left and two lines on a wide chart', () => {
    expect(labelColumn(1000)).toEqual({ width: LABEL_WIDTH, lines: 2, detailLines: 2, above: false, left: 8 });
    expect(labelColumn(580)).toEqual({ width: LABEL_WIDTH, lines: 2, detailLines: 2, above: false, left: 8 });
  });
  it('puts a phone’s names above their bars, across the plot, so the bars keep the chart’s width', () => {
    const phone = labelColumn(340);
    expect(phone.above).toBe(true);
    // The plot's width, less the margins (8 left, 36 right) and the axis's line.
    expect(phone.width).toBe(340 - 8 - 36 - 1);
    expect(labelColumn(100).width).toBe(120);
  });
});

describe('<RowLabel>', () => {
  it('draws the detail on as many lines as it is given', () => {
    const detail = '0.12 log income to 0.48 log income; income × 0.89 to × 0.62';
    const rows = new Map([['p', { label: 'Shocks and disasters: Health shock size', detail }]]);
    const lines = (detailLines: number) => {
      const { container, unmount } = render(<svg><RowLabel x={200} y={50} payload={{ value: 'p' }} rows={rows} width={200} maxLines={3} detailLines={detailLines} /></svg>);
      const texts = [...container.querySelectorAll('text')].map((t) => t.textContent ?? '');
      unmount();
      return texts;
    };
    const three = lines(3);
    // Every word of the range is drawn at three lines (the estimate of text width in jsdom errs wide).
    expect(three.join(' ').replace(/\s+/g, ' ')).toContain(detail);
    expect(lines(1).join(' ')).not.toContain('0.62');
  });
});
