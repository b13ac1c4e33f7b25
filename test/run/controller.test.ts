// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine/index';
import { RunController, viewKey, type RunView } from '../../src/run/controller';
import { InThreadRunner } from '../../src/run/inThread';
import { runKey } from '../../src/run/runKey';
import { PRIORITY, type Job, type Runner } from '../../src/run/types';
import { localStats } from '../../src/run/stats';

function tiny(name: string, annualBn: number[], replications = 4): Scenario {
  const s = defaultScenario(name);
  s.run.households = 600;
  s.run.months = 12;
  s.run.replications = replications;
  s.policy.budget.annualBn = annualBn;
  return s;
}

const until = async (f: () => boolean, ms = 20000) => {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
};

function collect() {
  const views: RunView[] = [];
  const last = (key: string) => [...views].reverse().find((v) => v.key === key);
  const settled = (key: string) =>
    new Promise<RunView>((resolve) => {
      const check = () => {
        const v = last(key);
        if (v && v.status !== 'running') resolve(v);
        else setTimeout(check, 5);
      };
      check();
    });
  return { views, last, settled, sink: (v: RunView) => views.push(v) };
}

/** The in-thread runner, recording every job it is given. */
function spyRunner(): Runner & { jobs: { names: string[]; indices: number[]; priority: number | undefined }[] } {
  const inner = new InThreadRunner();
  const jobs: { names: string[]; indices: number[]; priority: number | undefined }[] = [];
  return {
    jobs,
    threads: 1,
    run: (s, o) => inner.run(s, o),
    submit: (job: Job) => {
      jobs.push({ names: job.scenarios.map((s) => s.name), indices: [...job.indices], priority: job.priority });
      return inner.submit(job);
    },
    dispose: () => inner.dispose(),
  };
}

