/**
 * `npm run sim -- optimise …` and `optimise-merge …`: the allocation
 * optimiser on the Node worker pool (src/run/optimise.ts: the same answer as
 * the app for the same seed, whatever the thread count), optionally one
 * shard of its final evaluations. Exit codes as `sim`: 0 done, 1 the run
 * failed, 2 bad command line, scenario, constraints or parts, 130
 * interrupted (nothing written). The runner is a parameter so tests can run
 * the command in this thread.
 */
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { NO_CONSTRAINTS, buildProblem, finalPlan, optimiseDataProblem, optimiseResult, type OptimiseConstraints } from '../../engine/index';
import { evaluateFinal, optimiseWork, runSearch } from '../../run/optimise';
import type { Runner } from '../../run/types';
import { loadScenario } from '../scenarioInput';
import { describeHouseholds, overridesOnData, sampleText, scenariosOnHouseholds, unusedHouseholdsNote } from '../householdsInput';
import { inputFiles, outDirProblem, outOverwritesInput } from '../outFile';
import { formatDuration, type ProgressSink } from '../progress';
import { resolveShard, type Environment } from '../shard/request';
import { formatShard, shardIndices } from '../shard/spec';
import { formatIndices, plural } from '../shard/lists';
import { OPTIMISE_USAGE, parseOptimiseArgs, parseOptimiseMergeArgs, type OptimiseArgs, type OptimiseCommand } from './args';
import { readConstraintsFile } from './constraintsFile';
import { optimiseText, requestOf, statement, type OptimiseSettings } from './document';
import { normalisedSearch, optimisePartialText, readOptimisePart, writeOptimisePartial, type OptimisePart } from './partial';
import { mergeOptimiseParts } from './merge';
import { commandPool, onRunner } from '../onPool';
import { helpHint, reportProblemsTo, type ProblemLine } from '../problems';

export interface CommandDeps {
  /** A runner of `threads` threads (the Node worker pool by default). */
  makeRunner: (threads: number, log: (line: string) => void) => Runner;
  stderr: ProgressSink;
  env: Environment;
}

const defaultDeps = (): CommandDeps => ({
  makeRunner: commandPool,
  stderr: process.stderr,
  env: process.env,
});

const reportProblems = (err: (line: string) => void, problems: readonly ProblemLine[], heading: string): number => reportProblemsTo(err, heading, problems);

