// @vitest-environment node
/**
 * A design evaluated on a runner gives, point by point, the outcome a full
 * run of that point gives, bit for bit, on a worker pool and in this thread,
 * for every outcome; points from different worlds (an uncertain world
 * parameter) are evaluated too; progress counts every replication; abort stops.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Accumulator, OUTCOMES, buildResult, outcomeOf, simulateReplication, tornadoDesign, type Scenario } from '../../src/engine/index';
import { evaluateDesign } from '../../src/run/evaluateDesign';
import { InThreadRunner } from '../../src/run/inThread';
import { WorkerPool } from '../../src/run/pool';
import { isRunError } from '../../src/run/errors';
import type { Runner } from '../../src/run/types';
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

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const runner = makeRunner();
    const running = evaluateDesign(runner, design().points, 'additionalSustainedExits', { signal: controller.signal, onProgress: (d) => d > 0 && controller.abort() });
    await expect(running).rejects.toSatisfy((e: unknown) => isRunError(e) && e.kind === 'aborted');
  });
});
