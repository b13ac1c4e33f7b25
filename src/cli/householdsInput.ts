/**
 * `--households-csv FILE` for the CLI's commands: read the file's bytes,
 * hash them, parse and validate them (docs/households-csv.md), and name the
 * data in the scenarios that run on it. Bad rows are listed with their line
 * and column and stop the run unless `--skip-bad-rows` is given.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  decodeUtf8, householdsSlug, parseHouseholdsCsv, replicationProblem, rowProblemText, rowsPerReplication, sha256Hex, summariseHouseholds, validateScenario,
  weightsNote, weightsNoteText,
  type HouseholdData, type HouseholdsRef, type RowError, type Scenario,
} from '../engine/index';
import { moreProblems, summaryLine, type ProblemLine } from './problems';
import type { Overrides } from './simArgs';

export interface LoadedHouseholds {
  file: string;
  data: HouseholdData;
  ref: HouseholdsRef;
  /** Rows left out as bad (only with --skip-bad-rows). */
  skipped: number;
  /** Those rows' problems, each by line and column (at most LISTED, then how many more), for stderr. */
  skippedProblems: string[];
}

/** `problems`: each bad cell or header problem, then (a summary line) what follows for the file. */
export type HouseholdsInput = { ok: true; households: LoadedHouseholds } | { ok: false; problems: ProblemLine[] };

/** Bad rows listed on stderr, at most this many (the count is always given). */
const LISTED = 50;

/** "FILE line 14, weight: must be greater than 0, got 0"; "FILE: the file is empty: …" for the file as a whole. */
export function rowErrorText(file: string, e: RowError): string {
  return `${file}${e.line > 0 ? ` line ${e.line}` : ''}${e.column ? `, ${e.column}` : ''}: ${e.message}`;
}

/** The first problems, and how many more there were (`count`: all of them, beyond the parser's list too). */
function listed(file: string, errors: readonly RowError[], count: number): string[] {
  const lines = errors.slice(0, LISTED).map((e) => rowErrorText(file, e));
  if (count > lines.length) lines.push(moreProblems(count - lines.length));
  return lines;
}

/** Read, hash and parse the file. The hash is of its bytes exactly as stored, as the app computes it. */
export async function readHouseholdsCsv(file: string, skipBadRows: boolean): Promise<HouseholdsInput> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    return { ok: false, problems: [`--households-csv: cannot read ${JSON.stringify(file)}: ${why}`] };
  }
  // As the app decodes it: a file that is not UTF-8 is named with where its first bad byte is, or as UTF-16.
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [`--households-csv: ${file}: ${rowProblemText(decoded.problem)}`] };
  const parsed = parseHouseholdsCsv(decoded.text);
  const { data, errors, errorCount, rows, badRows } = parsed;
  if (data.n === 0) return { ok: false, problems: [...listed(file, errors, errorCount), summaryLine(`${file}: no household can be used`)] };
  if (badRows > 0 && !skipBadRows)
    return {
      ok: false,
      problems: [
        ...listed(file, errors, errorCount),
        summaryLine(`${file}: ${badRows} of ${rows} rows are bad; fix them, or give --skip-bad-rows to run on the ${data.n} good rows`),
      ],
    };
  const sha256 = await sha256Hex(bytes);
  const skippedProblems = badRows > 0 ? listed(file, errors, errorCount) : [];
  return { ok: true, households: { file, data, ref: { id: householdsSlug(file), name: basename(file), sha256, rows: data.n }, skipped: badRows, skippedProblems } };
}

/**
 * The scenario on the loaded data, or why not: a scenario that already names
 * other data (another hash) is refused rather than silently switched, and a
 * file with a replication column must cover the scenario's replications.
 */
export function withHouseholds(scenario: Scenario, loaded: LoadedHouseholds, label: string): { ok: true; scenario: Scenario } | { ok: false; problem: string } {
  const named = scenario.households;
  if (named && named.sha256 !== loaded.ref.sha256)
    return {
      ok: false,
      problem:
        `${label}: names household data ${named.name} (sha256 ${named.sha256.slice(0, 12)}…) but ${loaded.file} has sha256 ` +
        `${loaded.ref.sha256.slice(0, 12)}…; give that file, or set "households": null in the scenario to run it on other data`,
    };
  const coverage = replicationProblem(loaded.data, scenario.run.replications);
  if (coverage) return { ok: false, problem: `${loaded.file}: ${coverage}` };
  const v = validateScenario({ ...scenario, households: named ? { ...loaded.ref, id: named.id, name: named.name } : loaded.ref });
  if (!v.ok) return { ok: false, problem: `${label}: ${v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` };
  return { ok: true, scenario: v.scenario };
}

/** A scenario that names household data but was given no file cannot run: say which file it needs. */
export function missingHouseholds(scenario: Scenario, label: string): string | undefined {
  const named = scenario.households;
  if (!named) return undefined;
  return `${label}: runs on household data ${named.name} (sha256 ${named.sha256.slice(0, 12)}…); give that file with --households-csv`;
}

/**
 * The stderr lines saying which data a run uses, then each bad row it skipped (--skip-bad-rows), by line and
 * column, as --help promises ("listed either way"): they had been counted only.
 */
