/** The `sim optimise` and `sim optimise-merge` command lines: what to do, or every problem with what was typed. */
import { DEFAULT_FRONTIER_BN, DEFAULT_PAR30_CAP, DEFAULT_SEARCH, OBJECTIVES, type Objective, type SearchSettings } from '../../engine/index';
import { parseFlags, parseMergeArgs, threadCount, wholeNumber } from '../flags';
import { OVERRIDE_SPEC, parseOverrides, type Overrides } from '../simArgs';
import { SHARD_FLAGS, parseShardRequest, type ShardRequest } from '../shard/request';
import { HOUSEHOLDS_FLAGS, householdsFlag, householdsUsage, type HouseholdsFlag } from '../householdsInput';

export interface OptimiseOptionsGiven {
  objective: Objective;
  constraintsFile?: string;
  /** From --par30-cap: a share, or null for "none"; undefined when not given. */
  par30Cap?: number | null;
  regions: boolean;
  search: SearchSettings;
  frontierBn: number[];
}

export type OptimiseCommand =
  | { kind: 'help' }
  /** With `shard`, the search runs whole and only that shard's final replications are evaluated; `out` is a partial file. */
  | {
      kind: 'optimise'; scenarioFile: string; out: string; threads: number; overrides: Overrides; options: OptimiseOptionsGiven; shard?: ShardRequest;
      /** --households-csv FILE [--skip-bad-rows]: every evaluation runs on this household file. */
      households?: HouseholdsFlag;
    }
  | { kind: 'merge'; parts: string[]; out: string };

export type OptimiseArgs = { ok: true; command: OptimiseCommand } | { ok: false; problems: string[] };

export const OPTIMISE_USAGE = `Usage:
  npm run sim -- optimise --scenario FILE --objective NAME [--constraints FILE]
                 [--par30-cap X|none] [--regions] [--frontier LIST]
                 [--candidates N] [--iterations N] [--population N]
                 [--refine-replications N] [--finalist-replications N]
                 [--seed N] [--replications R] [--households N] [--months T]
                 [--households-csv FILE [--skip-bad-rows]] [--threads K]
                 [SHARDING] --out FILE
  npm run sim -- optimise-merge PART... --out FILE

  --scenario FILE    the scenario whose budget is to be split (its budget path,
                     programmes, world and run settings are kept)
  --objective NAME   maxSustainedExits (additional sustained exits),
                     minPovertyGapEnd (poverty gap, FGT1, at the end), or
                     minCostPerExit (cost per additional exit, subject to PAR30
                     at most a cap: ${DEFAULT_PAR30_CAP} unless --par30-cap says otherwise)
  --constraints FILE minimum and maximum shares per programme, region and group
                     of them, a floor on the existing recipients' monthly
                     benefit, a PAR30 cap (docs/optimise.md)
  --par30-cap X      PAR30 at most X (a share, e.g. 0.05) for any objective, or
                     none; overrides the constraints file's par30Max
  --regions          also choose the split across the seven regions (the
                     proposal uses regional rule "custom")
  --frontier LIST    annual budgets in Rs bn for the frontier of sustained exits
                     (default ${DEFAULT_FRONTIER_BN.join(',')})
  --candidates N     initial candidates (default ${DEFAULT_SEARCH.candidates})
  --iterations N     cross-entropy rounds (default ${DEFAULT_SEARCH.refineIterations})
  --population N     splits tried in each round (default ${DEFAULT_SEARCH.refinePopulation})
  --refine-replications N
                     replications every round compares them on (default ${DEFAULT_SEARCH.refineReplications})
  --finalist-replications N
                     replications the finalists are compared on (default ${DEFAULT_SEARCH.finalistReplications})
  --seed N, --replications R, --households N, --months T
                     override scenario.run.<name>; the search's randomness is
                     keyed by the seed, and the answer is reported on
                     replications 0 … R − 1 (the search uses others)
${householdsUsage({ column: 21 })}
  --threads K        worker threads (default: all available cores); the answer
                     does not depend on it
  --out FILE         where to write the optimisation JSON
  --help             this text

Sharding (the search is adaptive, so every shard runs it whole; only the
final evaluations, the confirmation and the frontier, are split):
  --shard I/N        evaluate the final points on replications r ≡ I (mod N)
                     only and write a partial file to --out
  --shard auto, --shard-mode M, --shard-count N
                     as for a run (npm run sim -- --help)
  optimise-merge PART...
                     combine every shard's partial file into the file the
                     unsharded optimisation writes, byte for byte

Progress goes to stderr.`;

