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
 * administration from 5% to 3%, a running cost the user never touched. They
 * give way, in proportion with the rest, only when they cannot be kept (the
 * moved share and the held ones would pass 100%, or nothing else could make
 * room).
 */
export function rebalance<R extends Record<string, number>>(
  shares: R, key: keyof R & string, value: number, earlier?: Readonly<Record<string, number>>, held: readonly string[] = [],
): R {
  type K = keyof R & string;
  const v = Math.min(1, Math.max(0, value));
  const movable = (Object.keys(shares) as K[]).filter((k) => k !== key);
  const kept = movable.filter((k) => held.includes(k));
  const keptSum = kept.reduce((a, k) => a + Math.max(0, shares[k]!), 0);
  // Not when every other share is at 0 (one was at 100%): then all of them come back from `earlier`, held ones too.
  const keep = kept.length > 0 && kept.length < movable.length && v + keptSum <= 1 && movable.some((k) => shares[k]! > 0);
  const others = keep ? movable.filter((k) => !held.includes(k)) : movable;
  const current = others.reduce((a, k) => a + Math.max(0, shares[k]!), 0);
  const before = earlier ? others.reduce((a, k) => a + Math.max(0, earlier[k] ?? 0), 0) : 0;
  const weights: Readonly<Record<string, number>> = current > 0 ? shares : before > 0 ? earlier! : {};
  const rest = current > 0 ? current : before;
  const out: Record<string, number> = { ...shares, [key]: v };
  if (others.length === 0) return out as R;
  // Whole steps of the grid: 100% is `scale` steps, of which the moved share takes its own, and the held ones
  // theirs (the grid as fine as the finest of them, so a held share is kept exactly).
  const scale = 10 ** (Math.max(percentDecimals(v), ...(keep ? kept.map((k) => percentDecimals(shares[k]!)) : [])) + 2);
  const keptSteps = keep ? kept.reduce((a, k) => a + Math.round(Math.max(0, shares[k]!) * scale), 0) : 0;
  const left = Math.max(0, scale - Math.round(v * scale) - keptSteps);
  const ideal = others.map((k) => (rest > 0 ? (Math.max(0, weights[k] ?? 0) / rest) * left : left / others.length));
  const steps = ideal.map(Math.floor);
  // Largest remainders first (the earlier key on a tie), one step each, until the steps add up.
  const order = ideal.map((_, i) => i).sort((i, j) => ideal[j]! - steps[j]! - (ideal[i]! - steps[i]!) || i - j);
  for (let n = left - steps.reduce((a, b) => a + b, 0), r = 0; n > 0; n--, r++) steps[order[r % order.length]!]! += 1;
  others.forEach((k, i) => {
    out[k] = steps[i]! / scale;
  });
  return out as R;
}

/** Decimals of a share written as a percentage ("33.333" → 3), at least 1 and at most 8 (the steps stay whole numbers a double holds exactly). */
export function percentDecimals(share: number): number {
  const text = String(Number((share * 100).toPrecision(12)));
  if (/e/i.test(text)) return 8;
  return Math.min(8, Math.max(1, (text.split('.')[1] ?? '').length));
}
