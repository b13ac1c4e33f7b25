/**
 * A job may want only a few summary scalars of each replication (a
 * sensitivity design or an optimiser needs one outcome from thousands of
 * runs): these pick them out of a packed replication, so workers send back a
 * handful of numbers instead of the whole layout.
 */
import { passLayout, SCALARS, scalarIndex, type ScalarKey } from '../model/layout';

/** Offsets of `keys` in a packed replication: the scenario's values, then the status quo's. */
export function scalarOffsets(months: number, keys: readonly ScalarKey[]): Int32Array {
  const L = passLayout(months);
  const out = new Int32Array(2 * keys.length);
  keys.forEach((k, j) => {
    if (!(SCALARS as readonly string[]).includes(k)) throw new Error(`unknown output "${k}": outputs are summary scalars (${SCALARS.join(', ')})`);
    out[j] = L.scalars + scalarIndex[k];
    out[keys.length + j] = L.size + L.scalars + scalarIndex[k];
  });
  return out;
}

/** The values at `offsets` (NaN where the status quo was not run). */
export function selectScalars(packed: Float64Array, offsets: Int32Array): Float64Array {
  return Float64Array.from(offsets, (o) => packed[o]!);
}
