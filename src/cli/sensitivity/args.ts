/** The `sim sensitivity` and `sim sensitivity-merge` command lines: what to do, or every problem with what was typed. */
import { OUTCOMES, type Outcome } from '../../engine/index';
import { parseFlags, parseMergeArgs, threadCount, wholeNumber } from '../flags';
import { OVERRIDE_SPEC, parseOverrides, type Overrides } from '../simArgs';
import { SHARD_FLAGS, parseShardRequest, type ShardRequest } from '../shard/request';
import { HOUSEHOLDS_FLAGS, HOUSEHOLDS_USAGE, householdsFlag, type HouseholdsFlag } from '../householdsInput';
import { DEFAULT_BOOTSTRAP, DEFAULT_SAMPLES, SENSITIVITY_METHODS, type SensitivitySettings } from './document';

export type SensitivityCommand =
  | { kind: 'help' }
  /** With `shard`, only that shard's design points run and `out` is a partial file. */
  /** With `versusFile`, the outcome is the paired difference scenario − versus. */
  | {
      kind: 'sensitivity'; scenarioFile: string; versusFile?: string; out: string; threads: number; overrides: Overrides; settings: SensitivitySettings;
      shard?: ShardRequest;
      /** --households-csv FILE [--skip-bad-rows]: every design point (of both scenarios) runs on this household file. */
      households?: HouseholdsFlag;
    }
  | { kind: 'merge'; parts: string[]; out: string };

export type SensitivityArgs = { ok: true; command: SensitivityCommand } | { ok: false; problems: string[] };

export const SENSITIVITY_USAGE = `Usage:
  npm run sim -- sensitivity --scenario FILE --method tornado|sobol
                 --outcome NAME [--versus FILE] [--samples N] [--bootstrap B]
                 [--seed N] [--replications R] [--households N] [--months T]
                 [--households-csv FILE [--skip-bad-rows]] [--threads K]
                 [SHARDING] --out FILE
  npm run sim -- sensitivity-merge PART... --out FILE

  --scenario FILE   a scenario JSON with uncertain parameters ("uncertainty")
  --versus FILE     a second scenario B on the world of A (--scenario): world
                    settings, seed, households and months equal. The outcome
                    becomes the paired difference A − B: both run at every
                    design point on the same draws and A's replications
                    (2 scenario runs a point, sharing each replication's
                    households and status quo); parameters uncertain in either
                    are varied, each set in the scenarios that mark it
                    uncertain (docs/model.md section 8)
  --method M        tornado: each parameter at its 5th and 95th percentile in
                    turn, the others at their values (1 + 2 × parameters runs);
                    sobol: first-order and total Sobol' indices from a Saltelli
                    design (samples × (parameters + 2) runs)
  --outcome NAME    ${OUTCOMES.slice(0, 2).join(', ')},
                    ${OUTCOMES.slice(2).join(', ')}
  --samples N       Sobol' base sample size, at least 2 (default ${DEFAULT_SAMPLES}; powers of
                    two balance best)
  --bootstrap B     Sobol' bootstrap resamples for the 95% intervals (default
                    ${DEFAULT_BOOTSTRAP}; 0 for none)
  --seed N, --replications R, --households N, --months T
                    override scenario.run.<name> (of both scenarios); every
                    design point runs the scenario's replications on its seed
                    (common random numbers)
${HOUSEHOLDS_USAGE}
  --threads K       worker threads (default: all available cores); the numbers
                    do not depend on it
  --out FILE        where to write the sensitivity JSON
  --help            this text

Sharding (the design points split across machines, like a run's replications):
  --shard I/N       evaluate only the design points p with p mod N = I and write
                    a partial file to --out
  --shard auto, --shard-mode M, --shard-count N
                    as for a run (npm run sim -- --help)
  sensitivity-merge PART...
                    combine every shard's partial file into the file the
                    unsharded analysis writes, byte for byte; parts that do not
                    belong together (scenario, versus, method, outcome, samples,
                    seed, engine, a point missing or twice) are refused

Progress goes to stderr.`;

