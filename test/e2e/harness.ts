/**
 * End-to-end harness: serves the production build with `vite preview` on
 * 127.0.0.1 and drives Debian's Chromium through playwright-core. Every page
 * records console errors and uncaught exceptions so a test can fail on them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { longTasks, rendererMainTasks, type TraceAnchor, type TraceEvent, type TracedTask } from './traceTasks';

export type { TraceAnchor, TracedTask } from './traceTasks';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Start `vite preview` on a free-ish port and wait until it answers. */
export async function startPreview(port = 4173 + Math.floor(Math.random() * 500)): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  /** Console errors and page errors seen on any page so far. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Register beforeAll/afterAll hooks that serve the build and launch Chromium
 * once per test file; the returned object's fields are set once they have run.
 */
export function useServedBrowser(hooks: { beforeAll: (f: () => Promise<void>) => void; afterAll: (f: () => Promise<void>) => void }): {
  server: Server;
  browser: Browser;
} {
  const env = {} as { server: Server; browser: Browser };
  hooks.beforeAll(async () => {
    env.server = await startPreview();
    env.browser = await launch();
  });
  hooks.afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** A new page on the app with no saved work, its long tasks watched from the start (watchLongTasks). */
export async function openFresh(env: { server: Server; browser: Browser }): Promise<Page> {
  const page = await env.browser.newPage();
  await watchLongTasks(page);
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return page;
}

/** Record the page's long main-thread tasks from its first script on (longestSince reads them). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { at: number; ms: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest main-thread task that ended at or after `from` (ms on the page's clock), watched by watchLongTasks. */
export const longestSince = (p: Page, from: number): Promise<number> =>
  p.evaluate((t) => Math.round(Math.max(0, ...(window as unknown as { __longTasks: { at: number; ms: number }[] }).__longTasks.filter((x) => x.at + x.ms >= t).map((x) => x.ms))), from);

/** axe-core's violations on the page as it is now, one line each. */
export async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * Trace a page's main-thread tasks (Chromium's `toplevel` category: every task
 * with its wall and thread time) from now until the returned function is
 * called. A long task's wall time includes the time its thread waited for a
 * core; on a machine whose cores are busy with the simulation workers (and
 * other tenants), that can be most of it. Its CPU time is the work the app did.
 * Returns, for the busiest renderer main thread (the page's), the tasks that
 * took `overMs` or more of either, and the most CPU time any task took.
 * Given an anchor (a performance mark the page made, with its time), tasks
 * that ended before the mark are left out (a page reloaded while traced: the
 * one before it) and times are on the page's clock; otherwise they count from
 * the first traced task. Throws if the trace holds no main-thread task with
 * its CPU time, rather than report a longest task of 0 ms.
 */
export async function traceMainThread(page: Page, overMs = 50): Promise<(anchor?: TraceAnchor) => Promise<{ long: TracedTask[]; longestCpuMs: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'], excludedCategories: ['*'] }, transferMode: 'ReturnAsStream' });
  return async (anchor) => {
    const complete = new Promise<{ stream?: string }>((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) throw new Error('the trace returned no stream');
    const chunks: string[] = [];
    for (;;) {
      const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString() : data);
      if (eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    await cdp.detach();
    const events = (JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] }).traceEvents;
    // The page's thread: the busiest renderer main thread.
    const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
    const busiest = [...rendererMainTasks(events).values()].sort((a, b) => cpu(b) - cpu(a))[0] ?? [];
    return longTasks(events, busiest, overMs, anchor);
  };
}
