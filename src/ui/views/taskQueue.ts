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
}