const SPEC = {
  help: 'boolean',
  scenario: 'string',
  versus: 'string',
  method: 'string',
  outcome: 'string',
  samples: 'string',
  bootstrap: 'string',
  out: 'string',
  threads: 'string',
  ...OVERRIDE_SPEC,
  ...SHARD_FLAGS,
  ...HOUSEHOLDS_FLAGS,
} as const;

/** Far more than any analysis needs; keeps a typo from asking for a billion runs. */
const MAX_SAMPLES = 1 << 20;
const MAX_BOOTSTRAP = 100_000;

function count(flag: string, raw: string | undefined, min: number, max: number, fallback: number, problems: string[]): number | undefined {
  if (raw === undefined) return fallback;
  const n = wholeNumber(flag, raw, problems);
  if (n === undefined) return undefined;
  if (n < min || n > max) {
    problems.push(`--${flag}: must be between ${min} and ${max}, got ${n}`);
    return undefined;
  }
  return n;
}

function settingsFrom(text: (k: string) => string | undefined, problems: string[]): SensitivitySettings | undefined {
  const method = text('method');
  const outcome = text('outcome');
  if (method === undefined) problems.push(`--method: required (${SENSITIVITY_METHODS.join(' or ')})`);
  else if (!(SENSITIVITY_METHODS as readonly string[]).includes(method))
    problems.push(`--method: must be ${SENSITIVITY_METHODS.join(' or ')}, got ${JSON.stringify(method)}`);
  if (outcome === undefined) problems.push(`--outcome: required (one of ${OUTCOMES.join(', ')})`);
  else if (!(OUTCOMES as readonly string[]).includes(outcome))
    problems.push(`--outcome: must be one of ${OUTCOMES.join(', ')}, got ${JSON.stringify(outcome)}`);
  if (method === 'tornado') {
    for (const flag of ['samples', 'bootstrap']) if (text(flag) !== undefined) problems.push(`--${flag}: only with --method sobol`);
  }
  const samples = count('samples', text('samples'), 2, MAX_SAMPLES, DEFAULT_SAMPLES, problems);
  const bootstrap = count('bootstrap', text('bootstrap'), 0, MAX_BOOTSTRAP, DEFAULT_BOOTSTRAP, problems);
  if (method === 'tornado' && outcome !== undefined) return { method, outcome: outcome as Outcome };
  if (method === 'sobol' && outcome !== undefined && samples !== undefined && bootstrap !== undefined)
    return { method, outcome: outcome as Outcome, samples, bootstrap };
  return undefined;
}

/** `sensitivity-merge PART... --out FILE`: options and part files in any order. */
export const parseSensitivityMergeArgs = (argv: readonly string[]): SensitivityArgs =>
  parseMergeArgs(argv, { command: 'sensitivity-merge', parts: 'partial files', writtenBy: 'sensitivity', merged: 'sensitivity' });

/** argv is what follows `sensitivity` on the command line. */
export function parseSensitivityArgs(argv: readonly string[], defaultThreads: number): SensitivityArgs {
  // Problems accumulate from here on, so one attempt shows everything that is wrong.
  const { values, problems } = parseFlags(argv, SPEC);
  if (values.has('help')) return { ok: true, command: { kind: 'help' } };
  const text = (k: string) => values.get(k) as string | undefined;
  const scenarioFile = text('scenario');
  const out = text('out');
  if (scenarioFile === undefined) problems.push('--scenario: required (a scenario JSON with uncertain parameters)');
  const settings = settingsFrom(text, problems);
  if (out === undefined) problems.push('--out: required (the file the sensitivity JSON is written to)');
  const threadsRaw = text('threads');
  const threads = threadsRaw === undefined ? defaultThreads : threadCount(threadsRaw, problems);
  const overrides = parseOverrides(text, problems);
  const shard = parseShardRequest({ shard: text('shard'), mode: text('shard-mode'), count: text('shard-count') }, problems);
  const households = householdsFlag(values, problems);
  if (problems.length > 0 || scenarioFile === undefined || out === undefined || threads === undefined || settings === undefined) return { ok: false, problems };
  const versusFile = text('versus');
  return {
    ok: true,
    command: {
      kind: 'sensitivity', scenarioFile, ...(versusFile !== undefined ? { versusFile } : {}), out, threads, overrides, settings,
      ...(shard ? { shard } : {}), ...households,
    },
  };
}
