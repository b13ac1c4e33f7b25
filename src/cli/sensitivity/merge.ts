/**
 * `sim sensitivity-merge`: the outcomes of every design point from the
 * shards' parts, and the design rebuilt from their scenario, so the file is
 * the one the unsharded analysis writes, byte for byte — or a refusal naming
 * the files and the reason. Parts belong together when this engine version
 * computed them for the same scenario (hash, which covers the seed), method,
 * outcome, samples and bootstrap, and (for a paired difference) the same
 * comparator scenario, and hold every design point exactly once;
 * their shard splits may differ, so a failed shard can be re-run split
 * another way.
 */
import { ENGINE_VERSION, validateScenario, type Scenario } from '../../engine/index';
import { formatFiles, formatIndices, groupByJson, plural } from '../shard/lists';
import { scenarioDifferences } from '../shard/scenarioHash';
import { buildDesign, type SensitivityDesign, type SensitivitySettings } from './document';
import { headerSettings, type SensitivityPart, type SensitivityPartialHeader } from './partial';

export type SensitivityMerge =
  | { ok: true; scenario: Scenario; versus?: Scenario; settings: SensitivitySettings; design: SensitivityDesign; outcomes: number[] }
  | { ok: false; problems: string[] };

const files = (parts: readonly SensitivityPart[]) => formatFiles(parts.map((p) => p.file));

/** Fields that must agree, and how a refusal names them. */
const AGREE: [keyof SensitivityPartialHeader, string][] = [
  ['method', 'methods'],
  ['outcome', 'outcomes'],
  ['samples', 'sample sizes'],
  ['bootstrap', 'bootstrap counts'],
  ['seed', 'seeds'],
  ['points', 'design sizes'],
];

function compatibilityProblems(parts: readonly SensitivityPart[], engineVersion: string): string[] {
  const problems: string[] = [];
  const list = (groups: Map<string, SensitivityPart[]>) => [...groups].map(([v, ps]) => `${v} in ${files(ps)}`).join('; ');
  const engines = groupByJson(parts, (p) => p.header.engineVersion);
  if (engines.size > 1) problems.push(`parts come from different engine versions: ${list(engines)}`);
  else if (parts[0]!.header.engineVersion !== engineVersion)
    problems.push(`${files(parts)} ${parts.length === 1 ? 'was' : 'were'} computed by engine ${parts[0]!.header.engineVersion}, but this sim is engine ${engineVersion}; merge with the sim that ran them`);
  for (const [field, name] of AGREE) {
    const groups = groupByJson(parts, (p) => p.header[field]);
    if (groups.size > 1) problems.push(`parts have different ${name}: ${list(groups)}`);
  }
  const versus = groupByJson(parts, (p) => p.header.versusHash ?? null);
  if (versus.size > 1)
    problems.push(`parts are differences from different scenarios (--versus; null for none): ${list(versus)}`);
  const hashes = groupByJson(parts, (p) => p.header.scenarioHash);
  if (hashes.size > 1) {
    const [first, ...others] = [...hashes.values()].map((ps) => ps[0]!.scenario);
    const paths = new Set(others.flatMap((s) => scenarioDifferences(first, s, 8)).filter((p) => p !== 'run.seed'));
    if (paths.size > 0) {
      const shown = [...paths].slice(0, 5).join(', ') + (paths.size > 5 ? ', …' : '');
      problems.push(`parts are for different scenarios (they differ at ${shown}): ${[...hashes.values()].map(files).join('; ')}`);
    }
  }
  return problems;
}

function coverageProblems(parts: readonly SensitivityPart[], total: number): string[] {
  const problems: string[] = [];
  const holder = new Map<number, SensitivityPart>();
  const twice = new Map<string, { a: SensitivityPart; b: SensitivityPart; points: number[] }>();
  for (const part of parts) {
    for (const [p] of part.outcomes) {
      const first = holder.get(p);
      if (first === undefined) {
        holder.set(p, part);
        continue;
      }
      const key = `${first.file}\u0000${part.file}`;
      const entry = twice.get(key) ?? { a: first, b: part, points: [] };
      entry.points.push(p);
      twice.set(key, entry);
    }
  }
  for (const { a, b, points } of [...twice.values()].slice(0, 5))
    problems.push(`${plural(points.length, 'design point')} in both ${a.file} and ${b.file}: ${formatIndices(points)}`);
  const missing = Array.from({ length: total }, (_, p) => p).filter((p) => !holder.has(p));
  if (missing.length > 0) problems.push(`missing ${missing.length} of ${plural(total, 'design point')}: ${formatIndices(missing)}`);
  return problems;
}

export function mergeSensitivityParts(parts: readonly SensitivityPart[], engineVersion: string = ENGINE_VERSION): SensitivityMerge {
  if (parts.length === 0) return { ok: false, problems: ['no parts to merge'] };
  const repeated = [...groupByJson(parts, (p) => p.file)].filter(([, ps]) => ps.length > 1).map(([, ps]) => `${ps[0]!.file} is given more than once`);
  const problems = [...repeated, ...compatibilityProblems(parts, engineVersion)];
  if (problems.length > 0) return { ok: false, problems };
  const total = parts[0]!.header.points;
  const coverage = coverageProblems(parts, total);
  if (coverage.length > 0) return { ok: false, problems: coverage };

  // The part holding point 0 supplies the scenario (parts may name it differently).
  const source = parts.find((p) => p.outcomes.some(([k]) => k === 0)) ?? parts[0]!;
  const v = validateScenario(source.scenario);
  if (!v.ok) return { ok: false, problems: v.issues.map((i) => `${source.file}: scenario ${i.path || '(scenario)'}: ${i.message}`) };
  let versus: Scenario | undefined;
  if (source.versus) {
    const vb = validateScenario(source.versus);
    if (!vb.ok) return { ok: false, problems: vb.issues.map((i) => `${source.file}: versus scenario ${i.path || '(scenario)'}: ${i.message}`) };
    versus = vb.scenario;
  }
  const settings = headerSettings(source.header);
  const built = buildDesign(v.scenario, settings, versus);
  if (!built.ok) return { ok: false, problems: [`${source.file}: ${built.problem}`] };
  if (built.design.design.points.length !== total)
    return { ok: false, problems: [`${files(parts)}: the parts hold ${total} design points, but this engine's design for their scenario has ${built.design.design.points.length}`] };
  const outcomes = new Array<number>(total);
  for (const part of parts) for (const [p, value] of part.outcomes) outcomes[p] = value;
  return { ok: true, scenario: v.scenario, ...(versus ? { versus } : {}), settings, design: built.design, outcomes };
}
