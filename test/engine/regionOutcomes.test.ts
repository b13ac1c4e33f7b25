// @vitest-environment node
/**
 * Outcomes within each region (engine 2.7): poverty gap and severity, mean consumption and Gini at the start
 * and the end, decile means, and differences from the status quo, as the national outcomes are defined.
 * Rules on hand-built households first, then invariants on a small run.
 */
import { describe, expect, it } from 'vitest';
import { decileMeans, regionalDistribution, weightedGini, writeOutcomes } from '../../src/engine/model/outcomes';
import { DECILES, passLayout, REGION_SCALARS, regionScalarIndex, scalarIndex, type RegionScalarKey } from '../../src/engine/model/layout';
import { REGIONS } from '../../src/engine/population/regions';
import { contextFor } from '../../src/engine/model/context';
import { generatePopulation, type Population } from '../../src/engine/population/generate';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn } from '../../src/engine/model/pass';
import { startFrom, type PassState } from '../../src/engine/model/state';
import { ascendingOrder } from '../../src/engine/results/order';
import { runAll, seededRandom, smallScenario } from './helpers';

describe('regionalDistribution', () => {
  it('gives each region what weightedGini and decileMeans give on its households alone, bit for bit', () => {
    const rand = seededRandom(7);
    const n = 500;
    const values = Float64Array.from({ length: n }, () => 1000 + 9000 * rand() ** 2);
    const weights = Float64Array.from({ length: n }, () => 1 + Math.floor(20 * rand()));
    // Region 5 has nobody.
    const region = Uint8Array.from({ length: n }, () => [0, 1, 2, 3, 4, 6][Math.floor(6 * rand())]!);
    const gini = new Float64Array(REGIONS.length);
    const means = new Float64Array(3 + REGIONS.length * DECILES);
    regionalDistribution(values, weights, region, ascendingOrder(values), gini, means, 3);
    for (let r = 0; r < REGIONS.length; r++) {
      const mine = [...region.keys()].filter((i) => region[i] === r);
      if (mine.length === 0) {
        expect(gini[r]).toBeNaN();
        for (let d = 0; d < DECILES; d++) expect(means[3 + r * DECILES + d]).toBeNaN();
        continue;
      }
      const v = Float64Array.from(mine, (i) => values[i]!);
      const w = Float64Array.from(mine, (i) => weights[i]!);
      expect(gini[r]).toBe(weightedGini(v, w, ascendingOrder(v)));
      const alone = new Float64Array(DECILES);
      decileMeans(v, w, ascendingOrder(v), alone, 0);
      expect([...means.subarray(3 + r * DECILES, 3 + (r + 1) * DECILES)]).toEqual([...alone]);
    }
  });

  it('gives a two-household region the Gini of its two values', () => {
    const gini = new Float64Array(REGIONS.length);
    const means = new Float64Array(REGIONS.length * DECILES);
    const values = Float64Array.from([3, 100, 1]);
    regionalDistribution(values, Float64Array.from([1, 1, 1]), Uint8Array.from([0, 1, 0]), ascendingOrder(values), gini, means, 0);
    // Mean absolute difference over twice the mean: (2·2/4) / (2·2).
    expect(gini[0]).toBeCloseTo(0.25, 15);
    // A region of one household: no inequality.
    expect(gini[1]).toBe(0);
  });
});

/**
 * Four hand-built households in Punjab (0) and Sindh (1), in a real pass state whose other fields (loans,
 * ledger, money) writeOutcomes also reads; only the first four households are looked at.
 */
