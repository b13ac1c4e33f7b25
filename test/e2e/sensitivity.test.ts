/**
 * The Sensitivity view in Chromium, from a scenario file with an
 * uncertainty block (2000 households, 12 months, 4 replications, two
 * uncertain parameters, one of which can change nothing): opened through
 * the Share panel, analysed by a tornado and by the smallest Sobol' design
 * on the app's own worker pool, with the bars drawn (recharts' svg with its
 * rects) and the tables read; a chart downloads as SVG with its bars. The
 * longest main-thread task during the analyses is printed. Screenshots at
 * 1440 px, English and Urdu, go to test-results/screenshots/. A second test
 * opens two scenarios on one world and runs the tornado of their paired
 * difference.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { defaultScenario } from '../../src/engine/index';
import { axeViolations, longestSince, openFresh, screenshot, useServedBrowser } from './harness';
import { resources } from '../../src/i18n/resources';

const ur = resources.ur;

const env = useServedBrowser({ beforeAll, afterAll });
let page: Page | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function uncertainBenefit() {
  const s = defaultScenario('Uncertain benefit');
  Object.assign(s.run, { households: 2000, months: 12, replications: 4 });
  // Training has money but no one takes a place, so its course length can change nothing (with no money the
  // analysis would leave it out, as the model would not read it).
  s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0.05, farm: 0.1, admin: 0 };
  s.policy.training.takeUp = 0;
  s.uncertainty = {
    'policy.cash.benefitPKR': { dist: 'triangular', low: 1000, mode: 2000, high: 5000 },
    'policy.training.durationMonths': { dist: 'uniform', low: 2, high: 12 },
  };
  return s;
}

const scenarioFile = (): Buffer => Buffer.from(JSON.stringify(uncertainBenefit(), null, 2));

/** A comparison file: "Smaller benefit" (the baseline) and "Uncertain benefit" (active), on one world. */
function pairFile(): Buffer {
  const a = uncertainBenefit();
  // B pays a fixed, smaller benefit: the benefit is an assumption of A only (uncertain in both, it would take one value in both).
  const b = { ...uncertainBenefit(), name: 'Smaller benefit' };
  b.policy.cash.benefitPKR = 1000;
  delete b.uncertainty['policy.cash.benefitPKR'];
  return Buffer.from(JSON.stringify({ kind: 'comparison', version: 1, engineVersion: 'any', baseline: 0, compare: [1], active: 1, scenarios: [b, a] }));
}

async function open(): Promise<Page> {
  page = await openFresh(env);
  return page;
}

/** Click and wait for the file it downloads. */
async function downloaded(p: Page, click: () => Promise<void>): Promise<string> {
  const [d]: [Download, void] = await Promise.all([p.waitForEvent('download'), click()]);
  return readFileSync((await d.path())!, 'utf8');
}

