/**
 * Collects replication outputs in any order (from any number of workers or
 * machines) and turns them into the result contract. Merging is by
 * replication index, so partial results combine associatively and the final
 * numbers do not depend on arrival order or thread count.
 */
import type { Scenario } from '../scenario/types';
import { passLayout, type PassLayout } from '../model/layout';
import { replicationSize } from '../simulate';

export class Accumulator {
  readonly scenario: Scenario;
  readonly layout: PassLayout;
  private readonly reps = new Map<number, Float64Array>();
  /** Sorted view of reps, rebuilt lazily after an add (columns are read many times per result). */
  private sorted: [number, Float64Array][] | null = null;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.layout = passLayout(scenario.run.months);
  }

  /** Add replication r's packed output. Adding the same replication twice is an error. */
  add(r: number, data: Float64Array): void {
    if (data.length !== replicationSize(this.scenario.run.months))
      throw new Error(`replication ${r}: expected ${replicationSize(this.scenario.run.months)} values, got ${data.length}`);
    if (this.reps.has(r)) throw new Error(`replication ${r} was added twice`);
    this.reps.set(r, data);
    this.sorted = null;
  }

  /** Combine another accumulator's replications for the same scenario into this one. */
  merge(other: Accumulator): void {
    for (const [r, data] of other.entries()) this.add(r, data);
  }

  get count(): number {
    return this.reps.size;
  }

  has(r: number): boolean {
    return this.reps.has(r);
  }

  /**
   * The replications with index below `n`, sharing the arrays (a run of n
   * replications is replications 0 … n − 1 whatever else is held). Returns
   * this accumulator itself when it holds nothing else.
   */
  below(n: number): Accumulator {
    const e = this.entries();
    if (e.length === 0 || e[e.length - 1]![0] < n) return this;
    const out = new Accumulator(this.scenario);
    for (const [r, d] of e) if (r < n) out.reps.set(r, d);
    return out;
  }

  /** Replications in ascending index order. */
  entries(): [number, Float64Array][] {
    this.sorted ??= [...this.reps.entries()].sort((a, b) => a[0] - b[0]);
    return this.sorted;
  }

  /** Replication indices held, ascending. */
  indices(): number[] {
    return this.entries().map(([r]) => r);
  }

  /** Values of one slot (offset within a replication) across replications, in index order. */
  column(offset: number): Float64Array {
    const e = this.entries();
    const out = new Float64Array(e.length);
    for (let k = 0; k < e.length; k++) out[k] = e[k]![1][offset]!;
    return out;
  }

  /** Per-replication values of f(data) in index order. */
  map(f: (data: Float64Array) => number): Float64Array {
    const e = this.entries();
    return Float64Array.from(e, ([, d]) => f(d));
  }
}
