/** The `sim` command line: what to do, or every problem with what was typed. */
import { parseFlags, threadCount, wholeNumber } from './flags';

/** Flags that override scenario.run.<key>; validated with the rest of the scenario. */
export const OVERRIDE_FLAGS = ['seed', 'replications', 'households', 'months'] as const;
export type OverrideKey = (typeof OVERRIDE_FLAGS)[number];
export type Overrides = Partial<Record<OverrideKey, number>>;

export type SimCommand =
  | { kind: 'help' }
  | { kind: 'print-defaults' }
  | { kind: 'run'; scenarioFile: string; out: string; threads: number; overrides: Overrides };

export type SimArgs = { ok: true; command: SimCommand } | { ok: false; problems: string[] };

export const SIM_USAGE = `Usage:
  npm run sim -- --print-defaults
  npm run sim -- --scenario FILE [--seed N] [--replications R] [--households N]
                 [--months T] [--threads K] --out FILE
  npm run sim -- compare --scenario BASELINE --scenario FILE … [the same options]
                 (scenarios side by side on one world: npm run sim -- compare --help)

  --print-defaults  print the default scenario as JSON on stdout
  --scenario FILE   scenario JSON (complete: missing parameters are errors;
                    start from --print-defaults)
  --seed N, --replications R, --households N, --months T
                    override scenario.run.<name>
  --threads K       worker threads (default: all available cores)
  --out FILE        where to write the result JSON
  --help            this text

Progress goes to stderr; stdout carries only --print-defaults output.`;

const SPEC = {
  help: 'boolean',
  'print-defaults': 'boolean',
  scenario: 'string',
  out: 'string',
  threads: 'string',
  seed: 'string',
  replications: 'string',
  households: 'string',
  months: 'string',
} as const;

export function parseSimArgs(argv: readonly string[], defaultThreads: number): SimArgs {
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
  const overrides: Overrides = {};
  for (const key of OVERRIDE_FLAGS) {
    const raw = text(key);
    if (raw === undefined) continue;
    const n = wholeNumber(key, raw, problems);
    if (n !== undefined) overrides[key] = n;
  }
  if (problems.length > 0 || scenarioFile === undefined || out === undefined || threads === undefined) return { ok: false, problems };
  return { ok: true, command: { kind: 'run', scenarioFile, out, threads, overrides } };
}
