// @vitest-environment node
/**
 * The statistics worker dying under a run (the audit of worker crashes): an uncaught error in it, or a worker that
 * closes itself without a word. Its replacement is given the replications again (computed anew by the runner, the
 * same numbers), the summaries asked of the dead one are answered, and the replacement is reported as the pool's are.
 * Before, a summary asked of a dead worker never settled, and the run stayed on the numbers it last had.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expose, type Endpoint } from 'comlink';
import { Accumulator, buildResult, compareRuns, simulateWorld, type Scenario } from '../../src/engine/index';
import { createBrowserStats } from '../../src/run/browser';
import { createStatsWorkerApi, DIFF_REGION_SCALARS, DIFF_SCALARS, DIFF_SERIES, MAX_REPLACEMENTS, type Stats } from '../../src/run/stats';
import type { Job, WorkerReplacement } from '../../src/run/types';
import { tinyScenario } from './scenarios';

/** A stand-in for a browser's Web Worker running workers/stats.worker.ts: the same API behind a MessageChannel. */
class FakeWorker extends EventTarget {
  static all: FakeWorker[] = [];
  private readonly port: MessagePort;
  private readonly inside: MessagePort;
  /** Closed itself: it takes no more messages and answers none, and says nothing (as self.close() in a browser). */
  closed = false;
  terminated = false;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.inside = port1;
    this.port = port2;
    expose(createStatsWorkerApi(), port1 as unknown as Endpoint);
    port2.addEventListener('message', (e) => {
      if (!this.closed) this.dispatchEvent(Object.assign(new Event('message'), { data: (e as MessageEvent).data }));
    });
    port2.start();
    FakeWorker.all.push(this);
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    if (!this.closed && !this.terminated) this.port.postMessage(message, transfer as never);
  }
  terminate() {
    this.terminated = true;
    this.inside.close();
    this.port.close();
  }
  /** An uncaught error inside it: the worker's error event, which a page may cancel. */
  crash(message: string): Event {
    const e = Object.assign(new Event('error', { cancelable: true }), { message });
    this.dispatchEvent(e);
    return e;
  }
}

/** The simulation pool as the stats service uses it: each replication of the job's scenarios, computed here. */
function fakeRunner() {
  const jobs: Job[] = [];
  return {
    jobs,
    submit: async (job: Job) => {
      jobs.push(job);
      for (const r of job.indices) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (job.signal?.aborted) throw new Error('aborted');
        job.onReplication?.(r, simulateWorld(job.scenarios, r));
      }
    },
  };
}

const withBudget = (s: Scenario, bn: number): Scenario => ({ ...s, policy: { ...s.policy, budget: { ...s.policy.budget, annualBn: [bn] } } });
const base = withBudget(tinyScenario(5), 0);
const plan = withBudget(tinyScenario(5), 120);

/** Replications 0 … n − 1 of both runs into `stats`, and the accumulators the summaries must match. */
function feed(stats: Stats, n: number) {
  const accBase = new Accumulator(base);
  const accPlan = new Accumulator(plan);
  for (let r = 0; r < n; r++) {
    const [b, p] = simulateWorld([base, plan], r);
    accBase.add(r, b!.slice());
    accPlan.add(r, p!.slice());
    stats.add('base', r === 0 ? base : null, [r], [b!]);
    stats.add('plan', r === 0 ? plan : null, [r], [p!]);
  }
  return { accBase, accPlan };
}

/** `promise`, or a failure if it has not settled in `ms` (the old code's summaries never did). */
const within = <T>(promise: Promise<T>, ms = 5_000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

const request = [{ key: 'plan', replications: 5, base: { key: 'base', replications: 5 } }];
const open: Stats[] = [];

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
  vi.unstubAllGlobals();
});

