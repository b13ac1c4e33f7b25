/**
 * `sim compare-merge`: every shard's part of a comparison turned into the
 * file the unsharded `sim compare` writes, byte for byte — or a refusal
 * naming the files and the reason. Parts belong together when this engine
 * version computed them for the same scenarios in the same order (hashes,
 * which cover seeds and run sizes; names may differ), with the same
 * programmes alone, and they hold every replication of the comparison
 * exactly once; their shard splits may differ, so a failed shard can be
 * re-run split another way.
 */
import { Accumulator, ENGINE_VERSION, replicationSize, validateScenario, type Scenario } from '../../engine/index';
import { formatFiles, formatIndices, groupByJson, plural } from '../shard/lists';
import { missingShards } from '../shard/merge';
import { scenarioDifferences } from '../shard/scenarioHash';
import { comparisonDocument, comparisonSpan, type ComparisonPart } from './partial';

export type ComparisonMerge =
  | { ok: true; document: object; scenarios: Scenario[]; replications: number; notes: string[] }
  | { ok: false; problems: string[] };

const files = (parts: readonly ComparisonPart[]) => formatFiles(parts.map((p) => p.file));

/** "scenario 1 at policy.budget.annualBn[0]; …" between the first group's scenarios and each other group's. */
function whereScenariosDiffer(groups: readonly ComparisonPart[][]): string {
  const [first, ...others] = groups.map((ps) => ps[0]!.scenarios);
  const said = new Set<string>();
  for (const other of others) {
    if (other.length !== first!.length) said.add(`${first!.length} scenarios against ${other.length}`);
    else other.forEach((s, k) => {
      const paths = scenarioDifferences(first![k], s, 3);
      if (paths.length > 0) said.add(`scenario ${k} at ${paths.join(', ')}`);
    });
  }
  const list = [...said];
  return list.length > 0 ? ` (${list.slice(0, 4).join('; ')}${list.length > 4 ? '; …' : ''})` : '';
}

function compatibilityProblems(parts: readonly ComparisonPart[], engineVersion: string): string[] {
  const problems: string[] = [];
  const list = (groups: Map<string, ComparisonPart[]>) => [...groups].map(([v, ps]) => `${v} in ${files(ps)}`).join('; ');
  const engines = groupByJson(parts, (p) => p.header.engineVersion);
  if (engines.size > 1) problems.push(`parts come from different engine versions: ${list(engines)}`);
  else if (parts[0]!.header.engineVersion !== engineVersion)
    problems.push(`${files(parts)} ${parts.length === 1 ? 'was' : 'were'} computed by engine ${parts[0]!.header.engineVersion}, but this sim is engine ${engineVersion}; merge with the sim that ran them`);
  const scenarios = groupByJson(parts, (p) => p.header.scenarioHashes);
  if (scenarios.size > 1) {
    const groups = [...scenarios.values()];
    // The same scenarios in another order are said to be that, not "different" with a difference at every position.
    if (groupByJson(parts, (p) => [...p.header.scenarioHashes].sort()).size === 1)
      problems.push(`parts hold the same scenarios in a different order (compare was given its --scenario files in another order): ${groups.map(files).join('; ')}`);
    else problems.push(`parts are for different scenarios${whereScenariosDiffer(groups)}: ${groups.map(files).join('; ')}`);
  }
  const alone = groupByJson(parts, (p) => p.programmeOnly);
  if (alone.size > 1)
    problems.push(`parts differ in the programmes run alone (--by-programme): ${[...alone.values()].map(files).join('; ')}`);
  return problems;
}

function coverageProblems(parts: readonly ComparisonPart[], span: number): string[] {
  const holder = new Map<number, ComparisonPart>();
  const problems: string[] = [];
  for (const part of parts)
    for (const r of part.header.indices) {
      const first = holder.get(r);
      if (first === undefined) holder.set(r, part);
      else if (problems.length < 5) problems.push(`replication ${r} is in both ${first.file} and ${part.file}`);
    }
  const missing = Array.from({ length: span }, (_, r) => r).filter((r) => !holder.has(r));
  if (missing.length > 0) problems.push(`missing ${missing.length} of the comparison's ${plural(span, 'replication')}: ${formatIndices(missing)}${missingShards(parts, span, missing)}`);
  return problems;
}

export function mergeComparisonParts(parts: readonly ComparisonPart[], engineVersion: string = ENGINE_VERSION): ComparisonMerge {
  if (parts.length === 0) return { ok: false, problems: ['no parts to merge'] };
  const repeated = [...groupByJson(parts, (p) => p.file)].filter(([, ps]) => ps.length > 1).map(([, ps]) => `${ps[0]!.file} is given more than once`);
  const problems = [...repeated, ...compatibilityProblems(parts, engineVersion)];
  if (problems.length > 0) return { ok: false, problems };
  const span = comparisonSpan(parts[0]!.header.replications);
  const coverage = coverageProblems(parts, span);
  if (coverage.length > 0) return { ok: false, problems: coverage };

  // Parts agree on everything but perhaps the names and key order; the part holding replication 0 supplies them.
  const source = parts.find((p) => p.header.indices[0] === 0) ?? parts[0]!;
  const scenarios: Scenario[] = [];
  for (const [k, stored] of source.scenarios.entries()) {
    const v = validateScenario(stored);
    if (!v.ok) return { ok: false, problems: v.issues.map((i) => `${source.file}: scenario ${k} ${i.path || '(scenario)'}: ${i.message}`) };
    scenarios.push(v.scenario);
  }
  // Every part's, not only the source's (an accumulator throws on a replication of another length); one line a part.
  const wrong = parts.flatMap((part) => {
    const k = scenarios.findIndex((s, j) => part.header.valuesPerReplication[j] !== replicationSize(s.run.months));
    if (k < 0) return [];
    const { months } = scenarios[k]!.run;
    return [`wrong data length: ${part.file} holds ${part.header.valuesPerReplication[k]} values per replication of scenario ${k}, but a ${months}-month run of engine ${engineVersion} has ${replicationSize(months)}`];
  });
  if (wrong.length > 0) return { ok: false, problems: wrong };

  const notes: string[] = [];
  if (groupByJson(parts, (p) => p.scenarios).size > 1)
    notes.push(`the parts name or order the scenarios differently; the comparison uses the scenarios in ${source.file} (the part holding replication 0)`);
  const accs = scenarios.map((s) => new Accumulator(s));
  for (const part of parts) for (const [k, r, values] of part.replications) accs[k]!.add(r, values);
  return { ok: true, document: comparisonDocument(accs, source.programmeOnly), scenarios, replications: span, notes };
}
