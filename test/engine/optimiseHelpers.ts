/** Seeded random constraint sets for the optimiser's property tests. */
import type { SplitGroup, SplitSpace } from '../../src/engine/index';
import { mix } from '../../src/engine/random/hash';

/** A seeded uniform in [0, 1). */
export const unit = (...words: number[]) => (words.reduce((k, w) => mix(k, w), 0x5eed) >>> 0) / 2 ** 32;

/**
 * A random space built around a random split z, so it is never empty: each share's bounds bracket z's
 * (sometimes tightly, sometimes equal), blocks of 5 and 7, and groups of 2–4 members whose bounds bracket z's sum.
 */
export function randomSpace(seed: number): { space: SplitSpace; inside: Float64Array } {
  const sizes = [5, 7];
  const total = [0.95, 1];
  const n = sizes[0]! + sizes[1]!;
  const z = new Float64Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n).fill(1);
  const blocks = sizes.map((_, b) => ({ label: b ? 'regions' : 'programmes', start: b ? sizes[0]! : 0, end: b ? n : sizes[0]!, total: total[b]! }));
  for (const b of blocks) {
    let s = 0;
    for (let i = b.start; i < b.end; i++) s += (z[i] = unit(seed, i) ** 2);
    for (let i = b.start; i < b.end; i++) {
      z[i] = (z[i]! / s) * b.total;
      const kind = unit(seed, i, 1);
      if (kind < 0.3) lo[i] = z[i]! * unit(seed, i, 2);
      if (kind > 0.5) hi[i] = Math.min(1, z[i]! + (1 - z[i]!) * unit(seed, i, 3) * 0.5);
      if (kind > 0.95) lo[i] = hi[i] = z[i]!;
    }
  }
  const groups: SplitGroup[] = [];
  for (let g = 0; g < 3; g++) {
    const b = blocks[g % 2]!;
    const size = 2 + Math.floor(unit(seed, 100 + g) * 3);
    const members = [...new Set(Array.from({ length: size }, (_, k) => b.start + Math.floor(unit(seed, 200 + g, k) * (b.end - b.start))))];
    const s = members.reduce((a, i) => a + z[i]!, 0);
    groups.push({ label: `groups[${g}]`, members, min: unit(seed, 300 + g) < 0.6 ? s * unit(seed, 301 + g) : 0, max: unit(seed, 302 + g) < 0.6 ? s + (1 - s) * unit(seed, 303 + g) * 0.3 : 1 });
  }
  return { space: { keys: Array.from({ length: n }, (_, i) => `v${i}`), lo, hi, blocks, groups }, inside: z };
}

