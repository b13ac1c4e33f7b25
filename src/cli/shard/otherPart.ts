/**
 * A partial file handed to another command's merge: which command it belongs to, from its header's format. Only
 * sensitivity-merge had said so (of a run's part); `merge` and `optimise-merge` said only "no header with format …"
 * of a part they could not read, which looked like a damaged file.
 */
const OWNERS: Readonly<Record<string, string>> = {
  'poverty-sim-partial': 'a part of a run; merge it with `npm run sim -- merge`',
  'poverty-sim-sensitivity-partial': 'a part of a sensitivity analysis; merge it with `npm run sim -- sensitivity-merge`',
  'poverty-sim-optimisation-partial': 'a part of an optimisation; merge it with `npm run sim -- optimise-merge`',
  'poverty-sim-comparison-partial': 'a part of a comparison; merge it with `npm run sim -- compare-merge`',
};

// Its own copy of the check, and the formats written out above rather than imported: the partial-file modules each
// import this one, so importing their constants here would make a cycle (test/cli/shard/partialFile.test.ts
// checks these strings against them).
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** " (it is a part of a run; merge it with …)" for another command's partial file, else "". */
export function otherPartHint(doc: unknown): string {
  const format = isObject(doc) && isObject(doc.header) ? doc.header.format : undefined;
  const owner = typeof format === 'string' && Object.hasOwn(OWNERS, format) ? OWNERS[format] : undefined;
  return owner ? ` (it is ${owner})` : '';
}
