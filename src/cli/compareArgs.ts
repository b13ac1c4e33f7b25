/** The `sim compare` command line: what to compare, or every problem with what was typed. */
import { parseFlags, parseMergeArgs, threadCount } from './flags';
import { SHARD_FLAGS, parseShardRequest, type ShardRequest } from './shard/request';
import { OVERRIDE_SPEC, parseOverrides, type Overrides } from './simArgs';
import { HOUSEHOLDS_FLAGS, householdsFlag, householdsUsage, type HouseholdsFlag } from './householdsInput';

export type CompareCommand =
  | { kind: 'help' }
  | {
    kind: 'compare'; scenarioFiles: string[]; out: string; threads: number; overrides: Overrides; byProgramme: boolean;
    /** --households-csv FILE [--skip-bad-rows]: every scenario runs on this household file. */
    households?: HouseholdsFlag;
    /** --shard: run one shard of the comparison's replications and write a partial file. */
    shard?: ShardRequest;
  }
  /** compare-merge: combine the shards' partial files into the comparison the unsharded run writes. */
  | { kind: 'merge'; parts: string[]; out: string };

export type CompareArgs = { ok: true; command: CompareCommand } | { ok: false; problems: string[] };

export const COMPARE_USAGE = `Usage:
  npm run sim -- compare --scenario BASELINE --scenario FILE
                 [--scenario FILE …] [--seed N] [--replications R]
                 [--households N] [--months T]
                 [--households-csv FILE [--skip-bad-rows]]
                 [--threads K] [--by-programme] [SHARDING] --out FILE
  npm run sim -- compare-merge PART... --out FILE

  --scenario FILE   a scenario JSON, given once per scenario (at least two; the
                    same file may be given twice); the first is the baseline
  --seed N, --replications R, --households N, --months T
                    override scenario.run.<name> in every scenario
${householdsUsage({ more: '(every scenario runs on it)' })}
  --threads K       worker threads (default: all available cores)
  --by-programme    also run each programme of each scenario alone (the same
                    money, nothing for the others) on the same world, as the
                    app's "cost per exit, programme by programme" does; listed
                    in the output's programmeOnly
  --out FILE        where to write the comparison JSON
  --help            this text

Sharding (one comparison split across machines; see "Running on a cluster"
in the README):
  --shard I/N       run only shard I of N (0 ≤ I < N) of the comparison's
                    replications 0 … R − 1 (R: the largest replication count;
                    each scenario runs those below its own) and write a
                    partial comparison file to --out
  --shard auto      take I and N from a Slurm job array or a Kubernetes
                    Indexed Job, as for one scenario (npm run sim -- --help)
  --shard-mode M    mod (default): replications r with r mod N = I;
                    block: one contiguous range per shard
  --shard-count N   the shard count for --shard auto
  compare-merge PART...
                    combine every shard's partial file into the comparison
                    the unsharded run writes, byte for byte; parts that do not
                    belong together (scenarios, their order, --by-programme,
                    engine, a replication missing or twice, a damaged file)
                    are refused

Scenarios that share a world (world, seed, households, months) are run
together, each replication's population and status quo computed once. The
output holds each scenario's result exactly as \`sim --scenario FILE\` writes
it, and each scenario's difference from the first, paired replication by
replication, nationally and within each region (scenarios with another seed,
households or months cannot be paired and get an error instead). Progress
goes to stderr.`;

const SPEC = {
  help: 'boolean',
  'by-programme': 'boolean',
  out: 'string',
  threads: 'string',
  ...OVERRIDE_SPEC,
  ...SHARD_FLAGS,
  ...HOUSEHOLDS_FLAGS,
} as const;

/**
 * The shared flag parser refuses a flag given twice, which is right for every
 * flag but --scenario here; so --scenario is taken out first, in order.
 */
function takeScenarios(argv: readonly string[], problems: string[]): { files: string[]; rest: string[] } {
  const files: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--scenario') {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) {
        problems.push('--scenario: needs a value');
      } else {
        files.push(next);
        i++;
      }
    } else if (arg.startsWith('--scenario=')) {
      const value = arg.slice('--scenario='.length);
      if (value === '') problems.push('--scenario: needs a value');
      else files.push(value);
    } else rest.push(arg);
  }
  return { files, rest };
}

/** argv is what follows `compare` on the command line. */
export function parseCompareArgs(argv: readonly string[], defaultThreads: number): CompareArgs {
  // Problems accumulate from here on, so one attempt shows everything that is wrong.
  const scenarioProblems: string[] = [];
  const { files, rest } = takeScenarios(argv, scenarioProblems);
  const { values, problems } = parseFlags(rest, SPEC);
  if (values.has('help')) return { ok: true, command: { kind: 'help' } };
  problems.push(...scenarioProblems);

  const text = (k: string) => values.get(k) as string | undefined;
  const out = text('out');
  if (files.length < 2 && scenarioProblems.length === 0)
    problems.push(`--scenario: give at least two, the baseline first (got ${files.length})`);
  if (out === undefined) problems.push('--out: required (the file the comparison JSON is written to)');
  const threadsRaw = text('threads');
  const threads = threadsRaw === undefined ? defaultThreads : threadCount(threadsRaw, problems);
  const overrides = parseOverrides(text, problems);
  const shard = parseShardRequest({ shard: text('shard'), mode: text('shard-mode'), count: text('shard-count') }, problems);
  const households = householdsFlag(values, problems);
  if (problems.length > 0 || out === undefined || threads === undefined) return { ok: false, problems };
  return {
    ok: true,
    command: { kind: 'compare', scenarioFiles: files, out, threads, overrides, byProgramme: values.has('by-programme'), ...households, ...(shard ? { shard } : {}) },
  };
}

/** argv is what follows `compare-merge` on the command line. */
export const parseCompareMergeArgs = (argv: readonly string[]): CompareArgs =>
  parseMergeArgs(argv, { command: 'compare-merge', parts: 'partial comparison files', writtenBy: 'compare', merged: 'comparison' });
