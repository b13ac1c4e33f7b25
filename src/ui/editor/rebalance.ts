/**
 * Keep shares summing to exactly 100% when one is moved: the others are
 * scaled in proportion to their current sizes, and the last of them absorbs
 * rounding so the sum is exact. When the others are all 0 (one share was at
 * 100%), they are split as in `earlier`, the split before that (so 100% and
 * back keeps the user's proportions), or equally if it has none of them.
 */
export function rebalance<R extends Record<string, number>>(shares: R, key: keyof R & string, value: number, earlier?: Readonly<Record<string, number>>): R {
  type K = keyof R & string;
  const v = Math.min(1, Math.max(0, value));
  const others = (Object.keys(shares) as K[]).filter((k) => k !== key);
  const current = others.reduce((a, k) => a + shares[k]!, 0);
  const before = earlier ? others.reduce((a, k) => a + Math.max(0, earlier[k] ?? 0), 0) : 0;
  const weights: Record<string, number> = current > 0 ? shares : before > 0 ? earlier! : {};
  const rest = current > 0 ? current : before;
  const out: Record<string, number> = { ...shares, [key]: v };
  if (others.length === 0) return out as R;
  let used = v;
  others.forEach((k, i) => {
    if (i === others.length - 1) {
      out[k] = Math.max(0, 1 - used);
    } else {
      const x = rest > 0 ? (Math.max(0, weights[k] ?? 0) / rest) * (1 - v) : (1 - v) / others.length;
      out[k] = Number(x.toPrecision(12));
      used += out[k]!;
    }
  });
  return out as R;
}
