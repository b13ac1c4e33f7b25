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
import { textWidth } from '../../../src/ui/charts/plot/wrap';
import { applyLocale } from '../../../src/i18n/index';

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

  // On a phone the tornado's base line ran through the names above its bars, between their letters and lines (a white
  // outline of each letter hid it only where a letter was): each name is drawn on a white box as wide as its lines,
  // drawn first, so the base line and the grid stop at its edge. Down the left, a name needs none.
  it('draws a name above its bars on a white box behind all its lines, from the plot\u2019s start, or its end in Urdu', () => {
    const rows = new Map([['p', { label: 'New cash transfer and targeting: New cash transfer', detail: 'Rs 1,450 to 4,230 / household / month' }]]);
    const drawn = (above?: { by: number; left: number; right: number }) => {
      const { container, unmount } = render(<svg><RowLabel x={20} y={120} payload={{ value: 'p' }} rows={rows} width={300} above={above} /></svg>);
      const backing = container.querySelector('rect');
      const first = container.querySelector('g > *');
      const texts = [...container.querySelectorAll('text')].map((t) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), width: textWidth(t.textContent!.replace(/[\u2066-\u2069]/g, ''), 12) }));
      unmount();
      return { backing: backing && { x: Number(backing.getAttribute('x')), y: Number(backing.getAttribute('y')), width: Number(backing.getAttribute('width')), height: Number(backing.getAttribute('height')), fill: backing.getAttribute('fill') }, first: first?.tagName, texts };
    };
    const { backing, first, texts } = drawn({ by: 22, left: 9, right: 310 });
    expect(first).toBe('rect');
    expect(backing!.fill).toBe('#ffffff');
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) {
      // Each line's text, from its anchor at the start, within the box; its baseline inside it, a line's height apart.
      expect(t.x).toBeGreaterThanOrEqual(backing!.x);
      expect(t.x + t.width).toBeLessThanOrEqual(backing!.x + backing!.width);
      expect(t.y).toBeGreaterThan(backing!.y);
      expect(t.y).toBeLessThan(backing!.y + backing!.height);
    }
    expect(drawn().backing).toBeNull();
    // In Urdu the lines end at the plot's right end, and run leftwards from it: inside the box too.
    applyLocale('ur', 'international', undefined);
    try {
      const rtl = drawn({ by: 22, left: 9, right: 310 });
      for (const t of rtl.texts) {
        expect(t.x).toBe(310);
        expect(t.x - t.width).toBeGreaterThanOrEqual(rtl.backing!.x);
        expect(t.x).toBeLessThanOrEqual(rtl.backing!.x + rtl.backing!.width);
      }
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});
