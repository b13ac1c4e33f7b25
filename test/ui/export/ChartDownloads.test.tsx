import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { csvParseRows } from 'd3';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ExitsChart } from '../../../src/ui/charts/ExitsChart';
import { chartRuns } from '../charts/helpers';
import { applyLocale } from '../../../src/i18n/index';

let blobs: Blob[];
beforeEach(() => {
  blobs = [];
  // jsdom has no object URLs: record what would be downloaded.
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('a chart\'s Download menu', () => {
  test('offers PNG, SVG and CSV by name', () => {
    render(<ExitsChart runs={chartRuns()} />);
    const menu = screen.getByRole('group', { name: /download$/ });
    for (const name of ['Download PNG', 'Download SVG', 'Download CSV']) expect(within(menu).getByRole('button', { name })).toBeInTheDocument();
  });

  test('Escape closes the open menu and gives the focus back to Download, and goes no further', () => {
    const outer = vi.fn();
    render(
      <div onKeyDown={outer}>
        <ExitsChart runs={chartRuns()} />
      </div>,
    );
    const details = document.querySelector<HTMLDetailsElement>('details.chart-downloads')!;
    details.open = true;
    const csv = screen.getByRole('button', { name: 'Download CSV' });
    csv.focus();
    fireEvent.keyDown(csv, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')).toHaveFocus();
    expect(outer).not.toHaveBeenCalled();
    // Closed, Escape is left to whatever is around it (a dialog, the slides).
    fireEvent.keyDown(details.querySelector('summary')!, { key: 'Escape' });
    expect(outer).toHaveBeenCalledTimes(1);
  });

  test('Download SVG gives an svg file with the chart\'s title and source line', async () => {
    render(<ExitsChart runs={chartRuns()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.type).toBe('image/svg+xml;charset=utf-8');
    const text = await blobs[0]!.text();
    const title = screen.getByRole('heading', { level: 3 }).textContent!;
    expect(text).toContain(`>${title}<`);
    expect(text).toContain('Poverty policy simulator, engine');
    expect(text).toMatch(/<svg[^>]*width=/);
  });

  test('Download CSV gives the table\'s rows as text/csv, from the chart view', async () => {
    render(<ExitsChart runs={chartRuns()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const text = await blobs[0]!.text();
    expect(text).toMatch(/^# chart,/);
    expect(text).toContain('Rs 120 bn');
    // The exits table carries its numbers: a mean and the 90% interval's ends per flow, unformatted.
    const rows = csvParseRows(text);
    const header = rows.find((r) => r[0] === 'Scenario')!;
    expect(header.some((h) => h.endsWith('[mean]'))).toBe(true);
    const last = rows.at(-1)!;
    expect(last[0]).toBe('Rs 120 bn');
    expect(last.slice(1).every((v) => v === '' || Number.isFinite(Number(v)))).toBe(true);
  });

  test('image downloads wait for the chart view; CSV works from the table too', () => {
    render(<ExitsChart runs={chartRuns()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Download SVG' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(blobs).toHaveLength(1);
  });

  test('a file that could not be made says why in the language on screen; the browser’s words follow, labelled and isolated', async () => {
    applyLocale('ur', 'international', undefined);
    try {
      // The Urdu font the image carries cannot be fetched (offline, its file not kept).
      vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
      render(<ExitsChart runs={chartRuns()} />);
      fireEvent.click(screen.getByRole('button', { name: 'SVG ڈاؤن لوڈ کریں' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(
        'فائل تیار نہیں ہو سکی: تصویر میں شامل کیا جانے والا اردو فونٹ حاصل نہیں ہو سکا: کنکشن چیک کر کے دوبارہ کوشش کریں؛ براؤزر کا پیغام: “\u2068TypeError: Failed to fetch\u2069”',
      );
    } finally {
      vi.unstubAllGlobals();
      applyLocale('en', 'international', undefined);
    }
  });

  test('an error that tells no reason gives the browser’s words alone, labelled as its', async () => {
    render(<ExitsChart runs={chartRuns()} />);
    URL.createObjectURL = vi.fn(() => {
      throw new DOMException('The object can not be found here.', 'NotFoundError');
    }) as typeof URL.createObjectURL;
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not make the file: the browser’s message: “NotFoundError: The object can not be found here.”');
  });

  test('an error that says nothing gives the sentence without a reason, in each language: no colon with nothing after it', async () => {
    const failWith = (error: Error) => {
      URL.createObjectURL = vi.fn(() => {
        throw error;
      }) as typeof URL.createObjectURL;
    };
    const { unmount } = render(<ExitsChart runs={chartRuns()} />);
    failWith(new Error(''));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not make the file');
    // A name without a message is the browser's words, alone.
    failWith(new TypeError(' '));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not make the file: the browser’s message: “TypeError”'));
    unmount();
    applyLocale('ur', 'international', undefined);
    try {
      render(<ExitsChart runs={chartRuns()} />);
      failWith(new Error('  '));
      fireEvent.click(screen.getByRole('button', { name: 'CSV ڈاؤن لوڈ کریں' }));
      expect((await screen.findByRole('alert')).textContent).toBe('فائل تیار نہیں ہو سکی');
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});