function handBuilt() {
  const sc = smallScenario(() => {}, 500, 12);
  const ctx = contextFor(sc);
  const key = replicationKey(sc.run.seed, 0);
  const real = generatePopulation(ctx, ctx.sample, ctx.mu, key);
  const world = runBurnIn(ctx, real, key);
  const z = sc.world.population.povertyLinePKR;
  const st0 = startFrom(world, false, z);
  const pop = {
    ...real, n: 4,
    weight: Float64Array.from([1, 1, 2, 1]),
    size: Uint8Array.from([2, 2, 1, 2]),
    region: Uint8Array.from([0, 0, 1, 1]),
    existing: new Uint8Array(4),
  } as Population;
  const st = {
    ...st0,
    cons0: Float64Array.from([0.5 * z, 1.5 * z, 0.75 * z, 0.25 * z]),
    cons: Float64Array.from([0.5 * z, 1.5 * z, 1.25 * z, 0.5 * z]),
    outRun: new Int32Array(4),
    reentered: new Uint8Array(4),
    took: new Uint8Array(4),
    savings: new Float64Array(4),
  } as PassState;
  const L = passLayout(12);
  const out = new Float64Array(L.size);
  writeOutcomes(ctx, pop, st, out, 0, L);
  const at = (r: number, k: RegionScalarKey) => out[L.region + r * REGION_SCALARS.length + regionScalarIndex[k]]!;
  return { z, out, L, at };
}

describe('writeOutcomes by region, on four hand-built households', () => {
  const { z, out, L, at } = handBuilt();

  it('takes the poverty gap and severity over the region’s people', () => {
    // Punjab: 2 people at half the line, 2 at 1.5 times it, the same at the end.
    expect(at(0, 'povertyGapStart')).toBeCloseTo((2 * 0.5) / 4, 12);
    expect(at(0, 'povertySeverityStart')).toBeCloseTo((2 * 0.25) / 4, 12);
    expect(at(0, 'povertyGapEnd')).toBeCloseTo(0.25, 12);
    // Sindh: both households poor at the start (gaps 0.25 and 0.75, 2 people each); one left poor at the end.
    expect(at(1, 'povertyHeadcountStart')).toBe(1);
    expect(at(1, 'poorHouseholdsStart')).toBe(3);
    expect(at(0, 'poorHouseholdsStart')).toBe(1);
    expect(at(1, 'povertyGapStart')).toBeCloseTo((2 * 0.25 + 2 * 0.75) / 4, 12);
    expect(at(1, 'povertySeverityStart')).toBeCloseTo((2 * 0.0625 + 2 * 0.5625) / 4, 12);
    expect(at(1, 'povertyHeadcountEnd')).toBe(0.5);
    expect(at(1, 'povertyGapEnd')).toBeCloseTo((2 * 0.5) / 4, 12);
    expect(at(1, 'povertySeverityEnd')).toBeCloseTo((2 * 0.25) / 4, 12);
  });

  it('takes mean consumption and the Gini over the region’s people', () => {
    expect(at(0, 'meanIncomeStart') / z).toBeCloseTo(1, 12);
    expect(at(1, 'meanIncomeStart') / z).toBeCloseTo(0.5, 12);
    expect(at(1, 'meanIncomeEnd') / z).toBeCloseTo(0.875, 12);
    expect(at(0, 'giniStart')).toBeCloseTo(0.25, 12);
    expect(at(1, 'giniStart')).toBeCloseTo(0.25, 12);
    // Two values 0.5 and 1.25, two people each: 0.75 / (2 × 1.75).
    expect(at(1, 'giniEnd')).toBeCloseTo(0.75 / 3.5, 12);
  });

  it('puts each region’s decile means in its own block', () => {
    // Punjab's two households of 2 people: their midpoints at 25% and 75% of the region's people.
    const start = [...out.subarray(L.regionDecileStart, L.regionDecileStart + DECILES)].map((v) => v / z);
    expect(start[2]).toBeCloseTo(0.5, 12);
    expect(start[7]).toBeCloseTo(1.5, 12);
    expect(start.filter((v) => !Number.isNaN(v))).toHaveLength(2);
    const sindhEnd = [...out.subarray(L.regionDecileEnd + DECILES, L.regionDecileEnd + 2 * DECILES)].map((v) => v / z);
    expect(sindhEnd[2]).toBeCloseTo(0.5, 12);
    expect(sindhEnd[7]).toBeCloseTo(1.25, 12);
  });

  it('leaves a region with no households undefined, not zero', () => {
    for (const k of ['povertyGapEnd', 'povertySeverityStart', 'giniEnd', 'meanIncomeEnd'] as const) expect(at(2, k)).toBeNaN();
  });
});

