/**
 * The optimiser's first candidates, all feasible: the user's split (or the
 * feasible split nearest to it), the middle of the set, one "corner" per
 * variable (as much as the constraints allow to that share) and Sobol'
 * points spread over the set. A Sobol' point's coordinates for one block are
 * turned into a point of the block's simplex by normalised exponential
 * spacings (uniform on the simplex for uniform coordinates: Devroye 1986,
 * ch. V.2) and projected onto the constraints. Duplicates are dropped (a
 * projection often lands several points on one vertex) and more Sobol'
 * points taken, so the count is what was asked unless the set is tiny.
 */
import { log } from '../../math/dmath';
import { sobolPoints, MAX_DIMENSIONS } from '../sobolSequence';
import { project, type SplitSpace } from './space';

export type CandidateOrigin = 'current' | 'centre' | 'corner' | 'sobol' | 'refine';

export interface Seed {
  x: Float64Array;
  origin: CandidateOrigin;
}

/** Points closer than this in every share are the same split. */
export const SAME_SPLIT = 1e-7;

export const splitKey = (x: ArrayLike<number>): string => Array.from(x, (v) => Math.round(v / SAME_SPLIT)).join(',');

/** The block-wise simplex point for unit coordinates u (one per variable). */
function simplexPoint(space: SplitSpace, u: ArrayLike<number>): Float64Array {
  const y = new Float64Array(space.keys.length);
  for (const b of space.blocks) {
    let s = 0;
    for (let i = b.start; i < b.end; i++) {
      y[i] = -log(1 - u[i]!);
      s += y[i]!;
    }
    for (let i = b.start; i < b.end; i++) y[i] = s > 0 ? (b.total * y[i]!) / s : b.total / (b.end - b.start);
  }
  return y;
}

/** Every share of a block equal (then projected). */
export function centre(space: SplitSpace): Float64Array | null {
  return project(space, simplexPoint(space, new Float64Array(space.keys.length).fill(0.5)));
}

/** As much as allowed to variable i: the projection of a point far out along it. */
export function corner(space: SplitSpace, i: number): Float64Array | null {
  const y = new Float64Array(space.keys.length);
  for (const b of space.blocks) {
    for (let j = b.start; j < b.end; j++) y[j] = b.total / (b.end - b.start);
    if (i >= b.start && i < b.end) y[i] = 2 * b.total + 1;
  }
  return project(space, y);
}

/**
 * `count` distinct feasible candidates: `current` first (already feasible),
 * then the centre, the corners and Sobol' points. Throws if the space is
 * empty (callers check that first).
 */
export function initialCandidates(space: SplitSpace, current: Float64Array, count: number): Seed[] {
  const seen = new Set<string>();
  const out: Seed[] = [];
  const add = (x: Float64Array | null, origin: Seed['origin']) => {
    if (!x || out.length >= count) return;
    const key = splitKey(x);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ x, origin });
  };
  add(current, 'current');
  add(centre(space), 'centre');
  for (let i = 0; i < space.keys.length; i++) add(corner(space, i), 'corner');
  const d = Math.min(space.keys.length, MAX_DIMENSIONS);
  // Sobol' points in batches until the count is reached; a tiny space may have fewer distinct points.
  for (let skip = 0, tries = 0; out.length < count && tries < 8; skip += 4 * count, tries++) {
    const u = sobolPoints(4 * count, d, skip);
    for (let k = 0; k < 4 * count && out.length < count; k++) add(project(space, simplexPoint(space, u.subarray(k * d, (k + 1) * d))), 'sobol');
  }
  return out;
}
