// Bit-identity check and throughput of the status-quo month three ways:
// the engine's runMonths, the reduced kernel in TypeScript, and the same
// kernel in wasm. Build first with ./build.sh.
//   node prototypes/wasm-kernel/bench.mjs [--households 20000] [--months 36] [--rounds 15] [--flood] [--only js|wasm|runMonths]
// --only times one way alone (for `perf stat`); the bit-identity check always runs all three.
import { readFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const here = new URL('.', import.meta.url);
const harnessFile = new URL('.build/harness.mjs', here);
const wasmFile = new URL('.build/kernel.wasm', here);
if (!existsSync(harnessFile) || !existsSync(wasmFile)) {
  console.error('bench: run prototypes/wasm-kernel/build.sh first');
  process.exit(2);
}
const { prepare, runWay, differences, digest, expMismatches, snapshot, HOUSEHOLD_MONTHS, WAYS } = await import(harnessFile.href);

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '20000' },
    months: { type: 'string', default: '36' },
    rounds: { type: 'string', default: '15' },
    flood: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const opts = { households: Number(values.households), months: Number(values.months), flood: values.flood, seed: 42, replication: 0 };
const rounds = Number(values.rounds);
const ways = values.only ? [values.only] : WAYS;
const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const w = await prepare(opts, readFileSync(wasmFile));
console.log(`${opts.households} households × ${opts.months} status-quo months from month 0 (burn-in done), flood2022 ${opts.flood ? 'on' : 'off'}, Node ${process.versions.node}`);

// Bit identity.
const badExp = expMismatches(w, 1_000_000);
console.log(`exp: wasm port vs dmath.exp on 1,000,000 inputs + specials: ${badExp.length === 0 ? 'all bit-identical' : `${badExp.length} differ, e.g. ${badExp.slice(0, 3)}`}`);
const reference = snapshot(runWay(w, 'runMonths'));
let identical = badExp.length === 0;
for (const way of ['js', 'wasm']) {
  const o = snapshot(runWay(w, way));
  const diff = differences(reference, o);
  identical &&= diff.length === 0;
  console.log(`${way.padEnd(9)} vs runMonths: ${diff.length === 0 ? 'bit-identical' : `DIFFERENT in ${diff.join(', ')}`} (digest ${digest(o)}, runMonths ${digest(reference)})`);
}

// Throughput: interleaved rounds, the order rotating each round; best and median of each.
const times = Object.fromEntries(ways.map((k) => [k, { wall: [], cpu: [] }]));
for (let r = 0; r < rounds; r++) {
  for (let j = 0; j < ways.length; j++) {
    const way = ways[(r + j) % ways.length];
    const o = runWay(w, way, cpuNow);
    if (digest(o) !== digest(reference)) identical = false;
    times[way].wall.push(o.seconds);
    times[way].cpu.push(o.cpuSeconds);
  }
}
const hm = HOUSEHOLD_MONTHS(w);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (s) => hm / s;
const fmt = (x) => Math.round(x / 1e3).toLocaleString('en-US').padStart(9) + 'k';
console.log(`\nhousehold-months per second, ${rounds} interleaved rounds of ${hm.toLocaleString('en-US')} household-months each:`);
console.log(`${'way'.padEnd(10)} ${'best wall'.padStart(10)} ${'median wall'.padStart(12)} ${'best CPU'.padStart(10)}`);
const best = {};
for (const way of ways) {
  const { wall, cpu } = times[way];
  best[way] = rate(Math.min(...wall));
  console.log(`${way.padEnd(10)} ${fmt(best[way])} ${fmt(rate(median(wall))).padStart(12)} ${fmt(rate(Math.min(...cpu.filter((c) => c > 0))))}`);
}
if (ways.length === 3) {
  console.log(`\nwasm ÷ js (same kernel):        ${(best.wasm / best.js).toFixed(2)}× (best), ${(median(times.js.wall) / median(times.wasm.wall)).toFixed(2)}× (median)`);
  console.log(`wasm ÷ runMonths (full loop):   ${(best.wasm / best.runMonths).toFixed(2)}× (best), ${(median(times.runMonths.wall) / median(times.wasm.wall)).toFixed(2)}× (median)`);
  console.log(`js ÷ runMonths:                 ${(best.js / best.runMonths).toFixed(2)}× (best)`);
}
console.log(`\nall runs bit-identical to runMonths: ${identical ? 'yes' : 'NO'}`);
process.exitCode = identical ? 0 : 1;
