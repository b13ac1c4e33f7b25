/** The typed arrays of a household data set, for moving it between threads without copying. */
import type { HouseholdData } from '../../engine/index';

/** Every distinct ArrayBuffer behind the data's columns (a transfer list must not repeat one). */
export function householdBuffers(data: HouseholdData): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const value of Object.values(data)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  }
  return [...out];
}
