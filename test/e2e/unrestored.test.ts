/**
 * Saved work that could not be restored, in Chromium: kept apart in localStorage (app/persistence UNRESTORED_KEY)
 * and offered as a file; offered again on the next visit until the user removes it, which asks first; a browser
 * that refuses the removal keeps it, and says so.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations, screenshot, useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });

// app/persistence's keys and file names, as the page uses them.
const STORAGE_KEY = 'poverty-policy-simulator.workspace';
const UNRESTORED_KEY = `${STORAGE_KEY}.unrestored`;
const PREVIOUS_UNRESTORED_KEY = `${UNRESTORED_KEY}.previous`;
const UNRESTORED_FILE = 'poverty-policy-simulator-unrestored-work.json';

/** Saved work cut short by a character: it cannot be read. */
const DAMAGED = '{"format": "poverty-policy-simulator/workspace", "vers';

let page: Page | undefined;

afterEach(async () => {
  await page?.close();
  page = undefined;
  expect(env.browser.errors).toEqual([]);
});

/** A page whose storage holds `saved` (key → text) when the app starts; `init` runs in the page before its scripts. */
async function visit(saved: Record<string, string>, init?: () => void): Promise<Page> {
  const p = await env.browser.newPage();
  if (init) await p.addInitScript(init);
  await p.goto(env.server.url);
  await p.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(saved));
  await p.reload();
  return p;
}

const stored = (p: Page) => p.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

async function downloaded(p: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d]: [Download, void] = await Promise.all([p.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

describe('saved work that could not be restored', () => {
  it('is kept after a download and the next save, offered again on the next visit, and removed only once confirmed', async () => {
    page = await visit({ [STORAGE_KEY]: DAMAGED });
    const notices = page.locator('.notices');
    await notices.getByText(/A copy of the saved work as it was is kept in this browser’s local storage/).waitFor();
    const file = await downloaded(page, () => notices.getByRole('button', { name: 'Download the saved work' }).click());
    expect(file).toEqual({ name: UNRESTORED_FILE, text: DAMAGED });
    // An edit saves this tab's work over the damaged save; the copy stays, downloaded or not.
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await page.waitForFunction(([key, damaged]) => ![null, damaged].includes(localStorage.getItem(key)), [STORAGE_KEY, DAMAGED]);
    expect((await stored(page))[UNRESTORED_KEY]).toBe(DAMAGED);
    const saved = (await stored(page))[STORAGE_KEY]!;
    await page.close();

    // The next visit restores the work as saved, and still offers the copy.
    page = await visit({ [STORAGE_KEY]: saved, [UNRESTORED_KEY]: DAMAGED });
    const still = page.locator('.notices p', { hasText: 'Saved work that could not be restored earlier is still kept' });
    await still.waitFor();
    expect(await axeViolations(page), 'the copy offered again').toEqual([]);
    // Enter twice on Remove: the question, then its No (where focus lands); nothing removed.
    await still.getByRole('button', { name: 'Remove from this browser…' }).focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: /^Remove the copy kept in this browser’s storage\?/ });
    await question.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('No, keep');
    expect(await axeViolations(page), 'the question').toEqual([]);
    await screenshot(page, 'unrestored-question');
    await page.keyboard.press('Enter');
    expect(await question.count()).toBe(0);
    expect((await stored(page))[UNRESTORED_KEY]).toBe(DAMAGED);
    // Confirmed: gone from storage, said so, still downloadable until the page closes; focus on the notice's Dismiss.
    await still.getByRole('button', { name: 'Remove from this browser…' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    const removed = page.locator('.notices p', { hasText: 'The saved work that could not be restored was removed from this browser’s storage.' });
    await removed.waitFor();
    const after = await stored(page);
    expect(after[UNRESTORED_KEY]).toBeUndefined();
    expect(after[PREVIOUS_UNRESTORED_KEY]).toBeUndefined();
    expect(after[STORAGE_KEY]).toBe(saved);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Dismiss message');
    expect((await downloaded(page, () => removed.getByRole('button', { name: 'Download the saved work' }).click())).text).toBe(DAMAGED);
    expect(await axeViolations(page), 'removed').toEqual([]);
    await screenshot(page, 'unrestored-removed');
    await page.close();

    // And the visit after that has nothing to offer.
    page = await visit({ [STORAGE_KEY]: saved });
    await page.locator('.headline-card .value').first().waitFor();
    expect(await page.locator('.notices').count()).toBe(0);
  });

  it('removed at once, with no edit before, it does not come back on the next visit: the restored work is saved over the damaged save', async () => {
    page = await visit({ [STORAGE_KEY]: DAMAGED });
    const kept = page.locator('.notices p', { hasText: /A copy of the saved work as it was is kept/ });
    await kept.waitFor();
    await kept.getByRole('button', { name: 'Remove from this browser…' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.locator('.notices p', { hasText: 'The saved work that could not be restored was removed from this browser’s storage.' }).waitFor();
    const after = await stored(page);
    expect(after[UNRESTORED_KEY]).toBeUndefined();
    expect(after[STORAGE_KEY]).not.toBe(DAMAGED);
    await page.close();

    page = await visit(after as Record<string, string>);
    await page.locator('.headline-card .value').first().waitFor();
    expect(await page.locator('.notices').count()).toBe(0);
  });

  it('a browser that refuses the removal keeps both copies, says why, and leaves focus on Remove', async () => {
    const earlier = '{"format": "an earlier damaged save';
    page = await visit({ [UNRESTORED_KEY]: DAMAGED, [PREVIOUS_UNRESTORED_KEY]: earlier }, () => {
      Storage.prototype.removeItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    const still = page.locator('.notices p', { hasText: 'Saved work that could not be restored earlier is still kept' });
    await still.waitFor();
    const older = await downloaded(page, () => still.getByRole('button', { name: 'Download the earlier copy' }).click());
    expect(older.text).toBe(earlier);
    await still.getByRole('button', { name: 'Remove from this browser…' }).click();
    await page.getByRole('group', { name: /^Remove the 2 copies kept/ }).getByRole('button', { name: 'Yes, remove' }).click();
    await still
      .getByText(/It could not be removed from this browser \(this browser does not allow the app to use its storage, probably because of its settings or a private window; the browser’s message: “SecurityError: The operation is insecure\.”\)\. Nothing is lost/)
      .waitFor();
    const after = await stored(page);
    expect([after[UNRESTORED_KEY], after[PREVIOUS_UNRESTORED_KEY]]).toEqual([DAMAGED, earlier]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove from this browser…');
  });
});
