// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine/index';
import { RunController, type RunView } from '../../src/run/controller';
import { InThreadRunner } from '../../src/run/inThread';
import { runKey } from '../../src/run/runKey';

function tiny(name: string, annualBn: number[], replications = 4): Scenario {
  const s = defaultScenario(name);
  s.run.households = 600;
  s.run.months = 12;
  s.run.replications = replications;
  s.policy.budget.annualBn = annualBn;
  return s;
}

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

describe('RunController', () => {
  it('runs wanted scenarios to completion and reports progressive results', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const s = tiny('A', [80]);
    const [key] = ctl.want([s]);
    const done = await c.settled(key!);
    expect(done.status).toBe('done');
    expect(done.result!.meta.replications).toBe(4);
    const partials = c.views.filter((v) => v.key === key && v.status === 'running' && v.result);
    expect(partials.length).toBeGreaterThan(0);
    expect(partials.every((v) => v.result!.meta.replications === v.done)).toBe(true);
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
    expect(c.views.length).toBe(before + 1);
    expect(c.views.at(-1)!.status).toBe('done');
  });

  it('cancels stale runs when the wanted set changes, and never reports them again', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const a = tiny('A', [80], 50);
    const b = tiny('B', [120], 3);
    const [ka] = ctl.want([a]);
    await new Promise((r) => setTimeout(r, 20));
    const [kb] = ctl.want([b]);
    const done = await c.settled(kb!);
    expect(done.status).toBe('done');
    await new Promise((r) => setTimeout(r, 30));
    const lastA = c.last(ka!)!;
    expect(lastA.status).toBe('running');
    expect(lastA.done).toBeLessThan(50);
    expect(ctl.accumulator(ka!)).toBeNull();
  });

  it('cancel(key) keeps the partial result, and restart(key) runs it again', async () => {
    const c = collect();
    const ctl = new RunController(new InThreadRunner(), c.sink, { throttleMs: 0 });
    const s = tiny('A', [80], 40);
    const [key] = ctl.want([s]);
    await new Promise((r) => setTimeout(r, 40));
    ctl.cancel(key!);
    const cancelled = c.last(key!)!;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(40);
    ctl.restart(key!);
    const done = await c.settled(key!);
    expect(done.status).toBe('done');
    expect(done.done).toBe(40);
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

  it('runKey ignores the name and key order', () => {
    const s = tiny('A', [80]);
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as unknown as Scenario;
    expect(runKey({ ...reordered, name: 'Z' })).toBe(runKey(s));
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
    expect(ctl.accumulator(ka!)).toBeNull();
    expect(ctl.accumulator(kb!)).not.toBeNull();
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
    expect(ctl.accumulator(ka!)!.count).toBe(2);
    expect(c.last(ka!)).toMatchObject({ status: 'done', done: 2 });
    expect(c.last(ka!)!.result).not.toBeNull();
  });
});
