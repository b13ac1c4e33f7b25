// @vitest-environment node
/**
 * Households laid out in PMT order within their stratum (population/generate.ts layOutByPmt): every column
 * moves with its household, and a household's draws are keyed by its id, not by where it sits, so it lives
 * exactly as it would anywhere in the layout.
 */
import { describe, expect, test } from 'vitest';
import { contextFor } from '../../src/engine/model/context';
import { allocatePopulation, applyTargeting, generatePopulation, layOutByPmt, type Population } from '../../src/engine/population/generate';
import { STRATA_COUNT } from '../../src/engine/population/regions';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn, runMonths } from '../../src/engine/model/pass';
import { startFrom, type PassState } from '../../src/engine/model/state';
import { smallScenario } from './helpers';

/** Every per-household typed array of a population, by name (savings0 and loanStatus when set). */
const columns = (pop: Population) =>
  Object.entries(pop).filter((e): e is [string, Float64Array | Uint8Array | Int32Array] => ArrayBuffer.isView(e[1]) && (e[1] as Float64Array).length === pop.n && e[0] !== 'stratumStart');

/** The population with each stratum's households in reverse order, every column moved (targeting order worked out again). */
function reversed(pop: Population, bonus: number): Population {
  const was = new Int32Array(pop.n);
  for (let s = 0; s < STRATA_COUNT; s++) {
    const a = pop.stratumStart[s]!;
    const b = pop.stratumStart[s + 1]!;
    for (let k = a; k < b; k++) was[k] = a + b - 1 - k;
  }
  const copy = { ...pop } as Population;
  for (const [name, column] of columns(pop)) (copy as unknown as Record<string, unknown>)[name] = column.map((_, k) => column[was[k]!]!);
  applyTargeting(copy, bonus);
  return copy;
}

