// @vitest-environment node
/**
 * Engine numbers pinned where the engine lives. Any change to a number for a
 * given scenario and seed must bump ENGINE_VERSION; then regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/engine/golden.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, REGIONS, simulateReplication } from '../../src/engine/index';
import { passLayout } from '../../src/engine/model/layout';
import { smallScenario } from './helpers';

const FILE = new URL('./golden.json', import.meta.url);

function fingerprint() {
  const s = smallScenario((x) => {
    x.world.shocks.flood2022 = true;
    x.world.shocks.floodMonth = 5;
    x.policy.cash.existingTopUpPKR = 500;
    // Interest and a high uptake, so that loan servicing, extensions and write-offs all move the numbers.
    x.policy.microfinance.borrowerRatePct = 12;
    x.policy.microfinance.annualUptake = 0.6;
  }, 900, 18);
  const reps = [0, 1].map((r) => simulateReplication(s, r));
  const hash = createHash('sha256');
  for (const d of reps) hash.update(new Uint8Array(d.buffer));
  // The monthly series (national and regional) apart from everything else, so a change that moves only how
  // monthly totals are summed shows as that: every replication has two pass blocks, each with its series.
  // (Engine 2.3.0 moved sha256Monthly only: 2.2.0 gave the same sha256Rest.)
  const L = passLayout(s.run.months);
  const monthly = createHash('sha256');
  const rest = createHash('sha256');
  for (const d of reps) {
    for (const base of [0, L.size]) {
      const from = base + L.series;
      const to = base + L.regionSeries + REGIONS.length * s.run.months;
      rest.update(new Uint8Array(d.buffer, (base) * 8, (from - base) * 8));
      monthly.update(new Uint8Array(d.buffer, from * 8, (to - from) * 8));
      rest.update(new Uint8Array(d.buffer, to * 8, (base + L.size - to) * 8));
    }
  }
  // A few readable numbers, so a reviewer sees what moved.
  const first = reps[0]!;
  return {
    engineVersion: ENGINE_VERSION, sha256: hash.digest('hex'), sha256Monthly: monthly.digest('hex'), sha256Rest: rest.digest('hex'),
    firstValues: Array.from(first.subarray(0, 8), (x) => Number(x.toPrecision(12))),
  };
}

describe('engine golden output', () => {
  it('matches the pinned numbers for this ENGINE_VERSION', () => {
    const now = fingerprint();
    if (process.env.UPDATE_GOLDEN) writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
    const pinned = JSON.parse(readFileSync(FILE, 'utf8'));
    if (pinned.engineVersion === now.engineVersion)
      expect(now, 'engine numbers changed without an ENGINE_VERSION bump').toEqual(pinned);
    else throw new Error(`ENGINE_VERSION is ${now.engineVersion} but golden.json pins ${pinned.engineVersion}: regenerate it (UPDATE_GOLDEN=1)`);
  });
});
