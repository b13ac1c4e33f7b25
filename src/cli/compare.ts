/**
 * `npm run sim -- compare --scenario A --scenario B … --out FILE`: several
 * scenarios on the worker pool, those sharing a world run together
 * (runComparison), written as one comparison JSON (buildComparison: each
 * scenario's single-run result, and paired differences against the first).
 * With --shard it runs one shard of the comparison's replications and
 * writes a partial file (comparison/partial.ts); `compare-merge` turns the
 * shards' parts into the unsharded file, byte for byte (comparison/merge.ts).
 * Exit codes as `sim`: 0 done, 1 the run failed, 2 bad command line or
 * scenario, 130 interrupted (nothing written).
 */
import { availableParallelism } from 'node:os';
import { pairingProblem, programmeOnlyScenarios, worldKey, type Scenario } from '../engine/index';
import { runComparison } from '../run/prepare';
import { COMPARE_USAGE, parseCompareArgs, parseCompareMergeArgs, type CompareArgs, type CompareCommand } from './compareArgs';
import { comparisonDocument, comparisonPartialText, comparisonSpan, readComparisonPart, writeComparisonPartial } from './comparison/partial';
import { mergeComparisonParts } from './comparison/merge';
import { resolveShard } from './shard/request';
import { formatShard, shardIndices } from './shard/spec';
import { formatIndices } from './shard/lists';
import { loadScenario } from './scenarioInput';
import type { Overrides } from './simArgs';
import { inputFiles, outDirProblem, outOverwritesInput, writeJsonFile } from './outFile';
import { formatDuration } from './progress';
import { describeHouseholds, overridesOnData, sampleText, scenariosOnHouseholds, unusedHouseholdsNote, type LoadedHouseholds } from './householdsInput';
import { commandPool, onRunner } from './onPool';
import { helpHint, reportProblemsTo, type ProblemLine } from './problems';

const err = (line: string) => process.stderr.write(`${line}\n`);

const reportProblems = (problems: readonly ProblemLine[]): number => reportProblemsTo(err, 'sim compare', problems);

export type LoadedScenarios = { ok: true; scenarios: Scenario[] } | { ok: false; problems: string[] };

/**
 * Every file, with the overrides, validated; each file is read once however
 * often it is given. Problems name their file, so that with several files
 * the user knows which one to fix.
 */