export function describeHouseholds(loaded: LoadedHouseholds): string[] {
  const skipped = loaded.skipped > 0 ? `, ${loaded.skipped} bad rows skipped` : '';
  const per = loaded.data.replication ? `; ${householdsPerReplication(loaded)}` : '';
  // Weights far from Pakistan's households, as the app's import summary says (engine weightsNote); the line is read
  // only for the weighted households, which do not depend on it.
  const weights = weightsNote(summariseHouseholds(loaded.data, 0).households);
  return [
    `household data ${loaded.ref.name}: ${loaded.data.n} rows${per} (${loaded.data.welfareKind} per adult-equivalent${skipped}), sha256 ${loaded.ref.sha256}`,
    ...(weights ? [`household data ${loaded.ref.name}: ${weightsNoteText(weights)}`] : []),
    ...loaded.skippedProblems.map((line) => `skipped: ${line}`),
  ];
}

/** A run's sample on stderr: "2000 households", "400 imported households", or "imported households (600 a replication in 3 replications)". */
export function sampleText(households: number, data: LoadedHouseholds | null): string {
  if (!data) return `${households} households`;
  return data.data.replication ? `imported households (${householdsPerReplication(data)})` : `${data.data.n} imported households`;
}

/**
 * A file with a replication column: its rows a replication ("1000 a replication in 3 replications", or "990–1010 a
 * replication …"). Its rows together are not one replication's sample, as the run line had said ("3000 imported households").
 */
export function householdsPerReplication(loaded: LoadedHouseholds): string {
  const per = rowsPerReplication(loaded.data);
  if (!per) return `${loaded.data.n} a replication`;
  const { fewest, most, replications } = per;
  return `${fewest === most ? fewest : `${fewest}–${most}`} a replication in ${replications} replication${replications === 1 ? '' : 's'}`;
}

export type ScenariosOnData = { ok: true; scenarios: Scenario[]; households: LoadedHouseholds | null } | { ok: false; problems: ProblemLine[] };

/**
 * Every scenario on the file given (null: none given), each labelled for
 * messages (its file name). Without a file, a scenario that names data is a
 * problem; with one, every scenario runs on it.
 */
export async function scenariosOnHouseholds(scenarios: readonly Scenario[], labels: readonly string[], flag: HouseholdsFlag | undefined): Promise<ScenariosOnData> {
  if (flag === undefined) {
    const problems = scenarios.flatMap((s, k) => missingHouseholds(s, labels[k]!) ?? []);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios: [...scenarios], households: null };
  }
  const input = await readHouseholdsCsv(flag.file, flag.skipBadRows);
  if (!input.ok) return input;
  const problems: string[] = [];
  const out = scenarios.map((s, k) => {
    const r = withHouseholds(s, input.households, labels[k]!);
    if (!r.ok) problems.push(r.problem);
    return r.ok ? r.scenario : s;
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios: out, households: input.households };
}

/**
 * The overrides a command applies to its scenarios. A household file fixes the sample, so a --households given with
 * it is left out: written into run.households, it had the result's scenario claim a sample size that was not run
 * (meta.households gave the file's rows). The scenario keeps its own run.households, as the app's does, and a
 * --households given with a file changes no byte of the output.
 */
export function overridesOnData(overrides: Overrides, flag: HouseholdsFlag | undefined): Overrides {
  if (flag === undefined || overrides.households === undefined) return overrides;
  const { households: _unused, ...rest } = overrides;
  return rest;
}

/** The stderr line for a --households that a household file makes unused, or undefined. */
export function unusedHouseholdsNote(overrides: Overrides, flag: HouseholdsFlag | undefined): string | undefined {
  return flag !== undefined && overrides.households !== undefined
    ? `--households ${overrides.households} is not used: the sample is the household file's rows`
    : undefined;
}

/** What --households-csv FILE [--skip-bad-rows] asked for. */
export interface HouseholdsFlag {
  file: string;
  skipBadRows: boolean;
}

/** The flags from parsed values: `{ households }` when a file was given, `{}` otherwise (problems noted). */
export function householdsFlag(values: ReadonlyMap<string, string | true>, problems: string[]): { households?: HouseholdsFlag } {
  const file = values.get('households-csv');
  const skipBadRows = values.has('skip-bad-rows');
  if (typeof file === 'string') return { households: { file, skipBadRows } };
  if (skipBadRows) problems.push('--skip-bad-rows: only with --households-csv');
  return {};
}

/** The --households-csv and --skip-bad-rows flags, for every command's flag spec. */
export const HOUSEHOLDS_FLAGS = { 'households-csv': 'string', 'skip-bad-rows': 'boolean' } as const;

/**
 * The flags' help, for every command's usage. `column`: where the command's flag descriptions start (20 in most;
 * optimise's long flag names push its to 21, and these lines, written for 20, stood out one column to the left).
 * `more`: lines of the command's own on the file, after the first.
 */
export function householdsUsage({ column = 20, more = '' }: { column?: number; more?: string } = {}): string {
  const flag = (name: string, lines: string[]) => {
    const pad = ' '.repeat(column);
    // A flag that reaches the column has its description start on the next line.
    const first = `  ${name} `.length > column ? [`  ${name}`, `${pad}${lines[0]}`] : [`  ${name}`.padEnd(column) + lines[0]];
    return [...first, ...lines.slice(1).map((line) => `${pad}${line}`)];
  };
  return [
    ...flag('--households-csv FILE', [
      'run on this household file instead of the synthetic',
      'population (docs/households-csv.md); its SHA-256 names it',
      'in the scenario and the result; its rows are the sample',
      '(--households is not used)',
      ...(more ? more.split('\n') : []),
    ]),
    ...flag('--skip-bad-rows', [
      "run on the file's good rows when some are bad (they are",
      'listed either way; without this flag bad rows stop the run)',
    ]),
  ].join('\n');
}

export const HOUSEHOLDS_USAGE = householdsUsage();
