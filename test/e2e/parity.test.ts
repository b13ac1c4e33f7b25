/**
 * Browser and Node give the same numbers, bit for bit: the production
 * bundle's simulation worker, running in Chromium, is asked for replications
 * directly (comlink's wire messages, no app code in between) and its packed
 * output is compared byte by byte with the engine run in Node.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, simulateReplication, SCALARS, SERIES } from '../../src/engine/index';
import { passLayout } from '../../src/engine/model/layout';
import { ROOT, useServedBrowser } from './harness';

const env = useServedBrowser({ beforeAll, afterAll });


const hex = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

describe('browser worker vs Node engine', () => {
  it('gives bit-identical replications for the same scenario and seed', async () => {
    const worker = readdirSync(join(ROOT, 'dist/assets')).find((f) => /^sim\.worker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    const scenario = defaultScenario('parity');
    Object.assign(scenario.run, { households: 3000, months: 24, replications: 3, seed: 4242 });
    scenario.world.shocks.flood2022 = true;
    scenario.world.prices.costOfLiving = true;
    scenario.policy.microfinance.borrowerRatePct = 12;

    const page = await env.browser.newPage();
    await page.goto(env.server.url);
    const fromBrowser = await page.evaluate(
      async ({ url, scenario }) => {
        const w = new Worker(url, { type: 'module' });
        const reply = await new Promise<{ value: { indices: number[]; data: Float64Array[] } }>((resolve, reject) => {
          w.addEventListener('message', (e) => resolve(e.data));
          w.addEventListener('error', (e) => reject(new Error(e.message)));
          const raw = (value: unknown) => ({ type: 'RAW', value });
          w.postMessage({ id: 'parity', type: 'APPLY', path: ['simulateBatch'], argumentList: [raw('parity-run'), raw([scenario]), raw([0, 1, 2])] });
        });
        w.terminate();
        const toHex = (a: Float64Array) => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), (b) => b.toString(16).padStart(2, '0')).join('');
        return reply.value.data.map(toHex);
      },
      { url: `/assets/${worker}`, scenario },
    );
    await page.close();
    expect(env.browser.errors).toEqual([]);
    const fromNode = [0, 1, 2].map((r) => hex(simulateReplication(scenario, r)));
    expect(fromBrowser).toHaveLength(3);
    const values = (h: string) => new Float64Array(Uint8Array.from(Buffer.from(h, 'hex')).buffer);
    fromBrowser.forEach((h, r) => {
      if (h === fromNode[r]) return;
      const a = values(h);
      const b = values(fromNode[r]!);
      const L = passLayout(24);
      const name = (k: number) => {
        const o = k % L.size;
        if (o < L.series) return SCALARS[o - L.scalars];
        if (o < L.region) return `${SERIES[Math.floor((o - L.series) / 24)]}[${(o - L.series) % 24}]`;
        return `slot ${o}`;
      };
      const all = [...a.keys()].filter((k) => !Object.is(a[k], b[k]));
      const diffs = all.slice(0, 40).map((k) => `${k >= L.size ? 'cf ' : ''}${name(k)} ${a[k]} vs ${b[k]}`);
      expect.fail(`replication ${r} differs at ${all.length} slots: ${diffs.join('; ')}`);
    });
  });
});
