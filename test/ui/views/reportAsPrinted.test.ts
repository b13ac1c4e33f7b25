/**
 * printedPair(section, first, second): the report's first two charts measured as they print, on a copy without
 * what paper leaves out (report.css, .report-as-printed). Fails if the cells on screen are measured, with their
 * Chart/Table switches, Download menus and the poverty chart's controls (50 px in English): the poverty and
 * difference charts were judged too tall to share page 2 where on paper they fitted, and page 2 ended in a quarter
 * page of white inside the difference chart's frame. Fails too if the copy is left in the page, takes the focus or
 * an id from the report; and if report.css's list of what paper leaves out drifts from charts.css's print rule.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_PRINTED, printedPair } from '../../../src/ui/views/leadPairFit';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A cell's height on screen and as printed: the poverty chart's buttons and controls take 82 px on screen. */
const HEIGHTS: Record<string, [screen: number, printed: number]> = { first: [484, 402], second: [537, 537], heading: [36, 36] };

function report(): { section: HTMLElement; first: HTMLElement; second: HTMLElement; button: HTMLButtonElement } {
  document.body.innerHTML = `
    <article class="report">
      <section class="report-section" style="--printed-page: 1009px">
        <h2 id="report-charts">Results</h2>
        <div class="report-charts">
          <div class="chart-cell" data-part="first"><figure class="chart-frame"><div class="chart-view-switch"><button>Table</button></div></figure></div>
          <div class="chart-cell" data-part="second"><figure class="chart-frame">
            <div class="chart-panels"><figure class="chart-panel" data-part="panel1"></figure><figure class="chart-panel" data-part="panel2"></figure></div>
          </figure></div>
        </div>
      </section>
    </article>`;
  const [first, second] = [...document.querySelectorAll<HTMLElement>('.chart-cell')] as [HTMLElement, HTMLElement];
  return { section: document.querySelector('section')!, first, second, button: document.querySelector('button')! };
}

describe('printedPair(section, first, second)', () => {
  it('measures a copy laid out as printed, and leaves the report as it was', () => {
    const { section, first, second, button } = report();
    button.focus();
    // Layout as report.css would give it: the cells shorter inside the copy laid out as printed.
    // While the copy is in the page: the report's ids, once each, and the copy hidden from assistive technology.
    const during: { ids: number; hidden: string | null; inert: boolean }[] = [];
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const copy = this.closest<HTMLElement>(`.${AS_PRINTED}`);
      const printed = copy !== null;
      if (copy) during.push({ ids: document.querySelectorAll('#report-charts').length, hidden: copy.getAttribute('aria-hidden'), inert: copy.inert });
      const part = this.tagName === 'H2' ? 'heading' : (this as HTMLElement).dataset.part ?? '';
      const first = HEIGHTS.first![printed ? 1 : 0];
      const tops: Record<string, [number, number]> = { heading: [0, 36], first: [36, first], second: [36 + first + 16, 537], panel1: [36 + first + 16 + 80, 200], panel2: [36 + first + 16 + 300, 200] };
      const [top, height] = tops[part] ?? [0, 0];
      return { top, bottom: top + height, height, width: 680, left: 0, right: 680, x: 0, y: top, toJSON() {} } as DOMRect;
    });
    const layout = printedPair(section, first, second);
    expect(layout.first, 'the poverty chart as printed, without its buttons and controls').toBe(402);
    expect(layout.second).toBe(537);
    expect(layout.gap).toBe(16);
    expect(layout.page).toBe(1009);
    // The difference chart may break under its first panel: 80 + 200 px down its cell (and the frame's foot).
    expect(layout.breaks).toHaveLength(1);
    expect(layout.breaks![0]).toBeGreaterThanOrEqual(280);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((d) => d.ids === 1 && d.hidden === 'true' && d.inert), JSON.stringify(during[0])).toBe(true);
        expect(document.querySelectorAll(`.${AS_PRINTED}`)).toHaveLength(0);
    expect(document.querySelectorAll('#report-charts')).toHaveLength(1);
    expect(document.activeElement).toBe(button);
  });
});

describe('report.css: what the measured copy leaves out', () => {
  const css = (path: string) => readFileSync(join(__dirname, '../../../src/ui', path), 'utf8');
  /** The selectors of a list, trimmed, sorted. */
  const list = (text: string) => text.split(/,(?![^(]*\))/).map((s) => s.trim()).sort();

  it('is what charts.css hides on paper', () => {
    const printed = /@media print \{\s*([^{]*\.chart-downloads[^{]*)\{\s*display: none;/.exec(css('charts/charts.css'));
    const copy = /\.report-as-printed :is\(([^{]*)\) \{ display: none; \}/.exec(css('views/report.css'));
    expect(printed, 'charts.css hides chart buttons in print').not.toBeNull();
    expect(copy, 'report.css hides them in the measured copy').not.toBeNull();
    expect(list(copy![1]!)).toEqual(list(printed![1]!));
  });
});