describe('households laid out in PMT order', () => {
  test('each stratum is in ascending PMT order, and ids are a reordering of its places', () => {
    const sc = smallScenario(() => {}, 3000, 12);
    const ctx = contextFor(sc);
    const pop = generatePopulation(ctx, ctx.sample, ctx.mu, replicationKey(sc.run.seed, 0));
    let moved = 0;
    for (let s = 0; s < STRATA_COUNT; s++) {
      const a = pop.stratumStart[s]!;
      const b = pop.stratumStart[s + 1]!;
      for (let k = a + 1; k < b; k++) expect(pop.pmt[k]!).toBeGreaterThanOrEqual(pop.pmt[k - 1]!);
      expect(Array.from(pop.id.subarray(a, b)).sort((x, y) => x - y)).toEqual(Array.from({ length: b - a }, (_, k) => a + k));
      for (let k = a; k < b; k++) if (pop.id[k] !== k) moved++;
    }
    // The draws' order is not the PMT's: laying out moved most households.
    expect(moved).toBeGreaterThan(pop.n / 2);
  });

  test('every column moves with its household: none is left where it was', () => {
    // Columns filled with their household's number (plus a column-specific offset, so two columns are not alike),
    // and PMT scores falling, so laying out reverses each stratum.
    const n = 40;
    const stratumStart = Int32Array.from({ length: STRATA_COUNT + 1 }, (_, s) => Math.min(n, s * 4));
    const pop = allocatePopulation(n, stratumStart);
    pop.savings0 = new Float64Array(n);
    pop.loanStatus = new Uint8Array(n);
    columns(pop).forEach(([name, column], c) => {
      if (name !== 'id') for (let i = 0; i < n; i++) column[i] = (i + 3 * c) % 200;
    });
    for (let i = 0; i < n; i++) pop.pmt[i] = 100 - i;
    const before = new Map(columns(pop).map(([name, column]) => [name, column.slice()]));
    const ctx = contextFor(smallScenario(() => {}, 500, 12));
    layOutByPmt(ctx, pop);
    expect(pop.id[0]).toBe(3);
    // pmtEffective and pmtOrder are worked out afresh for the new places; every other column is moved.
    for (const [name, column] of columns(pop)) {
      if (name === 'pmtEffective' || name === 'pmtOrder') continue;
      const was = before.get(name)!;
      expect(Array.from(column), name).toEqual(Array.from(pop.id, (id) => was[id]!));
    }
    expect(Array.from(pop.pmtOrder.subarray(0, 4))).toEqual([0, 1, 2, 3]);
  });

  test('a household lives the same months wherever it sits: its draws follow its id, in the status quo and under every programme', () => {
    // Money enough for everyone and a fund that never caps lending, so no household waits on another's turn:
    // each one's months depend on itself alone, and a draw keyed by place would give it another's.
    const sc = smallScenario((s) => {
      s.policy.budget.annualBn = [2000];
      s.policy.microfinance.initialFundPKR = 1e12;
      s.policy.microfinance.leverage = 50;
      s.policy.microfinance.loanCapPKR = 5000;
      s.policy.microfinance.minLoanPKR = 1000;
      s.policy.training.completion = 0.9;
      s.policy.training.jobProb = 0.6;
      s.policy.microfinance.annualUptake = 0.6;
      s.world.shocks.flood2022 = true;
    }, 1500, 24);
    const ctx = contextFor(sc);
    const key = replicationKey(sc.run.seed, 1);
    const z = sc.world.population.povertyLinePKR;
    const live = (pop: Population) => {
      const world = runBurnIn(ctx, pop, key);
      const st = startFrom(world, true, z, pop.loanStatus);
      runMonths(ctx, pop, st, key, 0, ctx.months, null);
      return st;
    };
    const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
    const a = live(pop);
    const b = live(reversed(pop, sc.policy.cash.categoricalBonus));
    const other = reversed(pop, sc.policy.cash.categoricalBonus);
    const byId = (p: Population, st: PassState, column: (st: PassState) => ArrayLike<number>) => {
      const out = new Float64Array(p.n);
      for (let i = 0; i < p.n; i++) out[p.id[i]!] = column(st)[i]!;
      return out;
    };
    const loanFields = (st: PassState) => st.loans.lastSize;
    let borrowed = 0;
    let trained = 0;
    for (const [name, column] of [
      ['consumption', (st: PassState) => st.cons], ['savings', (st: PassState) => st.savings], ['took', (st: PassState) => st.took],
      ['training gain', (st: PassState) => st.trainGain], ['business', (st: PassState) => st.enterprise], ['last loan', loanFields],
      ['overdue', (st: PassState) => st.loans.overdue], ['diverted', (st: PassState) => st.loans.diverted], ['last shock', (st: PassState) => st.lastShock],
    ] as const) expect(byId(other, b, column), name).toEqual(byId(pop, a, column));
    for (let i = 0; i < pop.n; i++) {
      if (a.loans.lastSize[i]! > 0) borrowed++;
      if (a.trainGain[i]! > 0) trained++;
    }
    // Loans, their use and detection, and training's outcomes were drawn, for many households.
    expect(borrowed).toBeGreaterThan(100);
    expect(trained).toBeGreaterThan(50);
  });

  test('households tied on their effective score are served in id order, as before the layout', () => {
    // Row 0: PMT 10 with an elderly member; row 1: PMT 5 without. At a priority of 5 both score 5. The layout puts
    // row 1 first (raw score), and a sort that broke ties by place then served it first: before the layout, row 0
    // came first, and still does.
    const stratumStart = Int32Array.from({ length: STRATA_COUNT + 1 }, (_, s) => (s === 0 ? 0 : 3));
    const pop = allocatePopulation(3, stratumStart);
    pop.pmt.set([10, 5, 2]);
    pop.elderlyDisabled.set([1, 0, 0]);
    const ctx = contextFor(smallScenario((s) => (s.policy.cash.categoricalBonus = 5), 500, 12));
    layOutByPmt(ctx, pop);
    expect(Array.from(pop.id)).toEqual([2, 1, 0]);
    expect(Array.from(pop.pmtOrder, (i) => pop.id[i])).toEqual([2, 0, 1]);
  });
});
