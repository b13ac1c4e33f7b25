import { RunError } from '../../src/run/errors';
import type { Job, Runner } from '../../src/run/types';

/** A runner that records its jobs and never finishes one until it is aborted (progress and Cancel in view tests). */
export function stalledRunner(): Runner & { jobs: Job[] } {
  const jobs: Job[] = [];
  return {
    threads: 1,
    jobs,
    run: () => Promise.reject(new Error('not used')),
    submit(job) {
      jobs.push(job);
      return new Promise((_, reject) => job.signal?.addEventListener('abort', () => reject(new RunError({ kind: 'aborted' }))));
    },
    dispose() {},
  } as Runner & { jobs: Job[] };
}
