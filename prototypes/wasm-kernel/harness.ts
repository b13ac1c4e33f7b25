/**
 * The prototype's harness, the same in Node (bench.mjs) and in a browser page
 * (browser-check.mjs): build a population with the engine, run its burn-in
 * to month 0, then run the status-quo months three ways from copies of that
 * state and compare them bit for bit:
 *   runMonths  the engine's own loop (programmes off: startFrom(world, false, z))
 *   js         the reduced kernel in TypeScript (kernelJs.ts)
 *   wasm       the reduced kernel in C compiled to wasm (kernel.c)
 */
import { defaultScenario } from '../../src/engine/scenario/defaults';
import { contextFor, type Context } from '../../src/engine/model/context';
import { generatePopulation, type Population } from '../../src/engine/population/generate';
import { replicationKey } from '../../src/engine/random/hash';
import { runBurnIn, runMonths } from '../../src/engine/model/pass';
import { startFrom, type PassState } from '../../src/engine/model/state';
import { passLayout, seriesIndex } from '../../src/engine/model/layout';
import { REGIONS } from '../../src/engine/population/regions';
import { exp } from '../../src/engine/math/dmath';
import { runMonthJs, TOTAL, TOTALS_LENGTH, type KernelState } from './kernelJs';
import { createMonthInputs, monthInputs, passParams, type PassParams } from './month';
import { STATE_COLUMNS, WasmKernel } from './wasmKernel';

export interface Options {
  households: number;
  months: number;
  flood: boolean;
  seed: number;
  replication: number;
}

export interface World {
  ctx: Context;
  pop: Population;
  world: PassState;
  repKey: number;
  par: PassParams;
  wasm: WasmKernel;
}

export type Way = 'runMonths' | 'js' | 'wasm';
export const WAYS: readonly Way[] = ['runMonths', 'js', 'wasm'];

/** What a run leaves behind: the state columns and, per month, headcount, poor households, gap, mean, regional headcounts, then the existing-transfer ledger. */
export interface Outcome {
  state: KernelState;
  series: Float64Array;
  seconds: number;
  cpuSeconds: number;
}

const SERIES_PER_MONTH = 4 + REGIONS.length;

export async function prepare(opts: Options, wasmBytes: BufferSource): Promise<World> {
  const sc = defaultScenario('wasm prototype');
  Object.assign(sc.run, { households: opts.households, months: opts.months, seed: opts.seed });
  sc.world.shocks.flood2022 = opts.flood;
  const ctx = contextFor(sc);
  const repKey = replicationKey(sc.run.seed, opts.replication);
  const pop = generatePopulation(ctx, ctx.sample, ctx.mu, repKey);
  const world = runBurnIn(ctx, pop, repKey);
  const par = passParams(ctx);
  const wasm = await WasmKernel.load(wasmBytes, pop, par, ctx.expTransitory);
  return { ctx, pop, world, repKey, par, wasm };
}