export function loadScenarios(files: readonly string[], overrides: Overrides): LoadedScenarios {
  const byFile = new Map(files.map((f) => [f, loadScenario(f, overrides)]));
  const problems: string[] = [];
  for (const [file, input] of byFile) {
    if (input.ok) continue;
    // Unreadable files and bad JSON are already reported by name.
    for (const p of input.problems) problems.push(p.startsWith(`${file}: `) || p.includes(JSON.stringify(file)) ? p : `${file}: ${p}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  for (const input of byFile.values()) if (input.ok && input.note) err(`sim compare: ${input.note}`);
  return { ok: true, scenarios: files.map((f) => (byFile.get(f) as { scenario: Scenario }).scenario) };
}

/** One stderr line per scenario: what it runs, on which world, and whether it can be paired with the baseline. */
export function describeScenarios(files: readonly string[], scenarios: readonly Scenario[], data: LoadedHouseholds | null = null): string[] {
  const worlds = [...new Set(scenarios.map(worldKey))];
  const base = scenarios[0]!;
  return scenarios.map((s, k) => {
    const { replications, households, months, seed } = s.run;
    const world = worlds.length > 1 ? `, world ${worlds.indexOf(worldKey(s)) + 1} of ${worlds.length}` : '';
    const unpaired = k > 0 ? pairingProblem(s, base) : undefined;
    const role = k === 0 ? ' (baseline)' : unpaired ? `; ${unpaired}` : '';
    // Every scenario runs on the file given (scenariosOnHouseholds): its rows, or its rows a replication (sampleText).
    const sample = data ? `${sampleText(households, data)} of ${data.ref.name}` : s.households ? `the ${s.households.rows} households of ${s.households.name}` : `${households} households`;
    return `  [${k}] ${JSON.stringify(s.name)} from ${files[k]}: ${replications} replications of ${sample} × ${months} months, seed ${seed}${world}${role}`;
  });
}

/**
 * The scenarios given, then each one's programmes alone (on its world, so
 * they run in the same job), with where each came from.
 */
export function withProgrammesAlone(
  given: readonly Scenario[], files: readonly string[],
): { scenarios: Scenario[]; files: string[]; programmeOnly: { of: number; programme: string; index: number }[] } {
  const scenarios = [...given];
  const names = [...files];
  const programmeOnly: { of: number; programme: string; index: number }[] = [];
  given.forEach((s, of) => {
    for (const { programme, scenario } of programmeOnlyScenarios(s)) {
      programmeOnly.push({ of, programme, index: scenarios.length });
      scenarios.push(scenario);
      names.push(`${files[of]} (${programme} alone)`);
    }
  });
  return { scenarios, files: names, programmeOnly };
}

async function compare(command: Extract<CompareCommand, { kind: 'compare' }>): Promise<number> {
  const input = loadScenarios(command.scenarioFiles, overridesOnData(command.overrides, command.households));
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, inputFiles(command.scenarioFiles, command.households));
  const shard = command.shard && resolveShard(command.shard, process.env);
  // The household file is read even when a scenario has problems, so that one attempt lists every file's problems.
  const onData = await scenariosOnHouseholds(input.ok ? input.scenarios : [], command.scenarioFiles, command.households);
  const problems = [...(input.ok ? [] : input.problems), ...(onData.ok ? [] : onData.problems), ...(outProblem ? [outProblem] : []), ...(shard && !shard.ok ? [shard.problem] : [])];
  if (!input.ok || !onData.ok || problems.length > 0) return reportProblems(problems);
  const data = onData.households;
  const { scenarios, files, programmeOnly } = command.byProgramme
    ? withProgrammesAlone(onData.scenarios, command.scenarioFiles)
    : { scenarios: onData.scenarios, files: command.scenarioFiles, programmeOnly: undefined };
  const worlds = new Set(scenarios.map(worldKey)).size;
  err(`sim compare: ${scenarios.length} scenarios on ${worlds} world${worlds === 1 ? '' : 's'}, ${command.threads} thread${command.threads === 1 ? '' : 's'}`);
  for (const line of describeScenarios(files, scenarios, data)) err(line);
  const unused = unusedHouseholdsNote(command.overrides, command.households);
  if (unused) err(`sim compare: ${unused}`);
  if (data) for (const line of describeHouseholds(data)) err(`sim compare: ${line}`);
  const spec = shard?.ok ? shard.spec : undefined;
  const indices = spec && shardIndices(spec, comparisonSpan(scenarios.map((s) => s.run.replications)));
  if (shard?.ok && indices)
    err(`sim compare: shard ${formatShard(shard.spec)} from ${shard.from}: ${indices.length ? `replications ${formatIndices(indices)}` : 'no replications (more shards than replications)'}`);

  return onRunner('sim compare', commandPool(command.threads, (line) => err(`sim compare: ${line}`)), process.stderr, data, async ({ runner: pool, signal, progress }) => {
    const accs = await runComparison((job) => pool.submit(job), scenarios, {
      signal,
      indices,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    if (spec) writeComparisonPartial(command.out, comparisonPartialText(accs, programmeOnly ?? null, spec));
    else writeJsonFile(command.out, comparisonDocument(accs, programmeOnly ?? null));
    err(`sim compare: wrote ${spec ? 'partial comparison ' : ''}${command.out} in ${formatDuration(progress.elapsed())}`);
    return 0;
  });
}

function merge(command: Extract<CompareCommand, { kind: 'merge' }>): number {
  const heading = 'sim compare-merge';
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, command.parts.map((f) => ['part', f] as const));
  const reads = command.parts.map(readComparisonPart);
  const unreadable = reads.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (unreadable.length > 0 || outProblem) return reportProblemsTo(err, heading, [...unreadable, ...(outProblem ? [outProblem] : [])]);
  const merged = mergeComparisonParts(reads.flatMap((r) => (r.ok ? [r.part] : [])));
  if (!merged.ok) return reportProblemsTo(err, `${heading}: refused`, merged.problems);
  for (const note of merged.notes) err(`${heading}: note: ${note}`);
  try {
    writeJsonFile(command.out, merged.document);
  } catch (e) {
    err(`${heading}: cannot write ${command.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  err(`${heading}: wrote ${command.out}: ${merged.scenarios.length} scenarios, ${merged.replications} replications, from ${command.parts.length} part${command.parts.length === 1 ? '' : 's'}`);
  return 0;
}

async function execute(args: CompareArgs, heading: string): Promise<number> {
  if (!args.ok) {
    reportProblemsTo(err, heading, args.problems);
    err(helpHint('sim compare'));
    return 2;
  }
  if (args.command.kind === 'help') {
    process.stdout.write(`${COMPARE_USAGE}\n`);
    return 0;
  }
  return args.command.kind === 'merge' ? merge(args.command) : compare(args.command);
}

/** argv is what follows `compare` on the command line. */
export const compareMain = (argv: readonly string[]): Promise<number> => execute(parseCompareArgs(argv, availableParallelism()), 'sim compare');

/** argv is what follows `compare-merge` on the command line. */
export const compareMergeMain = (argv: readonly string[]): Promise<number> => execute(parseCompareMergeArgs(argv), 'sim compare-merge');