describe('byRegion on a small run', () => {
  const { acc, result } = runAll(smallScenario((s) => (s.run.replications = 3), 3000, 24));
  const regions = REGIONS.map((r) => result.byRegion[r]);
  const L = acc.layout;
  const regionAt = (ri: number, k: RegionScalarKey) => L.region + ri * REGION_SCALARS.length + regionScalarIndex[k];

  it('weights up to the national gap, severity and mean consumption in every replication', () => {
    for (const [k, national] of [
      ['povertyGapEnd', 'povertyGapEnd'], ['povertySeverityStart', 'povertySeverityStart'], ['meanIncomeEnd', 'meanIncomeEnd'],
    ] as const) {
      const ratio = acc.map((d) => {
        let sum = 0;
        let people = 0;
        for (let ri = 0; ri < REGIONS.length; ri++) {
          sum += d[regionAt(ri, k)]! * d[regionAt(ri, 'people')]!;
          people += d[regionAt(ri, 'people')]!;
        }
        return sum / people / d[L.scalars + scalarIndex[national]]!;
      });
      for (const x of ratio) expect(x).toBeCloseTo(1, 10);
    }
  });

  it('orders FGT 0 ≥ 1 ≥ 2 and keeps the Gini between 0 and 1 in every region', () => {
    for (const r of regions) {
      expect(r.povertyHeadcountEnd.mean!).toBeGreaterThanOrEqual(r.povertyGapEnd.mean!);
      expect(r.povertyGapEnd.mean!).toBeGreaterThan(r.povertySeverityEnd.mean!);
      expect(r.giniEnd.mean!).toBeGreaterThan(0);
      expect(r.giniEnd.mean!).toBeLessThan(1);
    }
  });

  it('adds regional additional exits and poor households avoided up to the national ones', () => {
    for (const [k, national] of [['additionalSustainedExits', 'additionalSustainedExits'], ['poorHouseholdsAvoided', 'poorHouseholdsAvoided']] as const) {
      const sum = regions.reduce((s, r) => s + r[k].mean!, 0);
      expect(sum / result.summary[national].mean!).toBeCloseTo(1, 10);
    }
    expect(result.summary.additionalSustainedExits.mean!).toBeGreaterThan(0);
  });

  it('has no regional difference from the status quo in the status quo itself', () => {
    const { result: sq } = runAll(smallScenario((s) => {
      s.run.replications = 2;
      s.policy.budget.annualBn = [0];
    }, 2000, 12));
    for (const r of REGIONS) {
      for (const k of ['additionalSustainedExits', 'headcountReductionEnd', 'povertyGapChangeEnd', 'giniChangeEnd'] as const) {
        expect(sq.byRegion[r][k].mean).toBe(0);
      }
    }
  });

  it('reports no regional difference without the counterfactual', () => {
    const { result: off } = runAll(smallScenario((s) => {
      s.run.replications = 2;
      s.run.counterfactual = false;
    }, 2000, 12));
    expect(off.byRegion.punjab.additionalSustainedExits.mean).toBeNull();
    expect(off.byRegion.punjab.povertyGapEnd.mean).toBeGreaterThan(0);
  });
});

describe('cost per exit by region', () => {
  const { acc, result } = runAll(smallScenario((s) => (s.run.replications = 3), 3000, 24));
  it('is the region’s spending over its additional exits, and spending adds up to the national total', () => {
    const spent = REGIONS.reduce((s, r) => s + result.byRegion[r].spentPKR.mean!, 0);
    expect(spent / result.summary.spentPKR.mean!).toBeCloseTo(1, 10);
    const L = acc.layout;
    const at = (ri: number, k: RegionScalarKey) => L.region + ri * REGION_SCALARS.length + regionScalarIndex[k];
    const ri = REGIONS.indexOf('punjab');
    const totalSpent = acc.map((d) => d[at(ri, 'spentPKR')]!).reduce((a, b) => a + b, 0);
    const totalExits = acc.map((d) => d[at(ri, 'sustainedExits')]! - d[L.size + at(ri, 'sustainedExits')]!).reduce((a, b) => a + b, 0);
    expect(totalExits).toBeGreaterThan(0);
    expect(result.byRegion.punjab.costPerSustainedExitPKR.mean! / (totalSpent / totalExits)).toBeCloseTo(1, 12);
  });
});