describe('sensitivity analysis in Chromium', () => {
  it('marks a parameter uncertain beside a scenario file\u2019s, runs a tornado and a Sobol analysis, and shows their bars and tables', async () => {
    const p = await open();
    await p.getByRole('tab').first().waitFor({ timeout: 30_000 });
    await p.getByRole('button', { name: 'Share', exact: true }).click();
    await p.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name: 'uncertain.json', mimeType: 'application/json', buffer: scenarioFile() });
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toContain('Uncertain benefit');
    await p.keyboard.press('Escape');
    // Mark one more assumption uncertain in the levers (the cash transfer's take-up): the analysis takes it in.
    await p.getByRole('button', { name: /New cash transfer and targeting$/ }).click();
    await p.getByRole('button', { name: 'Uncertain: Take-up' }).click();
    await p.getByRole('group', { name: 'Distribution of Take-up' }).waitFor();
    await p.getByRole('button', { name: 'Sensitivity', exact: true }).click();
    await expect.poll(() => p.locator('.sens-parameters').innerText()).toContain('3 uncertain parameters');
    expect(await p.locator('.sens-cost').innerText()).toBe('Cost: 1 + 2 × D = 1 + 2 × 3 = 7 scenario runs × 4 replications = 28 engine runs.');

    // Tornado.
    const started = await p.evaluate(() => performance.now());
    await p.getByRole('button', { name: 'Run', exact: true }).click();
    const tornado = p.getByRole('figure', { name: /Tornado/ });
    await tornado.locator('.recharts-wrapper > svg.recharts-surface').waitFor({ timeout: 120_000 });
    // The cash benefit's low and high bars, and take-up's (one of its ends may leave the outcome where it was, with no bar); none
    // for the no-effect parameter.
    expect(await tornado.locator('.recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(3);
    expect(await tornado.locator('.sens-row-label').allInnerTexts()).toHaveLength(3);
    await tornado.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(p, 'sensitivity-tornado-1440');
    const svg = await (async () => {
      await tornado.getByText('Download', { exact: true }).click();
      return downloaded(p, () => tornado.getByRole('button', { name: 'Download SVG' }).click());
    })();
    expect(svg).toContain('>Tornado: how far each assumption moves the outcome</text>');
    // The plot is nested at its place, at its own size (not stretched by recharts' 100% style).
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" style="display: block;">/);
    expect(svg).toContain('<path');
    expect(svg).toContain('Skills training: Course length');
    expect(svg).toMatch(/7 scenario runs × 4 replications \(28 engine runs\)/);
    await tornado.getByText('Download', { exact: true }).click();
    await tornado.getByRole('button', { name: 'Table' }).click();
    const rows = tornado.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).locator('th').innerText()).toBe('Skills training: Course length');
    expect(await rows.nth(2).locator('td').nth(4).getAttribute('data-raw')).toBe('{"value":0}');
    const tornadoLongest = await longestSince(p, started);

    // The smallest Sobol' design.
    await p.getByRole('button', { name: 'Sobol’ indices (variance)' }).click();
    await p.getByLabel('Sample size N').selectOption('16');
    expect(await p.locator('.sens-cost').innerText()).toBe('Cost: N × (D + 2) = 16 × (3 + 2) = 80 scenario runs × 4 replications = 320 engine runs.');
    const sobolStarted = await p.evaluate(() => performance.now());
    await p.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => p.getByRole('progressbar', { name: 'Sensitivity analysis: engine runs done' }).count(), { timeout: 10_000 }).toBe(1);
    const sobol = p.getByRole('figure', { name: /Sobol’ indices/ });
    await sobol.locator('.recharts-wrapper > svg.recharts-surface').waitFor({ timeout: 180_000 });
    expect(await sobol.locator('.recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(1);
    expect(await p.locator('.chart-basis').innerText()).toContain('N = 16 samples: 80 scenario runs × 4 replications (320 engine runs)');
    const sobolLongest = await longestSince(p, sobolStarted);
    await sobol.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(p, 'sensitivity-sobol-1440');
    await sobol.getByRole('button', { name: 'Table' }).click();
    expect(await sobol.getByRole('table').locator('tbody tr').count()).toBe(3);
    expect(await axeViolations(p), 'sensitivity view').toEqual([]);
    console.log(JSON.stringify({ sensitivity: { tornadoLongestTaskMs: tornadoLongest, sobolLongestTaskMs: sobolLongest } }));

    // Switching views keeps the results, and the reader's choice to see the Sobol' indices as a table (ui/memory).
    await p.getByRole('button', { name: 'Overlaid', exact: true }).click();
    await p.getByRole('button', { name: 'Sensitivity', exact: true }).click();
    expect(await sobol.getByRole('table').locator('tbody tr').count()).toBe(3);
    await sobol.getByRole('button', { name: 'Chart' }).click();
    await sobol.locator('.recharts-wrapper > svg.recharts-surface').waitFor({ timeout: 5_000 });

    // Urdu.
    await p.getByRole('combobox', { name: 'Language' }).selectOption('ur');
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    await p.locator('.recharts-wrapper > svg.recharts-surface').first().waitFor({ timeout: 5_000 });
    await p.waitForTimeout(500);
    await p.locator('.chart-frame').first().evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(p, 'sensitivity-sobol-ur-1440');
    await p.getByRole('button', { name: 'ٹورنیڈو چارٹ (ایک وقت میں ایک)' }).click();
    // The tornado as it was left, as a table, through the change of language; then as a chart.
    await p.locator('.chart-frame table').first().waitFor({ timeout: 5_000 });
    await p.locator('.chart-frame').first().getByRole('button', { name: ur.charts.frame.chart }).click();
    await p.locator('.recharts-wrapper > svg.recharts-surface').first().waitFor({ timeout: 5_000 });
    await p.waitForTimeout(500);
    await p.locator('.chart-frame').first().evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(p, 'sensitivity-tornado-ur-1440');
    // On a phone, nothing runs off the side: the list of scenarios to take the difference from names the
    // defaults as on another world, in words longer than the screen is wide, and must shrink to fit.
    await p.setViewportSize({ width: 390, height: 900 });
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'overflow at 390 px, Urdu').toBe(0);
    // Every tick of the value axis is drawn, the first at the plot's left end included: with the names above their
    // bars the plot started 9 px from the chart's edge, and recharts left out the first label, which ran past it.
    const firstTick = await p.locator('.chart-frame').first().evaluate((f) => {
      const line = f.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')!;
      const first = f.querySelector('.recharts-xAxis-tick-labels text');
      return { plotLeft: Number(line.getAttribute('x1')), first: Number(first?.getAttribute('x')) };
    });
    expect(firstTick.first, 'the first tick label at 390 px, at the plot\'s left end').toBeCloseTo(firstTick.plotLeft, 0);
    await p.locator('.chart-frame').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'sensitivity-tornado-ur-390');
    expect(env.browser.errors).toEqual([]);
  });

  it('runs the tornado of a paired difference between two open scenarios on one world, named in its title and export', async () => {
    const p = await open();
    await p.getByRole('tab').first().waitFor({ timeout: 30_000 });
    await p.getByRole('button', { name: 'Share', exact: true }).click();
    await p.getByRole('dialog').locator('input[type="file"]').setInputFiles({ name: 'pair.json', mimeType: 'application/json', buffer: pairFile() });
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toContain('Uncertain benefit');
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Sensitivity', exact: true }).click();
    const versus = p.getByLabel('Difference from');
    await versus.selectOption({ label: 'Smaller benefit' });
    await p.getByLabel('Outcome').selectOption('povertyHeadcountEnd');
    expect(await p.locator('.sens-cost').innerText()).toMatch(/^Cost: 2 × \(1 \+ 2 × D\) = 2 × \(1 \+ 2 × 2\) = 10 scenario runs × 4 replications = 40 engine runs\./);
    await p.getByRole('button', { name: 'Run', exact: true }).click();
    const tornado = p.getByRole('figure', { name: 'Tornado of Uncertain benefit − Smaller benefit: People in poverty at the end' });
    await tornado.locator('.recharts-wrapper > svg.recharts-surface').waitFor({ timeout: 120_000 });
    expect(await tornado.locator('.sens-row-label').allInnerTexts()).toHaveLength(2);
    await tornado.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(p, 'sensitivity-difference-1440');
    await tornado.getByText('Download', { exact: true }).click();
    const svg = await downloaded(p, () => tornado.getByRole('button', { name: 'Download SVG' }).click());
    expect(svg).toContain('<title>Tornado of Uncertain benefit − Smaller benefit: People in poverty at the end</title>');
    expect(svg).toMatch(/5 design points × 2 scenarios × 4 replications \(40 engine runs\)/);
    await tornado.getByText('Download', { exact: true }).click();
    await tornado.getByRole('button', { name: 'Table' }).click();
    const rows = tornado.getByRole('table').locator('tbody tr');
    expect(await rows.nth(1).locator('th').innerText()).toBe('Skills training: Course length');
    expect(await rows.nth(1).locator('td').nth(4).getAttribute('data-raw')).toBe('{"value":0}');
    expect(JSON.parse((await rows.nth(0).locator('td').nth(4).getAttribute('data-raw'))!).value).toBeGreaterThan(0);
    expect(await axeViolations(p), 'sensitivity view, paired difference').toEqual([]);
    // On a phone the names stand above their bars, across the plot, and the base line stops at each (each name is drawn
    // on the paper's white): it had run through "targeting:" and between the lines of the name and its range, where
    // only a white outline of each letter had hidden it. Where the line crosses a name, every point of the name's
    // lines shows the name, not the line.
    await tornado.getByRole('button', { name: 'Chart' }).click();
    await p.setViewportSize({ width: 390, height: 844 });
    await tornado.locator('.recharts-wrapper > svg.recharts-surface').waitFor({ timeout: 5_000 });
    await p.waitForTimeout(500);
    const crossed = await tornado.evaluate((fig) => {
      const line = fig.querySelector('.recharts-reference-line line')!.getBoundingClientRect();
      const x = (line.left + line.right) / 2;
      return [...fig.querySelectorAll('.sens-row-label')].flatMap((label) => {
        label.scrollIntoView({ block: 'center' });
        const texts = [...label.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
        if (x < Math.min(...texts.map((t) => t.left)) || x > Math.max(...texts.map((t) => t.right))) return [];
        let through = 0;
        for (let y = Math.min(...texts.map((t) => t.top)); y <= Math.max(...texts.map((t) => t.bottom)); y += 0.5) if (!document.elementFromPoint(x, y)?.closest('.sens-row-label')) through++;
        return [{ name: label.textContent, through }];
      });
    });
    expect(crossed.length, 'names the base line crosses at 390 px').toBeGreaterThan(0);
    for (const c of crossed) expect(c.through, `${c.name}: points down its lines where the base line shows`).toBe(0);
    await tornado.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'sensitivity-difference-390');
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.getByRole('combobox', { name: 'Language' }).selectOption('ur');
    await p.waitForFunction(() => document.documentElement.dir === 'rtl');
    await p.locator('.chart-frame').first().waitFor({ timeout: 5_000 });
    await p.waitForTimeout(500);
    await p.locator('.sens-controls').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'sensitivity-difference-ur-1440');
    expect(env.browser.errors).toEqual([]);
  });
});
