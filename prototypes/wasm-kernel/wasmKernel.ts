/**
 * Loads kernel.wasm and lays a population and a pass state out in its
 * linear memory as the same struct of arrays the engine uses (one typed
 * array per column). Columns are allocated once; a run copies a state in,
 * steps months in wasm, and reads the columns back through typed-array
 * views on the wasm memory (no copy).
 */
import type { Population } from '../../src/engine/population/generate';
import { NORMAL_TABLE } from '../../src/engine/random/normal';
import { STRATA_COUNT } from '../../src/engine/population/regions';
import type { KernelState } from './kernelJs';
import { TOTALS_LENGTH } from './kernelJs';
import type { MonthInputs, PassParams } from './month';

interface Exports {
  memory: WebAssembly.Memory;
  init(): void;
  alloc(bytes: number): number;
  normalTable(): number;
  expTransitory(): number;
  hit(): number;
  floodShare(): number;
  totals(): number;
  setParams(...values: number[]): void;
  bindPopulation(n: number, ...columns: number[]): void;
  bindState(...columns: number[]): void;
  runMonth(t: number, kIncome: number, kShock: number, kFlood: number, floodNow: number, ...values: number[]): void;
  exp(x: number): number;
}

type Column = Float64Array | Int32Array | Uint8Array;
type ColumnType = { new (buffer: ArrayBuffer, offset: number, length: number): Column; BYTES_PER_ELEMENT: number };

const STATE_COLUMNS = ['persistent', 'health', 'disaster', 'flood', 'savings', 'cons', 'lastShock', 'outRun', 'had12', 'poor0', 'reentered'] as const;
const POPULATION_COLUMNS = ['stratum', 'region', 'farm', 'bottom40', 'existing', 'size', 'base', 'weight', 'ae'] as const;

export class WasmKernel {
  private constructor(
    private readonly x: Exports,
    private readonly hitView: Uint8Array,
    /** Monthly totals, laid out as kernelJs.ts TOTAL. */
    readonly totals: Float64Array,
    /** Views of the state columns in wasm memory. */
    readonly state: KernelState,
  ) {}

  static async load(bytes: BufferSource, pop: Population, par: PassParams, expTransitory: Float64Array): Promise<WasmKernel> {
    const { instance } = await WebAssembly.instantiate(bytes, {});
    const x = instance.exports as unknown as Exports;
    x.init();
    // Allocate every column before taking any view: growing the memory detaches earlier views.
    const at = (len: number, type: ColumnType) => x.alloc(len * type.BYTES_PER_ELEMENT);
    const popAt = POPULATION_COLUMNS.map((k) => at(pop.n, pop[k].constructor as ColumnType));
    const stateTypes: Record<(typeof STATE_COLUMNS)[number], ColumnType> = {
      persistent: Float64Array, health: Float64Array, disaster: Float64Array, flood: Float64Array, savings: Float64Array, cons: Float64Array,
      lastShock: Int32Array, outRun: Int32Array, had12: Uint8Array, poor0: Uint8Array, reentered: Uint8Array,
    };
    const stateAt = STATE_COLUMNS.map((k) => at(pop.n, stateTypes[k]));
    const buf = x.memory.buffer;
    new Float64Array(buf, x.normalTable(), NORMAL_TABLE.length).set(NORMAL_TABLE);
    new Float64Array(buf, x.expTransitory(), expTransitory.length).set(expTransitory);
    new Float64Array(buf, x.floodShare(), STRATA_COUNT).set(par.floodShare);
    POPULATION_COLUMNS.forEach((k, c) => new (pop[k].constructor as ColumnType)(buf, popAt[c]!, pop.n).set(pop[k]));
    x.bindPopulation(pop.n, ...popAt);
    x.bindState(...stateAt);
    x.setParams(
      par.rho, par.innovSd, par.healthMonthly, par.healthRecovery, par.healthLoss, par.disasterRecovery, par.disasterAffected,
      par.disasterLoss, par.floodRecovery, par.floodLoss, par.povertyLine, par.mpc, par.bufferMonths, par.savingsGrowth,
    );
    const state = Object.fromEntries(STATE_COLUMNS.map((k, c) => [k, new stateTypes[k](buf, stateAt[c]!, pop.n)])) as unknown as KernelState;
    return new WasmKernel(x, new Uint8Array(buf, x.hit(), STRATA_COUNT), new Float64Array(buf, x.totals(), TOTALS_LENGTH), state);
  }

  /** Copy a pass state into wasm memory. */
  load(from: KernelState): void {
    for (const k of STATE_COLUMNS) (this.state[k] as Column).set(from[k]);
  }

  runMonth(m: MonthInputs): void {
    this.hitView.set(m.hit);
    this.x.runMonth(m.t, m.kIncome, m.kShock, m.kFlood, m.floodNow ? 1 : 0, m.priceLog, m.poorPriceLog, m.existingReal, m.seasonFactor, m.seasonMean, m.reserveFactor);
  }

  /** The kernel's port of dmath.exp, for checking it against the engine's. */
  exp(x: number): number {
    return this.x.exp(x);
  }
}

export { STATE_COLUMNS };
