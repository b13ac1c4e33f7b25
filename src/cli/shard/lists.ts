/**
 * Short lists for messages: a merge may involve thousands of replications and
 * hundreds of files, and a refusal should still fit on a screen.
 */

/** "3, 7, 10–19" — consecutive runs collapsed; past `limit` items, "…" then the last two. */
export function formatIndices(indices: readonly number[], limit = 12): string {
  const sorted = [...indices].sort((a, b) => a - b);
  const items: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    items.push(end === k ? String(sorted[k]) : end === k + 1 ? `${sorted[k]}, ${sorted[end]}` : `${sorted[k]}–${sorted[end]}`);
    k = end + 1;
  }
  return (items.length > limit ? [...items.slice(0, limit - 2), '…', ...items.slice(-2)] : items).join(', ');
}

/** "a.json, b.json and c.json"; past `limit` names, "and N more". */
export function formatFiles(files: readonly string[], limit = 4): string {
  if (files.length <= 1) return files.join('');
  if (files.length > limit) return `${files.slice(0, limit).join(', ')} and ${files.length - limit} more`;
  return `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Items grouped by the JSON of `key` (so lists and objects group by value), in the order first seen. */
export function groupByJson<T>(items: readonly T[], key: (item: T) => unknown): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = JSON.stringify(key(item));
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
