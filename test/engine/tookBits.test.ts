// @vitest-environment node
/**
 * The monthly loop reads a programme's columns (training and farm gains, business capital, the cash and
 * stipend flags) only for households whose `took` has that programme's bit (model/pass.ts). So a programme
 * that gave a household something without setting its bit would have it silently ignored. This guard runs
 * every programme month by month in a full pass (every household stepped, beside the status quo) and checks
 * each month that no household holds a programme's state without the bit, and that it saw each kind of state
 * (not vacuously true). It passes on the code before the gating too: it guards the invariant the gating needs
 * (the golden file and test/engine/sharedWorld.test.ts hold the numbers).
 */
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../src/engine/model/context';
import { passLayout } from '../../src/engine/model/layout';
import { generatePopulation } from '../../src/engine/population/generate';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn, runMonths } from '../../src/engine/model/pass';
import { startFrom, TOOK, type PassState } from '../../src/engine/model/state';
import { smallScenario } from './helpers';

/** Every programme funded, training short, farms adopting: each kind of state appears within 14 months. */
const everything = () => smallScenario((s) => {
  s.policy.budget.annualBn = [100];
  s.policy.budget.programmeShares = { cash: 0.3, stipend: 0.1, microfinance: 0.25, training: 0.15, farm: 0.15, admin: 0.05 };
  s.policy.cash.existingTopUpPKR = 300;
  s.policy.training.durationMonths = 3;
  s.policy.microfinance.annualUptake = 0.6;
}, 800, 14);

/** Which kinds of programme state the month's check saw, by name: each must be seen at least once. */
type Seen = Record<'training' | 'trainingGain' | 'farmGain' | 'enterprise' | 'cash' | 'topUp' | 'stipend', number>;

function check(st: PassState, seen: Seen, month: number): void {
  for (let i = 0; i < st.took.length; i++) {
    const took = st.took[i]!;
    const at = `household ${i}, month ${month}`;
    if (st.trainLeft[i]! > 0) {
      seen.training++;
      expect(took & TOOK.training, `${at}: in training`).not.toBe(0);
    }
    if (st.trainGain[i] !== 0) {
      seen.trainingGain++;
      expect(took & TOOK.training, `${at}: a training gain`).not.toBe(0);
    }
    if (st.farmGain[i] !== 0) {
      seen.farmGain++;
      expect(took & TOOK.farm, `${at}: a farm gain`).not.toBe(0);
    }
    if (st.enterprise[i] !== 0) {
      seen.enterprise++;
      expect(took & TOOK.microfinance, `${at}: business capital`).not.toBe(0);
    }
    if (st.cash[i]) {
      seen.cash++;
      expect(took & TOOK.cash, `${at}: new cash`).not.toBe(0);
    }
    if (st.topUp[i]) {
      seen.topUp++;
      expect(took & TOOK.cash, `${at}: a top-up`).not.toBe(0);
    }
    if (st.stipend[i]) {
      seen.stipend++;
      expect(took & TOOK.stipend, `${at}: a stipend`).not.toBe(0);
    }
  }
}

describe("the monthly loop's programme bits", () => {
  it('no household holds a programme’s state without its bit in took, in any month', () => {
    const sc = everything();
    const ctx = contextFor(sc);
    const L = passLayout(ctx.months);
    const seen: Seen = { training: 0, trainingGain: 0, farmGain: 0, enterprise: 0, cash: 0, topUp: 0, stipend: 0 };
    for (const r of [0, 1]) {
      const key = replicationKey(sc.run.seed, r);
      const pop = generatePopulation(ctx, ctx.sample, ctx.mu, key);
      const world = runBurnIn(ctx, pop, key);
      const z = sc.world.population.povertyLinePKR;
      const st = startFrom(world, true, z);
      const cf = startFrom(world, false, z);
      const out = new Float64Array(2 * L.size);
      for (let t = 0; t < ctx.months; t++) {
        runMonths(ctx, pop, cf, key, t, t + 1, { out, base: L.size, layout: L });
        runMonths(ctx, pop, st, key, t, t + 1, { out, base: 0, layout: L }, false, { ref: cf, only: null });
        check(st, seen, t);
      }
    }
    for (const [kind, count] of Object.entries(seen)) expect(count, `${kind} never seen: the check proves nothing for it`).toBeGreaterThan(0);
  });
});
