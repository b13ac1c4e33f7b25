/**
 * Presentation mode at projector sizes: every slide reached with the
 * keyboard, headlines and charts in large type, a screenshot of each slide (under
 * test-results/screenshots/, for review) and axe-core's rules on one. With five
 * options, one of them named in 60 characters, the chart slides still in large
 * type, and what is handed round with them, the printed report, without pages
 * left half white.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, ROOT, SCREENSHOTS, useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });
let page: Page | undefined;

/**
 * The smallest text of a slide's chart in screen pixels, or null on a slide without one: an svg text's font size
 * times the svg's scale (its width on screen over its viewBox's), an HTML text's computed size. Text out of sight
 * (the chart's own title, which the slide's headline gives) does not count.
 */
function smallestChartText(slide: Element): number | null {
  const chart = slide.querySelector('.slide-chart');
  if (!chart) return null;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };
  const sizes: number[] = [];
  for (const text of chart.querySelectorAll('svg text')) {
    const svg = (text as SVGTextElement).ownerSVGElement!;
    if (text.textContent!.trim() && shown(text)) sizes.push(parseFloat(getComputedStyle(text).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width));
  }
  for (const el of chart.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (own && !el.closest('svg') && shown(el)) sizes.push(parseFloat(getComputedStyle(el).fontSize));
  }
  return Math.min(...sizes);
}

/**
 * The names in capitals with a hyphen ("J-PAL", "2018-19") in a slide's text that a line break splits: those whose
 * letters lie on more than one line. A word joiner after the hyphen (keyAssumptions' namesUnbroken) is part of the name.
 */
function namesSplitAcrossLines(slide: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (const m of node.textContent!.matchAll(/\b[A-Z\d]+-\u2060?[A-Z\d]+\b/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      // Boxes on two lines: their middles further apart than half a box's height. Nastaliq's boxes are taller than its
      // lines, so a line's box overlaps the next one's; a hyphen set in another face, of another height, is on its line.
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
      const centre = (r: DOMRect) => r.top + r.height / 2;
      if (boxes.some((a) => boxes.some((b) => centre(b) - centre(a) > Math.min(a.height, b.height) / 2))) split.push(m[0]);
    }
  }
  return split;
}

/** The pages of a PDF Chromium printed: its page tree's root counts them all, and no other node counts more. */
const pageCount = (pdf: Buffer): number => Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((m) => Number(m[1])));

/** Until every compared scenario has `least` replications in (all of them, by default). */
const replicationsIn = (page: Page, least = Infinity) =>
  page.waitForFunction(
    (n) => {
      const bars = [...document.querySelectorAll('.scenario-progress [role="progressbar"]')];
      return bars.length > 0 && bars.every((b) => Number(b.getAttribute('aria-valuenow')) >= Math.min(n ?? Infinity, Number(b.getAttribute('aria-valuemax'))));
    },
    Number.isFinite(least) ? least : null,
    { timeout: 400_000, polling: 500 },
  );

/**
 * A fresh page at `width` × `height` on the default comparison, with nothing saved. Headless Chromium's full screen is
 * its emulated screen, not this viewport: the slides are laid out at the window's size (the overlay a browser
 * without the Fullscreen API gets), so each size is checked as set.
 */
async function freshPage(width: number, height: number): Promise<Page> {
  const p = await env.browser.newPage();
  await p.setViewportSize({ width, height });
  await p.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new Error('full screen refused in this test'));
  });
  await p.goto(env.server.url);
  await p.evaluate(() => localStorage.clear());
  await p.reload();
  return p;
}

