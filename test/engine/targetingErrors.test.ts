// @vitest-environment node
/**
 * Inclusion and exclusion errors at the start of year 1 (model/programmes.ts): of the existing transfer and
 * the new cash together, and in the status quo of the existing transfer alone, so that a comparison with the
 * status quo can say what a policy does to them (both were null for the status quo, and for any policy with
 * no money in year 1, before engine 2.5.0).
 */
import { describe, expect, test } from 'vitest';
import {
  defaultScenario, parseHouseholdsCsv, registerHouseholds, scalarOffsets, sha256Hex, simulateReplication, simulateWorld, validateScenario, type Scenario,
} from '../../src/engine/index';
import { contextFor } from '../../src/engine/model/context';
import { generatePopulation } from '../../src/engine/population/generate';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn } from '../../src/engine/model/pass';
import { passLayout, REGION_SCALARS, regionScalarIndex } from '../../src/engine/model/layout';
import { targetingErrors } from '../../src/engine/model/programmes';
import { startFrom, type PassState } from '../../src/engine/model/state';
import { REGIONS } from '../../src/engine/population/regions';
import type { Population } from '../../src/engine/population/generate';
import { seededRandom, smallScenario } from './helpers';

const [inclusion, exclusion, sqInclusion, sqExclusion] = scalarOffsets(24, ['inclusionError', 'exclusionError']);
const errors = (out: Float64Array) => ({ policy: [out[inclusion!]!, out[exclusion!]!], statusQuo: [out[sqInclusion!]!, out[sqExclusion!]!] });
/** Both errors in every region, of the policy's block and of the status quo's (NaN where undefined). */
const regionErrors = (out: Float64Array, months = 24) => {
  const L = passLayout(months);
  const block = (base: number) => REGIONS.flatMap((_, r) => (['inclusionError', 'exclusionError'] as const).map((k) => out[base + L.region + r * REGION_SCALARS.length + regionScalarIndex[k]]!));
  return { policy: block(0), statusQuo: block(L.size) };
};

