/**
 * Household data in Chromium: import the example file, see its summary,
 * use it, run, and see the results named with the data (dashboard, summary
 * CSV, scenario file); a file with bad rows lists them by line; a
 * 100,000-row file imports with the longest main-thread task printed; a
 * reload keeps the data (IndexedDB) and runs again; a scenario file naming
 * data this browser lacks says which file to import, and importing it runs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { defaultScenario } from '../../src/engine/index';
import { axeViolations, ROOT, screenshot, useServedBrowser, watchLongTasks } from './harness';
import { householdsCsv, withCell } from '../run/householdsCsv';

const env = useServedBrowser({ beforeAll, afterAll });
let page: Page | null = null;

afterEach(async () => {
  await page?.close();
  page = null;
  expect(env.browser.errors).toEqual([]);
});

const EXAMPLE = join(ROOT, 'examples', 'households.csv');
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

async function open(): Promise<Page> {
  page = await env.browser.newPage();
  await watchLongTasks(page);
  await page.goto(env.server.url);
  // Each test starts from the default comparison, with no saved work and no stored data.
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((done) => {
      const r = indexedDB.deleteDatabase('poverty-policy-simulator');
      r.onsuccess = r.onerror = r.onblocked = () => done(null);
    });
  });
  await page.reload();
  await page.getByRole('tab').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Long tasks on the page's clock since `from`: the longest, how many over 50 ms and 100 ms, and each. */
const longTasksSince = (p: Page, from: number) =>
  p.evaluate((t) => {
    const all = (window as unknown as { __longTasks: { at: number; ms: number }[] }).__longTasks.filter((x) => x.at + x.ms >= t);
    return {
      longestTaskMs: Math.round(Math.max(0, ...all.map((x) => x.ms))),
      over50ms: all.length,
      over100ms: all.filter((x) => x.ms > 100).length,
      tasks: all.map((x) => [Math.round(x.at - t), Math.round(x.ms)]),
    };
  }, from);

/**
 * Open the import dialog from the levers' Households section and choose a
 * file. The file is chosen from disk, as a user does: given as a buffer,
 * Playwright would build it inside the page, on the page's thread.
 */
async function importFile(p: Page, file: { name: string; buffer: Buffer }) {
  await p.getByRole('region', { name: 'Households' }).getByRole('button', { name: /^Import (other )?households…$/ }).click();
  const dialog = p.getByRole('dialog', { name: 'Import households' });
  await dialog.getByLabel('CSV file').setInputFiles(onDisk(file));
  return dialog;
}

const FILES = mkdtempSync(join(tmpdir(), 'households-e2e-'));
afterAll(() => rmSync(FILES, { recursive: true, force: true }));

/** The file written to a fresh folder under its name; its path. */
function onDisk(file: { name: string; buffer: Buffer }): string {
  const dir = mkdtempSync(join(FILES, 'f-'));
  const path = join(dir, file.name);
  writeFileSync(path, file.buffer);
  return path;
}

const fact = (dialog: ReturnType<Page['getByRole']>, term: string) => dialog.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd').innerText();

async function downloaded(p: Page, click: () => Promise<void>): Promise<string> {
  const [d]: [Download, void] = await Promise.all([p.waitForEvent('download'), click()]);
  return readFileSync((await d.path())!, 'utf8');
}

/** Until the active scenario's bar shows at least `n` replications. */
async function activeHas(p: Page, n: number) {
  const name = await p.getByRole('tab', { selected: true }).innerText();
  await p.waitForFunction(
    ([label, atLeast]) => {
      const bar = document.querySelector(`[role="progressbar"][aria-label="${label}: replications done"]`);
      return bar !== null && Number(bar.getAttribute('aria-valuenow')) >= Math.min(Number(atLeast), Number(bar.getAttribute('aria-valuemax')));
    },
    [name, String(n)] as const,
    { timeout: 120_000 },
  );
}