afterEach(async () => {
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

/**
 * On a new 390×844 page, opens the presentation in English and then in Urdu, goes to the slide that `key` leads to
 * from the title, lets `look` check it, and closes it again.
 */
async function onPhoneSlides(key: string, look: (p: Page, dialog: Locator, lang: 'en' | 'ur') => Promise<void>) {
  const p = (page = await freshPage(390, 844));
  for (const lang of ['en', 'ur'] as const) {
    if (lang === 'ur') await p.getByRole('combobox', { name: 'Language' }).selectOption('ur');
    await p.locator('.present-button').click();
    const dialog = p.getByRole('dialog');
    await dialog.waitFor();
    await p.keyboard.press(key);
    await look(p, dialog, lang);
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  }
}

/**
 * What is wrong with a slide's chart box: the slide overflowing; or content taller than the box unless the box scrolls
 * (overflow auto), is a named region in the tab order, and ends between two lines of text (a line is cut where the
 * edge passes through the middle half of its box: Nastaliq's boxes overlap the next line's by a quarter).
 */
function chartBoxState(box: Element): { kind: string; problems: string[] } {
  const el = box as HTMLElement;
  const kind = [...el.classList].find((c) => c.startsWith('slide-chart-') && c !== 'slide-chart-scrolls')!.slice('slide-chart-'.length);
  const problems: string[] = [];
  const slide = el.closest('section.slide')!;
  if (slide.scrollHeight - slide.clientHeight > 1) problems.push(`slide overflows by ${slide.scrollHeight - slide.clientHeight} px`);
  if (el.scrollHeight - el.clientHeight <= 1) return { kind, problems };
  if (!/auto|scroll/.test(getComputedStyle(el).overflowY)) problems.push('too tall and does not scroll');
  if (el.tabIndex !== 0 || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-label')) problems.push('too tall and not a named, focusable region');
  const edge = el.getBoundingClientRect().top + el.clientTop + el.clientHeight;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent!.trim();
    if (!text) continue;
    range.selectNodeContents(walker.currentNode);
    for (const r of range.getClientRects()) if (r.width > 0 && r.top + r.height / 4 < edge && r.bottom - r.height / 4 > edge) problems.push(`line cut by the edge: ${text.slice(0, 30)}`);
  }
  return { kind, problems };
}

describe('presentation mode', () => {
  // Urdu's Nastaliq lines are the tallest: a scenario's slide once ran off its top and under the buttons.
  for (const [width, height, lang] of [[1280, 720, 'en'], [1920, 1080, 'en'], [1280, 720, 'ur']] as const) {
    it(`steps through every slide with the keyboard at ${width}×${height} in ${lang === 'en' ? 'English' : 'Urdu'}, headlines and charts in large type, each slide whole`, async () => {
      page = await freshPage(width, height);
      // Enough replications for intervals (shown from 10) before presenting.
      await page.waitForFunction(
        () => {
          const bars = [...document.querySelectorAll('.scenario-progress [role="progressbar"]')];
          return bars.length > 0 && bars.every((b) => Number(b.getAttribute('aria-valuenow')) >= 12);
        },
        undefined,
        { timeout: 150_000 },
      );
      if (lang === 'ur') await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
      const present = page.getByRole('button', { name: lang === 'en' ? 'Present' : 'پیش کریں' });
      await present.click();
      const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Presentation' : 'پریزنٹیشن' });
      await dialog.waitFor();
      const counter = dialog.locator('.slide-count .slide-number');
      const countText = (k: number, n: number) => (lang === 'en' ? `${k} / ${n}` : `سلائیڈ ${k} از ${n}`);
      const total = Number(/(\d+)$/.exec(await counter.innerText())![1]);
      expect(total).toBeGreaterThanOrEqual(9);
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (let k = 1; k <= total; k++) {
        await expect.poll(() => counter.innerText()).toBe(countText(k, total));
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(SCREENSHOTS, `present-${lang}-${width}x${height}-${String(k).padStart(2, '0')}.png`) });
        // Polled: a slide laid out again for a new stage size (Urdu's fonts arriving change the buttons' height) is a new element.
        await expect.poll(() => dialog.locator('.slide-headline').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), { message: `slide ${k}: headline font size` }).toBeGreaterThanOrEqual(32);
        // The whole slide on the stage: nothing hidden under the buttons or above the top, nothing to scroll to.
        await expect.poll(() => dialog.locator('section.slide').evaluate((el) => el.scrollHeight - el.clientHeight), { message: `slide ${k} overflows` }).toBeLessThanOrEqual(1);
        // A chart's ticks and labels read from the back of the room: 16 px at least. At 1280 × 720 the difference and
        // decile charts, shrunk whole to fit under their headlines, had 14 px ticks (12 px in Urdu's taller lines).
        if (await dialog.locator('.slide-chart').count()) await expect.poll(() => dialog.locator('section.slide').evaluate(smallestChartText), { message: `slide ${k}: smallest chart text (px)` }).toBeGreaterThanOrEqual(16);
        // What is in each option reads from the back of the room too: its table's text at 16 px at least.
        if (await dialog.locator('.slide-options-table').count())
          await expect.poll(() => dialog.locator('.slide-options-table').evaluate((t) => Math.min(...[...t.querySelectorAll('th, td, li')].map((e) => parseFloat(getComputedStyle(e).fontSize)))), { message: `slide ${k}: smallest option text (px)` }).toBeGreaterThanOrEqual(16);
        // The key assumptions with their sources read from the back of the room: 18 px at least. On one slide they
        // had been set at 0.72 of the slides' type and shrunk to fit, 14.6 px at 1280 × 720.
        if (await dialog.locator('.slide-assumption-table').count())
          await expect.poll(() => dialog.locator('.slide-assumption-table').evaluate((t) => Math.min(...[...t.querySelectorAll('th, td')].map((e) => parseFloat(getComputedStyle(e).fontSize)))), { message: `slide ${k}: smallest assumption text (px)` }).toBeGreaterThanOrEqual(18);
        // A source's name in capitals stays on one line: on the Urdu slide at 1280 × 720 and 1920 × 1080 "(J-PAL)" had
        // broken after its hyphen, "(J-" ending one line.
        if (await dialog.locator('.slide-assumption-table').count())
          await expect.poll(() => dialog.locator('.slide-assumption-table').evaluate(namesSplitAcrossLines), { message: `slide ${k}: names split across lines` }).toEqual([]);
        // A scenario's notes under its headline (why two numbers, what it is compared with) at 16 px at least. Urdu's
        // shrank to 14.4 px at 1280 × 720: a shrunk slide's lines kept their measure in its shrunken ems, so they
        // ended ever further from the edge, took more lines and shrank the slide further.
        if (await dialog.locator('section.slide-scenario .slide-basis').count())
          await expect.poll(() => dialog.locator('section.slide-scenario').evaluate((el) => Math.min(...[...el.querySelectorAll('.slide-basis')].map((e) => parseFloat(getComputedStyle(e).fontSize)))), { message: `slide ${k}: smallest note (px)` }).toBeGreaterThanOrEqual(16);
        // What is in each option, and the first scenario's headline.
        if ((k === 2 || k === 3) && width === 1920) expect(await axeViolations(page)).toEqual([]);
        // Right to left in Urdu: the arrow that points forward is the left one; Page Down is forward in both.
        if (k < total) await page.keyboard.press(k % 2 ? (lang === 'en' ? 'ArrowRight' : 'ArrowLeft') : 'PageDown');
      }
      await page.keyboard.press('Home');
      await expect.poll(() => counter.innerText()).toBe(countText(1, total));
      await page.keyboard.press('End');
      await expect.poll(() => counter.innerText()).toBe(countText(total, total));
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await present.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  }
});

describe('presentation mode on a phone', () => {
  // Read in the hand, the ranking's slide keeps its text at 11 px or more: its note had been 9.5 px (0.8 of a table
  // already at 0.85 of the slide's type) and so had the "tied" badges, the smallest type of the whole deck.
  it('keeps the ranking slide\'s text, its note and badges, at 11 px or more at 390×844', async () => {
    page = await freshPage(390, 844);
    await replicationsIn(page, 12);
    await page.locator('.present-button').click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    await page.keyboard.press('End');
    // The ranking comes before the two slides of assumptions.
    for (let k = 0; k < 2; k++) await page.keyboard.press('PageUp');
    const ranking = dialog.locator('section.slide-ranking');
    await ranking.waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'present-en-390x844-ranking.png') });
    const smallest = () =>
      ranking.evaluate((el) => {
        const sizes = [...el.querySelectorAll('table *, caption')].filter((e) => e.textContent!.trim() && e.getBoundingClientRect().width > 0).map((e) => parseFloat(getComputedStyle(e).fontSize));
        return Math.min(...sizes);
      });
    await expect.poll(smallest, { message: 'smallest text on the ranking slide (px)' }).toBeGreaterThanOrEqual(11);
    expect(await ranking.locator('.tie-badge').count(), 'the default comparison has tied neighbours: the badges are measured').toBeGreaterThan(0);
  });

  // What is in each option, read in the hand, at 12 px at least: at 0.8 of the slide's 14 px it was 11.2 px.
  it('keeps the options slide\'s text at 12 px or more at 390×844, in English and Urdu', async () => {
    // The slide after the title.
    await onPhoneSlides('PageDown', async (p, dialog, lang) => {
      const table = dialog.locator('.slide-options-table');
      await table.waitFor();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await p.screenshot({ path: join(SCREENSHOTS, `present-${lang}-390x844-options.png`) });
      const smallest = () => table.evaluate((t) => Math.min(...[...t.querySelectorAll('th, td, li')].filter((e) => e.textContent!.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))));
      await expect.poll(smallest, { message: `smallest text on the options slide in ${lang} (px)` }).toBeGreaterThanOrEqual(12);
    });
  });
});

