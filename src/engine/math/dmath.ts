/**
 * Deterministic elementary functions. Math.exp, Math.log, Math.pow and
 * Math.cos are not required to be correctly rounded, and browsers and Node
 * differ in the last bit (caught by test/e2e/parity.test.ts: Chromium's and
 * Node's Math.exp disagreed by one ulp on some inputs). These versions use
 * only +, −, ×, ÷ and exact bit manipulation, which IEEE 754 defines exactly
 * and JavaScript never fuses, so every engine computes the same bits.
 * Accuracy is within a few ulp of the true value, plenty for the model.
 */

const LN2_HI = 6.93147180369123816490e-1; // ln 2 with trailing zero bits, so k·LN2_HI is exact for |k| < 2^20
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.44269504088896338700;
const SQRT2 = 1.4142135623730951;

/** 2^k for k in [−1022, 1023], built by exact doubling and halving. */
const POW2 = (() => {
  const t = new Float64Array(2046);
  t[1022] = 1;
  for (let k = 1; k <= 1023; k++) t[1022 + k] = t[1021 + k]! * 2;
  for (let k = 1; k <= 1022; k++) t[1022 - k] = t[1023 - k]! / 2;
  return t;
})();

/** 1/n! for the Taylor series of exp. */
const INV_FACT = (() => {
  const t = new Float64Array(15);
  t[0] = 1;
  for (let n = 1; n < 15; n++) t[n] = t[n - 1]! / n;
  return t;
})();

/** e^x by plain Taylor series after Cody–Waite reduction: slower, used to build the table below. */
function expSlow(x: number): number {
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO; // |r| ≤ 0.35
  // Taylor series to degree 14: truncation error below 1e-19 relative for |r| ≤ 0.35.
  let p = INV_FACT[14]!;
  for (let n = 13; n >= 0; n--) p = p * r + INV_FACT[n]!;
  return p * POW2[1022 + k]!;
}

/** 2^(j/64), j = 0 … 63 (each within ~1 ulp, and the same bits everywhere). */
const EXP_TABLE = Float64Array.from({ length: 64 }, (_, j) => expSlow((j * LN2_HI) / 64 + (j * LN2_LO) / 64));

/** Math.floor through an alias: less bytecode in exp (see `imul` in random/hash.ts for why that matters). */
const floor = Math.floor;
/** Above this, e^x overflows. */
const EXP_OVERFLOW = 709.782712893384;
/** The fast path's upper end: beyond it m = ⌊k/64⌋ can reach 1024, past the 2^m table (handled out of line). */
const EXP_MAX = 709.77;
const EXP_MIN = -708.3964185322641; // below the normal range: not reached by the model
/** Constants of the reduction x = k · ln2/64 + r, folded once (the same values the expressions give inline). */
const EXP_SCALE = 64 * INV_LN2;
const LN2_HI_64 = LN2_HI / 64;
const LN2_LO_64 = LN2_LO / 64;

/**
 * e^x. Table-driven (the hot loop calls it once per household-month):
 * x = (64m + j)·ln2/64 + r with |r| ≤ ln2/128, so e^x = 2^m · 2^(j/64) · e^r
 * and a degree-5 series for e^r is already below half an ulp.
 *
 * Written to stay small in bytecode, so that V8 inlines it at every call site
 * of the monthly loop (when it did not, each call also boxed its result, and
 * a replication spent ~4% more time in GC): the rare cases are out of line,
 * the series is Horner's rule with each step as (previous · r + c), the same
 * IEEE operations as c + r · (previous) since + and × commute exactly, and
 * m = ⌊k/64⌋, j = k mod 64 are integer shifts (|k| < 2^17).
 */
export function exp(x: number): number {
  if (!(x >= EXP_MIN && x <= EXP_MAX)) return expOutsideRange(x);
  const k = floor(x * EXP_SCALE + 0.5);
  const r = x - k * LN2_HI_64 - k * LN2_LO_64;
  const p = ((((r * (1 / 120) + 1 / 24) * r + 1 / 6) * r + 0.5) * r + 1) * r + 1;
  return POW2[(k >> 6) + 1022]! * (EXP_TABLE[k & 63]! * p);
}

/** e^x for NaN and for x outside [EXP_MIN, EXP_MAX]. */
function expOutsideRange(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_MIN) return 0;
  // Between EXP_MAX and the overflow threshold: the same steps as exp(), but m reaches 1024 there, one past
  // the table (found by the WebAssembly prototype), so 2^1024 is taken as 2^1023 · 2.
  const k = floor(x * EXP_SCALE + 0.5);
  const r = x - k * LN2_HI_64 - k * LN2_LO_64;
  const p = ((((r * (1 / 120) + 1 / 24) * r + 1 / 6) * r + 0.5) * r + 1) * r + 1;
  const m = k >> 6;
  return m > 1023 ? POW2[2045]! * (EXP_TABLE[k & 63]! * p) * 2 : POW2[m + 1022]! * (EXP_TABLE[k & 63]! * p);
}

const bits = new DataView(new ArrayBuffer(8));

/** Natural logarithm, for x > 0. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // x = m · 2^e with m in [1, 2), read exactly from the bits (normal numbers only).
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  let e = ((hi >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (hi & 0x800fffff) | 0x3ff00000);
  let m = bits.getFloat64(0);
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  // ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: the odd series to s^23.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let q = 1 / 23;
  for (let n = 21; n >= 1; n -= 2) q = q * s2 + 1 / n;
  return e * LN2_HI + (2 * s * q + e * LN2_LO);
}

/** ln(1 + x), for x > −1 (the model uses it only where 1 + x is exact enough). */
export function log1p(x: number): number {
  return log(1 + x);
}

/** a^b for a > 0 (and a = 0 with b > 0). */
export function pow(a: number, b: number): number {
  if (a === 0) return b > 0 ? 0 : Infinity;
  return exp(b * log(a));
}

const TWO_PI = 6.283185307179586;

/** cos x, for moderate |x| (the model calls it on a handful of seasonal angles). */
export function cos(x: number): number {
  let r = x - TWO_PI * Math.floor(x / TWO_PI + 0.5); // r in [−π, π]
  if (r > Math.PI / 2) r = Math.PI - r;
  else if (r < -Math.PI / 2) r = -Math.PI - r;
  else return cosTaylor(r);
  return -cosTaylor(r);
}

function cosTaylor(r: number): number {
  // |r| ≤ π/2: the even series to r^24 has truncation error below 1e-18.
  const r2 = r * r;
  let p = 1;
  for (let n = 24; n >= 2; n -= 2) p = 1 - (r2 / (n * (n - 1))) * p;
  return p;
}
