/**
 * Uncertain parameters in the browser: mark one in the levers, edit its
 * distribution, and the dashboard says which assumption its bands include
 * once the scenario has run again; the diff view lists it, against the
 * baseline and the defaults. No accessibility violations on the way.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot, useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });
let page: Page;

afterEach(async () => {
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

describe('uncertain parameters in the browser', () => {
  it('marks take-up uncertain, and the dashboard and the diff view say so', async () => {
    page = await env.browser.newPage();
    await page.goto(env.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: /New cash transfer and targeting$/ }).click();
    await page.getByRole('button', { name: 'Uncertain: Take-up' }).click();
    const box = page.getByRole('group', { name: 'Distribution of Take-up' });
    await expect.poll(() => box.getByLabel('Low bound (%)').inputValue()).toBe('72');
    await box.getByLabel('Low bound (%)').fill('60');
    await box.getByLabel('Distribution').selectOption('triangular');
    await expect.poll(() => box.getByLabel('Most likely value (%)').inputValue()).toBe('90');
    await page.getByText('Bands include uncertainty in 1 assumption: Take-up.').waitFor({ timeout: 60_000 });
    const changes = page.getByRole('region', { name: /changes from the baseline/ });
    await changes.locator('summary').click();
    await expect.poll(() => changes.getByText('Take-up: one value (not uncertain) → triangular, 60% to 100%, most likely 90%').count()).toBe(1);
    await changes.getByRole('radio', { name: 'the defaults' }).click();
    await page.getByRole('region', { name: /changes from the defaults/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'uncertain-parameter');
  }, 120_000);
});