describe('chart slides on a small phone', () => {
  // At 375×667 the fan chart's, difference and decile slides ran past their boxes (Urdu's difference slide 729 px in
  // 524), the second panel's ticks and the notes sliced mid-line, with nothing to say there was more.
  it('keeps each chart slide\u2019s content in its box at 375×667, or scrolls it in a named, focusable region whose edge cuts no line, in English and Urdu', async () => {
    const p = (page = await freshPage(375, 667));
    await replicationsIn(p, 12);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const lang of ['en', 'ur'] as const) {
      if (lang === 'ur') await p.getByRole('combobox', { name: 'Language' }).selectOption('ur');
      await p.locator('.present-button').click();
      const dialog = p.getByRole('dialog');
      await dialog.waitFor();
      const counter = dialog.locator('.slide-count .slide-number');
      const total = Number(/(\d+)$/.exec(await counter.innerText())![1]);
      const seen: string[] = [];
      for (let k = 1; k <= total; k++) {
        const chart = dialog.locator('div.slide-chart');
        if (await chart.count()) {
          await p.waitForTimeout(300);
          await p.screenshot({ path: join(SCREENSHOTS, `present-${lang}-375x667-${String(k).padStart(2, '0')}.png`) });
          await expect.poll(async () => (await chart.evaluate(chartBoxState)).problems, { message: `${lang}, slide ${k}` }).toEqual([]);
          const { kind } = await chart.evaluate(chartBoxState);
          seen.push(kind);
          // A box that scrolls takes the down arrow while focused, and the deck stays on its slide.
          if (await chart.evaluate((el) => el.scrollHeight > el.clientHeight + 1)) {
            const at = await counter.innerText();
            await chart.focus();
            await p.keyboard.press('ArrowDown');
            await expect.poll(() => chart.evaluate((el) => el.scrollTop), { message: `${lang}, ${kind}: scrolled by the arrow` }).toBeGreaterThan(0);
            expect(await counter.innerText()).toBe(at);
          }
        }
        if (k < total) await p.keyboard.press('PageDown');
      }
      expect(seen).toEqual(expect.arrayContaining(['povertyFan', 'difference', 'decileChange']));
      await p.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    }
  }, 300_000);
});

