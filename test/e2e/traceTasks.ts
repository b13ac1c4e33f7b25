/**
 * Main-thread tasks in a Chromium trace (JSON, `toplevel` and
 * `blink.user_timing` categories), whether the trace came through the DevTools
 * protocol (harness.traceMainThread) or from Chromium's own start-up tracing
 * with nothing attached (firstVisit.test.ts).
 */

/** The fields of a trace event these helpers read. */
export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { startTime?: number } };
}

/** A main-thread task as Chromium's tracing records it: when it began, its wall time, and the CPU time its thread spent in it (ms). */
export interface TracedTask {
  at: number;
  wallMs: number;
  cpuMs: number;
}

/**
 * A performance mark the page made, and its time on the page's clock: traced tasks are then timed on that clock
 * too. Tasks that ended before the mark are left out (a page reloaded while traced: the one before it) unless
 * `keepEarlier` (a trace of one page load, from its start).
 */
export interface TraceAnchor {
  mark: string;
  at: number;
  keepEarlier?: boolean;
}

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/** The last performance mark of that name in the trace, if any. */
export function markIn(events: readonly TraceEvent[], name: string): TraceEvent | undefined {
  return events.filter((e) => e.name === name && (e.cat ?? '').includes('user_timing')).at(-1);
}

/** Every task (ThreadControllerImpl::RunTask) on each renderer main thread, by thread ("pid:tid"), in time order. */
export function rendererMainTasks(events: readonly TraceEvent[]): Map<string, TraceEvent[]> {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf));
  const tasks = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(threadOf(e))) continue;
    const list = tasks.get(threadOf(e)) ?? [];
    list.push(e);
    tasks.set(threadOf(e), list);
  }
  for (const list of tasks.values()) list.sort((a, b) => a.ts - b.ts);
  return tasks;
}

/**
 * A thread's tasks that took `overMs` or more of wall or CPU time, in time
 * order, and the most CPU any of them took. With an anchor, times are on the
 * page's clock (see TraceAnchor); otherwise they count from the thread's
 * first task. Throws if the thread has no task with its CPU time, rather than
 * report a longest task of 0 ms.
 */
export function longTasks(events: readonly TraceEvent[], tasks: readonly TraceEvent[], overMs: number, anchor?: TraceAnchor): { long: TracedTask[]; longestCpuMs: number } {
  if (!tasks.some((e) => (e.tdur ?? 0) > 0)) throw new Error(`the trace holds no renderer main-thread task with its CPU time (${events.length} events)`);
  let origin = tasks.reduce((t, e) => Math.min(t, e.ts), Infinity);
  let offset = 0;
  let kept = tasks;
  if (anchor) {
    const mark = markIn(events, anchor.mark);
    if (!mark) throw new Error(`the trace holds no performance mark "${anchor.mark}"`);
    origin = mark.ts;
    offset = anchor.at;
    if (!anchor.keepEarlier) kept = tasks.filter((e) => e.ts + (e.dur ?? 0) >= origin);
  }
  const long = [...kept]
    .sort((a, b) => a.ts - b.ts)
    .filter((e) => (e.dur ?? 0) >= overMs * 1000 || (e.tdur ?? 0) >= overMs * 1000)
    .map((e) => ({ at: Math.round(offset + (e.ts - origin) / 1000), wallMs: Math.round((e.dur ?? 0) / 1000), cpuMs: Math.round((e.tdur ?? 0) / 1000) }));
  return { long, longestCpuMs: Math.round(kept.reduce((t, e) => Math.max(t, e.tdur ?? 0), 0) / 1000) };
}
