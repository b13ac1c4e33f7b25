// @vitest-environment node
/**
 * Distribution outputs (engine 2.1): start deciles, effects by start decile
 * (consumption change, gainers and losers, coverage and incidence), the
 * population-wide shares gaining and losing, and the poverty severity series.
 * Rules on hand-built households first, then invariants on a small run.
 */
import { describe, expect, it } from 'vitest';
import { decilesOf, writeEffects } from '../../src/engine/model/outcomes';
import { DECILE_FIELDS, DECILE_SCALARS, DECILES, decileScalarIndex, EFFECT_GROUPS, passLayout, scalarIndex } from '../../src/engine/model/layout';
import type { Population } from '../../src/engine/population/generate';
import type { PassState } from '../../src/engine/model/state';
import { runAll, smallScenario } from './helpers';

describe('decilesOf(values, people)', () => {
  it('ranks ten equally weighted households one to a decile, whatever their order', () => {
    const values = Float64Array.from([50, 10, 90, 30, 70, 20, 100, 40, 80, 60]);
    const d = decilesOf(values, new Float64Array(10).fill(3));
    expect([...d]).toEqual([4, 0, 8, 2, 6, 1, 9, 3, 7, 5]);
  });

  it('puts a household in the decile holding the midpoint of its people', () => {
    // People 1, 8, 1 (total 10): the middle household spans 10–90% of people, its midpoint at 50% (decile 5).
    const d = decilesOf(Float64Array.from([3, 1, 2]), Float64Array.from([1, 1, 8]));
    expect([...d]).toEqual([9, 0, 5]);
  });
});

/** Three hand-built households; only the fields writeEffects reads. */
function handBuilt() {
  const pop = { n: 3, weight: Float64Array.from([2, 1, 4]), size: Float64Array.from([5, 3, 2]) } as unknown as Population;
  const state = (cons: number[], took: number[]) =>
    ({
      cons: Float64Array.from(cons),
      cons0: Float64Array.from([4000, 4000, 4000]),
      took: Uint8Array.from(took),
      outRun: new Int32Array(3),
    }) as unknown as PassState;
  // Household 0 gains 6% from cash (bit 0); household 1 loses 6% with a loan (bit 2); household 2 is untouched.
  const st = state([5300, 5000 / 1.06, 7000], [1, 4, 0]);
  const cf = state([5000, 5000, 7000], [0, 0, 0]);
  return { pop, st, cf };
}

describe('writeEffects by start decile', () => {
  const L = passLayout(12);
  const { pop, st, cf } = handBuilt();
  const decile = Uint8Array.from([0, 0, 9]);
  const out = new Float64Array(L.size);
  writeEffects(pop, st, cf, decile, 8000, out, 0, L);
  const at = (q: number, k: (typeof DECILE_SCALARS)[number]) => out[L.byDecile + q * DECILE_FIELDS + decileScalarIndex[k]]!;
  const part = (q: number, g: (typeof EFFECT_GROUPS)[number]) => out[L.byDecile + q * DECILE_FIELDS + DECILE_SCALARS.length + EFFECT_GROUPS.indexOf(g)]!;

  it('sums households, people and people-weighted consumption with and without into each household’s decile', () => {
    expect(at(0, 'households')).toBe(3);
    expect(at(0, 'people')).toBe(2 * 5 + 1 * 3);
    expect(at(0, 'consWith')).toBeCloseTo(10 * 5300 + 3 * (5000 / 1.06), 6);
    expect(at(0, 'consWithout')).toBe(10 * 5000 + 3 * 5000);
    expect(at(9, 'consWith')).toBe(at(9, 'consWithout'));
    for (let q = 1; q < 9; q++) expect(at(q, 'people')).toBe(0);
  });

  it('counts households at least 5% better or worse off than the status quo, and no one else', () => {
    expect(at(0, 'betterOff')).toBe(2);
    expect(at(0, 'worseOff')).toBe(1);
    expect(at(9, 'betterOff') + at(9, 'worseOff')).toBe(0);
  });

  it('counts each participating household under its programmes and under "any", in its decile', () => {
    expect(part(0, 'cash')).toBe(2);
    expect(part(0, 'microfinance')).toBe(1);
    expect(part(0, 'stipend')).toBe(0);
    expect(part(0, 'any')).toBe(3);
    expect(part(9, 'any')).toBe(0);
  });
});