describe('statistics worker crashes', () => {
  it('an error inside it: the worker is replaced, given its replications again, and the summary asked meanwhile is answered in full', async () => {
    const replaced: WorkerReplacement[] = [];
    const runner = fakeRunner();
    const stats = createBrowserStats({ runner, onWorkerReplaced: (info) => replaced.push(info) });
    open.push(stats);
    const { accBase, accPlan } = feed(stats, 5);
    expect(FakeWorker.all).toHaveLength(1);
    const first = FakeWorker.all[0]!;
    expect(first.options.name).toBe('statistics');
    // Asked, and then the worker dies before it answers (it will never answer now).
    const asked = stats.summarise(request);
    first.closed = true;
    const event = first.crash('Uncaught Error: boom');
    expect(event.defaultPrevented).toBe(true);
    const [s] = await within(asked);
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    expect(replaced).toEqual([{ cause: 'Uncaught Error: boom', replications: [] }]);
    expect(runner.jobs.map((j) => j.indices)).toEqual([[0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]);
    expect(s!.count).toBe(5);
    expect(JSON.stringify(s!.result)).toBe(JSON.stringify(buildResult(accPlan)));
    expect(JSON.stringify(s!.difference)).toBe(JSON.stringify(compareRuns(accPlan, accBase, DIFF_SCALARS, DIFF_SERIES, DIFF_REGION_SCALARS)));
    // Replications that come after go on to the new worker, which has the run's scenario.
    const [b5, p5] = simulateWorld([base, plan], 5);
    stats.add('base', null, [5], [b5!]);
    stats.add('plan', null, [5], [p5!]);
    const [later] = await within(stats.summarise([{ key: 'plan', replications: 6, base: { key: 'base', replications: 6 } }]));
    expect(later!.count).toBe(6);
  });

  it('a worker that closed itself without a word: a summary not answered in time (while the page is visible) is asked of a new one', async () => {
    const replaced: WorkerReplacement[] = [];
    let shown = false;
    const stats = createBrowserStats({ runner: fakeRunner(), onWorkerReplaced: (info) => replaced.push(info), answerTimeoutMs: 300, visible: () => shown });
    open.push(stats);
    const { accPlan } = feed(stats, 5);
    const [ok] = await within(stats.summarise(request));
    expect(ok!.count).toBe(5);
    FakeWorker.all[0]!.closed = true;
    const asked = stats.summarise(request);
    // Hidden, the wait does not count.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(FakeWorker.all).toHaveLength(1);
    shown = true;
    const [s] = await within(asked);
    expect(FakeWorker.all).toHaveLength(2);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]!.cause).toMatch(/not answered in time/);
    expect(JSON.stringify(s!.result)).toBe(JSON.stringify(buildResult(accPlan)));
  });

  it('without a runner to compute them again: an error leaves the worker and its replications; a stopped worker’s runs fail rather than hang', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const replaced: WorkerReplacement[] = [];
    const stats = createBrowserStats({ onWorkerReplaced: (info) => replaced.push(info), answerTimeoutMs: 300, visible: () => true });
    open.push(stats);
    feed(stats, 5);
    // An uncaught error that did not stop it: it answers as before.
    expect(FakeWorker.all[0]!.crash('Uncaught Error: boom').defaultPrevented).toBe(true);
    const [s] = await within(stats.summarise(request));
    expect(s!.count).toBe(5);
    expect(replaced).toEqual([]);
    expect(warn).toHaveBeenCalledWith('statistics worker: Uncaught Error: boom');
    // Stopped: the summary fails once it is overdue, and a new worker takes over.
    FakeWorker.all[0]!.closed = true;
    await expect(within(stats.summarise(request))).rejects.toThrow(/statistics worker stopped/);
    expect(replaced).toHaveLength(1);
    expect(FakeWorker.all).toHaveLength(2);
    // A run it never held is summarised by the new worker as before.
    stats.add('fresh', plan, [0], [simulateWorld([plan], 0)[0]!]);
    const [fresh] = await within(stats.summarise([{ key: 'fresh', replications: 5, base: null }]));
    expect(fresh!.count).toBe(1);
  });

  // Review: one run that could not be computed again (its household data since unloaded, say) made every summary fail
  // until a reload, other runs and new ones too: one restore promise stood for all of them.
  it('a run the runner will not compute again fails alone: other runs, and new ones, are summarised', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const runner = fakeRunner();
    const refusing = { submit: (job: Job) => (job.scenarios[0] === base ? Promise.reject(new Error('data not loaded')) : runner.submit(job)) };
    const stats = createBrowserStats({ runner: refusing });
    open.push(stats);
    const { accPlan } = feed(stats, 5);
    FakeWorker.all[0]!.closed = true;
    FakeWorker.all[0]!.crash('Uncaught Error: boom');
    await expect(within(stats.summarise(request))).rejects.toThrow(/could not be computed again/);
    const [alone] = await within(stats.summarise([{ key: 'plan', replications: 5, base: null }]));
    expect(JSON.stringify(alone!.result)).toBe(JSON.stringify(buildResult(accPlan)));
    stats.add('fresh', plan, [0], [simulateWorld([plan], 0)[0]!]);
    const [fresh] = await within(stats.summarise([{ key: 'fresh', replications: 1, base: null }]));
    expect(fresh!.count).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/computing run base again failed: data not loaded/));
  });

  // Review: a worker whose script cannot be loaded fails at once, every time; each failure started another, for ever.
  it('stops starting workers after MAX_REPLACEMENTS that die before answering, and says so to every summary', async () => {
    const replaced: WorkerReplacement[] = [];
    const stats = createBrowserStats({ runner: fakeRunner(), onWorkerReplaced: (info) => replaced.push(info) });
    open.push(stats);
    feed(stats, 2);
    const asked = stats.summarise(request);
    const failed = expect(within(asked)).rejects.toThrow(/failed 4 times in a row without answering .*reload the page/);
    for (let k = 0; k <= MAX_REPLACEMENTS; k++) {
      const w = FakeWorker.all[k]!;
      w.closed = true;
      w.crash('could not load the script');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await failed;
    expect(replaced).toHaveLength(MAX_REPLACEMENTS);
    expect(FakeWorker.all).toHaveLength(MAX_REPLACEMENTS + 1);
    await expect(within(stats.summarise(request))).rejects.toThrow(/reload the page/);
  });
});
