// @vitest-environment node
/**
 * A design evaluated on a runner gives, point by point, the outcome a full
 * run of that point gives, bit for bit, on a worker pool and in this thread,
 * for every outcome; points from different worlds (an uncertain world
 * parameter) are evaluated too; progress counts every replication; abort stops.
 * A paired design (versus) gives each point A's outcome minus B's, bit for
 * bit, with every pair in one job (sharing the world's part of the work).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Accumulator, OUTCOMES, buildResult, outcomeOf, pairedTornadoDesign, simulateReplication, tornadoDesign, worldKey, type Scenario } from '../../src/engine/index';
import { evaluateDesign } from '../../src/run/evaluateDesign';
import { InThreadRunner } from '../../src/run/inThread';
import { WorkerPool } from '../../src/run/pool';
import { isRunError } from '../../src/run/errors';
import type { Job, Runner } from '../../src/run/types';
import { channelWorkers } from './channelWorkers';
import { tinyScenario } from './scenarios';

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

const design = () => {
  const s: Scenario = {
    ...tinyScenario(),
    uncertainty: {
      'policy.cash.benefitPKR': { dist: 'uniform', low: 1000, high: 4000 },
      'world.consumption.mpc': { dist: 'uniform', low: 0.1, high: 0.5 },
    },
  };
  return tornadoDesign(s);
};

function fullRun(s: Scenario) {
  const acc = new Accumulator(s);
  for (let r = 0; r < s.run.replications; r++) acc.add(r, simulateReplication(s, r));
  return buildResult(acc);
}

describe.each([
  ['a pool of 2 workers', () => {
    const p = new WorkerPool({ size: 2, factory: channelWorkers().factory });
    pools.push(p);
    return p as Runner;
  }],
  ['the in-thread runner', () => new InThreadRunner() as Runner],
])('evaluateDesign on %s', (_, makeRunner) => {
  it('gives each point the outcome of its full run, bit for bit, for every outcome', async () => {
    const { points } = design();
    const runner = makeRunner();
    const results = points.map(fullRun);
    for (const outcome of OUTCOMES) {
      let last = [0, 0];
      const got = await evaluateDesign(runner, points, outcome, { pointsPerJob: 2, onProgress: (d, t) => (last = [d, t]) });
      expect(got, outcome).toEqual(results.map((r) => outcomeOf(r, outcome)));
      const total = points.reduce((s, p) => s + p.run.replications, 0);
      expect(last).toEqual([total, total]);
    }
  });

  it('a paired design gives A\u2019s outcome minus B\u2019s at each point, bit for bit, every pair in one job', async () => {
    const a = design().points[0]!;
    const paired = pairedTornadoDesign(
      { ...a, uncertainty: { 'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 1 }, 'world.consumption.mpc': { dist: 'uniform', low: 0.1, high: 0.5 } } },
      { ...a, name: 'B', policy: { ...a.policy, cash: { ...a.policy.cash, benefitPKR: 1500 } }, uncertainty: { 'world.consumption.mpc': { dist: 'uniform', low: 0.1, high: 0.5 } } },
    );
    const runner = makeRunner();
    const jobs: Scenario[][] = [];
    const submit = runner.submit.bind(runner);
    runner.submit = (job: Job) => (jobs.push([...job.scenarios]), submit(job));
    let last = [0, 0];
    const got = await evaluateDesign(runner, paired.points, 'povertyHeadcountEnd', { versus: paired.versus, pointsPerJob: 3, onProgress: (d, t) => (last = [d, t]) });
    const expected = paired.points.map((p, k) => outcomeOf(fullRun(p), 'povertyHeadcountEnd') - outcomeOf(fullRun(paired.versus![k]!), 'povertyHeadcountEnd'));
    expect(got).toEqual(expected);
    expect(expected.some((x) => x !== 0)).toBe(true);
    // Two engine runs per point, and each pair computed together (4 per job: the odd job size rounded up to keep pairs whole).
    expect(last).toEqual([2 * 5 * a.run.replications, 2 * 5 * a.run.replications]);
    for (const [k, p] of paired.points.entries()) expect(jobs.some((j) => j.includes(p) && j.includes(paired.versus![k]!))).toBe(true);
    for (const j of jobs) expect(new Set(j.map(worldKey)).size).toBe(1);
    expect(Math.max(...jobs.map((j) => j.length))).toBe(4);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const runner = makeRunner();
    const running = evaluateDesign(runner, design().points, 'additionalSustainedExits', { signal: controller.signal, onProgress: (d) => d > 0 && controller.abort() });
    await expect(running).rejects.toSatisfy((e: unknown) => isRunError(e) && e.kind === 'aborted');
  });
});