const SPEC = {
  help: 'boolean',
  regions: 'boolean',
  scenario: 'string',
  objective: 'string',
  constraints: 'string',
  'par30-cap': 'string',
  frontier: 'string',
  candidates: 'string',
  iterations: 'string',
  population: 'string',
  'refine-replications': 'string',
  'finalist-replications': 'string',
  out: 'string',
  threads: 'string',
  ...OVERRIDE_SPEC,
  ...SHARD_FLAGS,
  ...HOUSEHOLDS_FLAGS,
} as const;

function bounded(flag: string, raw: string | undefined, min: number, max: number, fallback: number, problems: string[]): number {
  if (raw === undefined) return fallback;
  const n = wholeNumber(flag, raw, problems);
  if (n !== undefined && (n < min || n > max)) problems.push(`--${flag}: must be between ${min} and ${max}, got ${n}`);
  return n ?? fallback;
}

function frontierList(raw: string | undefined, problems: string[]): number[] {
  if (raw === undefined) return [...DEFAULT_FRONTIER_BN];
  const items = raw.split(',').map((s) => s.trim());
  const values = items.map(Number);
  if (items.some((s) => s === '') || values.some((v) => !Number.isFinite(v) || v < 0 || v > 2000))
    problems.push(`--frontier: must be a comma-separated list of annual budgets in Rs bn between 0 and 2000, got ${JSON.stringify(raw)}`);
  return values;
}

/** `optimise-merge PART... --out FILE`. */
export const parseOptimiseMergeArgs = (argv: readonly string[]): OptimiseArgs =>
  parseMergeArgs(argv, { command: 'optimise-merge', parts: 'partial files', writtenBy: 'optimise', merged: 'optimisation' });

/** argv is what follows `optimise` on the command line. */
export function parseOptimiseArgs(argv: readonly string[], defaultThreads: number): OptimiseArgs {
  const { values, problems } = parseFlags(argv, SPEC);
  if (values.has('help')) return { ok: true, command: { kind: 'help' } };
  const text = (k: string) => values.get(k) as string | undefined;
  const scenarioFile = text('scenario');
  const out = text('out');
  const objective = text('objective');
  if (scenarioFile === undefined) problems.push('--scenario: required (the scenario whose budget is split)');
  if (out === undefined) problems.push('--out: required (the file the optimisation JSON is written to)');
  if (objective === undefined) problems.push(`--objective: required (one of ${OBJECTIVES.join(', ')})`);
  else if (!(OBJECTIVES as readonly string[]).includes(objective)) problems.push(`--objective: must be one of ${OBJECTIVES.join(', ')}, got ${JSON.stringify(objective)}`);
  let par30Cap: number | null | undefined;
  const capRaw = text('par30-cap');
  if (capRaw === 'none') par30Cap = null;
  else if (capRaw !== undefined) {
    const v = Number(capRaw);
    if (capRaw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 1) problems.push(`--par30-cap: must be a share between 0 and 1 (e.g. 0.05) or none, got ${JSON.stringify(capRaw)}`);
    else par30Cap = v;
  }
  const search: SearchSettings = {
    ...DEFAULT_SEARCH,
    candidates: bounded('candidates', text('candidates'), 2, 4096, DEFAULT_SEARCH.candidates, problems),
    refineIterations: bounded('iterations', text('iterations'), 0, 200, DEFAULT_SEARCH.refineIterations, problems),
    refinePopulation: bounded('population', text('population'), 2, 1000, DEFAULT_SEARCH.refinePopulation, problems),
    refineReplications: bounded('refine-replications', text('refine-replications'), 1, 2000, DEFAULT_SEARCH.refineReplications, problems),
    finalistReplications: bounded('finalist-replications', text('finalist-replications'), 1, 2000, DEFAULT_SEARCH.finalistReplications, problems),
  };
  const frontierBn = frontierList(text('frontier'), problems);
  const threadsRaw = text('threads');
  const threads = threadsRaw === undefined ? defaultThreads : threadCount(threadsRaw, problems);
  const overrides = parseOverrides(text, problems);
  const shard = parseShardRequest({ shard: text('shard'), mode: text('shard-mode'), count: text('shard-count') }, problems);
  const households = householdsFlag(values, problems);
  if (problems.length > 0 || scenarioFile === undefined || out === undefined || threads === undefined || objective === undefined) return { ok: false, problems };
  const constraintsFile = text('constraints');
  const options: OptimiseOptionsGiven = {
    objective: objective as Objective,
    ...(constraintsFile !== undefined ? { constraintsFile } : {}),
    ...(par30Cap !== undefined ? { par30Cap } : {}),
    regions: values.has('regions'),
    search,
    frontierBn,
  };
  return { ok: true, command: { kind: 'optimise', scenarioFile, out, threads, overrides, options, ...(shard ? { shard } : {}), ...households } };
}
