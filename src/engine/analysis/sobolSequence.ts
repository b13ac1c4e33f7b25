/**
 * Sobol' low-discrepancy points (Sobol' 1967; the Gray-code construction of
 * Antonov & Saleev 1979, as in Bratley & Fox 1988 and Joe & Kuo 2008).
 *
 * Dimension 1 is van der Corput's sequence. Dimension j > 1 uses the
 * (j − 1)-th primitive polynomial over GF(2), in order of degree and then
 * value (found here by search, not copied from a table), and initial
 * direction numbers m_1..m_s (odd, m_k < 2^k). Joe and Kuo chose theirs to
 * make two-dimensional projections even; we choose ours by the same measure
 * on a small scale: among 32 deterministic candidates for each dimension,
 * the one whose first 256 points form the best net (lowest t-value, worst
 * case then total) with every earlier dimension. Every choice of odd m_k gives a valid Sobol' sequence:
 * each coordinate's first 2^k points fall one in each interval of width 2^−k.
 *
 * Points are exact multiples of 2^−32, so the design is the same in every
 * JavaScript engine; the first point (all zeros) is skipped, as is usual.
 */
import { fmix32 } from '../random/hash';

const BITS = 32;
/** Enough for 20 uncertain parameters in a Saltelli design (2 × 20 columns), with room. */
export const MAX_DIMENSIONS = 64;

/** Is the GF(2) polynomial `p` of degree `s` (bit s set, constant term 1) primitive: does x have order 2^s − 1 modulo p? */
function isPrimitive(p: number, s: number): boolean {
  const period = (1 << s) - 1;
  let r = 1;
  for (let k = 1; k <= period; k++) {
    r <<= 1;
    if (r & (1 << s)) r ^= p;
    if (r === 1) return k === period;
  }
  return false;
}

/** The first `count` primitive polynomials, by degree then value, as bit patterns (x^s + … + 1). */
export function primitivePolynomials(count: number): number[] {
  const out: number[] = [];
  for (let s = 1; out.length < count; s++) {
    for (let p = (1 << s) | 1; p < 1 << (s + 1) && out.length < count; p += 2) if (isPrimitive(p, s)) out.push(p);
  }
  return out;
}

const degreeOf = (p: number) => 31 - Math.clz32(p);

/** Direction numbers v_1..v_32 (as unsigned 32-bit values) from a polynomial and initial m_1..m_s. */
function directions(poly: number, initial: readonly number[]): Uint32Array {
  const s = degreeOf(poly);
  const m = new Uint32Array(BITS + 1);
  for (let k = 1; k <= Math.min(s, BITS); k++) m[k] = initial[k - 1];
  for (let k = s + 1; k <= BITS; k++) {
    // m_k = 2 a_1 m_{k−1} ⊕ 4 a_2 m_{k−2} ⊕ … ⊕ 2^s m_{k−s} ⊕ m_{k−s}, where a_i is the coefficient of x^{s−i}.
    let v = m[k - s] ^ (m[k - s] << s);
    for (let i = 1; i < s; i++) if ((poly >>> (s - i)) & 1) v ^= m[k - i] << i;
    m[k] = v;
  }
  const out = new Uint32Array(BITS + 1);
  for (let k = 1; k <= BITS; k++) out[k] = (m[k] << (BITS - k)) >>> 0;
  return out;
}

/** The first `n` values (after the zero point) of a coordinate, as 32-bit integers. */
function coordinate(v: Uint32Array, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = 0;
  for (let i = 0; i < n; i++) {
    // Gray code: point i + 1 differs from point i by v_c, c the position of the lowest zero bit of i (1-based).
    const c = 31 - Math.clz32(~i & (i + 1)) + 1;
    x = (x ^ v[c]) >>> 0;
    out[i] = x;
  }
  return out;
}

/** Projections are judged on the first 2^NET_BITS points. */
const NET_BITS = 8;
const CANDIDATES = 32;

