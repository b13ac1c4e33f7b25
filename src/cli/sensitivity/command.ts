/**
 * `npm run sim -- sensitivity …` and `sensitivity-merge …`: a tornado or
 * Sobol' analysis of a scenario's uncertain parameters, its design points
 * evaluated on the Node worker pool (evaluateDesign, the same numbers as the
 * browser for the same seed, whatever the thread count), optionally one shard
 * of the points at a time. With `--versus`, of the paired difference between
 * two scenarios on one world, each pair evaluated in one job. Exit codes as `sim`: 0 done, 1 the run failed,
 * 2 bad command line, scenario or parts, 130 interrupted (nothing written).
 */
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { evaluateDesign } from '../../run/evaluateDesign';
import { loadScenario } from '../scenarioInput';
import { inputFiles, outDirProblem, outOverwritesInput } from '../outFile';
import { formatDuration } from '../progress';
import { resolveShard } from '../shard/request';
import { formatShard, shardIndices } from '../shard/spec';
import { formatIndices, plural } from '../shard/lists';
import { parseSensitivityArgs, parseSensitivityMergeArgs, SENSITIVITY_USAGE, type SensitivityCommand } from './args';
import { buildDesign, leftOutLines, leftOutParameters, sensitivityText } from './document';
import { encodeSensitivityPartial, readSensitivityPart, writeSensitivityPartial, type SensitivityPart } from './partial';
import { mergeSensitivityParts } from './merge';
import { describeHouseholds, overridesOnData, sampleText, scenariosOnHouseholds, unusedHouseholdsNote } from '../householdsInput';
import { commandPool, onRunner } from '../onPool';
import { helpHint, reportProblemsTo, type ProblemLine } from '../problems';

const err = (line: string) => process.stderr.write(`${line}\n`);

const reportProblems = (problems: readonly ProblemLine[], heading: string): number => reportProblemsTo(err, heading, problems);

async function sensitivity(command: Extract<SensitivityCommand, { kind: 'sensitivity' }>): Promise<number> {
  const heading = 'sim sensitivity';
  // The same overrides and household file for B, so that a --seed given once keeps the two on one world.
  const overrides = overridesOnData(command.overrides, command.households);
  const loaded = loadScenario(command.scenarioFile, overrides);
  const loadedVersus = command.versusFile !== undefined ? loadScenario(command.versusFile, overrides) : undefined;
  for (const l of [loaded, loadedVersus]) if (l?.ok && l.note) err(`${heading}: ${l.note}`);
  // The household file is read once for the scenarios that loaded: read for A and again for B, a bad file's rows
  // were listed twice.
  const usable = [[loaded, command.scenarioFile] as const, ...(loadedVersus ? [[loadedVersus, command.versusFile!] as const] : [])]
    .flatMap(([l, file]) => (l.ok ? [{ scenario: l.scenario, file }] : []));
  const onData = await scenariosOnHouseholds(usable.map((u) => u.scenario), usable.map((u) => u.file), command.households);
  const data = onData.ok ? onData.households : null;
  const scenario = loaded.ok && onData.ok ? onData.scenarios[0] : undefined;
  const versus = loadedVersus?.ok && onData.ok ? onData.scenarios.at(-1) : undefined;
  const versusFile = command.versusFile === undefined ? [] : [['--versus file', command.versusFile] as const];
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, inputFiles(command.scenarioFile, command.households, versusFile));
  const shard = command.shard && resolveShard(command.shard, process.env);
  const built = scenario && (command.versusFile === undefined || versus) ? buildDesign(scenario, command.settings, versus) : undefined;
  const files = command.versusFile !== undefined ? `${command.scenarioFile} versus ${command.versusFile}` : command.scenarioFile;
  const problems = [
    ...(loaded.ok ? [] : loaded.problems),
    ...(loadedVersus && !loadedVersus.ok ? loadedVersus.problems.map((p) => p.replace(/^--scenario:/, '--versus:')) : []),
    ...(onData.ok ? [] : onData.problems),
    ...(built && !built.ok ? [`${files}: ${built.problem}`] : []),
    ...(outProblem ? [outProblem] : []),
    ...(shard && !shard.ok ? [shard.problem] : []),
  ];
  if (!scenario || !built?.ok || problems.length > 0) return reportProblems(problems, heading);
  const { settings } = command;
  const { design } = built;
  const points = design.design.points;
  const { households, months, replications, seed } = scenario.run;
  const sobol = settings.method === 'sobol' ? `, ${settings.samples} samples, ${settings.bootstrap} bootstrap resamples` : '';
  const outcome = versus ? `${settings.outcome} of ${JSON.stringify(scenario.name)} \u2212 ${settings.outcome} of ${JSON.stringify(versus.name)}` : settings.outcome;
  const runs = versus ? `${plural(points.length, 'design point')} × 2 scenarios = ${plural(2 * points.length, 'engine run')}` : plural(points.length, 'engine run');
  err(
    `${heading}: ${settings.method} of ${outcome} over ${plural(design.design.parameters.length, 'uncertain parameter')}${sobol}: ` +
      `${runs} × ${replications} replications of ${sampleText(households, data)} × ${months} months, seed ${seed}, ` +
      `${command.threads} thread${command.threads === 1 ? '' : 's'}`,
  );
  for (const line of leftOutLines(leftOutParameters(scenario, design, versus))) err(`${heading}: ${line}`);
  const unused = unusedHouseholdsNote(command.overrides, command.households);
  if (unused) err(`${heading}: ${unused}`);
  if (data) for (const line of describeHouseholds(data)) err(`${heading}: ${line}`);
  const spec = shard?.ok ? shard.spec : undefined;
  const indices = spec ? shardIndices(spec, points.length) : points.map((_, k) => k);
  if (shard?.ok && spec)
    err(`${heading}: shard ${formatShard(spec)} from ${shard.from}: ${indices.length ? `design points ${formatIndices(indices)}` : 'no design points (more shards than points)'}`);

  return onRunner(heading, commandPool(command.threads, (line) => err(`${heading}: ${line}`)), process.stderr, data, async ({ runner: pool, signal, progress }) => {
    const comparators = design.design.versus;
    const outcomes = await evaluateDesign(pool, indices.map((k) => points[k]!), settings.outcome, {
      signal,
      onProgress: (done, total) => progress.update(done, total),
      ...(comparators ? { versus: indices.map((k) => comparators[k]!) } : {}),
    });
    progress.finish();
    if (spec) writeSensitivityPartial(command.out, encodeSensitivityPartial(scenario, settings, points.length, spec, outcomes, versus));
    else {
      const doc = sensitivityText(scenario, settings, design, outcomes, versus);
      if (!doc.ok) {
        err(`${heading}: ${doc.problem}; nothing written`);
        return 1;
      }
      writeFileSync(command.out, doc.text);
      for (const note of doc.notes) err(`${heading}: note: ${note}`);
    }
    err(`${heading}: wrote ${spec ? 'partial file ' : ''}${command.out} in ${formatDuration(progress.elapsed())}`);
    return 0;
  });
}