async function optimiseRun(command: Extract<OptimiseCommand, { kind: 'optimise' }>, deps: CommandDeps): Promise<number> {
  const heading = 'sim optimise';
  const err = (line: string) => deps.stderr.write(`${line}\n`);
  const loaded = loadScenario(command.scenarioFile, overridesOnData(command.overrides, command.households));
  if (loaded.ok && loaded.note) err(`${heading}: ${loaded.note}`);
  // The household file is read even when the scenario has problems, so that one attempt lists both files' problems.
  const onData = await scenariosOnHouseholds(loaded.ok ? [loaded.scenario] : [], [command.scenarioFile], command.households);
  const input = !loaded.ok ? loaded : onData.ok ? { ok: true as const, scenario: onData.scenarios[0]! } : onData;
  const data = onData.ok ? onData.households : null;
  const dataProblem = data ? optimiseDataProblem(data.data) : undefined;
  const { options } = command;
  const constraints = options.constraintsFile === undefined ? { ok: true as const, constraints: NO_CONSTRAINTS } : readConstraintsFile(options.constraintsFile);
  // A file with problems of form is still checked for constraints that cannot hold together, on its well-formed
  // part, so that every problem is reported at once (docs/optimise.md), not the second kind after the first is mended.
  const usable = constraints.ok ? constraints.constraints : (constraints.wellFormed ?? undefined);
  const settingsOf = (c: OptimiseConstraints): OptimiseSettings => ({
    objective: options.objective,
    regions: options.regions,
    ...(options.par30Cap !== undefined ? { par30Cap: options.par30Cap } : {}),
    constraints: c,
    search: options.search,
    frontierBn: options.frontierBn,
  });
  const settings = constraints.ok ? settingsOf(constraints.constraints) : undefined;
  const built = input.ok && usable ? buildProblem(input.scenario, requestOf(settingsOf(usable))) : undefined;
  const where = options.constraintsFile ?? '--constraints';
  const others = options.constraintsFile === undefined ? [] : [['--constraints file', options.constraintsFile] as const];
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, inputFiles(command.scenarioFile, command.households, others));
  const shard = command.shard && resolveShard(command.shard, deps.env);
  const problems = [
    ...(loaded.ok ? [] : loaded.problems),
    ...(onData.ok ? [] : onData.problems),
    ...(dataProblem && data ? [`${data.ref.name}: ${dataProblem}`] : []),
    ...(constraints.ok ? [] : constraints.problems),
    ...(built && !built.ok ? built.issues.map((i) => `${where}: ${i.path || '(constraints)'}: ${i.message}`) : []),
    ...(outProblem ? [outProblem] : []),
    ...(shard && !shard.ok ? [shard.problem] : []),
  ];
  if (!input.ok || !built?.ok || !settings || problems.length > 0) return reportProblems(err, problems, heading);
  const { scenario } = input;
  const { problem } = built;
  const { households, months, replications, seed } = scenario.run;
  err(
    `${heading}: ${options.objective} over ${plural(problem.variables.length, 'share')}${problem.adminFixed !== null ? ` (administration fixed at ${problem.adminFixed})` : ''}: ` +
      `${sampleText(households, data)} × ${months} months, seed ${seed}, reported on ${replications} replications, ${command.threads} thread${command.threads === 1 ? '' : 's'}`,
  );
  const unused = unusedHouseholdsNote(command.overrides, command.households);
  if (unused) err(`${heading}: ${unused}`);
  if (data) for (const line of describeHouseholds(data)) err(`${heading}: ${line}`);
  const spec = shard?.ok ? shard.spec : undefined;
  const indices = spec ? shardIndices(spec, replications) : Array.from({ length: replications }, (_, r) => r);
  if (shard?.ok && spec)
    err(`${heading}: shard ${formatShard(spec)} from ${shard.from}: the whole search, then the final evaluations on ${indices.length ? `replications ${formatIndices(indices)}` : 'no replications (more shards than replications)'}`);

  const runner = deps.makeRunner(command.threads, (line) => err(`${heading}: ${line}`));
  return onRunner(heading, runner, deps.stderr, data, async ({ signal, progress }) => {
    let done = 0;
    const planned = finalPlan(problem, problem.current, settings.frontierBn).points.length;
    // Scenario-replications: the whole search (every shard runs it) and this shard's final evaluations; an upper bound.
    const bound = optimiseWork(problem, settings.search, planned) - planned * (replications - indices.length);
    const tick = (_phase: string, n: number) => progress.update((done = Math.min(bound, done + n)), bound);
    progress.update(0, bound);
    const searched = normalisedSearch(await runSearch(runner, problem, settings.search, { signal, progress: tick }));
    const plan = finalPlan(problem, searched.outcome.finalists[0]!.x, settings.frontierBn);
    const rows = await evaluateFinal(runner, plan, indices, { signal, progress: tick });
    progress.update(bound, bound);
    progress.finish();
    if (spec) writeOptimisePartial(command.out, optimisePartialText(scenario, settings, searched, spec, rows));
    else {
      const result = optimiseResult({ problem, search: searched.outcome, settings: settings.search, plan, rows, searchCost: searched.cost });
      writeFileSync(command.out, optimiseText(scenario, settings, result));
      err(`${heading}: ${statement(result)}`);
      err(`${heading}: ${plural(result.cost.total.evaluations, 'scenario evaluation')}, ${result.cost.total.replicationRuns} scenario-replications`);
    }
    err(`${heading}: wrote ${spec ? 'partial file ' : ''}${command.out} in ${formatDuration(progress.elapsed())}`);
    return 0;
  });
}

function merge(command: Extract<OptimiseCommand, { kind: 'merge' }>, deps: CommandDeps): number {
  const heading = 'sim optimise-merge';
  const err = (line: string) => deps.stderr.write(`${line}\n`);
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, command.parts.map((f) => ['part', f] as const));
  const reads = command.parts.map(readOptimisePart);
  const unreadable = reads.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (unreadable.length > 0 || outProblem) return reportProblems(err, [...unreadable, ...(outProblem ? [outProblem] : [])], heading);
  const parts = reads.flatMap((r) => (r.ok ? [r.part] : [])) satisfies OptimisePart[];
  const merged = mergeOptimiseParts(parts);
  if (!merged.ok) return reportProblems(err, merged.problems, `${heading}: refused`);
  try {
    writeFileSync(command.out, merged.text);
  } catch (e) {
    err(`${heading}: cannot write ${command.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  err(`${heading}: wrote ${command.out} from ${plural(parts.length, 'part')}`);
  return 0;
}

export async function executeOptimise(args: OptimiseArgs, heading: string, deps: CommandDeps = defaultDeps()): Promise<number> {
  const err = (line: string) => deps.stderr.write(`${line}\n`);
  if (!args.ok) {
    reportProblems(err, args.problems, heading);
    err(helpHint(heading));
    return 2;
  }
  const { command } = args;
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${OPTIMISE_USAGE}\n`);
      return 0;
    case 'optimise':
      return optimiseRun(command, deps);
    case 'merge':
      return merge(command, deps);
  }
}

/** argv is what follows `optimise` on the command line. */
export const optimiseMain = (argv: readonly string[]): Promise<number> => executeOptimise(parseOptimiseArgs(argv, availableParallelism()), 'sim optimise');

/** argv is what follows `optimise-merge` on the command line. */
export const optimiseMergeMain = (argv: readonly string[]): Promise<number> => executeOptimise(parseOptimiseMergeArgs(argv), 'sim optimise-merge');
