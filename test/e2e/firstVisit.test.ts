/**
 * A first visit as a user makes it: Chromium started on its own, with a new
 * profile (nothing cached, no service worker yet) and no DevTools protocol
 * attached. The other end-to-end tests drive the page through Playwright,
 * and an attached DevTools session changes what the page's thread does: at
 * a first visit, V8 then re-parsed whole scripts to collect source
 * positions during module evaluation (42–57 ms of the 85–95 ms of CPU that
 * task took, against 33–39 ms with nothing attached). Chromium's own
 * start-up tracing (`--trace-startup`) records the same tasks with nothing
 * attached; the test reads the page's marks and tasks from its file. It
 * writes and prints the times, asserting none: these machines are shared.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startPreview, type Server } from './harness';
import { cpuAlongside, longTasks, markIn, rendererMainTasks, type TraceEvent } from './traceTasks';

let server: Server;
beforeAll(async () => {
  server = await startPreview();
});
afterAll(async () => {
  await server?.stop();
});

/** How long Chromium traces: the default comparison is done in 12–18 s on these machines, and the trace must hold its end. */
const TRACE_SECONDS = 50;
/** How long Chromium may then take to write its trace. */
const WRITE_SECONDS = 60;

/** Chromium's trace of a first visit to `url`, from its start until TRACE_SECONDS later, with nothing attached. */
async function traceFirstVisit(url: string): Promise<TraceEvent[]> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-first-visit-'));
  const file = join(dir, 'trace.json');
  const chromium = spawn('/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1440,900',
    '--trace-startup=toplevel,blink.user_timing', '--trace-startup-format=json', `--trace-startup-file=${file}`, `--trace-startup-duration=${TRACE_SECONDS}`,
    url,
  ], { stdio: 'ignore', detached: true });
  let ended: string | null = null;
  const exited = new Promise<void>((done) =>
    chromium.once('exit', (code, signal) => {
      ended = signal ?? `code ${code}`;
      done();
    }),
  );
  // Killed with its own process group (it is detached, so that its renderers and helpers go with it), also if the tests stop first.
  const killGroup = () => {
    try {
      process.kill(-chromium.pid!, 'SIGKILL');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
    }
  };
  try {
    // Rejects if it cannot be started at all (no 'exit' follows then).
    await once(chromium, 'spawn');
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Chromium could not be started: ${(e as Error).message}`);
  }
  process.once('exit', killGroup);
  try {
    // Chromium writes the file once the tracing time is over, and keeps running: read it when it parses whole.
    for (const giveUp = Date.now() + (TRACE_SECONDS + WRITE_SECONDS) * 1000; Date.now() < giveUp; ) {
      if (ended !== null) throw new Error(`Chromium exited (${ended}) before writing its trace`);
      await new Promise((r) => setTimeout(r, 1000));
      if (!existsSync(file)) continue;
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      } catch {
        // still being written
      }
    }
    throw new Error(`no whole trace in ${file} ${TRACE_SECONDS + WRITE_SECONDS} s after Chromium started`);
  } finally {
    process.removeListener('exit', killGroup);
    killGroup();
    await exited;
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/** A mark's time on the page's clock (ms from navigation), as the page gave it. */
function pageTime(mark: TraceEvent): number {
  const t = mark.args?.data?.startTime;
  if (typeof t !== 'number' || !Number.isFinite(t)) throw new Error(`the trace gives mark "${mark.name}" no time on the page's clock (args.data.startTime)`);
  return t;
}

describe('a first visit with no DevTools attached', () => {
  it('completes the default comparison; its time and long main-thread tasks (wall and CPU) are printed', { timeout: (TRACE_SECONDS + WRITE_SECONDS + 30) * 1000 }, async () => {
    const events = await traceFirstVisit(server.url);
    const start = markIn(events, 'app-start');
    expect(start, 'the page never marked app-start: the app did not start').toBeDefined();
    const first = markIn(events, 'first-result');
    expect(first, `no first result within ${TRACE_SECONDS} s`).toBeDefined();
    const done = markIn(events, 'comparison-done');
    expect(done, `the default comparison was not done within ${TRACE_SECONDS} s`).toBeDefined();
    expect(pageTime(start!)).toBeLessThan(pageTime(first!));
    expect(pageTime(first!)).toBeLessThan(pageTime(done!));

    // The page's thread is the one that made its marks (Chromium's own pages have renderers of their own).
    const tasks = rendererMainTasks(events).get(`${start!.pid}:${start!.tid}`);
    expect(tasks, 'the app-start mark is not on a renderer main thread').toBeDefined();
    // app-start is marked as the entry module's body begins, once every module it imports has run: in the task that evaluates them.
    const evaluation = tasks!.find((e) => e.ts <= start!.ts && start!.ts <= e.ts + (e.dur ?? 0));
    expect(evaluation, 'no task holds the app-start mark').toBeDefined();
    // Every task of the page's thread, from its navigation on: the trace holds this one page load from its start.
    const trace = longTasks(events, tasks!, 50, { mark: 'app-start', at: pageTime(start!), keepEarlier: true });
    const report = {
      doneMs: Math.round(pageTime(done!)),
      firstResultMs: Math.round(pageTime(first!)),
      appStartMs: Math.round(pageTime(start!)),
      // The task that evaluated the app's modules: wall and CPU ms.
      moduleEvaluation: [Math.round((evaluation!.dur ?? 0) / 1000), Math.round((evaluation!.tdur ?? 0) / 1000)],
      longestTaskCpuMs: trace.longestCpuMs,
      // Tasks of 50 ms or more, from navigation to the end of the trace: [ms from navigation, wall ms, CPU ms], and
      // the CPU ms other threads used meanwhile: the page's workers, its other threads (V8's compiling and garbage
      // collection, the compositor), and other processes (see cpuAlongside).
      tracedLongTasks: trace.long.map((x, k) => {
        const other = cpuAlongside(events, trace.tasks[k]!);
        return [x.at, x.wallMs, x.cpuMs, other.workers, other.pageOther, other.elsewhere];
      }),
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'first-visit.json'), JSON.stringify(report, null, 2));
    console.log(`first visit, no DevTools attached (default comparison, 4 scenarios × 100 replications): ${JSON.stringify(report)}`);
  });
});
