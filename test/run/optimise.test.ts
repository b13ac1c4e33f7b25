// @vitest-environment node
/**
 * The optimiser on the real engine: in a world where only cash can reduce
 * poverty it puts the money into cash, up to a cap it then reports as
 * binding; it gives the same answer, byte for byte, on the in-thread runner
 * and on pools of 1 and 2 workers with other job sizes; its reported
 * numbers are those of a full run of the proposal; the top-up probe
 * measures exactly the top-up paid; progress runs through the phases to its
 * total; and an abort stops it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  Accumulator, buildResult, outcomeOf, parseConstraints, simulateReplication, topUpCoverage, measure, topUpProbe,
  type OptimiseRequest, type Scenario,
} from '../../src/engine/index';
import { evaluateRows, optimise, type OptimiseOptions, type OptimiseProgress } from '../../src/run/optimise';
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
const pool = (size: number): Runner => {
  const p = new WorkerPool({ size, factory: channelWorkers().factory });
  pools.push(p);
  return p;
};

const SMALL = { candidates: 8, screenReplications: 2, keep: 2, refineIterations: 2, refinePopulation: 6, refineReplications: 4, finalists: 2, finalistReplications: 6 };

const constraints = (value: unknown) => {
  const c = parseConstraints(value);
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return c.constraints;
};

/** Only cash can change anything: no stipend is paid, nobody qualifies for training or farm support, nobody borrows. */
function cashOnlyWorld(): Scenario {
  const s = tinyScenario(6, 3);
  Object.assign(s.run, { households: 2000, months: 24 });
  s.policy.stipend.benefitPKR = 0;
  s.policy.training.pmtCutoff = 0;
  s.policy.farm.pmtCutoff = 0;
  s.policy.microfinance.annualUptake = 0;
  return s;
}

async function run(runner: Runner, sc: Scenario, request: OptimiseRequest, opts: OptimiseOptions = {}) {
  const out = await optimise(runner, sc, request, { search: SMALL, frontierBn: [0, 60], ...opts });
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.result;
}

describe('optimise on the engine', () => {
  it('puts the money into cash where only cash reduces poverty, and reports its cap as binding', async () => {
    const capped = await run(new InThreadRunner(), cashOnlyWorld(), { objective: 'maxSustainedExits', constraints: constraints({ programmes: { cash: { max: 0.6 } } }) });
    expect(capped.split.programmes.cash).toBeCloseTo(0.6, 9);
    expect(capped.constraints.find((c) => c.path === 'programmes.cash.max')).toMatchObject({ binds: true, met: true });
    const free = await run(new InThreadRunner(), cashOnlyWorld(), { objective: 'maxSustainedExits' });
    expect(free.split.programmes.cash).toBeGreaterThan(0.85);
    expect(free.improvement.estimate).toBeGreaterThan(0);
  }, 120_000);

  it('gives the same answer, byte for byte, in this thread and on 1 and 2 workers with other job sizes', async () => {
    const sc = tinyScenario(4, 9);
    const request: OptimiseRequest = {
      objective: 'minPovertyGapEnd', regions: true,
      constraints: constraints({ groups: [{ regions: ['kp', 'balochistan', 'gb'], min: 0.4 }], existingRecipientsMonthlyPKR: { min: 2100 } }),
    };
    const inThread = JSON.stringify(await run(new InThreadRunner(), sc, request, { pointsPerJob: 3 }));
    const one = JSON.stringify(await run(pool(1), sc, request, { pointsPerJob: 8 }));
    const two = JSON.stringify(await run(pool(2), sc, request, { pointsPerJob: 5 }));
    expect(one).toBe(inThread);
    expect(two).toBe(inThread);
    const result = JSON.parse(inThread);
    expect(result.split.regions.kp + result.split.regions.balochistan + result.split.regions.gb).toBeGreaterThanOrEqual(0.4 - 1e-9);
    expect(result.scenario.policy.cash.existingTopUpPKR).toBe(100);
  }, 120_000);

  it('reports the numbers a full run of the proposal and of the user\u2019s scenario give, bit for bit, and each split\u2019s exits for any objective', async () => {
    const sc = tinyScenario(5, 4);
    sc.run.months = 24;
    const result = await run(new InThreadRunner(), sc, { objective: 'maxSustainedExits' });
    const full = (s: Scenario) => {
      const acc = new Accumulator(s);
      for (let r = 0; r < s.run.replications; r++) acc.add(r, simulateReplication(s, r));
      return outcomeOf(buildResult(acc), 'additionalSustainedExits');
    };
    expect(result.objectiveValue.optimised.mean).toBe(full(result.scenario));
    expect(result.objectiveValue.current.mean).toBe(full(sc));
    // Each split's exits, whatever the objective (the frontier marks them at the scenario's budget).
    expect(result.exits).toEqual(result.objectiveValue);
    const byGap = await run(new InThreadRunner(), sc, { objective: 'minPovertyGapEnd' });
    expect(byGap.exits.optimised.mean).toBe(full(byGap.scenario));
    expect(byGap.exits.current.mean).toBe(full(sc));
    expect(result.scenario.name).toBe('tiny test scenario (optimised)');
    expect(result.replications).toBe(5);
    expect(result.search.replicationsFrom).toBe(2000);
  }, 120_000);

  it('measures the top-up paid with its probe: all of it with money to spare, less when cash runs short', async () => {
    const sc = tinyScenario(3, 5);
    sc.policy.cash.existingTopUpPKR = 300;
    const coverage = async (s: Scenario) => {
      const [rows, probe] = await evaluateRows(new InThreadRunner(), [s, topUpProbe(s)], [0, 1, 2]);
      return topUpCoverage(rows!.map((row, k) => measure(row, probe![k]!, 300, s.run.months)));
    };
    const ample = structuredClone(sc);
    ample.policy.budget.annualBn = [1000];
    expect(Math.abs((await coverage(ample)) - 1)).toBeLessThan(1e-9);
    const short = structuredClone(sc);
    short.policy.budget.annualBn = [5];
    expect(await coverage(short)).toBeLessThan(0.9);
  }, 60_000);

  it('reports progress through the phases in order, up to its total', async () => {
    const seen: OptimiseProgress[] = [];
    await run(new InThreadRunner(), tinyScenario(2, 6), { objective: 'minPovertyGapEnd' }, { onProgress: (p) => seen.push(p) });
    const order = ['screen', 'refine', 'finalists', 'confirm', 'frontier'];
    const phases = seen.map((p) => p.phase).filter((p, k, all) => k === 0 || all[k - 1] !== p);
    expect(phases).toEqual(order);
    for (let k = 1; k < seen.length; k++) expect(seen[k]!.done).toBeGreaterThanOrEqual(seen[k - 1]!.done);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
  }, 60_000);

  it('stops when aborted, and refuses a bad request with its paths', async () => {
    const controller = new AbortController();
    const running = optimise(new InThreadRunner(), tinyScenario(2), { objective: 'maxSustainedExits' }, { search: SMALL, signal: controller.signal, onProgress: (p) => p.done > 0 && controller.abort() });
    await expect(running).rejects.toSatisfy((e: unknown) => isRunError(e) && e.kind === 'aborted');
    const bad = await optimise(new InThreadRunner(), tinyScenario(2), { objective: 'maxSustainedExits', constraints: constraints({ programmes: { cash: { min: 0.7 }, farm: { min: 0.3 } } }) });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['programmes']);
  });
});
