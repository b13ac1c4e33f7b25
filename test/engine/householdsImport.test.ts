// @vitest-environment node
/**
 * Imported household data: a run on the exported synthetic population is the
 * synthetic run, bit for bit; data that is not loaded, or a replication
 * column that does not cover the run, fail with a clear message.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultScenario, formatHouseholdsCsv, parseHouseholdsCsv, populationData, registerHouseholds, sha256Hex, simulateReplication, validateScenario,
  type Scenario,
} from '../../src/engine/index';
import { runAll, smallScenario } from './helpers';

/** The scenario on imported data: `text` parsed (no errors allowed), registered by hash and named in the scenario. */
async function onData(sc: Scenario, text: string, name = 'population.csv'): Promise<Scenario> {
  const parsed = parseHouseholdsCsv(text);
  expect(parsed.errors).toEqual([]);
  const sha256 = await sha256Hex(text);
  registerHouseholds(sha256, parsed.data);
  const v = validateScenario({ ...sc, households: { id: 'population', name, sha256, rows: parsed.data.n } });
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

const exported = (sc: Scenario) => formatHouseholdsCsv(populationData(sc, Array.from({ length: sc.run.replications }, (_, r) => r)));

describe('importing the exported synthetic population reproduces the synthetic run', () => {
  it('bit for bit: every replication, and the summary, series, regions, programmes, years and distribution', async () => {
    const sc = smallScenario((s) => {
      s.run.replications = 3;
    }, 600, 24);
    const text = exported(sc);
    const imported = await onData(sc, text);
    for (let r = 0; r < 3; r++) expect(simulateReplication(imported, r)).toEqual(simulateReplication(sc, r));
    const a = runAll(sc).result;
    const b = runAll(imported).result;
    for (const key of ['summary', 'series', 'byRegion', 'byProgramme', 'byYear', 'distribution', 'counterfactual', 'uncertainty'] as const) expect(b[key], key).toEqual(a[key]);
    expect(b.meta.households).toBe(1800);
    expect(b.scenario.households?.rows).toBe(1800);
  });

  it('with uncertain world and policy parameters, a flood, a top-up and busy microfinance (imported loan history none)', async () => {
    const sc = (() => {
      const s = defaultScenario();
      s.run.households = 500;
      s.run.months = 18;
      s.run.replications = 2;
      s.world.shocks.flood2022 = true;
      s.world.shocks.floodMonth = 5;
      s.policy.cash.existingTopUpPKR = 500;
      s.policy.microfinance.annualUptake = 0.6;
      const v = validateScenario(s);
      if (!v.ok) throw new Error('invalid');
      return v.scenario;
    })();
    expect(Object.keys(sc.uncertainty).length).toBeGreaterThan(0);
    const imported = await onData(sc, exported(sc));
    for (let r = 0; r < 2; r++) expect(simulateReplication(imported, r)).toEqual(simulateReplication(sc, r));
  });

  it('the exported file re-exports to the same text (the imported population is the synthetic one)', async () => {
    const sc = smallScenario((s) => {
      s.run.replications = 2;
    }, 500, 12);
    const text = exported(sc);
    expect(exported(await onData(sc, text))).toBe(text);
  });
});

describe('imported data that cannot run', () => {
  it('a scenario whose data is not loaded fails with a message naming the file and its hash', () => {
    const sc = smallScenario(() => {}, 500, 12);
    const v = validateScenario({ ...sc, households: { id: 'lost', name: 'lost.csv', sha256: 'c0ffee'.padEnd(64, '0'), rows: 10 } });
    if (!v.ok) throw new Error('invalid');
    expect(() => simulateReplication(v.scenario, 0)).toThrow('scenario uses household data lost.csv (sha256 c0ffee000000…) which has not been loaded');
  });

  it('a file with a replication column runs only the replications it covers', async () => {
    const sc = smallScenario((s) => {
      s.run.replications = 2;
    }, 500, 12);
    const imported = await onData({ ...sc, run: { ...sc.run, replications: 3 } }, exported(sc));
    expect(() => simulateReplication(imported, 1)).not.toThrow();
    expect(() => simulateReplication(imported, 2)).toThrow(/no rows for replication 2/);
  });
});
