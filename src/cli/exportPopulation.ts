/**
 * `npm run sim -- export-population --scenario F --out pop.csv [--replication R]`:
 * the scenario's households (synthetic, or imported with --households-csv)
 * as at the registry survey, in the household CSV format
 * (docs/households-csv.md). By default every replication of the scenario's
 * run, with a `replication` column and the model-state columns, so a run on
 * the file reproduces the scenario's run bit for bit; with --replication R
 * that replication alone, without the column. Computed in this thread: a
 * population is cheap beside a run (the calibration is the bulk of it).
 * Exit codes as `sim`: 0 done, 1 failed, 2 bad command line, scenario or data.
 */
import { writeFileSync } from 'node:fs';
import { formatHouseholdsCsv, populationData, registerHouseholds } from '../engine/index';
import { parseFlags, wholeNumber } from './flags';
import { parseOverrides, type Overrides } from './simArgs';
import { loadScenario } from './scenarioInput';
import { inputFiles, outDirProblem, outOverwritesInput } from './outFile';
import { formatDuration } from './progress';
import { helpHint, reportProblemsTo, type ProblemLine } from './problems';
import {
  HOUSEHOLDS_FLAGS, describeHouseholds, householdsFlag, householdsUsage, overridesOnData, scenariosOnHouseholds, unusedHouseholdsNote, type HouseholdsFlag,
} from './householdsInput';

export type ExportCommand =
  | { kind: 'help' }
  | { kind: 'export'; scenarioFile: string; out: string; overrides: Overrides; replication?: number; households?: HouseholdsFlag };

export const EXPORT_USAGE = `Usage:
  npm run sim -- export-population --scenario FILE [--replication R]
                 [--seed N] [--replications R] [--households N]
                 [--households-csv FILE [--skip-bad-rows]] --out FILE

  --scenario FILE   the scenario whose households to write
  --replication R   write replication R's households only, without a
                    replication column (default: every replication of the
                    scenario's run, with one); R is one of the run's
                    replications, 0 to --replications − 1
  --seed N, --replications R, --households N
                    override scenario.run.<name>
${householdsUsage({ more: '(export an imported population as the model holds it)' })}
  --out FILE        where to write the CSV (docs/households-csv.md)
  --help            this text

Each household is written as at the registry survey, before the burn-in, with
its PMT score, recipient status, savings and the model-state columns
permanent_log and persistent_log, at full precision: importing the file
(--households-csv) reproduces the scenario's run.`;

const SPEC = {
  help: 'boolean', scenario: 'string', out: 'string', replication: 'string', seed: 'string', replications: 'string', households: 'string', ...HOUSEHOLDS_FLAGS,
} as const;

/** Largest replication index a run can have (replication keys are 31-bit). */
const MAX_REPLICATION = 2 ** 31 - 1;

export function parseExportArgs(argv: readonly string[]): { ok: true; command: ExportCommand } | { ok: false; problems: string[] } {
  const { values, problems } = parseFlags(argv, SPEC);
  if (values.has('help')) return { ok: true, command: { kind: 'help' } };
  const text = (k: string) => values.get(k) as string | undefined;
  const scenarioFile = text('scenario');
  const out = text('out');
  if (scenarioFile === undefined) problems.push('--scenario: required (the scenario whose households to write)');
  if (out === undefined) problems.push('--out: required (the CSV file to write)');
  const raw = text('replication');
  let replication: number | undefined;
  if (raw !== undefined) {
    replication = wholeNumber('replication', raw, problems);
    if (replication !== undefined && (replication < 0 || replication > MAX_REPLICATION)) {
      problems.push(`--replication: must be between 0 and ${MAX_REPLICATION}, got ${replication}`);
      replication = undefined;
    }
  }
  const overrides = parseOverrides(text, problems);
  const households = householdsFlag(values, problems);
  if (problems.length > 0 || scenarioFile === undefined || out === undefined) return { ok: false, problems };
  return { ok: true, command: { kind: 'export', scenarioFile, out, overrides, ...(replication !== undefined ? { replication } : {}), ...households } };
}

/**
 * --replication R names one replication of the scenario's run, so R must be
 * below its replication count (after --replications), on synthetic and on
 * imported households alike; worded as the engine's refusal of data without
 * rows for a replication.
 */
export function replicationOutsideRun(replication: number, replications: number): string | undefined {
  if (replication < replications) return undefined;
  const has = replications === 1 ? 'replication 0 only' : `replications 0 to ${replications - 1}`;
  return (
    `--replication: the scenario's run has ${replications} replication${replications === 1 ? '' : 's'} but no replication ${replication}: ` +
    `a run of ${replications} replication${replications === 1 ? '' : 's'} has ${has} (give --replications ${replication + 1} or more to export it)`
  );
}

const err = (line: string) => process.stderr.write(`${line}\n`);

const reportProblems = (problems: readonly ProblemLine[]): number => reportProblemsTo(err, 'sim export-population', problems);

async function exportPopulation(command: Extract<ExportCommand, { kind: 'export' }>): Promise<number> {
  const started = performance.now();
  const input = loadScenario(command.scenarioFile, overridesOnData(command.overrides, command.households));
  const outProblem = outDirProblem(command.out) ?? outOverwritesInput(command.out, inputFiles(command.scenarioFile, command.households));
  const outside = input.ok && command.replication !== undefined ? replicationOutsideRun(command.replication, input.scenario.run.replications) : undefined;
  // The data need only hold replications 0 … R (a replication column), not every replication of the run.
  const scenario = !input.ok || outside ? undefined
    : command.replication === undefined ? input.scenario : { ...input.scenario, run: { ...input.scenario.run, replications: command.replication + 1 } };
  // The household file is read even when the scenario has problems, so that one attempt lists both files' problems.
  const onData = await scenariosOnHouseholds(scenario ? [scenario] : [], [command.scenarioFile], command.households);
  const problems = [...(input.ok ? [] : input.problems), ...(onData.ok ? [] : onData.problems), ...(outProblem ? [outProblem] : []), ...(outside ? [outside] : [])];
  if (!input.ok || !onData.ok || problems.length > 0) return reportProblems(problems);
  if (input.note) err(`sim export-population: ${input.note}`);
  const sc = onData.scenarios[0]!;
  const unused = unusedHouseholdsNote(command.overrides, command.households);
  if (unused) err(`sim export-population: ${unused}`);
  if (onData.households) {
    for (const line of describeHouseholds(onData.households)) err(`sim export-population: ${line}`);
    registerHouseholds(onData.households.ref.sha256, onData.households.data);
  }
  const replications = command.replication === undefined ? Array.from({ length: input.scenario.run.replications }, (_, r) => r) : [command.replication];
  try {
    const data = populationData(sc, replications);
    if (command.replication !== undefined) data.replication = null;
    writeFileSync(command.out, formatHouseholdsCsv(data));
    const which = command.replication === undefined ? `${replications.length} replication${replications.length === 1 ? '' : 's'}` : `replication ${command.replication}`;
    err(`sim export-population: wrote ${command.out}: ${data.n} households (${which}) in ${formatDuration(performance.now() - started)}`);
    return 0;
  } catch (e) {
    err(`sim export-population: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/** argv is what follows `export-population` on the command line. */
export async function exportPopulationMain(argv: readonly string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if (!args.ok) {
    reportProblems(args.problems);
    err(helpHint('sim export-population'));
    return 2;
  }
  if (args.command.kind === 'help') {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  return exportPopulation(args.command);
}