function merge(command: Extract<SensitivityCommand, { kind: 'merge' }>): number {
  const heading = 'sim sensitivity-merge';
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, command.parts.map((f) => ['part', f] as const));
  const reads = command.parts.map(readSensitivityPart);
  const unreadable = reads.flatMap((r) => (r.ok ? [] : [r.problem]));
  if (unreadable.length > 0 || outProblem) return reportProblems([...unreadable, ...(outProblem ? [outProblem] : [])], heading);
  const parts = reads.flatMap((r) => (r.ok ? [r.part] : [])) satisfies SensitivityPart[];
  const merged = mergeSensitivityParts(parts);
  if (!merged.ok) return reportProblems(merged.problems, `${heading}: refused`);
  const doc = sensitivityText(merged.scenario, merged.settings, merged.design, merged.outcomes, merged.versus);
  if (!doc.ok) {
    err(`${heading}: ${doc.problem}; nothing written`);
    return 1;
  }
  try {
    writeFileSync(command.out, doc.text);
  } catch (e) {
    err(`${heading}: cannot write ${command.out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  for (const note of doc.notes) err(`${heading}: note: ${note}`);
  err(`${heading}: wrote ${command.out}: ${plural(merged.outcomes.length, 'design point')} from ${plural(parts.length, 'part')}`);
  return 0;
}

async function execute(args: ReturnType<typeof parseSensitivityArgs>, heading: string): Promise<number> {
  if (!args.ok) {
    reportProblems(args.problems, heading);
    err(helpHint(heading));
    return 2;
  }
  const { command } = args;
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${SENSITIVITY_USAGE}\n`);
      return 0;
    case 'sensitivity':
      return sensitivity(command);
    case 'merge':
      return merge(command);
  }
}

/** argv is what follows `sensitivity` on the command line. */
export const sensitivityMain = (argv: readonly string[]): Promise<number> =>
  execute(parseSensitivityArgs(argv, availableParallelism()), 'sim sensitivity');

/** argv is what follows `sensitivity-merge` on the command line. */
export const sensitivityMergeMain = (argv: readonly string[]): Promise<number> =>
  execute(parseSensitivityMergeArgs(argv), 'sim sensitivity-merge');
