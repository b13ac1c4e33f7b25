/**
 * The set of splits an optimiser may propose: a vector of shares, in blocks
 * that each sum to a fixed total (programme shares; region shares), each
 * share within [lo, hi], and groups of shares within one block whose sum lies
 * within [min, max] ("at least 40% to backward regions"). The set is a convex
 * polytope, so the Euclidean projection onto it is unique: it is computed by
 * Dykstra's alternating projections (Boyle & Dykstra 1986) over the group
 * half-spaces and the box-and-sum set, whose own projection is exact
 * (x_i = clip(y_i − τ, lo_i, hi_i) with τ found by bisection). The box-and-sum
 * projection comes last in each sweep, so a projected point is always inside
 * its box; sums and groups hold within FEASIBLE_TOL.
 */

export interface SplitBlock {
  /** Names the block in messages: 'programmes' or 'regions'. */
  label: string;
  /** Variables start … end − 1 belong to this block. */
  start: number;
  end: number;
  /** What the block's shares sum to (e.g. 1 − the fixed administration share). */
  total: number;
}

export interface SplitGroup {
  /** Where the group comes from (a constraints-file path), for messages and binding reports. */
  label: string;
  /** Variable indices, all in one block. */
  members: readonly number[];
  min: number;
  max: number;
}

export interface SplitSpace {
  /** One name per variable, e.g. 'programmes.cash', 'regions.sindh'. */
  keys: readonly string[];
  lo: Float64Array;
  hi: Float64Array;
  blocks: readonly SplitBlock[];
  groups: readonly SplitGroup[];
}

/** A split is feasible when every bound, sum and group holds within this (shares are fractions of the budget). */
export const FEASIBLE_TOL = 1e-9;

const sum = (x: ArrayLike<number>, from: number, to: number) => {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]!;
  return s;
};

const groupSum = (x: ArrayLike<number>, members: readonly number[]) => {
  let s = 0;
  for (const i of members) s += x[i]!;
  return s;
};

/** How far x is from the set: the largest violation of any bound, sum or group (0 when inside). */
export function violation(space: SplitSpace, x: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < space.keys.length; i++) worst = Math.max(worst, space.lo[i]! - x[i]!, x[i]! - space.hi[i]!);
  for (const b of space.blocks) worst = Math.max(worst, Math.abs(sum(x, b.start, b.end) - b.total));
  for (const g of space.groups) {
    const s = groupSum(x, g.members);
    worst = Math.max(worst, g.min - s, s - g.max);
  }
  return worst;
}

export const isFeasible = (space: SplitSpace, x: ArrayLike<number>, tol = FEASIBLE_TOL): boolean => !(violation(space, x) > tol);

/** Exact projection of y[start … end) onto {lo ≤ x ≤ hi, Σx = total}, in place; false if that set is empty. */
function projectBoxSum(y: Float64Array, lo: Float64Array, hi: Float64Array, b: SplitBlock): boolean {
  const { start, end, total } = b;
  if (sum(lo, start, end) > total + FEASIBLE_TOL || sum(hi, start, end) < total - FEASIBLE_TOL) return false;
  const at = (tau: number) => {
    let s = 0;
    for (let i = start; i < end; i++) s += Math.min(hi[i]!, Math.max(lo[i]!, y[i]! - tau));
    return s;
  };
  // Σ clip(y − τ) falls as τ rises; these brackets give Σhi and Σlo.
  let a = Infinity;
  let c = -Infinity;
  for (let i = start; i < end; i++) {
    a = Math.min(a, y[i]! - hi[i]!);
    c = Math.max(c, y[i]! - lo[i]!);
  }
  for (let k = 0; k < 200 && a < c; k++) {
    const m = a + (c - a) / 2;
    if (m <= a || m >= c) break;
    if (at(m) > total) a = m;
    else c = m;
  }
  const tau = Math.abs(at(a) - total) <= Math.abs(at(c) - total) ? a : c;
  for (let i = start; i < end; i++) y[i] = Math.min(hi[i]!, Math.max(lo[i]!, y[i]! - tau));
  return true;
}

/** Projection onto one side of a group: Σ_G x ≥ min (side −1) or ≤ max (side +1), in place. */
function projectHalfSpace(y: Float64Array, g: SplitGroup, side: 1 | -1): void {
  const s = groupSum(y, g.members);
  const shift = side < 0 ? (s < g.min ? (g.min - s) / g.members.length : 0) : s > g.max ? (g.max - s) / g.members.length : 0;
  if (shift !== 0) for (const i of g.members) y[i] += shift;
}

const MAX_SWEEPS = 20000;

/**
 * The feasible split nearest to y (Euclidean), or null when no split meets
 * every constraint. Deterministic: the same y gives the same bits.
 */
export function project(space: SplitSpace, y: ArrayLike<number>): Float64Array | null {
  const x = Float64Array.from(y, (v) => (Number.isFinite(v) ? v : 0));
  for (const b of space.blocks) {
    const groups = space.groups.filter((g) => g.members[0]! >= b.start && g.members[0]! < b.end);
    if (!projectBlock(space, x, b, groups)) return null;
  }
  return isFeasible(space, x) ? x : null;
}

function projectBlock(space: SplitSpace, x: Float64Array, b: SplitBlock, groups: readonly SplitGroup[]): boolean {
  if (groups.length === 0) return projectBoxSum(x, space.lo, space.hi, b);
  // Dykstra: each set keeps the increment it removed last time and gets it back before its next projection.
  const sets = groups.flatMap((g) => [(v: Float64Array) => projectHalfSpace(v, g, -1), (v: Float64Array) => projectHalfSpace(v, g, 1)]);
  const n = space.keys.length;
  const increments = Array.from({ length: sets.length + 1 }, () => new Float64Array(n));
  const z = new Float64Array(n);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    // Every step's move counts: x may come back to where a sweep began while the increments still change.
    let moved = 0;
    for (let k = 0; k <= sets.length; k++) {
      const p = increments[k]!;
      for (let i = b.start; i < b.end; i++) z[i] = x[i]! + p[i]!;
      if (k < sets.length) sets[k]!(z);
      else if (!projectBoxSum(z, space.lo, space.hi, b)) return false;
      for (let i = b.start; i < b.end; i++) {
        moved = Math.max(moved, Math.abs(z[i]! - x[i]!));
        p[i] = x[i]! + p[i]! - z[i]!;
        x[i] = z[i]!;
      }
    }
    if (moved < 1e-14) return true;
  }
  return true; // the caller checks feasibility
}
