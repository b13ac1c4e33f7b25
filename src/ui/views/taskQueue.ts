/**
 * One chart per task. When a progressive result arrives, every chart has
 * work to do; done in one go it blocks the main thread for hundreds of
 * milliseconds. Jobs queued here run one per macrotask, in the order they
 * were first queued (the dashboard's layout order), so the browser can paint
 * and handle input between two charts. A newer job from the same owner
 * replaces its pending one in place: a chart never draws a stale result
 * first, and never loses its turn.
 */
type Job = () => void;

const pending = new Map<object, Job>();
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const next = pending.entries().next();
  if (next.done) return;
  const [owner, job] = next.value;
  pending.delete(owner);
  // Schedule the following job before running this one, so a job that throws does not stall the queue.
  if (pending.size > 0) schedule();
  job();
}

function schedule(): void {
  if (scheduled || pending.size === 0) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/** Run `job` in a task of its own after the jobs queued before it; replaces `owner`'s pending job. */
export function enqueue(owner: object, job: Job): void {
  pending.set(owner, job);
  schedule();
}

/** Drop `owner`'s pending job, if any (e.g. when it unmounts). */
export function cancel(owner: object): void {
  pending.delete(owner);
  const later = settling.get(owner);
  if (later) clearTimeout(later.timer);
  settling.delete(owner);
}

/**
 * Jobs of charts out of sight. During a run a new result arrives every
 * second or two, and redrawing the charts nobody can see took most of the
 * page's time (and CPU the simulation workers need): such a chart waits
 * until the results stop changing for SETTLE_MS (the run is over), or until
 * it comes into sight, or until the page is printed.
 */
export const SETTLE_MS = 2000;
const settling = new Map<object, { job: Job; timer: ReturnType<typeof setTimeout> }>();

/** Queue `job` once `owner` has had no newer job for SETTLE_MS; replaces its pending one. */
export function enqueueWhenSettled(owner: object, job: Job): void {
  cancel(owner);
  const timer = setTimeout(() => {
    settling.delete(owner);
    enqueue(owner, job);
  }, SETTLE_MS);
  settling.set(owner, { job, timer });
}

/** Run every queued job now, then every waiting one (before printing: the printout shows every chart up to date). */
export function flushAll(): void {
  for (const [owner, { job, timer }] of settling) {
    clearTimeout(timer);
    pending.set(owner, job);
  }
  settling.clear();
  for (const [owner, job] of [...pending]) {
    pending.delete(owner);
    job();
  }
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', flushAll);