/** Run the status-quo months from month 0 one way; only the months themselves are timed. */
export function runWay(w: World, way: Way, cpuNow: () => number = () => NaN): Outcome {
  const { ctx, pop, repKey, par } = w;
  const months = ctx.months;
  const st = startFrom(w.world, false, par.povertyLine);
  const series = new Float64Array(SERIES_PER_MONTH * months + 1);
  if (way === 'runMonths') {
    const layout = passLayout(months);
    const out = new Float64Array(layout.size);
    const cpu0 = cpuNow();
    const t0 = performance.now();
    runMonths(ctx, pop, st, repKey, 0, months, { out, base: 0, layout });
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = (cpuNow() - cpu0) / 1e6;
    const keys = ['povertyHeadcount', 'poorHouseholds', 'povertyGap', 'meanIncome'] as const;
    for (let t = 0; t < months; t++) {
      keys.forEach((k, j) => (series[t * SERIES_PER_MONTH + j] = out[layout.series + seriesIndex[k] * months + t]!));
      for (let r = 0; r < REGIONS.length; r++) series[t * SERIES_PER_MONTH + 4 + r] = out[layout.regionSeries + r * months + t]!;
    }
    series[months * SERIES_PER_MONTH] = st.ledger.existingCash;
    return { state: st, series, seconds, cpuSeconds };
  }
  const state: KernelState = way === 'wasm' ? w.wasm.state : st;
  if (way === 'wasm') w.wasm.load(st);
  const totals = way === 'wasm' ? w.wasm.totals : new Float64Array(TOTALS_LENGTH);
  const m = createMonthInputs();
  let existingCash = 0;
  const cpu0 = cpuNow();
  const t0 = performance.now();
  for (let t = 0; t < months; t++) {
    monthInputs(ctx, repKey, t, m);
    if (way === 'wasm') w.wasm.runMonth(m);
    else runMonthJs(pop, state, par, m, totals, ctx.expTransitory);
    existingCash += totals[TOTAL.existingHouseholds]! * par.existingGross;
    recordMonth(totals, t, series);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = (cpuNow() - cpu0) / 1e6;
  series[months * SERIES_PER_MONTH] = existingCash;
  return { state, series, seconds, cpuSeconds };
}

/** The monthly series runMonths records, from the month's totals, by the same divisions. */
function recordMonth(totals: Float64Array, t: number, series: Float64Array): void {
  const at = t * SERIES_PER_MONTH;
  const people = totals[TOTAL.people]!;
  series[at] = totals[TOTAL.poorPeople]! / people;
  series[at + 1] = totals[TOTAL.poorHouseholds]!;
  series[at + 2] = totals[TOTAL.gap]! / people;
  series[at + 3] = totals[TOTAL.consSum]! / people;
  for (let r = 0; r < REGIONS.length; r++) series[at + 4 + r] = totals[TOTAL.regionPoor + r]! / totals[TOTAL.regionPeople + r]!;
}

function bytes(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  const x = bytes(a);
  const y = bytes(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Names of the columns (and "series") whose bits differ between two outcomes. */
export function differences(a: Outcome, b: Outcome): string[] {
  const diff: string[] = STATE_COLUMNS.filter((k) => !sameBytes(a.state[k], b.state[k]));
  if (!sameBytes(a.series, b.series)) diff.push('series');
  return diff;
}

/** FNV-1a over the bits of an outcome's columns and series: equal digests in Node and a browser mean equal bits. */
export function digest(o: Outcome): string {
  let h = 0x811c9dc5;
  for (const a of [...STATE_COLUMNS.map((k) => o.state[k]), o.series]) {
    const x = bytes(a);
    for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x[i]!, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Inputs on which the wasm port of exp disagrees with dmath.exp (none expected), out of `count` spread over the model's range and beyond. */
export function expMismatches(w: World, count: number): number[] {
  const bad: number[] = [];
  const special = [0, -0, 1, -1, 1e-300, -1e-300, 709.78, 709.782712893384, 709.8, -708.39, -708.3964185322641, -709, 1e-4, -1e-4, NaN, Infinity, -Infinity];
  const check = (x: number) => {
    if (!Object.is(exp(x), w.wasm.exp(x))) bad.push(x);
  };
  special.forEach(check);
  let u = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    u = Math.imul(u ^ (u >>> 15), 0x2c1b3c6d) ^ i;
    const unit = (u >>> 0) / 4294967296;
    check(i % 2 === 0 ? (unit - 0.5) * 40 : (unit - 0.5) * 1400);
  }
  return bad;
}

/** A copy of an outcome's columns (the wasm views are overwritten by the next wasm run). */
export function snapshot(o: Outcome): Outcome {
  const state = Object.fromEntries(STATE_COLUMNS.map((k) => [k, o.state[k].slice()])) as unknown as KernelState;
  return { ...o, state, series: o.series.slice() };
}

export const HOUSEHOLD_MONTHS = (w: World) => w.pop.n * w.ctx.months;