describe('RunController', () => {
  it('runs wanted scenarios to completion and reports progressive results', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const s = tiny('A', [80]);
    const [key] = ctl.want([s]);
    const done = await c.settled(key!);
    expect(done.status).toBe('done');
    await until(() => c.last(key!)!.resultCount === 4);
    expect(c.last(key!)!.result!.meta.replications).toBe(4);
    const partials = c.views.filter((v) => v.key === key && v.result);
    expect(partials.every((v) => v.result!.meta.replications === v.resultCount)).toBe(true);
  });

  it('submits its jobs at the priority it was given (interactive unless told otherwise)', async () => {
    const c = collect();
    const runner = spyRunner();
    const interactive = new RunController(runner, c.sink, { throttleMs: 0 });
    const background = new RunController(runner, c.sink, { throttleMs: 0, stats: localStats(), priority: PRIORITY.analysis });
    await c.settled(interactive.want([tiny('A', [80])])[0]!);
    await c.settled(background.want([tiny('B', [80])])[0]!);
    expect(runner.jobs.map((j) => [j.names[0], j.priority])).toEqual([['A', PRIORITY.interactive], ['B', PRIORITY.analysis]]);
  });

  it('runs a comparison as one job per shared world, so every scenario sharpens together', async () => {
    const c = collect();
    const runner = spyRunner();
    const ctl = new RunController(runner, c.sink, { throttleMs: 0 });
    const base = tiny('Base', [0]);
    const a = tiny('A', [80]);
    const other = tiny('Other seed', [80]);
    other.run.seed = 99;
    const keys = ctl.want([a, other], base);
    await Promise.all(keys.map((k) => c.settled(k)));
    expect(runner.jobs).toEqual([
      { names: ['A', 'Base'], indices: [0, 1, 2, 3], priority: PRIORITY.interactive },
      { names: ['Other seed'], indices: [0, 1, 2, 3], priority: PRIORITY.interactive },
    ]);
    // Progress of the two scenarios sharing a job never drifts apart by more than one replication.
    const ka = keys[0]!;
    const kb = viewKey(base);
    for (let k = 0; k < c.views.length; k++) {
      const upTo = c.views.slice(0, k + 1);
      const lastDone = (key: string) => [...upTo].reverse().find((v) => v.key === key)?.done ?? 0;
      expect(Math.abs(lastDone(ka) - lastDone(kb))).toBeLessThanOrEqual(1);
    }
  });

  it('a renamed scenario with the same parameters reuses the cached run instantly', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const s = tiny('A', [80]);
    const [key] = ctl.want([s]);
    await c.settled(key!);
    const before = c.views.length;
    const renamed = { ...s, name: 'B' };
    expect(ctl.want([renamed])).toEqual([key]);
    expect(c.views.length).toBeGreaterThan(before);
    expect(c.views[before]!.status).toBe('done');
  });

  it('asking for more replications computes only the new ones', async () => {
    const c = collect();
    const runner = spyRunner();
    const ctl = new RunController(runner, c.sink, { throttleMs: 0 });
    const [k4] = ctl.want([tiny('A', [80], 4)]);
    await c.settled(k4!);
    const [k7] = ctl.want([tiny('A', [80], 7)]);
    const done = await c.settled(k7!);
    expect(done).toMatchObject({ status: 'done', done: 7 });
    expect(runner.jobs.map((j) => j.indices)).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
    await until(() => c.last(k7!)!.resultCount === 7);
    // Fewer again: a summary of replications 0 … 2, from those already held, done at once.
    const [k3] = ctl.want([tiny('A', [80], 3)]);
    expect(c.last(k3!)).toMatchObject({ status: 'done', done: 3, total: 3 });
    await until(() => c.last(k3!)?.resultCount === 3);
    expect(c.last(k3!)).toMatchObject({ status: 'done', done: 3 });
    // The result describes this view's scenario, not the one the run was first computed for.
    expect(c.last(k3!)!.result!.scenario.run.replications).toBe(3);
    expect(runner.jobs).toHaveLength(2);
  });

  it('estimates time left from the rate since a view came back on screen, not across the time it was off', async () => {
    const c = collect();
    let offset = 0;
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0, now: () => performance.now() + offset });
    const [ka] = ctl.want([tiny('A', [80], 60)]);
    await until(() => (c.last(ka!)?.done ?? 0) >= 5);
    const [kb] = ctl.want([tiny('B', [90], 2)]);
    await c.settled(kb!);
    offset += 60_000; // a minute off screen
    ctl.want([tiny('A', [80], 60)]);
    const heldBack = ctl.held(ka!)!;
    await until(() => (c.last(ka!)?.done ?? 0) >= heldBack + 3);
    const eta = c.last(ka!)!.etaMs!;
    // A tiny replication takes milliseconds: the minute off screen must not count as work.
    expect(eta).toBeLessThan(30_000);
    ctl.cancel();
  });

  it('stops work no longer on screen, keeping what it delivered', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const a = tiny('A', [80], 50);
    const b = tiny('B', [120], 3);
    const [ka] = ctl.want([a]);
    await until(() => (c.last(ka!)?.done ?? 0) >= 2);
    const [kb] = ctl.want([b]);
    const done = await c.settled(kb!);
    expect(done.status).toBe('done');
    const heldA = ctl.held(ka!)!;
    await new Promise((r) => setTimeout(r, 30));
    expect(ctl.held(ka!)).toBe(heldA);
    expect(heldA).toBeGreaterThanOrEqual(2);
    expect(heldA).toBeLessThan(50);
  });

  it('cancel keeps the partial result, and resume continues from it without recomputing', async () => {
    const c = collect();
    const runner = spyRunner();
    const ctl = new RunController(runner, c.sink, { throttleMs: 0 });
    const s = tiny('A', [80], 30);
    const [key] = ctl.want([s]);
    await until(() => (c.last(key!)?.done ?? 0) >= 3);
    ctl.cancel();
    const cancelled = c.last(key!)!;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(30);
    const kept = ctl.held(key!)!;
    ctl.resume();
    const done = await c.settled(key!);
    expect(done).toMatchObject({ status: 'done', done: 30 });
    expect(runner.jobs).toHaveLength(2);
    expect(runner.jobs[1]!.indices[0]).toBeGreaterThanOrEqual(kept);
    expect(runner.jobs[1]!.indices).toHaveLength(30 - kept);
  });

  it('reports a failing run as an error with its message', async () => {
    const c = collect();
    const failing = { threads: 1, dispose() {}, run: () => Promise.reject(new Error('engine exploded')), submit: () => Promise.reject(new Error('engine exploded')) };
    const ctl = new RunController(failing, c.sink);
    const [key] = ctl.want([tiny('A', [80])]);
    const v = await c.settled(key!);
    expect(v.status).toBe('error');
    expect(v.error).toBe('engine exploded');
  });

  it('gives each view its difference from the baseline, and the baseline a zero difference', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const base = tiny('Base', [0], 3);
    const [ka, kb] = ctl.want([tiny('A', [80], 3), base], base);
    await until(() => c.last(ka!)?.difference !== null && c.last(ka!)?.resultCount === 3 && (c.last(ka!)?.difference as { replications?: number })?.replications === 3);
    const d = c.last(ka!)!.difference as import('../../src/engine/index').Difference;
    expect(d.summary.spentPKR!.p5!).toBeGreaterThan(0);
    await until(() => (c.last(kb!)?.difference as { replications?: number } | null)?.replications === 3);
    const zero = c.last(kb!)!.difference as import('../../src/engine/index').Difference;
    expect(zero.summary.sustainedExits).toEqual({ mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 });
  });

  it('runKey ignores the name, key order and replication count', () => {
    const s = tiny('A', [80]);
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as unknown as Scenario;
    expect(runKey({ ...reordered, name: 'Z' })).toBe(runKey(s));
    expect(runKey(tiny('A', [80], 9))).toBe(runKey(s));
    expect(viewKey(tiny('A', [80], 9))).not.toBe(viewKey(s));
    expect(runKey(tiny('A', [81]))).not.toBe(runKey(s));
  });

  it('drops the oldest finished runs beyond the cache limits and says which', async () => {
    const c = collect();
    const evicted: string[] = [];
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0, maxCached: 1 });
    ctl.setEvictListener((keys) => evicted.push(...keys));
    const [ka] = ctl.want([tiny('A', [80], 2)]);
    await c.settled(ka!);
    const [kb] = ctl.want([tiny('B', [90], 2)]);
    await c.settled(kb!);
    ctl.want([tiny('C', [95], 2)]);
    expect(evicted).toEqual([ka]);
    expect(ctl.held(ka!)).toBeNull();
    expect(ctl.held(kb!)).toBe(2);
  });

  it('keeps cached replications under a memory budget', async () => {
    const c = collect();
    const evicted: string[] = [];
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0, maxCachedBytes: 1 });
    ctl.setEvictListener((keys) => evicted.push(...keys));
    const [ka] = ctl.want([tiny('A', [80], 2)]);
    await c.settled(ka!);
    ctl.want([tiny('B', [90], 2)]);
    expect(evicted).toEqual([ka]);
  });

  it('never evicts a run that is on screen, even past both bounds; unwanted runs go, least recently wanted first', async () => {
    const c = collect();
    const evicted: string[] = [];
    // Bounds too small for even one run: only what is not wanted may be dropped.
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0, maxCached: 1, maxCachedBytes: 1 });
    ctl.setEvictListener((keys) => evicted.push(...keys));
    const names = new Map<string, string>();
    const want = (...ss: Scenario[]) => ctl.want(ss).map((k, i) => (names.set(k, ss[i]!.name), k));
    const evictedNames = () => evicted.map((k) => names.get(k));

    const active = tiny('Active', [80], 2);
    const [ka] = want(active);
    await c.settled(ka!);
    // The active scenario stays on screen while others are compared with it, one after another.
    const [, kx] = want(active, tiny('X', [90], 2));
    await c.settled(kx!);
    expect(evictedNames()).toEqual([]);
    const [, ky, kz] = want(active, tiny('Y', [95], 2), tiny('Z', [100], 2));
    await Promise.all([c.settled(ky!), c.settled(kz!)]);
    expect(evictedNames()).toEqual(['X']);
    want(active, tiny('W', [105], 2));
    expect(evictedNames()).toEqual(['X', 'Y', 'Z']);
    // The displayed run's results survive: the controller keeps its replications and never told the store to drop it.
    expect(ctl.held(ka!)).toBe(2);
    expect(c.last(ka!)).toMatchObject({ status: 'done', done: 2 });
    expect(c.last(ka!)!.result).not.toBeNull();
  });
});
