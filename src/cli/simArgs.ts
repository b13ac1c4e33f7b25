/** The `sim` command line: what to do, or every problem with what was typed. */
import { numberIssues, RUN_SPEC } from '../engine/index';
import { parseFlags, parseMergeArgs, threadCount, wholeNumber } from './flags';
import { SHARD_FLAGS, parseShardRequest, type ShardRequest } from './shard/request';
import { HOUSEHOLDS_FLAGS, HOUSEHOLDS_USAGE, householdsFlag, type HouseholdsFlag } from './householdsInput';

/** Flags that override scenario.run.<key>; validated with the rest of the scenario. */
export const OVERRIDE_FLAGS = ['seed', 'replications', 'households', 'months'] as const;
export type OverrideKey = (typeof OVERRIDE_FLAGS)[number];
export type Overrides = Partial<Record<OverrideKey, number>>;

/** The flags parseOverrides reads, for a command's flag spec. */
export const OVERRIDE_SPEC = { seed: 'string', replications: 'string', households: 'string', months: 'string' } as const satisfies Record<OverrideKey, 'string'>;

/**
 * The --seed/--replications/--households/--months flags given, as whole numbers (problems noted). Each is held to
 * its parameter's range here too, so that one malformed flag does not hide the others' problems: those were found
 * only with the scenario, which is not read while any flag is malformed ("--replications 2.5" alone was reported
 * of "--households -5 --months 200 --replications 2.5").
 */
export function parseOverrides(text: (key: string) => string | undefined, problems: string[]): Overrides {
  const overrides: Overrides = {};
  for (const key of OVERRIDE_FLAGS) {
    const raw = text(key);
    if (raw === undefined) continue;
    const n = wholeNumber(key, raw, problems);
    if (n === undefined) continue;
    const issues = numberIssues(n, RUN_SPEC[key], `run.${key}`);
    for (const issue of issues) problems.push(`--${key}: ${issue.message}`);
    if (issues.length === 0) overrides[key] = n;
  }
  return overrides;
}

export type SimCommand =
  | { kind: 'help' }
  | { kind: 'print-defaults' }
  /** With `shard`, only that shard's replications run and `out` is a partial result file. */
  | {
    kind: 'run'; scenarioFile: string; out: string; threads: number; overrides: Overrides; shard?: ShardRequest;
    /** --households-csv FILE [--skip-bad-rows]: run on imported household data. */
    households?: HouseholdsFlag;
  }
  /** Combine partial result files into the result the unsharded run writes. */
  | { kind: 'merge'; parts: string[]; out: string };

export type SimArgs = { ok: true; command: SimCommand } | { ok: false; problems: string[] };

export const SIM_USAGE = `Usage:
  npm run sim -- --print-defaults
  npm run sim -- --scenario FILE [--seed N] [--replications R] [--households N]
                 [--months T] [--households-csv FILE [--skip-bad-rows]]
                 [--threads K] [SHARDING] --out FILE
  npm run sim -- merge PART... --out FILE
  npm run sim -- export-population --scenario FILE [--replication R] --out FILE
                 (the scenario's households as CSV:
                 npm run sim -- export-population --help)
  npm run sim -- compare --scenario BASELINE --scenario FILE …
                 [the same options]
  npm run sim -- compare-merge PART... --out FILE
                 (scenarios side by side on one world:
                 npm run sim -- compare --help)
  npm run sim -- sensitivity --scenario FILE --method tornado|sobol
                 --outcome NAME …
  npm run sim -- sensitivity-merge PART... --out FILE
                 (uncertain parameters' tornado or Sobol' indices:
                 npm run sim -- sensitivity --help)
  npm run sim -- optimise --scenario FILE --objective NAME
                 [--constraints FILE] …
  npm run sim -- optimise-merge PART... --out FILE
                 (the best split of the budget: npm run sim -- optimise --help)

  --print-defaults  print the default scenario as JSON on stdout
  --scenario FILE   scenario JSON (complete: missing parameters are errors;
                    start from --print-defaults)
  --seed N, --replications R, --households N, --months T
                    override scenario.run.<name>
${HOUSEHOLDS_USAGE}
  --threads K       worker threads (default: all available cores)
  --out FILE        where to write the result JSON
  --help            this text

Sharding (one run split across machines; see "Running on a cluster" in the
README):
  --shard I/N       run only shard I of N (0 ≤ I < N) and write a partial
                    result file to --out
  --shard auto      take I and N from a Slurm job array (I: SLURM_ARRAY_TASK_ID
                    less SLURM_ARRAY_TASK_MIN, over SLURM_ARRAY_TASK_STEP;
                    N: SLURM_ARRAY_TASK_COUNT) or a Kubernetes Indexed Job
                    (I: JOB_COMPLETION_INDEX; N from --shard-count or the
                    SHARD_COUNT variable)
  --shard-mode M    mod (default): replications r with r mod N = I;
                    block: one contiguous range per shard
  --shard-count N   the shard count for --shard auto
  merge PART...     combine every shard's partial file into the result file
                    the unsharded run writes, byte for byte; parts that do not
                    belong together (scenario, seed, engine, replications, a
                    replication missing or twice, a damaged file) are refused

Progress goes to stderr; stdout carries only --print-defaults output.`;

const SPEC = {
  help: 'boolean',
  'print-defaults': 'boolean',
  scenario: 'string',
  out: 'string',
  threads: 'string',
  ...OVERRIDE_SPEC,
  ...SHARD_FLAGS,
  ...HOUSEHOLDS_FLAGS,
} as const;

export function parseSimArgs(argv: readonly string[], defaultThreads: number): SimArgs {
  if (argv[0] === 'merge') return parseMergeArgs(argv.slice(1), { command: 'merge', parts: 'partial result files', writtenBy: 'runs', merged: 'result' });
  // Problems accumulate from here on, so one attempt shows everything that is wrong.
  const { values, problems } = parseFlags(argv, SPEC);
  if (values.has('help')) return { ok: true, command: { kind: 'help' } };
  if (values.has('print-defaults')) {
    for (const k of values.keys()) if (k !== 'print-defaults') problems.push(`--${k}: cannot be combined with --print-defaults`);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, command: { kind: 'print-defaults' } };
  }

  const text = (k: string) => values.get(k) as string | undefined;
  const scenarioFile = text('scenario');
  const out = text('out');
  if (scenarioFile === undefined) problems.push('--scenario: required (make one with `npm run sim -- --print-defaults > scenario.json`)');
  if (out === undefined) problems.push('--out: required (the file the result JSON is written to)');
  const threadsRaw = text('threads');
  const threads = threadsRaw === undefined ? defaultThreads : threadCount(threadsRaw, problems);
  const overrides = parseOverrides(text, problems);
  const shard = parseShardRequest({ shard: text('shard'), mode: text('shard-mode'), count: text('shard-count') }, problems);
  const households = householdsFlag(values, problems);
  if (problems.length > 0 || scenarioFile === undefined || out === undefined || threads === undefined) return { ok: false, problems };
  return { ok: true, command: { kind: 'run', scenarioFile, out, threads, overrides, ...(shard ? { shard } : {}), ...households } };
}
