// @vitest-environment node
/**
 * The statistics service: the same summaries whether it runs in this thread
 * or behind a comlink channel (as in its Web Worker), replication buffers
 * transferred rather than copied, and only replications below a view's
 * count in its result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expose, wrap, type Endpoint } from 'comlink';
import { buildResult, compareRuns, simulateWorld, Accumulator, type Scenario } from '../../src/engine/index';
import { createStatsWorkerApi, DIFF_REGION_SCALARS, DIFF_SCALARS, DIFF_SERIES, localStats, namespacedStats, remoteStats, type Stats, type StatsWorkerApi } from '../../src/run/stats';
import { tinyScenario } from './scenarios';

const open: Stats[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

function overChannel(): Stats {
  const { port1, port2 } = new MessageChannel();
  expose(createStatsWorkerApi(), port1 as unknown as Endpoint);
  const s = remoteStats(wrap<StatsWorkerApi>(port2 as unknown as Endpoint), () => {
    port1.close();
    port2.close();
  });
  open.push(s);
  return s;
}

const withBudget = (s: Scenario, bn: number): Scenario => ({ ...s, policy: { ...s.policy, budget: { ...s.policy.budget, annualBn: [bn] } } });

describe('stats service', () => {
  it.each([['in this thread', () => localStats()], ['over a channel', overChannel]])('%s: results of the first n replications and paired differences', async (_, make) => {
    const stats = make();
    const base = withBudget(tinyScenario(5), 0);
    const plan = withBudget(tinyScenario(5), 120);
    const accBase = new Accumulator(base);
    const accPlan = new Accumulator(plan);
    const sent: Float64Array[] = [];
    for (const r of [4, 0, 2, 1, 3]) {
      const [b, p] = simulateWorld([base, plan], r);
      accBase.add(r, b!.slice());
      accPlan.add(r, p!.slice());
      sent.push(b!, p!);
      stats.add('base', r === 4 ? base : null, [r], [b!]);
      stats.add('plan', r === 4 ? plan : null, [r], [p!]);
    }
    const [s] = await stats.summarise([{ key: 'plan', replications: 3, base: { key: 'base', replications: 5 } }]);
    expect(s!.count).toBe(3);
    expect(JSON.stringify(s!.result)).toBe(JSON.stringify(buildResult(accPlan.below(3))));
    expect(JSON.stringify(s!.difference)).toBe(JSON.stringify(compareRuns(accPlan.below(3), accBase, DIFF_SCALARS, DIFF_SERIES, DIFF_REGION_SCALARS)));
    // Within each region too, for every differenced outcome a region has (the difference chart's "Region").
    const difference = s!.difference as { byRegion?: Record<string, Record<string, unknown>> };
    expect(Object.keys(difference.byRegion!.sindh!)).toEqual(['poorHouseholdsEnd', 'sustainedExits', 'povertyHeadcountEnd', 'reentries', 'newlyPoor', 'meanIncomeEnd', 'spentPKR']);
    const [missing] = await stats.summarise([{ key: 'nothing', replications: 3, base: null }]);
    expect(missing).toMatchObject({ count: 0, result: null, difference: null });
    stats.drop(['plan']);
    const [dropped] = await stats.summarise([{ key: 'plan', replications: 3, base: null }]);
    expect(dropped!.result).toBeNull();
    if (_ === 'over a channel') expect(sent.every((d) => d.length === 0)).toBe(true);
  });
});

describe('namespacedStats', () => {
  it('keeps a second user’s runs apart from the first’s under the same key, and leaves the service open when disposed', async () => {
    const shared = localStats();
    open.push(shared);
    const ns = namespacedStats(shared, 'other/');
    const a = withBudget(tinyScenario(1), 80);
    const b = withBudget(tinyScenario(1), 120);
    const [ra] = simulateWorld([a], 0);
    const [rb] = simulateWorld([b], 0);
    shared.add('k', a, [0], [ra!]);
    // The same key again through the namespace: no "added twice", a run of its own.
    ns.add('k', b, [0], [rb!]);
    const [mine] = await ns.summarise([{ key: 'k', replications: 1, base: null }]);
    const [theirs] = await shared.summarise([{ key: 'k', replications: 1, base: null }]);
    expect(mine!.key).toBe('k');
    expect(mine!.result!.summary.budgetPKR.mean).toBeGreaterThan(theirs!.result!.summary.budgetPKR.mean!);
    ns.dispose();
    ns.drop(['k']);
    const [still] = await shared.summarise([{ key: 'k', replications: 1, base: null }]);
    expect(still!.result).not.toBeNull();
  });
});
