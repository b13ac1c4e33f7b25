// @vitest-environment node
/**
 * Each thread reuses one replication's arrays for the next (model/state.ts,
 * Arena). These tests fail if a reused array carries anything over: a
 * replication must give the same bytes whatever ran before it in the thread
 * (other replications, other scenarios, other population sizes), and the
 * arena must hand out zeroed arrays of its size.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/engine/index';
import { Arena, replicationArena } from '../../src/engine/model/state';
import { smallScenario } from './helpers';

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('the replication arena', () => {
  it('hands out zeroed arrays of its size, the same ones again after a reset', () => {
    const arena = new Arena(7);
    const a = arena.f64();
    const b = arena.i32();
    a.fill(3);
    b.fill(-1);
    expect(arena.f64()).not.toBe(a);
    arena.reset();
    const again = arena.f64();
    expect(again).toBe(a);
    expect([...again]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect([...arena.i32()]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(arena.u8()).toHaveLength(7);
    // A new size drops the old arrays.
    expect(replicationArena(5).f64()).toHaveLength(5);
    expect(replicationArena(9).f64()).toHaveLength(9);
  });

  it('a replication gives the same bytes whatever the thread ran before it', () => {
    const loans = smallScenario((s) => {
      s.policy.budget.annualBn = [100];
      s.policy.budget.programmeShares = { cash: 0.2, stipend: 0.05, microfinance: 0.3, training: 0.2, farm: 0.2, admin: 0.05 };
    }, 900, 14);
    const other = smallScenario((s) => {
      s.policy.budget.annualBn = [120];
      s.world.shocks.flood2022 = true;
      s.world.shocks.floodMonth = 3;
    }, 1300, 14);
    const first = simulateReplication(loans, 2);
    simulateReplication(other, 5);
    simulateReplication(loans, 7);
    const again = simulateReplication(loans, 2);
    expect(bytes(again).equals(bytes(first))).toBe(true);
    expect(first.some((x) => x !== 0 && Number.isFinite(x))).toBe(true);
  });
});