/**
 * The t-value of two coordinates' first 2^m points (the zero point and the
 * next 2^m − 1) as a net in base 2: the least t such that every box
 * [k1/2^d1, (k1+1)/2^d1) × [k2/2^d2, (k2+1)/2^d2) with d1 + d2 = m − t holds
 * exactly 2^t points. 0 is perfect; independent random points have t near m.
 */
export function tValue(a: ArrayLike<number>, b: ArrayLike<number>, m: number): number {
  const n = 1 << m;
  const cells = new Uint32Array(n);
  for (let t = 0; t < m; t++) {
    const depth = m - t;
    let ok = true;
    for (let d1 = 0; d1 <= depth && ok; d1++) {
      const d2 = depth - d1;
      cells.fill(0, 0, 1 << depth);
      // Point 0 is the zero point, in box (0, 0).
      cells[0] = 1;
      for (let i = 0; i < n - 1; i++) {
        const k1 = d1 === 0 ? 0 : a[i] >>> (BITS - d1);
        const k2 = d2 === 0 ? 0 : b[i] >>> (BITS - d2);
        cells[(k1 << d2) | k2]++;
      }
      for (let k = 0; k < 1 << depth; k++) if (cells[k] !== 1 << t) ok = false;
    }
    if (ok) return t;
  }
  return m;
}

const polys = primitivePolynomials(MAX_DIMENSIONS - 1);
/** Direction numbers of the dimensions chosen so far, and their first points (for judging the next). */
const dims: Uint32Array[] = [];
const firstPoints: Uint32Array[] = [];
const NET_POINTS = (1 << NET_BITS) - 1;

/** Direction numbers of the first `d` dimensions, chosen once per page or process as they are first needed. */
function directionTable(d: number): Uint32Array[] {
  if (dims.length === 0) {
    // Dimension 1: m_k = 1, v_k = 2^(32−k).
    const vdc = new Uint32Array(BITS + 1);
    for (let k = 1; k <= BITS; k++) vdc[k] = 2 ** (BITS - k);
    dims.push(vdc);
    firstPoints.push(coordinate(vdc, NET_POINTS));
  }
  for (let j = dims.length; j < d; j++) {
    const poly = polys[j - 1];
    const s = degreeOf(poly);
    let best: { v: Uint32Array; pts: Uint32Array; score: number } | null = null;
    for (let c = 0; c < CANDIDATES; c++) {
      // Odd m_k < 2^k, from a hash of (dimension, candidate, k): deterministic, and different for every dimension.
      const initial = Array.from({ length: s }, (_, k) => ((fmix32(((j * CANDIDATES + c) * 64 + k + 1) | 0) >>> 0) % (1 << (k + 1))) | 1);
      const v = directions(poly, initial);
      const pts = coordinate(v, NET_POINTS);
      // The worst projection onto an earlier dimension first, then the total, as Joe and Kuo rank theirs.
      let worst = 0;
      let sum = 0;
      for (const earlier of firstPoints) {
        const t = tValue(earlier, pts, NET_BITS);
        worst = Math.max(worst, t);
        sum += t;
      }
      const score = worst * 10_000 + sum;
      if (!best || score < best.score) best = { v, pts, score };
    }
    dims.push(best!.v);
    firstPoints.push(best!.pts);
  }
  return dims;
}

/**
 * `n` points of the `d`-dimensional Sobol' sequence, skipping `skip` points
 * after the zero point, row-major: point i's coordinate j at [i·d + j], in [0, 1).
 */
export function sobolPoints(n: number, d: number, skip = 0): Float64Array {
  if (!Number.isInteger(d) || d < 1 || d > MAX_DIMENSIONS) throw new RangeError(`Sobol' points: dimensions must be 1 to ${MAX_DIMENSIONS}, got ${d}`);
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(skip) || skip < 0 || n + skip >= 2 ** 31) throw new RangeError(`Sobol' points: bad count ${n} or skip ${skip}`);
  const v = directionTable(d);
  const out = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const col = coordinate(v[j], n + skip);
    for (let i = 0; i < n; i++) out[i * d + j] = col[i + skip] / 2 ** BITS;
  }
  return out;
}