describe('the key assumptions on a phone', () => {
  // In three columns on a 390 px slide the names and values wrapped a word a line (Urdu's "largest loan" over four
  // lines): each row now stacks, its value and source under its name across the slide, each after its column's name.
  it('stacks each assumption\u2019s value and source under its name across the slide at 390×844, at 12 px or more, in English and Urdu', async () => {
    await onPhoneSlides('End', async (p, dialog, lang) => {
      for (const k of [2, 1]) {
        const table = dialog.locator('.slide-assumption-table');
        await table.waitFor();
        await p.waitForTimeout(300);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await p.screenshot({ path: join(SCREENSHOTS, `present-${lang}-390x844-assumptions-${k}.png`) });
        const rows = await table.evaluate((t) => {
          const width = t.getBoundingClientRect().width;
          return [...t.querySelectorAll('tbody tr')].map((row) => {
            const name = row.querySelector('th')!.getBoundingClientRect();
            const cells = [...row.querySelectorAll('td')];
            const sizes = cells.flatMap((c) => [getComputedStyle(c).fontSize, getComputedStyle(c, '::before').fontSize]).map(parseFloat);
            return {
              name: row.querySelector('th')!.textContent,
              underName: cells.every((c) => c.getBoundingClientRect().top >= name.bottom - 1),
              narrowest: Math.min(name.width, ...cells.map((c) => c.getBoundingClientRect().width)) / width,
              named: cells.every((c) => getComputedStyle(c, '::before').content.includes(c.getAttribute('data-column')!)),
              smallest: Math.min(parseFloat(getComputedStyle(row.querySelector('th')!).fontSize), ...sizes),
            };
          });
        });
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row.underName, `${lang}, ${row.name}: value and source under the name`).toBe(true);
          expect(row.narrowest, `${lang}, ${row.name}: the narrowest cell as a share of the slide's table`).toBeGreaterThan(0.9);
          expect(row.named, `${lang}, ${row.name}: each value after its column's name`).toBe(true);
          expect(row.smallest, `${lang}, ${row.name}: smallest type (px)`).toBeGreaterThanOrEqual(12);
        }
        if (k === 2) await p.keyboard.press('PageUp');
      }
    });
  });
});

