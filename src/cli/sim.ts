/**
 * Headless run (BRIEF.md, "Result contract of the headless run"):
 *   npm run sim -- --print-defaults
 *   npm run sim -- --scenario FILE [overrides] [--threads K] --out FILE
 *   npm run sim -- compare --scenario A --scenario B … [overrides] --out FILE (compare.ts)
 * stdout carries only --print-defaults output; everything else goes to stderr.
 * Exit codes: 0 done, 1 the run failed, 2 bad command line or scenario, 130 interrupted.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { buildResult, defaultScenario } from '../engine/index';
import { createNodePool } from '../run/nodeWorkers';
import { isAbort } from '../run/errors';
import { parseSimArgs, SIM_USAGE, type SimCommand } from './simArgs';
import { loadScenario } from './scenarioInput';
import { ProgressReporter, formatDuration } from './progress';
import { compareMain } from './compare';

const err = (line: string) => process.stderr.write(`${line}\n`);

function reportProblems(problems: readonly string[]): number {
  err(`sim: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:`);
  for (const p of problems) err(`  ${p}`);
  return 2;
}

function outDirProblem(out: string): string | undefined {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--out: directory ${JSON.stringify(dir)} does not exist`;
  if (existsSync(out) && statSync(out).isDirectory()) return `--out: ${JSON.stringify(out)} is a directory`;
  return undefined;
}

async function run(command: Extract<SimCommand, { kind: 'run' }>): Promise<number> {
  const input = loadScenario(command.scenarioFile, command.overrides);
  const outProblem = outDirProblem(command.out);
  if (!input.ok || outProblem) return reportProblems([...(input.ok ? [] : input.problems), ...(outProblem ? [outProblem] : [])]);
  const { scenario } = input;
  const { households, months, replications, seed } = scenario.run;
  err(`sim: ${replications} replications of ${households} households × ${months} months, seed ${seed}, ${command.threads} thread${command.threads === 1 ? '' : 's'}`);

  const pool = createNodePool({
    size: command.threads,
    onWorkerReplaced: (info) =>
      err(`sim: replaced a worker thread (${info.cause})${info.replications.length ? `; retrying replications ${info.replications.join(', ')}` : ''}`),
  });
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const progress = new ProgressReporter(process.stderr);
  try {
    const acc = await pool.run(scenario, { signal: controller.signal, onProgress: (done, total) => progress.update(done, total) });
    progress.finish();
    // JSON.stringify writes NaN and ±Infinity as null, which is the contract for undefined statistics.
    writeFileSync(command.out, `${JSON.stringify(buildResult(acc), null, 2)}\n`);
    err(`sim: wrote ${command.out} in ${formatDuration(progress.elapsed())}`);
    return 0;
  } catch (e) {
    progress.finish();
    if (isAbort(e)) {
      err('sim: interrupted; nothing written');
      return 130;
    }
    err(`sim: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    pool.dispose();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'compare') return compareMain(argv.slice(1));
  const args = parseSimArgs(argv, availableParallelism());
  if (!args.ok) {
    reportProblems(args.problems);
    err(`\n${SIM_USAGE}`);
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
  }
}

// exitCode rather than exit(): lets a piped stdout drain before the process ends.
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    err(`sim: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