describe('distribution results on a small run', () => {
  const s = smallScenario((x) => {
    x.policy.budget.annualBn = [120];
  }, 3000, 24);
  const { result } = runAll(s, 3);
  const by = result.distribution.byStartDecile!;

  it('reports every decile, and incidence that sums to one over deciles for each programme', () => {
    expect(by.consumptionChange).toHaveLength(DECILES);
    for (const g of EFFECT_GROUPS) {
      const total = by.incidence[g].reduce((a, d) => a + (d.mean ?? 0), 0);
      if ((result.byProgramme[g].participants.mean ?? 0) > 0) expect(total).toBeCloseTo(1, 9);
    }
  });

  it('makes the population-wide gainers the participants who gain: the same households as the "any" effects', () => {
    const households = result.summary.totalHouseholds.mean!;
    const participants = result.byProgramme.any.participants.mean!;
    const better = result.byProgramme.any.shareBetterOff.mean!;
    // Means of per-replication ratios, so equal only up to how much the denominators vary; they barely do.
    expect(result.summary.shareGaining.mean!).toBeCloseTo((better * participants) / households, 3);
    expect(result.summary.shareGaining.mean!).toBeGreaterThan(0);
  });

  it('gives the poorest decile a larger relative gain than the richest (the programmes are targeted)', () => {
    expect(by.consumptionChange[0]!.mean!).toBeGreaterThan(by.consumptionChange[DECILES - 1]!.mean!);
  });

  it('reports poverty severity (FGT2) each month, at most the gap, and ending at the end-of-run figure', () => {
    const sev = result.series.povertySeverity.p50;
    const gap = result.series.povertyGap.p50;
    expect(sev).toHaveLength(24);
    sev.forEach((v, t) => {
      expect(v!).toBeGreaterThan(0);
      expect(v!).toBeLessThanOrEqual(gap[t]!);
    });
    expect(result.series.povertySeverity.mean.at(-1)!).toBeCloseTo(result.summary.povertySeverityEnd.mean!, 12);
    expect(result.counterfactual!.series.povertySeverity.mean).toHaveLength(24);
  });

  it('pairs the end Gini, gap and severity with the status quo’s replication by replication', () => {
    const { acc } = runAll(s, 3);
    const L = acc.layout;
    const per = acc.map((d) => d[L.scalars + scalarIndex.giniEnd]! - d[L.size + L.scalars + scalarIndex.giniEnd]!);
    expect(result.summary.giniChangeEnd.mean).toBeCloseTo(per.reduce((a, x) => a + x, 0) / per.length, 15);
    // The programmes are targeted at the poor: less inequality and shallower poverty than the status quo, in every replication.
    expect(result.summary.giniChangeEnd.p95!).toBeLessThan(0);
    expect(result.summary.povertyGapChangeEnd.p95!).toBeLessThan(0);
    expect(result.summary.povertySeverityChangeEnd.p95!).toBeLessThan(0);
    // The paired interval is narrower than either end's own.
    const width = (d: { p5: number | null; p95: number | null }) => d.p95! - d.p5!;
    expect(width(result.summary.giniChangeEnd)).toBeLessThan(width(result.summary.giniEnd));
  });

  it('has no decile effects without the status quo', () => {
    const off = smallScenario((x) => {
      x.run.counterfactual = false;
    }, 1000, 12);
    const r = runAll(off, 1).result;
    expect(r.distribution.byStartDecile).toBeNull();
    expect(r.summary.shareGaining.mean).toBeNull();
    expect(r.summary.giniChangeEnd.mean).toBeNull();
  });
});
