/**
 * Keep shares summing to exactly 100% when one is moved: the others are
 * scaled in proportion to their current sizes and rounded to the precision
 * the moved share was given in (at least a tenth of a percent), the steps
 * left over going to the largest remainders, so the sum is exact and typing
 * 33.333% leaves the others at 13.334%, not 13.3334%. When the others are all
 * 0 (one share was at 100%), they are split as in `earlier`, the split before
 * that (so 100% and back keeps the user's proportions), or equally if it has
 * none of them.
 *
 * `held` entries (RecordSpec held: administration) keep their value when
 * another is moved: moving the cash share from 50% to 70% had cut
 * administration from 5% to 3%, a running cost the user never touched. The
 * value they keep is their own, or, while every other is at 0, the one in
 * `earlier` if larger (the last split the field remembered), so one that had
 * to give way comes back: with cash at 97%, administration can only have 3%
 * and the others nothing; back at 50% it has its 5% again and the others their
 * proportions. When they cannot all be kept
 * (the moved share and they would pass 100%), they share what is left in
 * proportion to their values and the others get nothing; and they are not
 * held when nothing else could make room.
 */
export function rebalance<R extends Record<string, number>>(
  shares: R, key: keyof R & string, value: number, earlier?: Readonly<Record<string, number>>, held: readonly string[] = [],
): R {
  type K = keyof R & string;
  const v = Math.min(1, Math.max(0, value));
  const movable = (Object.keys(shares) as K[]).filter((k) => k !== key);
  const free = movable.filter((k) => !held.includes(k));
  const kept = free.length > 0 ? movable.filter((k) => held.includes(k)) : [];
  // With every free share at 0, a held one may have given way (or been set so): it goes back up to its value in
  // `earlier`, never down. Otherwise it keeps its own.
  const degenerate = free.every((k) => !(shares[k]! > 0));
  const target = (k: K) => Math.max(0, shares[k]!, degenerate ? (earlier?.[k] ?? 0) : 0);
  const keptSum = kept.reduce((a, k) => a + target(k), 0);
  const out: Record<string, number> = { ...shares, [key]: v };
  if (movable.length === 0) return out as R;
  // Whole steps of the grid: 100% is `scale` steps, of which the moved share takes its own, and the held ones
  // theirs (the grid as fine as the finest of them, so a held share is kept exactly).
  const scale = 10 ** (Math.max(percentDecimals(v), ...kept.map((k) => percentDecimals(target(k)))) + 2);
  const left = Math.max(0, scale - Math.round(v * scale));
  if (kept.length > 0 && v + keptSum > 1) {
    // The held ones cannot all be kept: they share what is left, the others nothing.
    const steps = spread(kept.map(target), left);
    kept.forEach((k, i) => (out[k] = steps[i]! / scale));
    for (const k of free) out[k] = 0;
    return out as R;
  }
  for (const k of kept) out[k] = target(k);
  const others = kept.length > 0 ? free : movable;
  const keptSteps = kept.reduce((a, k) => a + Math.round(target(k) * scale), 0);
  const current = others.map((k) => Math.max(0, shares[k]!));
  // Others all at 0 (one share was at 100%, or a held one took what was left): as they were in `earlier`.
  const weights = current.some((x) => x > 0) ? current : others.map((k) => Math.max(0, earlier?.[k] ?? 0));
  const steps = spread(weights, Math.max(0, left - keptSteps));
  others.forEach((k, i) => (out[k] = steps[i]! / scale));
  return out as R;
}

/**
 * `total` whole steps shared in proportion to `weights` (equally if they are all 0), the steps left over by rounding
 * down going to the largest remainders (the earlier entry on a tie), so they add up exactly.
 */
function spread(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const ideal = weights.map((w) => (sum > 0 ? (w / sum) * total : total / weights.length));
  const steps = ideal.map(Math.floor);
  const order = ideal.map((_, i) => i).sort((i, j) => ideal[j]! - steps[j]! - (ideal[i]! - steps[i]!) || i - j);
  for (let n = total - steps.reduce((a, b) => a + b, 0), r = 0; n > 0; n--, r++) steps[order[r % order.length]!]! += 1;
  return steps;
}

/** Decimals of a share written as a percentage ("33.333" → 3), at least 1 and at most 8 (the steps stay whole numbers a double holds exactly). */
export function percentDecimals(share: number): number {
  const text = String(Number((share * 100).toPrecision(12)));
  if (/e/i.test(text)) return 8;
  return Math.min(8, Math.max(1, (text.split('.')[1] ?? '').length));
}
