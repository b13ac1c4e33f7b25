/**
 * The app in Urdu, in headless Chromium: the Language switch turns the page
 * right to left with every visible word translated; numbers keep their
 * units in reading order ("8.31 ملین": digits to the right of the unit word,
 * not "m 8.31"); the lakh–crore scale; the choice survives a reload; and the
 * slides step through in Urdu. Screenshots (test-results/screenshots/*-ur-*)
 * are for review.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations, ROOT, screenshot, traceMainThread, useServedBrowser } from './harness';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishWords } from '../i18n/noEnglish';
import { CITATION_WORDS } from '../ui/editor/urdu';
import { resources } from '../../src/i18n/resources';

const ur = resources.ur;
const env = useServedBrowser({ beforeAll, afterAll });
let page: Page | undefined;

afterEach(async () => {
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

/** Waits until every compared scenario has at least `n` replications. */
async function replications(p: Page, n: number): Promise<void> {
  await p.waitForFunction(
    (k) => {
      const bars = [...document.querySelectorAll('.scenario-progress [role="progressbar"]')];
      return bars.length > 0 && bars.every((b) => Number(b.getAttribute('aria-valuenow')) >= Math.min(k, Number(b.getAttribute('aria-valuemax'))));
    },
    n,
    { timeout: 150_000 },
  );
}

async function openInUrdu(width: number, height: number): Promise<Page> {
  const p = await env.browser.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(env.server.url);
  await p.evaluate(() => localStorage.clear());
  await p.reload();
  await p.getByRole('combobox', { name: 'Language' }).selectOption('ur');
  await p.waitForFunction(() => document.documentElement.dir === 'rtl');
  return p;
}

/** A fresh page in English at the given size, once the default comparison has finished. */
async function finishedInEnglish(width: number, height: number): Promise<Page> {
  const p = await env.browser.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(env.server.url);
  await p.evaluate(() => localStorage.clear());
  await p.reload();
  await p.waitForFunction(() => /^400 replications done/.test(document.querySelector('.run-progress .run-text')?.textContent ?? ''), undefined, { timeout: 170_000, polling: 200 });
  return p;
}

/** On screen, is `unit`'s text to the left of `digits`' text inside the element's first text node containing both? */
async function unitLeftOfDigits(p: Page, selector: string): Promise<{ text: string; unitLeft: boolean }[]> {
  return p.$$eval(selector, (els) =>
    els.flatMap((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const found: { text: string; unitLeft: boolean }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const m = /(\d[\d.,]*)\s+(ملین|ہزار|ارب|لاکھ|کروڑ)/.exec(text);
        if (!m) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[1]!.length);
        const digits = range.getBoundingClientRect();
        const at = m.index + m[0].length - m[2]!.length;
        range.setStart(n, at);
        range.setEnd(n, at + m[2]!.length);
        const unit = range.getBoundingClientRect();
        found.push({ text, unitLeft: unit.right <= digits.left + 1 });
      }
      return found;
    }),
  );
}

/**
 * On screen, for each interval "low–high" of percentages (formatShare's, each led by a left-to-right mark) inside the
 * elements: is its low end to the right of its high end, so that a reader of Urdu meets it first?
 */
async function lowEndsRight(p: Page, selector: string): Promise<{ text: string; lowRight: boolean }[]> {
  return p.$$eval(selector, (els) =>
    els.flatMap((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const found: { text: string; lowRight: boolean }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const m = /(\u200E[\d.]+%)\u200F?–\u200F?(\u200E[\d.]+%)/.exec(text);
        if (!m) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[1]!.length);
        const low = range.getBoundingClientRect();
        const at = m.index + m[0].length - m[2]!.length;
        range.setStart(n, at);
        range.setEnd(n, at + m[2]!.length);
        const high = range.getBoundingClientRect();
        found.push({ text, lowRight: low.left >= high.right - 1 });
      }
      return found;
    }),
  );
}

