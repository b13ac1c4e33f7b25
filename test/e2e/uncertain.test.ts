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
  it('shows the default uncertainty, marks one more parameter uncertain, and the dashboard and the diff view say so', async () => {
    page = await env.browser.newPage();
    await page.goto(env.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: /New cash transfer and targeting$/ }).click();
    // Take-up is one of the default scenario's uncertain assumptions: triangular, 75% to 100%, most likely 90%.
    const takeUp = page.getByRole('group', { name: 'Distribution of Take-up' });
    await expect.poll(() => takeUp.getByLabel('Low bound (%)').inputValue()).toBe('75');
    await page.getByText(/^Bands include uncertainty in 15 assumptions: /).waitFor({ timeout: 60_000 });
    // The benefit is a setting, not uncertain by default; mark it.
    await page.getByRole('button', { name: 'Uncertain: New cash transfer' }).click();
    const box = page.getByRole('group', { name: 'Distribution of New cash transfer' });
    await box.getByLabel('Distribution').selectOption('triangular');
    await page.getByText(/^Bands include uncertainty in 16 assumptions: .*New cash transfer/).waitFor({ timeout: 60_000 });
    const changes = page.getByRole('region', { name: /changes from the baseline/ });
    await changes.locator('summary').click();
    await expect.poll(() => changes.getByText(/^New cash transfer: one value \(not uncertain\) → triangular/).count()).toBe(1);
    await changes.getByRole('radio', { name: 'the defaults' }).click();
    await page.getByRole('region', { name: /changes from the defaults/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'uncertain-parameter');
  }, 120_000);
});
