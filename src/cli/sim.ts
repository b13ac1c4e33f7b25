/**
 * Headless run (BRIEF.md, "Result contract of the headless run"):
 *   npm run sim -- --print-defaults
 *   npm run sim -- --scenario FILE [overrides] [--households-csv FILE] [--threads K] [--shard I/N|auto] --out FILE
 *   npm run sim -- merge PART... --out FILE
 *   npm run sim -- export-population --scenario FILE [--replication R] --out FILE (exportPopulation.ts)
 *   npm run sim -- compare --scenario A --scenario B … [overrides] --out FILE (compare.ts)
 *   npm run sim -- sensitivity --scenario FILE --method M --outcome NAME … --out FILE
 *   npm run sim -- sensitivity-merge PART... --out FILE (sensitivity/command.ts)
 *   npm run sim -- optimise --scenario FILE --objective NAME … --out FILE
 *   npm run sim -- optimise-merge PART... --out FILE (optimise/command.ts)
 * With --shard the run computes one shard's replications and writes a partial
 * result file (shard/partialFile.ts); merge turns every shard's file into the
 * result the unsharded run writes, byte for byte (shard/merge.ts).
 * stdout carries only --print-defaults output; everything else goes to stderr.
 * Exit codes: 0 done, 1 the run failed, 2 bad command line, scenario or parts, 130 interrupted.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { defaultScenario } from '../engine/index';
import { parseSimArgs, SIM_USAGE, type SimCommand } from './simArgs';
import { loadScenario } from './scenarioInput';
import { formatDuration } from './progress';
import { compareMain, compareMergeMain } from './compare';
import { sensitivityMain, sensitivityMergeMain } from './sensitivity/command';
import { optimiseMain, optimiseMergeMain } from './optimise/command';
import { resultText } from './resultFile';
import { resolveShard } from './shard/request';
import { formatShard, shardIndices } from './shard/spec';
import { encodePartial, readPart, writePartial, type Part } from './shard/partialFile';
import { mergeParts } from './shard/merge';
import { formatIndices } from './shard/lists';
import { describeHouseholds, overridesOnData, sampleText, scenariosOnHouseholds, unusedHouseholdsNote } from './householdsInput';
import { exportPopulationMain } from './exportPopulation';
import { commandPool, onRunner } from './onPool';
import { helpHint, reportProblemsTo, type ProblemLine } from './problems';
import { inputFiles, outOverwritesInput } from './outFile';

const err = (line: string) => process.stderr.write(`${line}\n`);

const reportProblems = (problems: readonly ProblemLine[], heading = 'sim'): number => reportProblemsTo(err, heading, problems);

function outDirProblem(out: string): string | undefined {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--out: directory ${JSON.stringify(dir)} does not exist`;
  if (existsSync(out) && statSync(out).isDirectory()) return `--out: ${JSON.stringify(out)} is a directory`;
  return undefined;
}

async function run(command: Extract<SimCommand, { kind: 'run' }>): Promise<number> {
  const input = loadScenario(command.scenarioFile, overridesOnData(command.overrides, command.households));
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, inputFiles(command.scenarioFile, command.households));
  const shard = command.shard && resolveShard(command.shard, process.env);
  // The household file is read even when the scenario has problems, so that one attempt lists both files' problems.
  const onData = await scenariosOnHouseholds(input.ok ? [input.scenario] : [], [command.scenarioFile], command.households);
  const problems = [
    ...(input.ok ? [] : input.problems), ...(onData.ok ? [] : onData.problems), ...(outProblem ? [outProblem] : []), ...(shard && !shard.ok ? [shard.problem] : []),
  ];
  if (!input.ok || !onData.ok || problems.length > 0) return reportProblems(problems);
  if (input.note) err(`sim: ${input.note}`);
  const scenario = onData.scenarios[0]!;
  const data = onData.households;
  const { households, months, replications, seed } = scenario.run;
  const sample = sampleText(households, data);
  err(`sim: ${replications} replications of ${sample} × ${months} months, seed ${seed}, ${command.threads} thread${command.threads === 1 ? '' : 's'}`);
  // The file fixes the sample: a --households given with it changes nothing (docs/households-csv.md), and is said so.
  const unused = unusedHouseholdsNote(command.overrides, command.households);
  if (unused) err(`sim: ${unused}`);
  if (data) for (const line of describeHouseholds(data)) err(`sim: ${line}`);
  const spec = shard?.ok ? shard.spec : undefined;
  const indices = spec && shardIndices(spec, replications);
  if (shard?.ok && indices)
    err(`sim: shard ${formatShard(shard.spec)} from ${shard.from}: ${indices.length ? `replications ${formatIndices(indices)}` : 'no replications (more shards than replications)'}`);

  return onRunner('sim', commandPool(command.threads, (line) => err(`sim: ${line}`)), process.stderr, data, async ({ runner: pool, signal, progress }) => {
    const acc = await pool.run(scenario, { indices, signal, onProgress: (done, total) => progress.update(done, total) });
    progress.finish();
    if (spec) writePartial(command.out, encodePartial(acc, spec));
    else writeFileSync(command.out, resultText(acc));
    err(`sim: wrote ${spec ? 'partial result ' : ''}${command.out} in ${formatDuration(progress.elapsed())}`);
    return 0;
  });
}

function merge(command: Extract<SimCommand, { kind: 'merge' }>): number {
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, command.parts.map((f) => ['part', f] as const));
  const reads = command.parts.map(readPart);
  const unreadable = reads.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (unreadable.length > 0 || outProblem) return reportProblems([...unreadable, ...(outProblem ? [outProblem] : [])], 'sim merge');
  const parts = reads.flatMap((r) => (r.ok ? [r.part] : [])) satisfies Part[];
  const merged = mergeParts(parts);
  if (!merged.ok) return reportProblems(merged.problems, 'sim merge: refused');
  for (const note of merged.notes) err(`sim merge: note: ${note}`);
  try {
    writeFileSync(command.out, resultText(merged.acc));
  } catch (e) {
    err(`sim merge: cannot write ${command.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  err(`sim merge: wrote ${command.out}: ${merged.acc.count} replications from ${parts.length} part${parts.length === 1 ? '' : 's'}`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'compare') return compareMain(argv.slice(1));
  if (argv[0] === 'compare-merge') return compareMergeMain(argv.slice(1));
  if (argv[0] === 'sensitivity') return sensitivityMain(argv.slice(1));
  if (argv[0] === 'sensitivity-merge') return sensitivityMergeMain(argv.slice(1));
  if (argv[0] === 'export-population') return exportPopulationMain(argv.slice(1));
  if (argv[0] === 'optimise') return optimiseMain(argv.slice(1));
  if (argv[0] === 'optimise-merge') return optimiseMergeMain(argv.slice(1));
  const args = parseSimArgs(argv, availableParallelism());
  if (!args.ok) {
    reportProblems(args.problems);
    err(helpHint('sim'));
    return 2;
  }
  const { command } = args;
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${SIM_USAGE}\n`);
      return 0;
    case 'print-defaults':
      process.stdout.write(`${JSON.stringify(defaultScenario(), null, 2)}\n`);
      return 0;
    case 'run':
      return run(command);
    case 'merge':
      return merge(command);
  }
}

// Run through npm (`npm run sim -- …`), the process starts in the package's folder, not where the command was typed:
// a relative path read or written there ("--scenario scenario.json" after "--print-defaults > scenario.json" in a
// subfolder) was not found. npm names the folder it was typed in (INIT_CWD); paths are taken from there.
if (process.env.npm_lifecycle_event === 'sim' && process.env.INIT_CWD && process.env.INIT_CWD !== process.cwd()) process.chdir(process.env.INIT_CWD);

// exitCode rather than exit(): lets a piped stdout drain before the process ends.
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    err(`sim: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
