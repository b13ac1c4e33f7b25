// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulateReplication, validateScenario } from '../../src/engine/index';
import { InThreadRunner } from '../../src/run/inThread';
import { isAbort, isRunError } from '../../src/run/errors';
import { tinyScenario } from './scenarios';

describe('InThreadRunner', () => {
  it('collects every replication, each equal to a direct engine call', async () => {
    const scenario = tinyScenario(4);
    const progress: [number, number][] = [];
    const seen: number[] = [];
    const acc = await new InThreadRunner().run(scenario, {
      onProgress: (done, total) => progress.push([done, total]),
      onReplication: (r, _data, live) => {
        expect(live.has(r)).toBe(true);
        seen.push(r);
      },
    });
    expect(acc.count).toBe(4);
    for (let r = 0; r < 4; r++) expect(acc.has(r)).toBe(true);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(progress).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);
    const v = validateScenario(scenario);
    if (!v.ok) throw new Error('tiny scenario should be valid');
    expect(acc.entries()[2]![1]).toEqual(simulateReplication(v.scenario, 2));
  });

  it('stops early and rejects with an abort error when the signal fires', async () => {
    const controller = new AbortController();
    let done = 0;
    const run = new InThreadRunner().run(tinyScenario(6), {
      onProgress: (d) => {
        done = d;
        if (d === 2) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toSatisfy(isAbort);
    expect(done).toBe(2);
  });

  it('rejects at once for an already aborted signal', async () => {
    await expect(new InThreadRunner().run(tinyScenario(), { signal: AbortSignal.abort() })).rejects.toSatisfy(isAbort);
  });

  it('rejects an invalid scenario with every issue by path', async () => {
    const s = tinyScenario();
    s.run.months = 1000;
    (s as unknown as Record<string, unknown>).extra = 1;
    const err = await new InThreadRunner().run(s).catch((e: unknown) => e);
    expect(isRunError(err, 'invalid-scenario')).toBe(true);
    if (!isRunError(err, 'invalid-scenario')) return;
    expect(err.failure.issues.map((i) => i.path).sort()).toEqual(['extra', 'run.months']);
  });
});
