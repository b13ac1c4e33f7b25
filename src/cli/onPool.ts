/**
 * What every computing command (`sim`, `sim compare`, `sim sensitivity`,
 * `sim optimise`) does around its work: a Node worker pool that reports
 * replaced workers, Ctrl-C as a cancel, imported household data given to the
 * workers first, progress on stderr, and the exit code (0 done, 1 the work
 * failed, 130 interrupted with nothing written). The runner is always
 * disposed.
 */
import { createNodePool } from '../run/nodeWorkers';
import type { WorkerPool } from '../run/pool';
import { isAbort } from '../run/errors';
import type { Runner } from '../run/types';
import { ProgressReporter, type ProgressSink } from './progress';
import type { LoadedHouseholds } from './householdsInput';

/** A pool of `threads` worker threads that says on stderr (`log`) when it replaced one. */
export function commandPool(threads: number, log: (line: string) => void): WorkerPool {
  return createNodePool({
    size: threads,
    onWorkerReplaced: (info) =>
      log(`replaced a worker thread (${info.cause})${info.replications.length ? `; retrying replications ${info.replications.join(', ')}` : ''}`),
  });
}

export interface CommandWork<R extends Runner> {
  runner: R;
  /** Aborted by Ctrl-C. */
  signal: AbortSignal;
  progress: ProgressReporter;
}

/** Run `work` (which returns the exit code) on `runner`; `heading` starts every line written to `stderr`. */
export async function onRunner<R extends Runner>(
  heading: string, runner: R, stderr: ProgressSink, data: LoadedHouseholds | null, work: (w: CommandWork<R>) => Promise<number>,
): Promise<number> {
  const err = (line: string) => stderr.write(`${line}\n`);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const progress = new ProgressReporter(stderr);
  try {
    if (data) await runner.loadHouseholds?.(data.ref.sha256, data.data);
    return await work({ runner, signal: controller.signal, progress });
  } catch (e) {
    progress.finish();
    if (isAbort(e)) {
      err(`${heading}: interrupted; nothing written`);
      return 130;
    }
    err(`${heading}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    runner.dispose();
  }
}
