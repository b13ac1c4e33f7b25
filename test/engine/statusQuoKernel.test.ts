// @vitest-environment node
/**
 * A pass with no new programme (the burn-in and the status quo) runs a lean
 * copy of the monthly loop (statusQuoHouseholds in model/statusQuo.ts) because V8
 * compiles it to much faster code. These tests hold it to the general loop
 * bit for bit: every household state and every recorded number, through a
 * flood, cost-of-living prices, poverty spells and re-entries. They fail if
 * either loop changes a rule the other does not.
 */
import { describe, expect, it } from 'vitest';
import { smallScenario } from './helpers';
import { contextFor } from '../../src/engine/model/context';
import { passLayout } from '../../src/engine/model/layout';
import { generatePopulation } from '../../src/engine/population/generate';
import { replicationKey } from '../../src/engine/random/hash';
import { bufferSavings, runMonths } from '../../src/engine/model/pass';
import { createState, startFrom, type PassState } from '../../src/engine/model/state';
import type { Scenario } from '../../src/engine/index';

const FIELDS = ['persistent', 'health', 'disaster', 'flood', 'lastShock', 'savings', 'cons', 'outRun', 'had12', 'reentered'] as const;

function run(sc: Scenario, r: number, general: boolean) {
  const ctx = contextFor(sc);
  const layout = passLayout(ctx.months);
  const key = replicationKey(sc.run.seed, r);
  const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
  const burnIn = createState(pop.n, false);
  burnIn.persistent.set(pop.persistent0);
  burnIn.savings.set(bufferSavings(ctx, pop));
  runMonths(ctx, pop, burnIn, key, -ctx.burnIn, 0, null, false, null, general);
  const st = startFrom(burnIn, false, sc.world.population.povertyLinePKR);
  const out = new Float64Array(layout.size);
  runMonths(ctx, pop, st, key, 0, ctx.months, { out, base: 0, layout }, false, null, general);
  return { burnIn, st, out, ledger: st.ledger };
}

const bytes = (a: ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function expectSame(a: PassState, b: PassState): void {
  for (const f of FIELDS) expect(bytes(a[f]).equals(bytes(b[f])), f).toBe(true);
}

describe('the status-quo loop', () => {
  const scenarios: [string, Scenario][] = [
    ['the default world', smallScenario(() => {}, 3000, 30)],
    ['a flood in the window, prices rising faster for the poor, a generous existing transfer', smallScenario((s) => {
      s.world.shocks.flood2022 = true;
      s.world.shocks.floodMonth = 4;
      s.world.prices.costOfLiving = true;
      s.world.prices.poorExtraInflationPct = 6;
      s.world.existingCash.benefitPKR *= 2;
    }, 3000, 30)],
  ];
  for (const [name, sc] of scenarios) {
    it(`gives the general loop's numbers bit for bit: ${name}`, () => {
      for (const r of [0, 3]) {
        const lean = run(sc, r, false);
        const general = run(sc, r, true);
        // The burn-in keeps no spells (nothing reads them), so only the state the pass starts from is compared.
        for (const f of ['persistent', 'health', 'disaster', 'flood', 'lastShock', 'savings', 'cons'] as const) expect(bytes(lean.burnIn[f]).equals(bytes(general.burnIn[f])), f).toBe(true);
        expectSame(lean.st, general.st);
        expect(bytes(lean.out).equals(bytes(general.out))).toBe(true);
        expect(lean.ledger).toEqual(general.ledger);
      }
    });
  }

  it('is exercised: spells end and poverty re-entries happen in these runs', () => {
    const { st } = run(scenarios[1]![1], 0, false);
    expect(st.had12.some((x) => x === 1)).toBe(true);
    expect(st.reentered.some((x) => x === 1)).toBe(true);
    expect(st.flood.some((x) => x < 0)).toBe(true);
  });
});
