/**
 * Presentation mode at projector sizes: every slide reached with the
 * keyboard, headlines and charts in large type, a screenshot of each slide (under
 * test-results/screenshots/, for review) and axe-core's rules on one.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, SCREENSHOTS, useServedBrowser } from './harness';

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

afterEach(async () => {
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

describe('presentation mode', () => {
  // Urdu's Nastaliq lines are the tallest: a scenario's slide once ran off its top and under the buttons.
  for (const [width, height, lang] of [[1280, 720, 'en'], [1920, 1080, 'en'], [1280, 720, 'ur']] as const) {
    it(`steps through every slide with the keyboard at ${width}×${height} in ${lang === 'en' ? 'English' : 'Urdu'}, headlines and charts in large type, each slide whole`, async () => {
      page = await env.browser.newPage();
      await page.setViewportSize({ width, height });
      // Headless Chromium's full screen is its emulated screen, not this viewport: lay the slides out at the
      // window's size (the overlay a browser without the Fullscreen API gets) so each size is checked as set.
      await page.addInitScript(() => {
        Element.prototype.requestFullscreen = () => Promise.reject(new Error('full screen refused in this test'));
      });
      await page.goto(env.server.url);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
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
