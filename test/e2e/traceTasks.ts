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
 * order (`long`, and their trace events in `tasks`), and the most CPU any of
 * them took. With an anchor, times are on the
 * page's clock (see TraceAnchor); otherwise they count from the thread's
 * first task. Throws if the thread has no task with its CPU time, rather than
 * report a longest task of 0 ms.
 */
export function longTasks(
  events: readonly TraceEvent[], tasks: readonly TraceEvent[], overMs: number, anchor?: TraceAnchor,
): { long: TracedTask[]; longestCpuMs: number; tasks: TraceEvent[] } {
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
  const longEvents = [...kept].sort((a, b) => a.ts - b.ts).filter((e) => (e.dur ?? 0) >= overMs * 1000 || (e.tdur ?? 0) >= overMs * 1000);
  const long = longEvents.map((e) => ({ at: Math.round(offset + (e.ts - origin) / 1000), wallMs: Math.round((e.dur ?? 0) / 1000), cpuMs: Math.round((e.tdur ?? 0) / 1000) }));
  return { long, longestCpuMs: Math.round(kept.reduce((t, e) => Math.max(t, e.tdur ?? 0), 0) / 1000), tasks: longEvents };
}

/** CPU time (ms) other threads used while a task ran: the page's workers, the page's other threads, and other processes. */
export interface Alongside {
  workers: number;
  pageOther: number;
  elsewhere: number;
}

/**
 * What else ran while `task` did, to tell why a task's wall time exceeds its
 * CPU time: the CPU of every other thread's tasks (ThreadControllerImpl::RunTask
 * and ThreadPool_RunTask, the outermost task events) that overlapped it, each
 * counted in proportion to its overlap (so approximate for a task that spans
 * the edge), grouped as the page's Web Workers (simulation and statistics), the
 * page's other threads (V8's background compiling and garbage collection, the
 * compositor), and everything outside the page's process (the browser, the
 * GPU process, other renderers).
 */
export function cpuAlongside(events: readonly TraceEvent[], task: TraceEvent): Alongside {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [threadOf(e), e.args?.name ?? '']));
  const out: Alongside = { workers: 0, pageOther: 0, elsewhere: 0 };
  const from = task.ts;
  const to = task.ts + (task.dur ?? 0);
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'ThreadPool_RunTask') || !e.tdur || !e.dur) continue;
    if (threadOf(e) === threadOf(task)) continue;
    const overlap = Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
    if (overlap <= 0) continue;
    const cpu = (e.tdur * overlap) / e.dur / 1000;
    if (e.pid !== task.pid) out.elsewhere += cpu;
    else if (names.get(threadOf(e)) === 'DedicatedWorker thread') out.workers += cpu;
    else out.pageOther += cpu;
  }
  return { workers: Math.round(out.workers), pageOther: Math.round(out.pageOther), elsewhere: Math.round(out.elsewhere) };
}
