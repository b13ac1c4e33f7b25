/**
 * `sim optimise-merge`: the final evaluations of every replication from the
 * shards' parts, and the search they all ran, turned into the file the
 * unsharded optimisation writes, byte for byte — or a refusal naming the
 * files and the reason. Parts belong together when this engine version
 * computed them for the same scenario, settings and search (each shard runs
 * the search; a different search means a different engine or settings) and
 * they hold every replication exactly once.
 */
import { ENGINE_VERSION, buildProblem, finalPlan, optimiseResult, validateScenario, type Scenario } from '../../engine/index';
import { formatFiles, formatIndices, plural } from '../shard/lists';
import { scenarioDifferences } from '../shard/scenarioHash';
import { optimiseText, requestOf, type OptimiseSettings } from './document';
import type { OptimisePart, OptimisePartialHeader } from './partial';

export type OptimiseMerge = { ok: true; scenario: Scenario; settings: OptimiseSettings; text: string } | { ok: false; problems: string[] };

const files = (parts: readonly OptimisePart[]) => formatFiles(parts.map((p) => p.file));

const AGREE: [keyof OptimisePartialHeader, string][] = [
  ['engineVersion', 'engine versions'],
  ['scenarioHash', 'scenarios'],
  ['settingsSha256', 'settings'],
  ['searchSha256', 'searches'],
  ['replications', 'replication counts'],
  ['points', 'final point counts'],
];

/**
 * The documents behind the hashed fields, so a refusal can say where parts
 * differ ("they differ at objective") rather than show two hashes, as
 * `merge` and `sensitivity-merge` do.
 */
const HASHED: Partial<Record<keyof OptimisePartialHeader, (p: OptimisePart) => unknown>> = {
  scenarioHash: (p) => p.scenario,
  settingsSha256: (p) => p.settings,
  searchSha256: (p) => p.search,
};

/** "they differ at a, b, …" between the first group's document and each other group's, or '' when no path shows. */
function differingPaths(groups: readonly OptimisePart[][], document: (p: OptimisePart) => unknown): string {
  const [first, ...others] = groups.map((ps) => document(ps[0]!));
  const paths = new Set(others.flatMap((d) => scenarioDifferences(first, d, 8)));
  if (paths.size === 0) return '';
  return ` (they differ at ${[...paths].slice(0, 5).join(', ')}${paths.size > 5 ? ', …' : ''})`;
}

function disagreements(parts: readonly OptimisePart[]): string[] {
  const problems: string[] = [];
  for (const [field, name] of AGREE) {
    const groups = new Map<string, OptimisePart[]>();
    for (const p of parts) groups.set(JSON.stringify(p.header[field]), [...(groups.get(JSON.stringify(p.header[field])) ?? []), p]);
    if (groups.size <= 1) continue;
    const document = HASHED[field];
    // Another scenario or other settings make another search: said once, where it started.
    if (field === 'searchSha256' && problems.length > 0) continue;
    const where = document ? differingPaths([...groups.values()], document) : '';
    const which = where
      ? [...groups.values()].map(files).join('; ')
      : [...groups].map(([v, ps]) => `${v.length > 24 ? `${v.slice(0, 20)}…"` : v} in ${files(ps)}`).join('; ');
    const hint = field === 'searchSha256' ? ' (the same scenario and settings should give the same search: another engine?)' : '';
    problems.push(`parts have different ${name}${where}: ${which}${hint}`);
  }
  if (problems.length === 0 && parts[0]!.header.engineVersion !== ENGINE_VERSION)
    problems.push(`${files(parts)} ${parts.length === 1 ? 'was' : 'were'} computed by engine ${parts[0]!.header.engineVersion}, but this sim is engine ${ENGINE_VERSION}; merge with the sim that ran them`);
  return problems;
}

export function mergeOptimiseParts(parts: readonly OptimisePart[]): OptimiseMerge {
  if (parts.length === 0) return { ok: false, problems: ['no parts to merge'] };
  const repeated = [...new Set(parts.map((p) => p.file))].filter((f) => parts.filter((p) => p.file === f).length > 1).map((f) => `${f} is given more than once`);
  const problems = [...repeated, ...disagreements(parts)];
  if (problems.length > 0) return { ok: false, problems };
  const R = parts[0]!.header.replications;
  const holder = new Map<number, string>();
  for (const part of parts)
    for (const [r] of part.replications) {
      if (holder.has(r)) problems.push(`replication ${r} is in both ${holder.get(r)} and ${part.file}`);
      holder.set(r, part.file);
    }
  const missing = Array.from({ length: R }, (_, r) => r).filter((r) => !holder.has(r));
  if (missing.length > 0) problems.push(`missing ${missing.length} of ${plural(R, 'replication')}: ${formatIndices(missing)}`);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 8) };

  const source = parts[0]!;
  const v = validateScenario(source.scenario);
  if (!v.ok) return { ok: false, problems: v.issues.map((i) => `${source.file}: scenario ${i.path || '(scenario)'}: ${i.message}`) };
  const built = buildProblem(v.scenario, requestOf(source.settings));
  if (!built.ok) return { ok: false, problems: built.issues.map((i) => `${source.file}: settings ${i.path || '(constraints)'}: ${i.message}`) };
  const { outcome, cost } = source.search;
  const plan = finalPlan(built.problem, outcome.finalists[0]!.x, source.settings.frontierBn);
  const P = plan.points.length;
  if (P !== source.header.points) return { ok: false, problems: [`${files(parts)}: the parts hold ${source.header.points} final points, but this engine's plan has ${P}`] };
  const rows: Float64Array[][] = Array.from({ length: P }, () => new Array<Float64Array>(R));
  for (const part of parts)
    for (const [r, values] of part.replications) {
      const width = values.length / P;
      for (let p = 0; p < P; p++) rows[p]![r] = values.subarray(p * width, (p + 1) * width);
    }
  const result = optimiseResult({ problem: built.problem, search: outcome, settings: source.settings.search, plan, rows, searchCost: cost });
  return { ok: true, scenario: v.scenario, settings: source.settings, text: optimiseText(v.scenario, source.settings, result) };
}
