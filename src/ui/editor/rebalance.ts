/**
 * Keep shares summing to exactly 100% when one is moved: the others are
 * scaled in proportion to their current sizes (equally if they were all 0),
 * and the last of them absorbs rounding so the sum is exact.
 */
export function rebalance<R extends Record<string, number>>(shares: R, key: keyof R & string, value: number): R {
  type K = keyof R & string;
  const v = Math.min(1, Math.max(0, value));
  const others = (Object.keys(shares) as K[]).filter((k) => k !== key);
  const rest = others.reduce((a, k) => a + shares[k]!, 0);
  const out: Record<string, number> = { ...shares, [key]: v };
  if (others.length === 0) return out as R;
  let used = v;
  others.forEach((k, i) => {
    if (i === others.length - 1) {
      out[k] = Math.max(0, 1 - used);
    } else {
      const x = rest > 0 ? (shares[k]! / rest) * (1 - v) : (1 - v) / others.length;
      out[k] = Number(x.toPrecision(12));
      used += out[k]!;
    }
  });
  return out as R;
}
