/**
 * The app's user flows in real headless Chromium on the production build.
 * Every test fails on a console error or an uncaught exception. Screenshots
 * of the main views go to test-results/screenshots/ for review.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launch, ROOT, screenshot, traceMainThread, useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });

let page: Page;
/** How long the default comparison's page is watched past completion (its long tasks and their CPU time). */
const AFTER_DONE_MS = 4000;


afterEach(async () => {
  await page?.close();
  expect(env.browser.errors).toEqual([]);
});

/** "151k" → 151000, "1.23 m" → 1230000, "8.28 m" → 8280000. */
function parseCount(text: string): number {
  const m = /([\d.,]+)\s*(k|m|bn)?/.exec(text.replace(/−/g, '-'));
  if (!m) throw new Error(`no number in "${text}"`);
  const x = Number(m[1]!.replace(/,/g, ''));
  return x * (m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : m[2] === 'bn' ? 1e9 : 1);
}

/** A fresh page on the default comparison; `beforeReload` runs just before the page loads it. */
async function open(beforeReload?: (p: Page) => Promise<void>): Promise<Page> {
  page = await env.browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __longTaskAt: number[]; __firstPicture: number | null };
    w.__longTasks = [];
    w.__longTaskAt = [];
    // When the first headline number is in the page, timed in the page itself
    // (a poll from the test would add its own round-trip delay).
    w.__firstPicture = null;
    new MutationObserver((_, obs) => {
      if (document.querySelector('.headline-card .value')) {
        w.__firstPicture = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.push(e.duration);
        w.__longTaskAt.push(e.startTime);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(env.server.url);
  // Each test starts from the default comparison, not from what the last one saved.
  await page.evaluate(() => localStorage.clear());
  await beforeReload?.(page);
  await page.reload();
  return page;
}

/**
 * Each scenario on screen by name with its colour as drawn: the swatch of its progress bar (every view), and on Side
 * by side the rule under its column's heading.
 */
async function colours(p: Page): Promise<{ bars: string[][]; columns: string[][] }> {
  const bars = await p.locator('.run-progress .scenario-progress').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('.scenario-progress-name')!.textContent!, getComputedStyle(r.querySelector('.swatch')!).backgroundColor]),
  );
  const columns = await p.locator('.side-column > h2').evaluateAll((hs) => hs.map((h) => [h.textContent!, getComputedStyle(h).borderBottomColor]));
  return { bars, columns };
}

const card = (p: Page, label: RegExp) => p.locator('.headline-card', { has: p.locator('h3', { hasText: label }) }).locator('.value');
const exitsCard = (p: Page) => card(p, /More households out of poverty/);

/** Until every scenario on screen holds at least `atLeast` replications (or all it asked for). */
async function waitForReplications(p: Page, atLeast: number): Promise<void> {
  await p.waitForFunction(
    (n) => {
      const bars = [...document.querySelectorAll('.scenario-progress [role="progressbar"]')];
      return bars.length > 0 && bars.every((b) => Number(b.getAttribute('aria-valuenow')) >= Math.min(n, Number(b.getAttribute('aria-valuemax'))));
    },
    atLeast,
    { timeout: 120_000 },
  );
}

