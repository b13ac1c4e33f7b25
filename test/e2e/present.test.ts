/**
 * Presentation mode at projector sizes: every slide reached with the
 * keyboard, headlines in large type, a screenshot of each slide (under
 * test-results/screenshots/, for review) and axe-core's rules on one.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, SCREENSHOTS, useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });
let page: Page | undefined;

afterEach(async () => {
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

describe('presentation mode', () => {
  for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
    it(`steps through every slide with the keyboard at ${width}×${height}, headlines in large type`, async () => {
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
      const present = page.getByRole('button', { name: 'Present' });
      await present.click();
      const dialog = page.getByRole('dialog', { name: 'Presentation' });
      await dialog.waitFor();
      const counter = dialog.locator('.slide-count');
      const total = Number((await counter.innerText()).split(' / ')[1]);
      expect(total).toBeGreaterThanOrEqual(9);
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (let k = 1; k <= total; k++) {
        await expect.poll(() => counter.innerText()).toBe(`${k} / ${total}`);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(SCREENSHOTS, `present-${width}x${height}-${String(k).padStart(2, '0')}.png`) });
        const px = await dialog.locator('.slide-headline').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(px, `slide ${k}: headline font size`).toBeGreaterThanOrEqual(32);
        if (k === 2 && width === 1920) expect(await axeViolations(page)).toEqual([]);
        if (k < total) await page.keyboard.press(k % 2 ? 'ArrowRight' : 'PageDown');
      }
      await page.keyboard.press('Home');
      await expect.poll(() => counter.innerText()).toBe(`1 / ${total}`);
      await page.keyboard.press('End');
      await expect.poll(() => counter.innerText()).toBe(`${total} / ${total}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await present.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  }
});