describe('five options, one named in 60 characters', () => {
  const LONG = 'Cash heavy transfers to the poorest districts phased in 2027';
  // Old pages: the difference and cost slides shrank whole to 10–12 px type at 1280 × 720 (every row had the room
  // of the long name's four lines, and one step by the whole overflow overshot), and the printout ran to 17 pages in
  // English and 20 in Urdu, six of them half white or less (the ranking split after its first row in Urdu, each
  // section from a new page, each bar chart's rows four lines tall).
  for (const [lang, pages] of [['en', 15], ['ur', 19]] as const) {
    it(`keeps the chart slides' text at 14 px or more at 1280×720 and prints at most ${pages} pages, in ${lang === 'en' ? 'English' : 'Urdu'}`, async () => {
      page = await freshPage(1280, 720);
      for (const name of ['Loans and training heavy', 'Cash heavy']) {
        await page.getByRole('button', { name: 'New scenario…' }).click();
        await page.getByRole('group', { name: 'New scenario from preset' }).getByRole('button', { name }).click();
      }
      await page.getByRole('button', { name: 'Rename' }).click();
      await page.getByLabel('Scenario name').fill(LONG);
      await page.getByLabel('Scenario name').press('Enter');
      await replicationsIn(page, 12);
      if (lang === 'ur') await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
      await page.locator('.present-button').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const counter = dialog.locator('.slide-count .slide-number');
      const total = Number(/(\d+)$/.exec(await counter.innerText())![1]);
      // Six scenarios' headlines, then the charts, the ranking and the assumptions over two slides.
      expect(total).toBe(14);
      const seen: string[] = [];
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (let k = 1; k <= total; k++) {
        const chart = dialog.locator('div.slide-chart');
        if (await chart.count()) {
          const kind = (await chart.getAttribute('class'))!.replace(/.*slide-chart-/, '');
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(SCREENSHOTS, `present-five-${lang}-1280x720-${String(k).padStart(2, '0')}.png`) });
          await expect.poll(() => dialog.locator('section.slide').evaluate(smallestChartText), { message: `${kind}: smallest chart text (px)` }).toBeGreaterThanOrEqual(14);
          await expect.poll(() => dialog.locator('section.slide').evaluate((el) => el.scrollHeight - el.clientHeight), { message: `${kind} overflows` }).toBeLessThanOrEqual(1);
          // A name the chart cut short is given in full under it.
          if (await dialog.locator('[data-shortened]').count()) expect(await dialog.locator('.slide-full-names').innerText()).toContain(LONG);
          seen.push(kind);
        }
        if (k < total) await page.keyboard.press('PageDown');
      }
      expect(seen).toEqual(expect.arrayContaining(['difference', 'costPerExit']));
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);

      // The printout, once every run is in (the comparison's, then each programme's alone), at a laptop's width.
      await page.setViewportSize({ width: 1440, height: 900 });
      await replicationsIn(page);
      await page.locator('.export-menu > button').click();
      await page.locator('.export-print').click();
      await page.locator('.report .chart-cell').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.report-unfinished'), undefined, { timeout: 400_000, polling: 1000 });
      await page.waitForTimeout(3000);
      const pdf = await page.pdf({ path: join(ROOT, 'test-results', `report-five-${lang}.pdf`), format: 'A4', printBackground: true });
      expect(pageCount(pdf), 'pages printed').toBeLessThanOrEqual(pages);
    }, 900_000);
  }
});
