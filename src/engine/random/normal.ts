/**
 * Standard normal draws by table lookup: the inverse normal CDF evaluated at
 * the midpoints of 65,536 equal-probability cells. A 16-bit index gives one
 * normal, so one 32-bit hash gives two. This avoids a log and a cosine per
 * draw (Box–Muller); the cost is truncation at |z| ≈ 4.3, harmless here.
 */
import { exp, log } from '../math/dmath';

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation,
 * relative error below 1.2e-9).
 */
export function inverseNormalCdf(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const pLow = 0.02425;
  let x: number;
  if (p < pLow) {
    const q = Math.sqrt(-2 * log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  return x;
}

/** Complementary error function (Numerical Recipes' erfcc, |error| < 1.2e-7) — for calibration, not the hot loop. */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

let table: Float64Array | null = null;

/**
 * normalTable()[k] = Φ⁻¹((k + 0.5) / 65536). Symmetric, so its mean is 0 to
 * rounding. Built on first use, not when the module loads: the page's own
 * thread imports the engine (validation, defaults) but never draws, and
 * building 65,536 quantiles there would lengthen its start-up task.
 */
export function normalTable(): Float64Array {
  // Kept tiny (the builder is out of line) so that calling it costs the monthly loop none of V8's inlining budget.
  return table ?? buildNormalTable();
}

function buildNormalTable(): Float64Array {
  const n = 65536;
  const t = new Float64Array(n);
  for (let k = 0; k < n / 2; k++) {
    const z = inverseNormalCdf((k + 0.5) / n);
    t[k] = z;
    t[n - 1 - k] = -z;
  }
  table = t;
  return t;
}