describe('Urdu', () => {
  it('switches the page to Urdu, right to left, with every word translated and numbers in reading order', async () => {
    page = await openInUrdu(1440, 900);
    const p = page;
    expect(await p.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    await expect.poll(() => p.locator('h1').innerText()).toBe(ur.common.appTitle);
    await replications(p, 12);
    await p.waitForTimeout(1500);
    // Nothing on the page is left in English (scenario names are generated, so they are Urdu too), but for
    // the language's own name on the switch, citations, FGT's name and the command that refreshes the checks.
    // Charts out of sight are not rendered (content-visibility), and innerText reads rendered text only.
    await p.addStyleTag({ content: '.chart-cell > figure.chart-frame { content-visibility: visible !important; }' });
    const text = await p.locator('body').innerText();
    const targetCitations = ['Bureau', 'Statistics', 'PRHS', 'PSES', 'Arif', 'Farooq', 'Post', 'Disaster', 'Needs', 'Assessment', 'Government', 'Oxford', 'Policy', 'Management', 'AEJ', 'Applied', 'MicroWatch'];
    expect(englishWords(text, ['English', 'FGT1', 'FGT2', 'npm', 'run', 'validate', ...CITATION_WORDS, ...targetCitations])).toEqual([]);
    // The headline cards' numbers: the unit word reads after the digits, so it sits to their left.
    const cards = await unitLeftOfDigits(p, '.headline-card');
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.unitLeft, c.text).toBe(true);
    // An interval of percentages (PAR30's card) reads from its low end, on the right: it had read "0.941%–2.47%".
    const shares = await lowEndsRight(p, '.headline-card');
    expect(shares.length).toBeGreaterThan(0);
    for (const c of shares) expect(c.lowRight, c.text).toBe(true);
    // The layout is mirrored: the scenario editor, first in the DOM, sits on the right.
    const [editor, main] = await Promise.all([p.locator('.editor').first().boundingBox(), p.locator('main').boundingBox()]);
    expect(editor!.x).toBeGreaterThan(main!.x);
    await screenshot(p, 'dashboard-ur-1440');
    expect(await axeViolations(p)).toEqual([]);
    // No view makes the page itself scroll (the levers and the results scroll on their own). In Urdu the Optimise
    // view's hidden file input, placed against the page, once did: by 26–59 px.
    for (const key of ['results', 'compare', 'assumptions', 'sensitivity', 'optimise'] as const) {
      const view = ur.common.viewSwitch[key];
      await p.locator('.view-switch').getByRole('button', { name: view, exact: true }).click();
      await p.waitForTimeout(800);
      const size = await p.evaluate(() => [document.scrollingElement!.scrollHeight, innerHeight]);
      expect(size[0], view).toBeLessThanOrEqual(size[1]!);
    }
    // A command in an Urdu sentence keeps a monospace type (the Optimise view's, on screen): in Nastaliq its
    // spaces all but vanished ("npm runsim -- optimise").
    const codeFonts = await p.evaluate(() => [...document.querySelectorAll('main code, main pre')].map((e) => getComputedStyle(e).fontFamily));
    expect(codeFonts.length).toBeGreaterThan(0);
    for (const f of codeFonts) expect(f).toMatch(/monospace/);
  });

  it('switches to Urdu after a finished comparison: its faces already loaded, the direction turning with the new screen; prints the main-thread tasks', async () => {
    page = await finishedInEnglish(1440, 900);
    const p = page;
    // Once the runs (the programme-by-programme ones included) have settled, the page loads Urdu's faces itself.
    await p.waitForFunction(() => document.fonts.check("400 16px 'Noto Nastaliq Urdu'", 'اردو') && document.fonts.check("700 16px 'Noto Nastaliq Urdu'", 'اردو'), undefined, { timeout: 60_000, polling: 250 });
    // What the title said when the page turned right to left: the new screen's, not the old one's.
    await p.evaluate(() => {
      const w = window as unknown as { __titleWhenRtl: string | null };
      w.__titleWhenRtl = null;
      new MutationObserver(() => {
        if (document.documentElement.dir === 'rtl' && w.__titleWhenRtl === null) w.__titleWhenRtl = document.querySelector('h1')?.textContent ?? '';
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
    });
    const traced = await traceMainThread(p);
    await p.getByRole('combobox', { name: 'Language' }).selectOption('ur');
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect.poll(() => p.locator('h1').innerText()).toBe(ur.common.appTitle);
    // The charts are drawn again one a task after the new screen (views/ChartCell); give them time to be.
    await p.waitForTimeout(3000);
    const trace = await traced();
    expect(await p.evaluate(() => (window as unknown as { __titleWhenRtl: string | null }).__titleWhenRtl)).toBe(ur.common.appTitle);
    const report = { longestTaskCpuMs: trace.longestCpuMs, tracedLongTasks: trace.long.map((x) => [x.at, x.wallMs, x.cpuMs]) };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'switch-to-urdu.json'), JSON.stringify(report, null, 2));
    console.log(`main thread while switching to Urdu (ms from the switch's first task: [at, wall, CPU]): ${JSON.stringify(report)}`);
  });

  it("keeps the reader's place in the results and the levers, and a chart shown as a table, across a change of language and back", async () => {
    // The comparison finished, so that fewer new results move the charts while the place is checked (the
    // programme-by-programme runs may still redraw their chart, above the one checked: the place must hold).
    page = await finishedInEnglish(1366, 768);
    const p = page;
    const CELL = 5;
    await p.locator('.main .chart-cell').nth(CELL).locator('.chart-view-switch button').nth(1).click();
    // The sixth chart 40 px below the results' top, the levers scrolled too.
    await p.evaluate((k) => {
      const main = document.querySelector('.main')!;
      const cell = main.querySelectorAll('.chart-cell')[k]!;
      main.scrollTop += cell.getBoundingClientRect().top - main.getBoundingClientRect().top - 40;
      document.querySelector('.editor')!.scrollTop = 600;
    }, CELL);
    const where = () =>
      p.evaluate((k) => {
        const main = document.querySelector('.main')!;
        const cell = main.querySelectorAll('.chart-cell')[k];
        return {
          cellTop: cell ? Math.round(cell.getBoundingClientRect().top - main.getBoundingClientRect().top) : null,
          table: cell?.querySelector('.chart-view-switch button:nth-child(2)')?.getAttribute('aria-pressed') ?? null,
          mainScrolled: main.scrollTop > 0,
          leversScrolled: document.querySelector('.editor')!.scrollTop,
        };
      }, CELL);
    const before = await where();
    expect(before).toMatchObject({ table: 'true', mainScrolled: true, leversScrolled: 600 });
    expect(Math.abs(before.cellTop! - 40)).toBeLessThanOrEqual(1);
    for (const [language, dir] of [['ur', 'rtl'], ['en', 'ltr']] as const) {
      await p.getByRole('combobox', { name: 'Language' }).selectOption(language);
      await p.waitForFunction((d) => document.documentElement.dir === d, dir);
      // Once every chart of the new screen is drawn (in its own task) in the new language's faces, the same chart
      // is at the same height, still as a table; and it stays there.
      await p.waitForFunction(() => document.querySelector('.main .chart-cell-pending') === null && document.fonts.status === 'loaded', undefined, { timeout: 30_000, polling: 100 });
      for (const wait of [0, 1000]) {
        await p.waitForTimeout(wait);
        // After the page has drawn twice: the last chart drawn moves what follows it until the next frame's resize
        // callbacks put the place back.
        await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const w = await where();
        expect(Math.abs(w.cellTop! - 40), `${language} after ${wait} ms: ${JSON.stringify(w)}`).toBeLessThanOrEqual(1);
        expect(w.table).toBe('true');
        expect(w.leversScrolled).toBeGreaterThan(0);
      }
    }
    // Back in English, the levers are where they were.
    expect(Math.abs((await where()).leversScrolled - 600)).toBeLessThanOrEqual(1);
  });

  it('exports a chart in Urdu as SVG and PNG with its Nastaliq font inside', async () => {
    page = await openInUrdu(1440, 900);
    const p = page;
    const fan = p.getByRole('figure', { name: ur.charts.text.povertyFan.title });
    await fan.locator('svg.chart-surface').first().waitFor({ timeout: 60_000 });
    await fan.getByText(ur.exports.downloads.summary, { exact: true }).click();
    const get = async (name: string) => {
      const [d]: [Download, void] = await Promise.all([p.waitForEvent('download'), fan.getByRole('button', { name }).click()]);
      return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
    };
    const svg = await get(ur.exports.downloads.svg);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('xml:lang="ur"');
    expect(text).toContain(`>${ur.charts.text.povertyFan.title}</text>`);
    expect(text).toMatch(/@font-face\{font-family:'Noto Nastaliq Urdu';[^}]*url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
    const png = await get(ur.exports.downloads.png);
    expect(png.name.endsWith('.png')).toBe(true);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = Number(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="(\d+)"/.exec(text)![1]);
    expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
    // For review: the PNG as a page of its own.
    const view = await env.browser.newPage();
    await view.setContent(`<img src="data:image/png;base64,${png.bytes.toString('base64')}" style="width:${width}px">`);
    await view.waitForTimeout(300);
    await view.screenshot({ path: 'test-results/screenshots/export-ur-fan.png', fullPage: true });
    await view.close();
  });

  it('writes large amounts in lakh and crore, and keeps the choice after a reload', async () => {
    page = await openInUrdu(1440, 900);
    const p = page;
    await p.getByRole('combobox', { name: ur.common.numberScale.label }).selectOption('southAsian');
    await replications(p, 3);
    await expect.poll(() => p.locator('main').innerText(), { timeout: 30_000 }).toMatch(/کروڑ|لاکھ/);
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await p.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('ur');
    expect(await p.getByRole('combobox', { name: ur.common.numberScale.label }).inputValue()).toBe('southAsian');
  });

  // On a phone the question and its two answers had shared the squeeze: "ہاں، حذف کریں" and "رہنے دیں" each wrapped a word a
  // line, two lines tall. The answers keep one line each, side by side; the question wraps beside them.
  it('asks before deleting a scenario on a phone with each answer on one line, side by side', async () => {
    page = await openInUrdu(390, 844);
    const p = page;
    await p.getByRole('tab').nth(1).click();
    await p.getByRole('button', { name: ur.common.tabs.delete, exact: true }).click();
    const question = p.getByRole('alertdialog');
    await question.waitFor();
    await p.screenshot({ path: 'test-results/screenshots/delete-question-ur-390.png' });
    const oneLine = (await p.getByRole('button', { name: ur.common.tabs.rename, exact: true }).boundingBox())!.height;
    const answers = await Promise.all([ur.common.tabs.yesDelete, ur.common.tabs.keep].map((name) => question.getByRole('button', { name, exact: true }).boundingBox()));
    for (const [k, box] of answers.entries()) expect(box!.height, `answer ${k + 1}'s height against a one-line button's (${oneLine} px)`).toBeLessThanOrEqual(oneLine + 1);
    expect(Math.abs(answers[0]!.y - answers[1]!.y), 'the two answers on one line').toBeLessThanOrEqual(1);
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth), 'the page wider than the phone').toBeLessThanOrEqual(0);
    await p.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
  });

  it('steps through every slide in Urdu at 1920×1080', async () => {
    page = await openInUrdu(1920, 1080);
    const p = page;
    await p.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new Error('full screen refused in this test'));
    });
    await replications(p, 12);
    await p.locator('.present-button').click();
    const dialog = p.getByRole('dialog');
    await dialog.waitFor();
    const counter = dialog.locator('.slide-count .slide-number');
    const numbers = async () => ((await counter.innerText()).match(/\d+/g) ?? []).map(Number);
    const [, total] = await numbers();
    expect(total).toBeGreaterThanOrEqual(9);
    for (let k = 1; k <= total!; k++) {
      await expect.poll(async () => (await numbers())[0]).toBe(k);
      await p.waitForTimeout(300);
      await p.screenshot({ path: `test-results/screenshots/present-ur-1920x1080-${String(k).padStart(2, '0')}.png` });
      expect(englishWords(await dialog.innerText(), ['Esc', ...CITATION_WORDS]), `slide ${k}`).toEqual([]);
      if (k < total!) await p.keyboard.press('PageDown');
    }
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
