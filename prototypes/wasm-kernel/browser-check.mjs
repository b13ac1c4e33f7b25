// Runs the same harness in headless Chromium and in this Node process and
// compares the digests of the results (every state column's bits and the
// monthly series): equal digests mean bit-identical results in browser and
// Node, for runMonths, the JS kernel and the wasm kernel alike. Also times
// a few interleaved rounds in the page. Build first with ./build.sh.
//   node prototypes/wasm-kernel/browser-check.mjs [--households 20000] [--flood]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const here = new URL('.', import.meta.url);
const { values } = parseArgs({ options: { households: { type: 'string', default: '20000' }, flood: { type: 'boolean', default: false } } });
const opts = { households: Number(values.households), months: 36, flood: values.flood, seed: 42, replication: 0 };
const wasmBytes = readFileSync(new URL('.build/kernel.wasm', here));

const h = await import(new URL('.build/harness.mjs', here).href);
const w = await h.prepare(opts, wasmBytes);
const node = Object.fromEntries(h.WAYS.map((way) => [way, h.digest(h.runWay(w, way))]));

const profile = mkdtempSync(join(tmpdir(), 'wasm-proto-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><link rel="icon" href="data:,"><title>wasm kernel check</title>');
  await page.addScriptTag({ content: readFileSync(new URL('.build/harness.iife.js', here), 'utf8') });
  const browser = await page.evaluate(
    async ({ opts, bytes }) => {
      const h = globalThis.wasmProto;
      const w = await h.prepare(opts, new Uint8Array(bytes));
      const digests = Object.fromEntries(h.WAYS.map((way) => [way, h.digest(h.runWay(w, way))]));
      const best = Object.fromEntries(h.WAYS.map((way) => [way, Infinity]));
      for (let r = 0; r < 9; r++) for (let j = 0; j < 3; j++) {
        const way = h.WAYS[(r + j) % 3];
        best[way] = Math.min(best[way], h.runWay(w, way).seconds);
      }
      const rates = Object.fromEntries(h.WAYS.map((way) => [way, Math.round(h.HOUSEHOLD_MONTHS(w) / best[way])]));
      return { digests, rates, expBad: h.expMismatches(w, 200_000).length, ua: navigator.userAgent };
    },
    { opts, bytes: [...wasmBytes] },
  );
  console.log(`${opts.households} households × 36 months, flood2022 ${opts.flood ? 'on' : 'off'}`);
  console.log(`browser: ${browser.ua}`);
  let same = browser.expBad === 0;
  for (const way of h.WAYS) {
    const ok = node[way] === browser.digests[way] && node[way] === node.runMonths;
    same &&= ok;
    console.log(`${way.padEnd(9)} Node ${node[way]}  Chromium ${browser.digests[way]}  ${ok ? 'identical' : 'DIFFERENT'}`);
  }
  console.log(`exp port in Chromium vs dmath.exp in Chromium: ${browser.expBad === 0 ? 'all bit-identical' : `${browser.expBad} differ`}`);
  console.log(`Chromium best of 9 interleaved rounds, household-months/s: ${h.WAYS.map((way) => `${way} ${browser.rates[way].toLocaleString('en-US')}`).join(', ')}`);
  console.log(`bit-identical in Node and Chromium: ${same ? 'yes' : 'NO'}`);
  process.exitCode = same ? 0 : 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