describe('household data in Chromium', () => {
  it('imports the example file, shows its summary, runs on it, names it in the results and exports, and keeps it across a reload', async () => {
    const p = await open();
    const bytes = readFileSync(EXAMPLE);
    const hash = sha256(bytes);
    const rows = bytes.toString('utf8').trim().split('\n').length - 1;
    const dialog = await importFile(p, { name: 'households.csv', buffer: bytes });
    await dialog.getByRole('heading', { name: 'What households.csv holds' }).waitFor({ timeout: 90_000 });
    expect(await fact(dialog, 'Rows read')).toBe(rows.toLocaleString('en-US'));
    expect(await fact(dialog, 'Bad rows (left out)')).toBe('0');
    expect(await fact(dialog, 'SHA-256')).toBe(hash);
    expect(await fact(dialog, 'Poverty headcount at Rs 3,785 per adult-equivalent a month')).toMatch(/^\d+(\.\d+)?%$/);
    expect(await dialog.getByRole('table', { name: 'By region' }).locator('tbody tr').count()).toBe(7);
    expect(await axeViolations(p), 'import dialog').toEqual([]);
    await screenshot(p, 'households-import-summary-1440');
    await dialog.getByRole('button', { name: 'Use these households' }).click();
    await dialog.waitFor({ state: 'detached' });

    const named = `Households: households.csv (sha256 ${hash.slice(0, 12)}…, ${rows.toLocaleString('en-US')} rows); the sample-size setting is not used.`;
    await p.getByText(named).waitFor({ timeout: 120_000 });
    await p.locator('.headline-card .value').first().waitFor({ timeout: 120_000 });
    await activeHas(p, 10);
    expect(await p.getByRole('region', { name: 'Households' }).innerText()).toContain(`Households: households.csv (sha256 ${hash.slice(0, 12)}…, ${rows.toLocaleString('en-US')} rows)`);
    await screenshot(p, 'households-dashboard-1440');

    // Exports name the data: the summary CSV's first line, and the scenario file's reference (not the data).
    await p.getByRole('button', { name: 'Export', exact: true }).click();
    const active = await p.getByRole('tab', { selected: true }).innerText();
    const row = p.getByRole('group', { name: active });
    const csv = await downloaded(p, () => row.getByRole('button', { name: 'Summary CSV' }).click());
    expect(csv.split('\n')[0]).toBe(`# Households: households.csv (data set households, sha256 ${hash}, ${rows.toLocaleString('en-US')} rows); the sample-size setting is not used.`);
    const scenario = JSON.parse(await downloaded(p, () => row.getByRole('button', { name: 'Scenario JSON' }).click()));
    expect(scenario.households).toEqual({ id: 'households', name: 'households.csv', sha256: hash, rows });
    await p.keyboard.press('Escape');

    // A reload: the workspace names the data, IndexedDB still has it, and the scenario runs again.
    await p.reload();
    await p.getByText(named).waitFor({ timeout: 120_000 });
    await p.locator('.headline-card .value').first().waitFor({ timeout: 120_000 });
    expect(await p.locator('.notices').count()).toBe(0);
  });

  it('a file with bad rows lists them by line and column; cancel keeps the synthetic households', async () => {
    const p = await open();
    const text = householdsCsv(50, { 4: (r) => withCell(r, 'weight', '0'), 7: (r) => withCell(r, 'region', 'mars') });
    const dialog = await importFile(p, { name: 'with errors.csv', buffer: Buffer.from(text) });
    const errors = dialog.getByRole('region', { name: '2 bad rows' });
    await errors.waitFor({ timeout: 90_000 });
    const items = await errors.getByRole('listitem').allInnerTexts();
    expect(items[0]).toBe('Line 6, column weight: must be greater than 0, got 0');
    expect(items[1]).toMatch(/^Line 9, column region: must be one of .* got "mars"$/);
    expect(await fact(dialog, 'Good rows')).toBe('48');
    await dialog.getByRole('button', { name: 'Use the 48 good rows' }).waitFor();
    expect(await axeViolations(p), 'import dialog with bad rows').toEqual([]);
    await screenshot(p, 'households-import-errors-1440');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await p.getByRole('region', { name: 'Households' }).innerText()).toContain('Synthetic: 20,000 households');
  });

  it('a 100,000-row file imports off the page’s thread; the longest main-thread task is printed', async () => {
    const p = await open();
    // A short, small run once the data is in: this test is about the import.
    await p.getByRole('button', { name: /Simulation settings$/ }).click();
    await p.getByLabel(/^Replications/).fill('4');
    await p.getByLabel(/^Horizon/).fill('12');
    await p.getByLabel(/^Horizon/).press('Tab');
    // The comparison's progressive redraws are not the import's: stop it, and let the page settle.
    await p.getByRole('button', { name: 'Cancel', exact: true }).click();
    await p.waitForTimeout(1500);
    const text = householdsCsv(100_000);
    const hash = sha256(text);
    const now = () => p.evaluate(() => performance.now());
    const t0 = await now();
    const dialog = await importFile(p, { name: 'survey-100k.csv', buffer: Buffer.from(text) });
    await dialog.getByRole('heading', { name: 'What survey-100k.csv holds' }).waitFor({ timeout: 120_000 });
    const t1 = await now();
    expect(await fact(dialog, 'Rows read')).toBe('100,000');
    expect(await fact(dialog, 'Good rows')).toBe('100,000');
    const t2 = await now();
    await dialog.getByRole('button', { name: 'Use these households' }).click();
    await p.getByText(`Households: survey-100k.csv (sha256 ${hash.slice(0, 12)}…, 100,000 rows)`).waitFor({ timeout: 30_000 });
    // Kept in IndexedDB.
    await p.waitForFunction(
      (key) =>
        new Promise<boolean>((done) => {
          const r = indexedDB.open('poverty-policy-simulator');
          r.onsuccess = () => {
            const get = r.result.transaction('households').objectStore('households').getKey(key);
            get.onsuccess = () => done(get.result !== undefined);
            get.onerror = () => done(false);
          };
          r.onerror = () => done(false);
        }),
      hash,
      { timeout: 30_000, polling: 200 },
    );
    const t3 = await now();
    // Handed to the workers (each gets a copy before its first batch) and the first replication on it drawn.
    await activeHas(p, 1);
    const t4 = await now();
    const phase = async (from: number, to: number) => {
      const all = (await longTasksSince(p, from)).tasks.filter(([at]) => at <= to - from);
      return { ms: Math.round(to - from), longestTaskMs: Math.max(0, ...all.map(([, ms]) => ms!)), tasks: all };
    };
    const report = {
      rows: 100_000,
      bytes: text.length,
      chooseToSummary: await phase(t0, t1),
      confirmToStored: await phase(t2, t3),
      storedToFirstReplication: await phase(t3, t4),
      longestTaskMs: (await phase(t0, t4)).longestTaskMs,
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'households-import.json'), JSON.stringify(report, null, 2));
    console.log(`main thread while importing 100,000 households (ms from choosing the file): ${JSON.stringify(report)}`);
  });

  it('a scenario file naming data this browser lacks says which file to import; importing that file runs it', async () => {
    const p = await open();
    const text = householdsCsv(300);
    const hash = sha256(text);
    const s = defaultScenario('On the 300-row survey');
    Object.assign(s.run, { months: 12, replications: 4 });
    s.households = { id: 'survey-300', name: 'survey 300.csv', sha256: hash, rows: 300 };
    await p.getByRole('button', { name: 'Share', exact: true }).click();
    await p.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name: 'survey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) });
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toBe('On the 300-row survey');
    const notice = `On the 300-row survey: household data survey 300.csv (sha256 ${hash.slice(0, 12)}…) is not in this browser — import that file to run it.`;
    await p.locator('.notices').getByText(notice).waitFor({ timeout: 10_000 });
    const alert = p.locator('.main').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain(`uses household data survey 300.csv (sha256 ${hash.slice(0, 12)}…) — import that file to run it.`);
    // The other scenarios are not held back.
    expect(await p.locator('.scenario-progress', { hasText: 'On the 300-row survey' }).innerText()).toContain('needs its household data');
    await screenshot(p, 'households-missing-1440');
    await alert.getByRole('button', { name: 'Import households…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Import households' });
    await dialog.getByLabel('CSV file').setInputFiles(onDisk({ name: 'renamed.csv', buffer: Buffer.from(text) }));
    await dialog.getByText('This is the file On the 300-row survey already uses: importing it makes its data available here.').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Use these households' }).click();
    await p.getByText(`Households: survey 300.csv (sha256 ${hash.slice(0, 12)}…, 300 rows); the sample-size setting is not used.`).waitFor({ timeout: 60_000 });
    await p.locator('.headline-card .value').first().waitFor({ timeout: 120_000 });
  });
});
