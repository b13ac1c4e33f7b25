import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

describe('the Download menu as focus and space allow', () => {
  /** The browser says a details element opened or closed in a task of its own (its toggle event). */
  const toggled = () => act(() => new Promise<void>((r) => setTimeout(r, 5)));
  const rect = (left: number, right: number) => ({ left, right, width: right - left, top: 0, bottom: 20, height: 20, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
  /** Opens the menu with Download at `button` and the chart spanning 0–600 px (a menu 150 px wide); returns the side it hangs from. */
  async function openAt(button: [number, number], rtl = false) {
    render(<ExitsChart runs={chartRuns()} />);
    const details = document.querySelector<HTMLDetailsElement>('details.chart-downloads')!;
    if (rtl) details.style.direction = 'rtl';
    vi.spyOn(details.closest('figure')!, 'getBoundingClientRect').mockReturnValue(rect(0, 600));
    vi.spyOn(details.querySelector('summary')!, 'getBoundingClientRect').mockReturnValue(rect(...button));
    vi.spyOn(details.querySelector('.chart-downloads-menu')!, 'getBoundingClientRect').mockReturnValue(rect(0, 150));
    details.open = true;
    await toggled();
    return details.getAttribute('data-align');
  }

  test('hangs from Download’s end edge where it fits there', async () => {
    // Download at the chart's right end (one header line): the menu opens leftwards, under it.
    expect(await openAt([500, 590])).toBe('end');
  });

  test('a wrapped header puts Download at the chart’s left: the menu opens rightwards, wholly inside the chart', async () => {
    // Hung from its right end, a 150 px menu would start at -50 px, clipped by the chart ("ownload PNG" at 1366 px).
    expect(await openAt([10, 100])).toBe('start');
  });

  test('right to left, its end is Download’s left edge: it stays there where it fits', async () => {
    expect(await openAt([10, 100], true)).toBe('end');
  });

  test('right to left, at the chart’s right end, it hangs from Download’s right edge', async () => {
    expect(await openAt([500, 590], true)).toBe('start');
  });

  test('closes when focus leaves it by Tab, and leaves focus where the reader took it', async () => {
    render(
      <>
        <ExitsChart runs={chartRuns()} />
        <button type="button">Next control</button>
      </>,
    );
    const details = document.querySelector<HTMLDetailsElement>('details.chart-downloads')!;
    details.querySelector('summary')!.focus();
    details.open = true;
    await toggled();
    const csv = screen.getByRole('button', { name: 'Download CSV' });
    csv.focus();
    expect(details.open).toBe(true);
    const next = screen.getByRole('button', { name: 'Next control' });
    next.focus();
    expect(details.open).toBe(false);
    expect(next).toHaveFocus();
  });

  // Tab from the last chart's menu goes past the page's last control, into the browser: no focus arrives in the page
  // to be heard, and the menu stayed open (seen in Chromium: the focus on <body>, the page without it).
  test('closes when the focus leaves the page from inside it; stays open when the page keeps the focus', async () => {
    render(<ExitsChart runs={chartRuns()} />);
    const details = document.querySelector<HTMLDetailsElement>('details.chart-downloads')!;
    details.open = true;
    await toggled();
    const csv = screen.getByRole('button', { name: 'Download CSV' });
    const hasFocus = vi.spyOn(document, 'hasFocus');
    // A click on the menu's own text: its button loses the focus to nobody, but the page keeps it.
    hasFocus.mockReturnValue(true);
    csv.focus();
    csv.blur();
    await new Promise((r) => setTimeout(r, 5));
    expect(details.open).toBe(true);
    // Tab past the last control: the page has lost the focus.
    hasFocus.mockReturnValue(false);
    csv.focus();
    csv.blur();
    expect(details.open).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(details.open).toBe(false);
  });

  // The end-to-end run: Tab a moment after opening, before React had seen the menu open and listened for focus
  // elsewhere, left it open over the next control.
  test('closes when focus leaves it at once, before its opening is seen', () => {
    render(
      <>
        <ExitsChart runs={chartRuns()} />
        <button type="button">Next control</button>
      </>,
    );
    const details = document.querySelector<HTMLDetailsElement>('details.chart-downloads')!;
    details.open = true;
    screen.getByRole('button', { name: 'Download CSV' }).focus();
    screen.getByRole('button', { name: 'Next control' }).focus();
    expect(details.open).toBe(false);
  });
});
