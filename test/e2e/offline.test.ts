/**
 * Offline and private by construction: the app asks nothing of any host but
 * its own, and after one visit its service worker serves it, worker chunks
 * included, with the network gone.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });
let page: Page | undefined;

afterEach(async () => {
  await env.browser.context.setOffline(false);
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

const firstResult = (p: Page) => p.locator('.headline-card .value').first().waitFor({ timeout: 90_000 });

describe('offline', () => {
  it('makes no request beyond its own origin during a run', async () => {
    const urls: string[] = [];
    const record = (r: { url(): string }) => urls.push(r.url());
    env.browser.context.on('request', record);
    try {
      page = await env.browser.newPage();
      await page.goto(env.server.url);
      await firstResult(page);
      // Let a few more replications and the service worker's precache go by.
      await page.waitForTimeout(3000);
    } finally {
      env.browser.context.off('request', record);
    }
    expect(urls.length).toBeGreaterThan(0);
    const foreign = urls.filter((u) => !u.startsWith(env.server.url) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
  });

  it('loads and computes the default comparison with no network after one visit', async () => {
    page = await env.browser.newPage();
    await page.goto(env.server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await firstResult(page);
    await env.browser.context.setOffline(true);
    await page.reload();
    await expect.poll(() => page!.getByRole('tab').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await firstResult(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });
});