describe('the app in Chromium', () => {
  it('opens on the default comparison, already computing, and refines as replications arrive', async () => {
    const p = await open();
    await expect.poll(() => p.getByRole('tab').allInnerTexts(), { timeout: 30_000 }).toEqual([
      'Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year',
    ]);
    await exitsCard(p).waitFor({ timeout: 60_000 });
    const firstPictureMs = Math.round(await p.evaluate(() => (window as unknown as { __firstPicture: number }).__firstPicture));
    const firstResultMs = Math.round(await p.evaluate(() => performance.getEntriesByName('first-result')[0]?.startTime ?? NaN));
    expect(parseCount(await exitsCard(p).innerText())).toBeGreaterThan(0);
    await expect.poll(() => p.locator('.run-progress').innerText()).toMatch(/\d+ \/ 400 replications/);
    // One bar per compared scenario, each with its count.
    await expect.poll(() => p.locator('.scenario-progress [role="progressbar"]').count()).toBe(4);
    expect(await p.getByRole('progressbar', { name: 'Rs 80 bn a year: replications done' }).getAttribute('aria-valuemax')).toBe('100');
    // The charts in sight redraw as the run goes on, not only once it is over: the first chart's intervals rest
    // on 10 replications or more while the progress line still counts (they once stayed on the first replication
    // until the run had settled).
    const refined = await p.waitForFunction(
      () => {
        const progress = document.querySelector('.run-progress .run-text')?.textContent ?? '';
        const cell = [...document.querySelectorAll('.chart-cell')].find((c) => /People in poverty/.test(c.querySelector('h3')?.textContent ?? ''));
        const basis = cell?.querySelector('.chart-basis')?.textContent ?? '';
        const n = Number(/(\d+) replications?\b/.exec(basis)?.[1] ?? 0);
        return /\d+ \/ 400 replications/.test(progress) && n >= 10 ? `${basis} (${progress})` : false;
      },
      null,
      { timeout: 60_000, polling: 200 },
    );
    console.log(`the poverty chart while the run goes on: ${await refined.jsonValue()}`);
    await waitForReplications(p, 6);
    await p.waitForTimeout(3000);
    // Read before the screenshots: a full-page screenshot resizes the page, and the charts redraw for it.
    const longTasks = await p.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const at = await p.evaluate(() => (window as unknown as { __longTaskAt: number[] }).__longTaskAt);
    const report = {
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      longTasksOver50ms: longTasks.length,
      over100ms: longTasks.filter((d) => d > 100).length,
      firstResultMs,
      firstPictureMs,
      longTasks: longTasks.map((d, k) => [Math.round(at[k]!), Math.round(d)]),
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'long-tasks.json'), JSON.stringify(report, null, 2));
    console.log(`main thread during the default run (ms from navigation): ${JSON.stringify(report)}`);
    await screenshot(p, 'default-dashboard');
    await p.locator('.main').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await p.waitForTimeout(500);
    await screenshot(p, 'default-dashboard-middle');
    await p.locator('.main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await p.waitForTimeout(500);
    await screenshot(p, 'default-dashboard-bottom');
    // Distribution: the change in consumption by start decile has its bars, and its table one row per decile.
    const decile = p.getByRole('figure', { name: /Change in consumption by start decile/ });
    await decile.scrollIntoViewIfNeeded();
    await expect.poll(() => decile.locator('svg.chart-surface rect[data-series]').count()).toBeGreaterThanOrEqual(30);
    await decile.getByRole('button', { name: 'Table' }).click();
    const table = decile.getByRole('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(10);
    expect(await table.getByRole('rowheader').first().innerText()).toBe('1 (poorest)');
  });

  it('raising the budget to Rs 120 bn a year lifts more households out of poverty', async () => {
    const p = await open();
    await exitsCard(p).waitFor({ timeout: 60_000 });
    await waitForReplications(p, 4);
    const before = parseCount(await exitsCard(p).innerText());
    const year1 = p.getByLabel(/Year 1 and after/);
    await year1.fill('120');
    // The generated name follows the budget, made unique beside the existing Rs 120 bn scenario.
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toBe('Rs 120 bn a year 2');
    await expect.poll(async () => p.locator('.headline-sentence').innerText(), { timeout: 60_000 }).toMatch(/Rs 3\d\d bn spent over 3 years/);
    await waitForReplications(p, 4);
    const after = parseCount(await exitsCard(p).innerText());
    expect(after).toBeGreaterThan(before * 1.2);
    await screenshot(p, 'budget-120');
  });

  it('creates, renames and compares scenarios side by side', async () => {
    const p = await open();
    await exitsCard(p).waitFor({ timeout: 60_000 });
    await p.getByRole('button', { name: 'New scenario…' }).click();
    await p.getByRole('group', { name: 'New scenario from preset' }).getByRole('button', { name: 'Cash heavy' }).click();
    await expect.poll(() => p.getByRole('tab', { name: 'Cash heavy', exact: true }).count()).toBe(1);
    expect(await p.getByRole('tab', { name: 'Cash heavy', exact: true }).getAttribute('aria-selected')).toBe('true');
    await p.getByRole('button', { name: 'Duplicate' }).click();
    await p.getByRole('button', { name: 'Rename' }).click();
    await p.getByLabel('Scenario name').fill('Cash heavy, bigger grant');
    await p.getByLabel('Scenario name').press('Enter');
    await expect.poll(() => p.getByRole('tab').allInnerTexts()).toContain('Cash heavy, bigger grant');
    // Four are compared already (Rs 80, 100, 120 bn and Cash heavy): a fifth cannot be ticked.
    expect(await p.getByLabel('Compare Cash heavy, bigger grant').isDisabled()).toBe(true);
    await p.getByLabel('Compare Rs 100 bn a year').uncheck();
    await p.getByLabel('Compare Cash heavy, bigger grant').check();
    await expect.poll(() => p.locator('.chart-cell').filter({ hasText: 'Difference from the baseline' }).first().innerText(), { timeout: 60_000 }).toContain('Cash heavy, bigger grant');
    await p.getByRole('button', { name: 'Side by side' }).click();
    await expect.poll(() => p.locator('.side-column h2').allInnerTexts(), { timeout: 60_000 }).toEqual(
      expect.arrayContaining(['Status quo (no new programmes)', 'Cash heavy', 'Cash heavy, bigger grant']),
    );
    // One scale across the columns: every column's spending chart draws the same axis, the status quo's (no new budget) included.
    const spendingAxes = () =>
      p.locator('.side-column .chart-cell').filter({ hasText: 'Spending by programme and year' }).evaluateAll((cells) =>
        cells.map((c) => [...c.querySelectorAll('svg .chart-axis text')].map((t) => t.textContent).join(' ')),
      );
    await expect.poll(async () => { const axes = await spendingAxes(); return axes.length >= 3 && new Set(axes).size === 1 && axes[0]!.length > 0; }, { timeout: 60_000 }).toBe(true);
    // Tens of billions, not the empty 0-to-1 axis the status quo's column once drew on its own.
    expect((await spendingAxes())[0]).toMatch(/\b[2-9]0\b/);
    await p.waitForTimeout(1500);
    await screenshot(p, 'side-by-side');
    // On a 1280 px laptop, beside the levers, three of the five columns fit in a row: a note above them says so and
    // offers the levers' width. Folded to a strip, they leave room for a fourth; opened again, the note is back.
    await p.setViewportSize({ width: 1280, height: 800 });
    const firstRow = () =>
      p.locator('.side-column').evaluateAll((cols) => cols.filter((c) => Math.abs(c.getBoundingClientRect().top - cols[0]!.getBoundingClientRect().top) < 1).length);
    const fitNote = p.getByRole('note').filter({ hasText: 'fit side by side' });
    // At 1440 px it read "4 of 5": wait for the count at the new width.
    await expect.poll(() => fitNote.innerText()).toContain('3 of 5 scenarios fit side by side at this width');
    expect(await firstRow()).toBe(3);
    await fitNote.getByRole('button', { name: 'Hide the levers to make room' }).click();
    await expect.poll(firstRow).toBe(4);
    expect(await fitNote.count()).toBe(0);
    expect(await p.getByRole('complementary', { name: 'Scenario settings' }).getByRole('button', { name: 'Budget and its split' }).isVisible()).toBe(false);
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth && document.scrollingElement!.scrollHeight <= innerHeight)).toBe(true);
    await screenshot(p, 'side-by-side-levers-folded');
    await p.getByRole('button', { name: 'Show the levers' }).click();
    await expect.poll(firstRow).toBe(3);
    await expect.poll(() => fitNote.count()).toBe(1);
    await p.setViewportSize({ width: 1440, height: 900 });
  });

  it('has no axe-core violations on any view at 390, 1440 and 1920 px, and a keyboard reaches the results, moves between tabs and steps through a chart\'s months', async () => {
    const p = await open();
    await exitsCard(p).waitFor({ timeout: 60_000 });
    await waitForReplications(p, 3);
    // Each of the levers' boxes of fields has its legend inside it, below its top edge: set in the edge, "Split across
    // programmes (% of budget, sums to 100%)" took two lines in the 340 px panel, and the border ran between them.
    const legends = await p.locator('.editor fieldset.field').evaluateAll((sets) =>
      sets.filter((f) => f.getBoundingClientRect().height > 0).map((f) => {
        const legend = f.querySelector(':scope > legend')!;
        return { text: legend.textContent, below: legend.getBoundingClientRect().top - f.getBoundingClientRect().top - parseFloat(getComputedStyle(f).borderTopWidth) };
      }),
    );
    expect(legends.map((l) => l.text)).toContain('Split across programmes (% of budget, sums to 100%)');
    for (const legend of legends) expect(legend.below, `${legend.text}: its legend\u2019s top below the box\u2019s top edge (px)`).toBeGreaterThanOrEqual(0);
    const page = () => p.evaluate(() => ({ height: document.scrollingElement!.scrollHeight, width: document.scrollingElement!.scrollWidth, innerHeight, innerWidth }));
    // A group's name as Chromium gives it to a screen reader: without the ▾ drawn before it.
    const cdp = await p.context().newCDPSession(p);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.group h3 button' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    expect(nodes[0]!.name?.value).toMatch(/^[A-Z]/);
    await cdp.detach();
    for (const view of ['Overlaid', 'Side by side', 'Assumptions']) {
      await p.getByRole('button', { name: view, exact: true }).click();
      await p.waitForTimeout(1500);
      expect(await axeViolations(p), view).toEqual([]);
      // On a laptop the page itself never scrolls: the levers and the results scroll on their own below the top bar.
      const size = await page();
      expect(size.height, view).toBeLessThanOrEqual(size.innerHeight);
      expect(size.width, view).toBeLessThanOrEqual(size.innerWidth);
      if (view === 'Side by side') {
        // Every column fits in the results pane: the ones that do not fit beside the others wrap below.
        const cut = await p.locator('.side-column').evaluateAll((cols) => {
          const pane = document.querySelector('.main')!.getBoundingClientRect();
          return cols.filter((c) => c.getBoundingClientRect().right > pane.right + 1).length;
        });
        expect(cut).toBe(0);
      }
    }
    // On a phone everything stacks in the page's one scroll, with nothing wider than the screen; on a projector the same rules hold.
    for (const [width, height] of [[390, 844], [1920, 1080]] as const) {
      await p.setViewportSize({ width, height });
      // On a phone the bar's rows scroll sideways rather than wrap: it leaves most of the screen to what is below (it took 565 of 844 px).
      if (width < 761) expect(await p.locator('.topbar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(0.45 * height);
      for (const view of ['Overlaid', 'Side by side', 'Assumptions']) {
        await p.getByRole('button', { name: view, exact: true }).click();
        await p.waitForTimeout(1000);
        const size = await page();
        expect(size.width, `${view} at ${width} px`).toBeLessThanOrEqual(size.innerWidth);
        expect(await axeViolations(p), `${view} at ${width} px`).toEqual([]);
        if (view === 'Assumptions' && width < 761) {
          // On a phone each parameter is a block, its values under its name across the screen, each after its column's
          // name, nothing to scroll sideways: in five columns scrolled sideways the values wrapped a word or two a line.
          const stacked = await p.getByRole('region', { name: 'Parameters' }).evaluate((box) => {
            const row = box.querySelector('tbody tr')!;
            const name = row.querySelector('th')!.getBoundingClientRect();
            const cells = [...row.querySelectorAll('td')].map((c) => c.getBoundingClientRect());
            const sizes = [...box.querySelectorAll('tbody :is(th, td)')].flatMap((c) => [getComputedStyle(c).fontSize, getComputedStyle(c, '::before').fontSize]).map(parseFloat);
            return {
              sideways: box.scrollWidth - box.clientWidth,
              underName: cells.every((c) => c.top >= name.bottom - 1),
              narrowest: Math.min(...cells.map((c) => c.width)) / box.clientWidth,
              columnNames: [...row.querySelectorAll('td')].map((c) => getComputedStyle(c, '::before').content),
              smallest: Math.min(...sizes),
            };
          });
          expect(stacked.sideways, 'the assumptions scroll sideways at 390 px').toBeLessThanOrEqual(1);
          expect(stacked.underName, 'the values under the parameter\u2019s name').toBe(true);
          expect(stacked.narrowest, 'the narrowest value cell, as a share of the table\u2019s width').toBeGreaterThan(0.9);
          expect(stacked.columnNames).toEqual(['This scenario', 'Default', 'Allowed', 'Source'].map((n) => `"${n}" / ""`));
          expect(stacked.smallest, 'the assumptions\u2019 smallest type (px)').toBeGreaterThanOrEqual(12);
        }
        if (view === 'Overlaid') {
          // Charts scale up on a large screen (ticks 12 → 15 px) and by a sixth on a phone (12 → 14 px: chartScale's
          // PHONE_SCALE), and stay at their design size between. On a phone the charts are below the levers: one out of sight waits until it is scrolled to (views/ChartCell).
          // Scrolled to without waiting for the cell to stand still: during a run, the notes above it and the chart
          // itself change height as replications arrive (scrollIntoViewIfNeeded once timed out waiting for that).
          const cell = p.locator('.chart-cell').first();
          await cell.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          const svg = cell.locator('svg.chart-surface').first();
          await svg.waitFor({ timeout: 30_000 });
          const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
          expect(scale, `chart scale at ${width} px`).toBeCloseTo(width >= 1600 ? 1.25 : width <= 640 ? 7 / 6 : 1, 2);
        }
      }
    }
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.getByRole('button', { name: 'Overlaid', exact: true }).click();
    // The first Tab on a fresh page reaches the skip link; following it puts focus on the results.
    await p.reload();
    await p.getByRole('tab', { selected: true }).waitFor();
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Skip to results');
    await p.keyboard.press('Enter');
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('results');
    // Arrow keys move between scenario tabs and select them.
    await p.getByRole('tab', { selected: true }).focus();
    await p.keyboard.press('ArrowRight');
    expect(await p.getByRole('tab', { selected: true }).innerText()).toBe('Rs 100 bn a year');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    // A chart's months are one Tab stop after its controls; the arrow keys show the tooltip, which is the plot's description.
    const fan = p.getByRole('figure', { name: 'People in poverty, month by month' });
    const plot = fan.getByRole('group', { name: /arrow keys read the values/ });
    await fan.getByRole('checkbox', { name: 'Zoom the axis to the lines' }).focus();
    await p.keyboard.press('Tab');
    expect(await plot.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('End');
    await p.keyboard.press('ArrowLeft');
    const tip = fan.getByRole('status');
    await tip.waitFor();
    expect(await tip.innerText()).toMatch(/^Month \d+, median \(90% interval\):/);
    // The plot is described by the tooltip itself (the element, not its text read a moment apart: the run may still
    // be refining, and a later replication rewrites it).
    expect(await plot.evaluate((el) => {
      const described = document.getElementById(el.getAttribute('aria-describedby') ?? '');
      return described !== null && described === el.closest('figure')?.querySelector('[role="status"]');
    })).toBe(true);
    expect(await axeViolations(p), 'a chart tooltip shown').toEqual([]);
    await p.keyboard.press('Escape');
    expect(await tip.count()).toBe(0);
  });

  it('cancels a run and can run it again', async () => {
    const p = await open();
    await expect.poll(() => p.locator('.run-progress').innerText(), { timeout: 30_000 }).toMatch(/replications/);
    // By keyboard: Cancel, and focus stays on the button in its place, now Run again (it had fallen to <body>).
    await p.locator('.run-progress').getByRole('button', { name: 'Cancel' }).focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator('.run-progress').innerText()).toMatch(/Cancelled at \d+ \/ 400/);
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent)).toBe('Run again');
    const kept = Number(/Cancelled at (\d+)/.exec(await p.locator('.run-progress').innerText())![1]);
    await p.keyboard.press('Enter');
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent)).toMatch(/^(Cancel|Run again)$/);
    // It continues from the replications done: the count never goes back.
    await expect.poll(() => p.locator('.run-progress').innerText()).toMatch(/\d+ \/ 400 replications/);
    const resumed = Number(/(\d+) \/ 400 replications/.exec(await p.locator('.run-progress').innerText())![1]);
    expect(resumed).toBeGreaterThanOrEqual(kept);
  });

  it('completes the whole default comparison, every scenario together, and reports its time and its long main-thread tasks (wall and CPU)', async () => {
    // The main thread is traced as well: a long task's CPU time tells the app's own work from time spent waiting for a core.
    let traced: Awaited<ReturnType<typeof traceMainThread>> | undefined;
    const p = await open(async (q) => {
      traced = await traceMainThread(q);
    });
    await p.waitForFunction(
      () => /^400 replications done/.test(document.querySelector('.run-progress .run-text')?.textContent ?? ''),
      undefined,
      { timeout: 170_000, polling: 100 },
    );
    // Timed by the page's own mark (app/connectRuns), made as the last replication's snapshot is stored: no polling delay in it.
    const doneMs = Math.round(await p.evaluate(() => performance.getEntriesByName('comparison-done')[0]?.startTime ?? NaN));
    expect(doneMs).toBeGreaterThan(0);
    const bars = await p.locator('.scenario-progress [role="progressbar"]').evaluateAll((els) => els.map((e) => [e.getAttribute('aria-label'), e.getAttribute('aria-valuenow'), e.getAttribute('aria-valuemax')]));
    expect(bars).toHaveLength(4);
    for (const [, now, max] of bars) expect(now).toBe(max);
    // Traced on for a few seconds past completion: the charts out of sight are drawn then, while the programme-by-
    // programme runs start, and a trace stopped at completion left those tasks' CPU time unknown.
    await p.waitForTimeout(AFTER_DONE_MS);
    const longTasks = await p.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const cores = await p.evaluate(() => navigator.hardwareConcurrency);
    const at = await p.evaluate(() => (window as unknown as { __longTaskAt: number[] }).__longTaskAt);
    const firstResultMs = Math.round(await p.evaluate(() => performance.getEntriesByName('first-result')[0]?.startTime ?? NaN));
    // Anchored at the reloaded page's first mark, so the traced tasks' times are on the page's clock as the long tasks' are.
    const appStart = await p.evaluate(() => performance.getEntriesByName('app-start')[0]?.startTime ?? NaN);
    const trace = await traced!({ mark: 'app-start', at: appStart });
    // When each long task started and how long it took (ms from navigation): up to completion (issue 7's measure),
    // and in the AFTER_DONE_MS after it.
    const timed = longTasks.map((d, k) => [Math.round(at[k]!), Math.round(d)] as const);
    const during = timed.filter(([t]) => t <= doneMs);
    const report = {
      doneMs, cores, firstResultMs, longestTaskMs: Math.max(0, ...during.map(([, d]) => d)), longTasksOver50ms: during.length,
      longTasks: during,
      longTasksAfterDone: timed.filter(([t]) => t > doneMs),
      // The same tasks in the trace, to AFTER_DONE_MS past completion, from the reloaded page's start: [ms from
      // navigation, wall ms, CPU ms], and the most CPU any task took.
      longestTaskCpuMs: trace.longestCpuMs,
      tracedLongTasks: trace.long.map((x) => [x.at, x.wallMs, x.cpuMs]),
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'default-comparison.json'), JSON.stringify(report, null, 2));
    console.log(`default comparison (4 scenarios × 100 replications) complete in Chromium: ${JSON.stringify(report)}`);

    // Charts out of sight wait for the results to settle (views/ChartCell); then every one is drawn, from the
    // finished run (all but the programme-by-programme chart, whose own runs go on in the background).
    await expect.poll(() => p.locator('.chart-grid .chart-cell-pending').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(async () => {
      const basis = await p.locator('.chart-grid .chart-cell .chart-basis').allInnerTexts();
      return basis.length >= 10 && basis.filter((b) => /\b100 replications/.test(b)).length >= basis.length - 1;
    }, { timeout: 30_000 }).toBe(true);
    // No chart's text runs off its svg (line labels were cut off when measured in a font they are not drawn in).
    const offTheEdge = await p.evaluate(() =>
      [...document.querySelectorAll('.chart-grid svg.chart-surface')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((t) => [t, t.getBoundingClientRect()] as const)
          .filter(([, b]) => b.width > 0 && (b.left < box.left - 1 || b.right > box.right + 1))
          .map(([t, b]) => `${svg.getAttribute('aria-label')}: "${t.textContent}" spans ${Math.round(b.left - box.left)}–${Math.round(b.right - box.left)} of ${Math.round(box.width)} px`);
      }),
    );
    expect(offTheEdge).toEqual([]);

    // Then, in the background, each programme of the scenario in focus alone: its progress bar fills and goes,
    // and every funded programme has a cost per exit (or says it has none).
    const frame = p.getByRole('figure', { name: /^Cost per additional exit, programme by programme: Rs 80 bn a year/ });
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => frame.getByRole('progressbar').count(), { timeout: 170_000 }).toBe(0);
    const names = await frame.locator('[data-category]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(names.sort()).toEqual(['Cash transfer', 'Education stipend', 'Microfinance (subsidy and risk fund)', 'Skills training', 'Small-farmer support']);
    expect(await frame.innerText()).not.toContain('not run yet');
    expect(await frame.innerText()).toMatch(/Alone, the programmes add .* sustained exits between them/);
  });

  it('marks neighbours in the ranking as tied, and says what that means, when their paired intervals hold zero', async () => {
    // The default comparison is tied throughout once complete: at 100 replications the 90% intervals of the
    // paired differences in cost per exit run from about −Rs 0.5 m to +Rs 0.9 m for each pair of neighbours
    // (computed with the engine on the default seed), so the order of Rs 80, 100 and 120 bn is not a finding.
    const p = await open();
    await p.waitForFunction(() => /^400 replications done/.test(document.querySelector('.run-progress .run-text')?.textContent ?? ''), undefined, {
      timeout: 170_000,
    });
    const ranking = p.getByRole('region', { name: 'Ranking by cost per sustained exit' });
    const rows = ranking.locator('tbody tr');
    // At the foot of the page, out of sight, the ranking is drawn once the results settle (views/ChartCell).
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    // Ties are judged only once the intervals are no longer being estimated; the statistics may lag the run a little.
    await expect.poll(() => ranking.locator('.tie-badge').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const firstColumn = await rows.locator('td:first-child').allInnerTexts();
    const tied = firstColumn.map((t) => / tied$/.test(t));
    // A tie is between neighbours: every row marked tied has a marked row next to it.
    tied.forEach((t, k) => {
      if (t) expect(tied[k - 1] === true || tied[k + 1] === true, firstColumn.join(' | ')).toBe(true);
    });
    expect(await ranking.locator('caption').innerText()).toContain(
      '“Tied” marks neighbours whose paired difference in cost per exit, replication by replication, has a 90% interval that includes zero: their order is not a finding.',
    );
    await ranking.scrollIntoViewIfNeeded();
    await screenshot(p, 'ranking-ties');
  });

  it('on a phone, opens with the levers folded away, so the results start on the first screen; unfolds them on request', async () => {
    const p = await open((q) => q.setViewportSize({ width: 390, height: 844 }));
    const levers = p.getByRole('complementary', { name: 'Scenario settings' });
    const show = levers.getByRole('button', { name: 'Show the levers' });
    await show.waitFor();
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    const budget = levers.getByRole('button', { name: /Budget and its split$/, includeHidden: true });
    expect(await budget.count()).toBe(1);
    expect(await budget.isVisible()).toBe(false);
    /** The folded levers' height, and the white between their heading and the first run's note while it shows (px). */
    const under = () =>
      p.evaluate(() => {
        const head = document.querySelector('.editor-head')!.getBoundingClientRect();
        const note = document.querySelector('.main > .empty-note')?.getBoundingClientRect();
        return { levers: Math.round(document.querySelector('.editor')!.getBoundingClientRect().height), gap: note ? Math.round(note.top - head.bottom) : null };
      });
    // While the first replications run, the note that says so is just under the levers' heading, and the levers keep
    // the height they have once the results come: the page's two rows had shared the screen under the top bar, and
    // the folded levers' row was 232 px tall, 220 px of white above "Running the first replications…".
    await p.getByText('Running the first replications…').waitFor({ timeout: 30_000 });
    const running = await under();
    expect(running.gap, 'white between the levers\u2019 heading and the first run\u2019s note (px)').not.toBeNull();
    expect(running.gap!, 'white between the levers\u2019 heading and the first run\u2019s note (px)').toBeLessThan(60);
    // Below the levers' heading, the headline sentence is in sight without scrolling (it began about 700 px down).
    const sentence = p.locator('.headline-sentence');
    await sentence.waitFor({ timeout: 60_000 });
    expect((await sentence.boundingBox())!.y).toBeLessThan(844 / 2);
    expect((await under()).levers, 'the folded levers\u2019 height once the results are in, against during the first run (px)').toBe(running.levers);
    await screenshot(p, 'phone-levers-folded');
    await show.click();
    await budget.waitFor();
    expect(await levers.getByRole('button', { name: 'Hide the levers' }).getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(p)).toEqual([]);
  });

  it('keeps the work across a reload: scenarios, names and values survive', async () => {
    const p = await open();
    await p.getByRole('button', { name: 'Rename' }).click();
    await p.getByLabel('Scenario name').fill('Plan for cabinet');
    await p.getByLabel('Scenario name').press('Enter');
    await p.getByLabel(/Year 1 and after/).fill('95');
    // The name the user gave stays, marked as edited since (the budget changed after it was named).
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toBe('Plan for cabinet EDITED');
    await p.waitForTimeout(800);
    await p.reload();
    await expect.poll(() => p.getByRole('tab').allInnerTexts(), { timeout: 30_000 }).toContain('Plan for cabinet EDITED');
    expect(await p.getByLabel(/Year 1 and after/).inputValue()).toBe('95');
  });

  it('keeps the work of two tabs open at once: each shows what the other added, and a reload keeps both', async () => {
    // One browser, two tabs (a share link opened while the app is open): each saved its workspace over the other's.
    const a = await env.browser.newPage();
    const b = await env.browser.newPage();
    try {
      await a.goto(env.server.url);
      await a.evaluate(() => localStorage.clear());
      await a.reload();
      await a.getByRole('tab').first().waitFor({ timeout: 30_000 });
      await b.goto(env.server.url);
      await b.getByRole('tab').first().waitFor({ timeout: 30_000 });
      await a.getByRole('button', { name: 'Rename' }).click();
      await a.getByLabel('Scenario name').fill('Tab A plan');
      await a.getByLabel('Scenario name').press('Enter');
      await b.getByRole('tab', { name: 'Rs 120 bn a year', exact: true }).click();
      await b.getByRole('button', { name: 'Duplicate' }).click();
      await expect.poll(() => b.getByRole('tab').allInnerTexts()).toContain('Rs 120 bn a year 2');
      // Each tab shows the other's work, with nothing lost from its own.
      await expect.poll(() => a.getByRole('tab').allInnerTexts(), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Tab A plan', 'Rs 120 bn a year 2']));
      await expect.poll(() => b.getByRole('tab').allInnerTexts(), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Tab A plan', 'Rs 120 bn a year 2']));
      await b.close();
      await a.reload();
      await expect.poll(() => a.getByRole('tab').allInnerTexts(), { timeout: 30_000 }).toEqual(expect.arrayContaining(['Tab A plan', 'Rs 120 bn a year 2']));
    } finally {
      await a.close();
      if (!b.isClosed()) await b.close();
    }
  });

  it('draws an Urdu name typed on the English screen in the bundled Nastaliq, not in empty boxes', async () => {
    const p = await open();
    const name = 'کابینہ کے لیے منصوبہ';
    await p.getByRole('button', { name: 'Rename' }).click();
    await p.getByLabel('Scenario name').fill(name);
    await p.getByLabel('Scenario name').press('Enter');
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toBe(name);
    // The fonts Chromium actually drew the tab's text with: the Urdu letters from the app's own face (this
    // machine's system fonts lack some of them: ہ came out as a box), only the spaces from a system font.
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[role=tab][aria-selected=true]' });
    const drawn = async () => (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
    await expect.poll(async () => (await drawn()).find((f) => f.isCustomFont)?.familyName).toBe('Noto Nastaliq Urdu');
    const fonts = await drawn();
    const letters = [...name].filter((c) => c !== ' ').length;
    expect(fonts.find((f) => f.isCustomFont)!.glyphCount).toBeGreaterThanOrEqual(letters);
    expect(fonts.filter((f) => !f.isCustomFont).reduce((n, f) => n + f.glyphCount, 0)).toBeLessThanOrEqual(name.split(' ').length - 1);
  });

  it('a researcher searches the assumptions and reads a source', async () => {
    const p = await open();
    await p.getByRole('button', { name: 'Assumptions' }).click();
    await p.getByRole('searchbox').fill('flood');
    const rows = p.locator('.assumptions tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const text = await p.locator('.assumptions').innerText();
    expect(text).toContain('world.shocks.flood2022');
    expect(text).toContain('Post-disaster needs assessment 2022');
    expect(text).not.toContain('policy.cash.benefitPKR');
    await screenshot(p, 'assumptions');
  });

  it('flags an invalid value inline and keeps the run going on the last valid scenario', async () => {
    const p = await open();
    await p.getByRole('button', { name: 'New cash transfer and targeting' }).click();
    const takeUp = p.getByLabel(/Take-up \(%\)/);
    await takeUp.fill('150');
    await expect.poll(() => p.getByRole('alert').first().innerText()).toMatch(/must be between 0% and 100%, got 150%/);
    expect(await takeUp.getAttribute('aria-invalid')).toBe('true');
    await screenshot(p, 'invalid-value');
    await exitsCard(p).waitFor({ timeout: 60_000 });
    // The results say they are not for the box's value (a planner read them as if they were), until it is fixed.
    const note = p.locator('.unused-edits');
    await expect.poll(() => note.innerText()).toBe('A value typed in the levers cannot be used (its box says why), so these results are for the last settings that could.');
    await takeUp.fill('80');
    await expect.poll(() => note.count()).toBe(0);
  });
  it('adds and removes a year with one click straight from a year\'s box, its help still open under it', async () => {
    const p = await open();
    await p.getByRole('tab', { name: 'Rs 120 bn a year' }).click();
    const path = p.locator('fieldset.field-array').first();
    const years = path.getByRole('textbox');
    const add = path.getByRole('button', { name: 'Add a year' });
    const values = () => years.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    /** A press and release on the button's box, as a person clicks: no waiting for it to hold still, as locator.click() does. */
    const clickAt = async (button: typeof add) => {
      const box = (await button.boundingBox())!;
      await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    // The box's help stood in the flow and went as the press took focus away: the buttons moved up under the pointer
    // before it was released, and the click was lost (bug: 80 → 100 → 125 and no year added until a second click).
    await years.first().fill('80');
    await clickAt(add);
    await expect.poll(values).toEqual(['80', '80']);
    await years.nth(1).fill('100');
    await add.click();
    await expect.poll(values).toEqual(['80', '100', '100']);
    await years.nth(2).fill('');
    await years.nth(2).pressSequentially('125');
    await clickAt(add);
    await expect.poll(values).toEqual(['80', '100', '125', '125']);
    await years.nth(3).fill('130');
    await path.getByRole('button', { name: 'Remove last year' }).click();
    await expect.poll(values).toEqual(['80', '100', '125']);
  });

  it('shares the comparison by link: a fresh browser opens the same scenarios with the same numbers, on the same view in the same colours; a damaged link is reported and changes nothing', async () => {
    const p = await open();
    await exitsCard(p).waitFor({ timeout: 60_000 });
    // The sender's own plan: Rs 90 bn in place of Rs 80 bn (the receiver has the other scenarios already).
    await p.getByLabel(/Year 1 and after/).fill('90');
    await expect.poll(() => p.getByRole('tab', { selected: true }).innerText()).toBe('Rs 90 bn a year');
    // Shared from Side by side: the link carries the view, and each scenario's colour.
    await p.getByRole('button', { name: 'Side by side' }).click();
    const shown = async (q: Page) => Object.values(await colours(q)).map((list) => list.length);
    await expect.poll(() => shown(p), { timeout: 30_000 }).toEqual([4, 4]);
    const sentColours = await colours(p);
    // Rs 90 bn is the sender's edited Rs 80 bn, keeping its blue: the colour the receiver's own Rs 80 bn has.
    expect(sentColours.bars).toContainEqual(['Rs 90 bn a year', 'rgb(0, 114, 178)']);
    await p.getByRole('button', { name: 'Share' }).click();
    const dialog = p.getByRole('dialog', { name: 'Share this comparison' });
    await dialog.waitFor();
    expect(await axeViolations(p)).toEqual([]);
    const link = await dialog.getByLabel('Link to the comparison on screen').inputValue();
    expect(link).toMatch(/#s=2\.[A-Za-z0-9_-]+$/);
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    // The headline numbers are read on Overlaid, on both sides.
    await p.getByRole('button', { name: 'Overlaid', exact: true }).click();
    const done = (q: Page) => q.waitForFunction(() => /^400 replications done/.test(document.querySelector('.run-progress .run-text')?.textContent ?? ''), undefined, { timeout: 180_000 });
    const headlines = (q: Page) => q.locator('.headline-card').allInnerTexts();
    await done(p);
    // The final summaries follow the last replication through the stats worker and the refresh throttle.
    await p.waitForTimeout(4000);
    const sent = await headlines(p);

    // A fresh browser (empty storage) opens the link: the shared scenario it lacks sits beside its own default ones
    // (those it has already, same name and contents, are its own: no copies), and the shared comparison is on screen.
    const other = await launch();
    try {
      const q = await other.newPage();
      await q.goto(link);
      await expect.poll(() => q.getByRole('tab').allInnerTexts(), { timeout: 30_000 }).toEqual([
        'Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year', 'Rs 90 bn a year',
      ]);
      expect(await q.getByRole('tab', { selected: true }).innerText()).toBe('Rs 90 bn a year');
      expect(await q.locator('.notices').innerText()).toContain('Opened the shared comparison beside your own scenarios');
      expect(new URL(q.url()).hash).toBe('');
      // On the sender's view (a fresh browser starts on Overlaid), each scenario in the sender's colour: the receiver's
      // own Rs 80 bn, not shared, gave its blue up to the shared Rs 90 bn.
      expect(await q.getByRole('button', { name: 'Side by side' }).getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => colours(q), { timeout: 30_000 }).toEqual(sentColours);
      await screenshot(q, 'share-recipient-side-by-side');
      await q.getByRole('button', { name: 'Overlaid', exact: true }).click();
      await done(q);
      // Bit for bit: every headline number and interval as the sender saw it.
      await expect.poll(() => headlines(q), { timeout: 20_000 }).toEqual(sent);

      // A damaged link (cut off): a clear message, and the scenarios are as they were.
      const tabs = await q.getByRole('tab').allInnerTexts();
      await q.goto(`${link.slice(0, link.length - 40)}`);
      await expect.poll(() => q.locator('.notices').innerText()).toMatch(/The shared link is damaged.*Nothing was opened; your own scenarios are unchanged/);
      expect(await q.getByRole('tab').allInnerTexts()).toEqual(tabs);
      await screenshot(q, 'share-damaged-link');
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
