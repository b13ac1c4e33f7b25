/**
 * `sim merge`: put the parts of a sharded run back together into the
 * Accumulator the unsharded run would have built, so buildResult gives the
 * same result byte for byte — or refuse, naming the files and the reason.
 *
 * Parts belong together when they were computed by this engine version for
 * the same scenario (hash, which covers the seed and the replication total;
 * those two are also compared on their own to give a plainer message) and
 * hold every replication exactly once. Shard specs may differ: a failed
 * shard can be re-run split another way, as long as the indices add up.
 * Each file was already checked against itself when it was read
 * (partialFile.ts); problems are listed all at once.
 */
import { Accumulator, ENGINE_VERSION, replicationSize, validateScenario } from '../../engine/index';
import { formatFiles, formatIndices, plural } from './lists';
import { moreProblems } from '../problems';
import type { Part } from './partialFile';
import { scenarioDifferences } from './scenarioHash';
import { shardIndices, type ShardSpec } from './spec';

export type MergeOutcome = { ok: true; acc: Accumulator; notes: string[] } | { ok: false; problems: string[] };

/** Parts grouped by the value `key` gives them, in first-seen order. */
function groupBy(parts: readonly Part[], key: (p: Part) => string | number): Map<string | number, Part[]> {
  const groups = new Map<string | number, Part[]>();
  for (const p of parts) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return groups;
}

const files = (parts: readonly Part[]) => formatFiles(parts.map((p) => p.file));
const listGroups = (groups: Map<string | number, Part[]>, show = (v: string | number) => String(v)) =>
  [...groups].map(([value, ps]) => `${show(value)} in ${files(ps)}`).join('; ');

function compatibilityProblems(parts: readonly Part[], engineVersion: string): string[] {
  const problems: string[] = [];
  const engines = groupBy(parts, (p) => p.header.engineVersion);
  if (engines.size > 1) problems.push(`parts come from different engine versions: ${listGroups(engines)}`);
  else if (!engines.has(engineVersion))
    problems.push(`${files(parts)} ${parts.length === 1 ? 'was' : 'were'} computed by engine ${parts[0]!.header.engineVersion}, but this sim is engine ${engineVersion}; merge with the sim that ran them`);
  const seeds = groupBy(parts, (p) => p.header.seed);
  if (seeds.size > 1) problems.push(`parts have different seeds: ${listGroups(seeds)}`);
  const totals = groupBy(parts, (p) => p.header.replications);
  if (totals.size > 1) problems.push(`parts are from runs with different replication totals: ${listGroups(totals)}`);
  const hashes = groupBy(parts, (p) => p.header.scenarioHash);
  if (hashes.size > 1) {
    // Seeds and totals are reported above; name the other settings that differ, if any.
    const [first, ...others] = [...hashes.values()].map((ps) => ps[0]!.scenario);
    const paths = new Set(others.flatMap((s) => scenarioDifferences(first, s, 8)).filter((p) => p !== 'run.seed' && p !== 'run.replications'));
    if (paths.size > 0) {
      const shown = [...paths].slice(0, 5).join(', ') + (paths.size > 5 ? ', …' : '');
      problems.push(`parts are for different scenarios: ${listGroups(hashes, (h) => `${String(h).slice(0, 19)}…`)} (they differ at ${shown})`);
    }
  }
  return problems;
}

/** Every replication 0 … total − 1 exactly once, or what is duplicated and missing. */
function coverageProblems(parts: readonly Part[], total: number): string[] {
  const problems: string[] = [];
  const holder = new Map<number, Part>();
  const duplicates = new Map<string, { a: Part; b: Part; indices: number[] }>();
  for (const part of parts) {
    for (const [r] of part.replications) {
      const first = holder.get(r);
      if (first === undefined) {
        holder.set(r, part);
        continue;
      }
      const pair = `${first.file}\u0000${part.file}`;
      const entry = duplicates.get(pair) ?? { a: first, b: part, indices: [] };
      entry.indices.push(r);
      duplicates.set(pair, entry);
    }
  }
  const pairs = [...duplicates.values()];
  for (const { a, b, indices } of pairs.slice(0, 5))
    problems.push(`${plural(indices.length, 'replication')} in both ${a.file} and ${b.file}: ${formatIndices(indices)}`);
  // Counted by the problem list's heading as the pairs it stands for (it had counted as one).
  if (pairs.length > 5) problems.push(moreProblems(pairs.length - 5, 'pairs of files with replications in both'));

  const missing = Array.from({ length: total }, (_, r) => r).filter((r) => !holder.has(r));
  if (missing.length > 0) problems.push(`missing ${missing.length} of ${plural(total, 'replication')}: ${formatIndices(missing)}${missingShards(parts, total, missing)}`);
  return problems;
}

/**
 * " (no part for shards 1, 3 of 4, mod)" when every part is one shard of the same split (of a run's `total`
 * replications, or a comparison's: comparison/merge.ts).
 */
export function missingShards(parts: readonly { header: { shard: ShardSpec } }[], total: number, missing: readonly number[]): string {
  const splits = new Set(parts.map((p) => `${p.header.shard.count}/${p.header.shard.mode}`));
  if (splits.size !== 1) return '';
  const { count, mode } = parts[0]!.header.shard;
  const present = new Set(parts.map((p) => p.header.shard.index));
  const lost = new Set(missing);
  const absent: number[] = [];
  for (let index = 0; index < count; index++) {
    if (!present.has(index) && shardIndices({ index, count, mode }, total).some((r) => lost.has(r))) absent.push(index);
  }
  return absent.length > 0 ? ` (no part for ${absent.length === 1 ? 'shard' : 'shards'} ${formatIndices(absent)} of ${count}, ${mode})` : '';
}

export function mergeParts(parts: readonly Part[], engineVersion: string = ENGINE_VERSION): MergeOutcome {
  if (parts.length === 0) return { ok: false, problems: ['no parts to merge'] };
  const repeated = [...groupBy(parts, (p) => p.file)].filter(([, ps]) => ps.length > 1).map(([file]) => `${file} is given more than once`);
  const problems = [...repeated, ...compatibilityProblems(parts, engineVersion)];
  if (problems.length > 0) return { ok: false, problems };

  const total = parts[0]!.header.replications;
  const coverage = coverageProblems(parts, total);
  if (coverage.length > 0) return { ok: false, problems: coverage };

  // Parts agree on everything but perhaps the name and key order; take the
  // scenario from the part holding replication 0, whatever the argument order.
  const source = parts.find((p) => p.replications.some(([r]) => r === 0)) ?? parts[0]!;
  const v = validateScenario(source.scenario);
  if (!v.ok) return { ok: false, problems: v.issues.map((i) => `${source.file}: scenario ${i.path || '(scenario)'}: ${i.message}`) };
  const expected = replicationSize(v.scenario.run.months);
  const wrongLength = parts.filter((p) => p.header.valuesPerReplication !== expected);
  if (wrongLength.length > 0)
    return {
      ok: false,
      problems: wrongLength.map(
        (p) => `wrong data length: ${p.file} holds ${p.header.valuesPerReplication} values per replication, but a ${v.scenario.run.months}-month run of engine ${engineVersion} has ${expected}`,
      ),
    };

  const notes: string[] = [];
  const stored = groupBy(parts, (p) => JSON.stringify(p.scenario));
  if (stored.size > 1) notes.push(`the parts name or order the scenario differently; the result uses the scenario in ${source.file} (the part holding replication 0)`);
  const acc = new Accumulator(v.scenario);
  for (const part of parts) for (const [r, values] of part.replications) acc.add(r, values);
  return { ok: true, acc, notes };
}
