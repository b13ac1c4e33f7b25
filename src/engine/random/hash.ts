/**
 * Counter-based random numbers: every draw is a pure function of
 * (seed, replication, household, month, purpose), so results do not depend on
 * the order in which anything is computed, on the thread count, or on which
 * other draws a scenario makes. Two scenarios therefore face the same shocks
 * (common random numbers).
 *
 * The mixer is MurmurHash3's 32-bit finaliser (fmix32). Everything stays in
 * int32 via Math.imul and `^`/`|0`: a trailing `>>> 0` would turn results into
 * doubles in the hot loop, which measured 2–4× slower here.
 */

/**
 * Math.imul through a module alias: the same builtin, which V8 still compiles to one
 * multiply, but a call through a local costs less bytecode than a property load on the
 * global Math, and bytecode size is what V8's inlining budget counts (drawBits is
 * inlined several times into the monthly loop).
 */
const imul = Math.imul;

/** MurmurHash3 fmix32 in int32 arithmetic. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Combine a key with one more word. */
export function mix(key: number, word: number): number {
  return fmix32(key ^ imul(word + 0x632be5ab, 0x9e3779b1));
}

/** Key of one replication of one seed. */
export function replicationKey(seed: number, replication: number): number {
  return mix(mix(0x5bd1e995, seed | 0), replication | 0);
}

/**
 * Key of one (month, purpose) stream within a replication; combine with a
 * household index via `drawBits`. Month -1 is used for draws made once per
 * household (the population itself).
 */
export function streamKey(repKey: number, month: number, purpose: number): number {
  // mix(mix(repKey, month + 1), purpose), written out. The monthly loop computes eight keys a month;
  // V8 inlines functions this small on sight, and those eight then used up a fifth of its inlining
  // budget for runMonths, leaving hot per-household calls (exp, drawBits) as real calls. Written
  // out, the function is too big for that and is inlined only if budget is left (~3% of a replication).
  const monthKey = fmix32(repKey ^ imul(month + 1 + 0x632be5ab, 0x9e3779b1));
  return fmix32(monthKey ^ imul(purpose + 0x632be5ab, 0x9e3779b1));
}

/**
 * 32 random bits for one household in one stream: fmix32(stream ^ (household + 1) · 0x27d4eb2d).
 * fmix32 is written out here rather than called: the monthly loop draws several times per
 * household, and one small function fits V8's inlining budget where two nested calls did not.
 */
export function drawBits(stream: number, household: number): number {
  let h = stream ^ imul(household + 1, 0x27d4eb2d);
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const INV_2_32 = 1 / 4294967296;
const INV_2_16 = 1 / 65536;

/** Uniform in [0, 1) from 32 bits. */
export function unit32(bits: number): number {
  return (bits >>> 0) * INV_2_32;
}

/** Uniform in [0, 1) from the low 16 bits (for cheap probability tests). */
export function unitLo(bits: number): number {
  return (bits & 0xffff) * INV_2_16;
}

/** Uniform in [0, 1) from the high 16 bits. */
export function unitHi(bits: number): number {
  return (bits >>> 16) * INV_2_16;
}
