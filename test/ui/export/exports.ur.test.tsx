import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csvParseRows } from 'd3';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { ExitsChart } from '../../../src/ui/charts/ExitsChart';
import { chartCsv, readTables } from '../../../src/ui/export/chartCsv';
import { chartSvg, sourceLine } from '../../../src/ui/export/chartSvg';
import { fileName } from '../../../src/ui/export/download';
import { ExportMenu } from '../../../src/ui/export/ExportMenu';
import { ReportView } from '../../../src/ui/views/ReportView';
import { englishWords } from '../../i18n/noEnglish';
import { chartRuns } from '../charts/helpers';
import { storeWithResults } from '../views/storeWithResults';

let blobs: Blob[];
beforeEach(() => {
  applyLocale('ur', 'international', undefined);
  blobs = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  applyLocale('en', 'international', undefined);
});

/** An element's text with its text nodes apart, as they read (a button's label not run into the next one's). */
function spacedText(el: Element): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return texts.join(' ');
}

/** The words of a scenario's name, which stay as the user typed them. */
const nameWords = (names: readonly string[]) => names.flatMap((n) => n.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []);

describe('a chart CSV in Urdu', () => {
  // The source line is made when the test runs, in Urdu.
  const meta = () => ({ title: 'غربت وقت کے ساتھ', units: 'خطِ غربت سے نیچے لوگ، %', source: sourceLine('2.1.0', 1, [40]) });

  test('its # lines and notes are Urdu, and a column with intervals gets an Urdu interval column', () => {
    const root = document.createElement('div');
    root.innerHTML = `<table><caption>گھرانے</caption>
      <thead><tr><th>منظرنامہ</th><th>اخراج</th></tr></thead>
      <tbody><tr><th>Rs 80 bn</th><td>1.2 ملین<span class="chart-table-detail">(0.9–1.5 ملین)</span></td></tr></tbody></table>`;
    const tables = readTables(root);
    expect(tables[0]!.header).toEqual(['منظرنامہ', 'اخراج', 'اخراج (\u200E90% وقفہ)']);
    const rows = csvParseRows(chartCsv(meta(), tables));
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual(['# چارٹ', '# اکائیاں', '# ماخذ', '# خانے']);
    expect(rows[2]![1]).toBe('غربت پالیسی سمیولیٹر، انجن 2.1.0، سیڈ 1، 40 تکرارات');
    expect(rows).toContainEqual(['# جدول', 'گھرانے']);
    const text = rows.filter((r) => r[0] !== 'Rs 80 bn').flat().join(' ');
    expect(englishWords(text)).toEqual([]);
  });

  test('the numbers note names the statistics columns in Urdu, keeping their codes', () => {
    const root = document.createElement('div');
    root.innerHTML = `<table><thead><tr><th>مہینہ</th><th>حصہ</th></tr></thead>
      <tbody><tr><th>1</th><td data-raw='{"p50":0.2}'>20%</td></tr></tbody></table>`;
    const rows = csvParseRows(chartCsv(meta(), readTables(root)));
    const numbers = rows.find((r) => r[0] === '# اعداد')!;
    expect(numbers[1]).toContain('90% وقفہ');
    expect(englishWords(numbers[1]!, ['mean', 'p50', 'p5', 'p95'])).toEqual([]);
  });
});

describe('a chart SVG in Urdu', () => {
  test('says xml:lang="ur", and lays its own text out right to left from the right edge', () => {
    const { svg, width } = chartSvg({
      title: 'غربت وقت کے ساتھ',
      subtitle: 'خطِ غربت سے نیچے لوگ',
      plots: [{ markup: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><text x="5" y="10">0%</text></svg>', x: 0, y: 0, width: 300, height: 200 }],
      labels: [{ text: 'Rs 80 bn', x: 10, y: 0, width: 100 }],
      legend: [{ label: 'بنیادی منظرنامہ', color: '#333333', mark: 'line' }],
      note: 'نوٹ',
      source: sourceLine('2.1.0', 7, [1]),
      language: 'ur',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ur');
    const own = [...doc.documentElement.querySelectorAll(':scope > text')];
    expect(own.length).toBeGreaterThan(4);
    for (const t of own) expect(t.getAttribute('direction')).toBe('rtl');
    const title = own.find((t) => t.textContent === 'غربت وقت کے ساتھ')!;
    expect(Number(title.getAttribute('x'))).toBe(width - 16);
    // The plot keeps its own direction.
    expect(doc.querySelector(':scope > svg text')!.hasAttribute('direction')).toBe(false);
    expect(own.map((t) => t.textContent)).toContain('غربت پالیسی سمیولیٹر، انجن 2.1.0، سیڈ 7، 1 تکرار');
    expect(fileName(['غربت وقت کے ساتھ'], 'svg')).toBe('غربت-وقت-کے-ساتھ.svg');
  });

  test('a chart\'s Download menu is in Urdu, and its SVG file carries xml:lang="ur"', async () => {
    render(<ExitsChart runs={chartRuns()} />);
    const menu = screen.getByRole('group', { name: /: ڈاؤن لوڈ$/ });
    const details = menu.closest('details')!;
    expect(englishWords(spacedText(details))).toEqual([]);
    // The bundled font file, as the app would fetch it from its own files.
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array([0x77, 0x4f, 0x46, 0x32])));
    await userEvent.click(within(menu).getByRole('button', { name: 'SVG ڈاؤن لوڈ کریں' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();
    expect(text).toContain('xml:lang="ur"');
    // The Urdu font travels inside the file (a PNG is drawn from it as an image, which cannot use the page's fonts).
    expect(text).toContain(`url(data:font/woff2;base64,${btoa('wOF2')})`);
    vi.unstubAllGlobals();
    expect(text).toContain('غربت پالیسی سمیولیٹر، انجن');
  });
});

describe('the Export menu and the report in Urdu', () => {
  beforeAll(() => {
    storeWithResults();
  }, 60_000);

  test('the Export menu has no English but scenario names, JSON, CSV and the command', async () => {
    const store = storeWithResults();
    render(
      <StoreProvider store={store}>
        <ExportMenu />
      </StoreProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'برآمد' }));
    const dialog = screen.getByRole('dialog', { name: 'نتائج برآمد کریں' });
    const names = Object.values(store.getState().scenarios).map((s) => s.name);
    expect(englishWords(spacedText(dialog), [...nameWords(names), 'npm', 'run', 'sim'])).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'رپورٹ پرنٹ کریں' })).toBeInTheDocument();
  });

  test('the report\'s own words are Urdu: actions, title, run line, date and footer', async () => {
    const store = storeWithResults();
    render(
      <StoreProvider store={store}>
        <ReportView />
      </StoreProvider>,
    );
    const report = await screen.findByRole('article', {}, { timeout: 5000 });
    expect(within(report).getByRole('heading', { level: 2, name: /^غربت پالیسی سمیولیٹر: / })).toBeInTheDocument();
    const names = Object.values(store.getState().scenarios).map((s) => s.name);
    // The report's own parts; the charts, ranking and assumptions inside it are other namespaces' (tested there).
    const own = ['.report-actions', '.report-head', '.report-foot', '#report-charts'].map((sel) => (report.querySelector(sel) ? spacedText(report.querySelector(sel)!) : '')).join(' ');
    expect(own).toMatch(/انجن \d+\.\d+\.\d+، سیڈ \d+/);
    expect(own).toMatch(/\d+ (جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)،? \d{4}/);
    expect(englishWords(own, [...nameWords(names), 'npm', 'run', 'sim'])).toEqual([]);
    await act(async () => {});
  });
});