describe('targeting errors', () => {
  test('within each region: seven hand-built households in three regions (and one with none), and the national errors over all of them', () => {
    const sc = smallScenario(() => {}, 500, 12);
    const ctx = contextFor(sc);
    const key = replicationKey(sc.run.seed, 0);
    const real = generatePopulation(ctx, ctx.sample, ctx.mu, key);
    const z = sc.world.population.povertyLinePKR;
    // Punjab (0): a poor recipient of the existing transfer, a non-poor new recipient (weight 3), a poor household
    // left out. Sindh (1): a poor new recipient (weight 2), two non-poor households left out. KP (2): one non-poor
    // recipient, nobody poor. Balochistan (3): nobody.
    const pop = {
      ...real, n: 7,
      weight: Float64Array.from([1, 3, 1, 2, 1, 1, 1]),
      region: Uint8Array.from([0, 0, 0, 1, 1, 1, 2]),
      existing: Uint8Array.from([1, 0, 0, 0, 0, 0, 0]),
    } as Population;
    const st = {
      ...startFrom(runBurnIn(ctx, real, key), true, z),
      cons: Float64Array.from([0.5, 2, 0.8, 0.9, 1.5, 3, 2].map((x) => x * z)),
      cash: Uint8Array.from([0, 1, 0, 1, 0, 0, 1]),
      regionInclusionError: new Float64Array(REGIONS.length),
      regionExclusionError: new Float64Array(REGIONS.length),
    } as PassState;
    targetingErrors(ctx, pop, st);
    // Punjab: recipients weigh 1 + 3, of whom 1 is poor; the poor weigh 1 + 1, of whom 1 is reached.
    expect(st.regionInclusionError[0]).toBeCloseTo(3 / 4, 15);
    expect(st.regionExclusionError[0]).toBeCloseTo(1 / 2, 15);
    // Sindh: its one recipient is poor and its one poor household is reached.
    expect(st.regionInclusionError[1]).toBe(0);
    expect(st.regionExclusionError[1]).toBe(0);
    // KP: every recipient not poor; with nobody poor, nobody poor is missed or reached: undefined, not 0.
    expect(st.regionInclusionError[2]).toBe(1);
    expect(st.regionExclusionError[2]).toBeNaN();
    // No households, no recipients, no poor: undefined, not 0.
    expect(st.regionInclusionError[3]).toBeNaN();
    expect(st.regionExclusionError[3]).toBeNaN();
    // Nationally: recipients 1 + 3 + 2 + 1, of whom 1 + 2 are poor; the poor weigh 1 + 1 + 2, of whom 1 + 2 are reached.
    expect(st.inclusionError).toBeCloseTo(1 - 3 / 7, 15);
    expect(st.exclusionError).toBeCloseTo(1 - 3 / 4, 15);
  });

  test('the status quo reports the existing transfer\u2019s errors, nationally and in each region, worked out by hand from its recipients and month-0 consumption', () => {
    const sc = smallScenario(() => {}, 2000, 24);
    const out = simulateReplication(sc, 0);
    const ctx = contextFor(sc);
    const key = replicationKey(sc.run.seed, 0);
    const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
    const world = runBurnIn(ctx, pop, key);
    const z = sc.world.population.povertyLinePKR;
    let recipients = 0;
    let recipientsPoor = 0;
    let poor = 0;
    let poorReached = 0;
    // The same sums within each region (engine 2.8.0).
    const sums = REGIONS.map(() => ({ recipients: 0, recipientsPoor: 0, poor: 0, poorReached: 0 }));
    for (let i = 0; i < pop.n; i++) {
      const w = pop.weight[i]!;
      const s = sums[pop.region[i]!]!;
      const isPoor = world.cons[i]! < z;
      if (pop.existing[i]) (recipients += w), (s.recipients += w);
      if (pop.existing[i] && isPoor) (recipientsPoor += w), (s.recipientsPoor += w);
      if (isPoor) (poor += w), (s.poor += w);
      if (isPoor && pop.existing[i]) (poorReached += w), (s.poorReached += w);
    }
    const L = passLayout(24);
    const at = (r: number, k: 'inclusionError' | 'exclusionError') => out[L.size + L.region + r * REGION_SCALARS.length + regionScalarIndex[k]]!;
    for (let r = 0; r < REGIONS.length; r++) {
      const s = sums[r]!;
      expect(s.recipients).toBeGreaterThan(0);
      expect(at(r, 'inclusionError')).toBeCloseTo(1 - s.recipientsPoor / s.recipients, 12);
      // A small region may have no poor household in 2,000: its exclusion error is then undefined.
      if (s.poor > 0) expect(at(r, 'exclusionError')).toBeCloseTo(1 - s.poorReached / s.poor, 12);
      else expect(at(r, 'exclusionError')).toBeNaN();
    }
    // They differ between regions: the same PMT noise over fewer poor households pays more who are not poor.
    expect(at(REGIONS.indexOf('punjab'), 'inclusionError')).toBeGreaterThan(at(REGIONS.indexOf('balochistan'), 'inclusionError') + 0.05);
    const { statusQuo } = errors(out);
    expect(statusQuo[0]).toBeCloseTo(1 - recipientsPoor / recipients, 12);
    expect(statusQuo[1]).toBeCloseTo(1 - poorReached / poor, 12);
    // Both are real errors here: the PMT misses some poor households and pays some who are not.
    expect(statusQuo[0]).toBeGreaterThan(0.05);
    expect(statusQuo[1]).toBeGreaterThan(0.05);
  });

  test('a policy with no money in year 1 has exactly the status quo\u2019s errors; new cash in year 1 reaches more of the poor', () => {
    const later = smallScenario((s) => {
      s.policy.budget.annualBn = [0, 100];
    }, 2000, 24);
    const now = smallScenario((s) => {
      s.policy.budget.annualBn = [100];
      s.policy.budget.programmeShares = { cash: 0.95, stipend: 0, microfinance: 0, training: 0, farm: 0, admin: 0.05 };
    }, 2000, 24);
    const laterOut = simulateReplication(later, 1);
    const a = errors(laterOut);
    expect(a.policy.every(Number.isFinite)).toBe(true);
    expect(a.policy).toEqual(a.statusQuo);
    // Region by region too (Object.is: a region with no poor household is NaN in both).
    const ra = regionErrors(laterOut);
    ra.policy.forEach((v, k) => expect(Object.is(v, ra.statusQuo[k]), `value ${k}`).toBe(true));
    expect(ra.policy.filter(Number.isFinite).length).toBeGreaterThan(10);
    const b = errors(simulateReplication(now, 1));
    expect(b.statusQuo).toEqual(a.statusQuo);
    expect(b.policy[1]!).toBeLessThan(b.statusQuo[1]! - 0.05);
  });

  test('on imported data with unequal weights, the status quo\u2019s errors do not depend on the policies run beside it', async () => {
    // Summed in the targeting order, they depended on the last policy's categorical priority, in the last bits:
    // a scenario's status quo then differed when another tab with another priority ran in the same world.
    const r = seededRandom(7);
    const regions = ['punjab', 'sindh', 'kp', 'balochistan'];
    const rows = Array.from({ length: 1200 }, (_, k) =>
      [`h${k}`, (2000 + 16000 * r()).toFixed(3), regions[k % 4], r() < 0.6 ? 'rural' : 'urban', 5, 4.2, Math.round(2000 + 6000 * r()), 'non_farm_wage', 0, r() < 0.3 ? 1 : 0, 1, 0].join(','));
    const text = `household_id,weight,region,area,size,adult_equivalents,income_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled\n${rows.join('\n')}\n`;
    const parsed = parseHouseholdsCsv(text);
    expect(parsed.errors).toEqual([]);
    const sha256 = await sha256Hex(text);
    registerHouseholds(sha256, parsed.data);
    const scenario = (edit: (s: Scenario) => void) => {
      const s = defaultScenario();
      s.uncertainty = {};
      s.run.months = 24;
      edit(s);
      const v = validateScenario({ ...s, households: { id: 't', name: 't.csv', sha256, rows: parsed.data.n } });
      if (!v.ok) throw new Error(JSON.stringify(v.issues));
      return v.scenario;
    };
    const b = scenario((s) => {
      s.policy.budget.annualBn = [0, 100];
    });
    const a = scenario((s) => {
      s.name = 'A';
      s.policy.cash.categoricalBonus = 40;
    });
    for (const rep of [0, 1, 2]) {
      const alone = errors(simulateWorld([b], rep)[0]!);
      const beside = errors(simulateWorld([b, a], rep)[0]!);
      expect(beside).toEqual(alone);
      expect(beside.policy).toEqual(beside.statusQuo);
    }
    // The file has households in four provinces only: the other regions' errors are undefined, theirs are not.
    const byRegion = regionErrors(simulateWorld([a], 0)[0]!).policy;
    REGIONS.forEach((region, r) => {
      const pair = byRegion.slice(2 * r, 2 * r + 2);
      if (regions.includes(region)) expect(pair.every(Number.isFinite), region).toBe(true);
      else expect(pair.every(Number.isNaN), region).toBe(true);
    });
  });
});
