/**
 * A small command-line flag parser that, unlike node:util parseArgs, keeps
 * going after the first mistake, so one run of the command lists every
 * problem at once. Accepts `--name value` and `--name=value`; other
 * arguments are problems unless the caller asks for them as positionals.
 */

export type FlagKind = 'boolean' | 'string';
export type FlagSpec = Readonly<Record<string, FlagKind>>;

export interface ParsedFlags {
  values: Map<string, string | true>;
  /** Arguments that are not options (only collected with { positionals: true }). */
  positionals: string[];
  problems: string[];
}

export function parseFlags(argv: readonly string[], spec: FlagSpec, options: { positionals?: boolean } = {}): ParsedFlags {
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  const problems: string[] = [];
  // A flag given three times is one mistake, said once.
  const repeated = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (options.positionals && !arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      problems.push(`unexpected argument ${JSON.stringify(arg)} (options start with --)`);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = spec[name];
    if (kind === undefined) {
      const near = nearFlags(name, spec);
      problems.push(`--${name}: unknown option${near.length === 1 ? ` (did you mean --${near[0]}?)` : ''}`);
      // `--unknown 3`: the 3 is most likely the unknown flag's value, not a second mistake; `--typo stray` is
      // another matter (unknownFlagTakes). Where positionals are wanted (merge's part files) what follows may as
      // well be a part, so it is left to be one.
      const next = argv[i + 1];
      if (eq === -1 && !options.positionals && next !== undefined && !next.startsWith('--') && unknownFlagTakes(name, next, spec)) i++;
      continue;
    }
    if (values.has(name) && !repeated.has(name)) {
      repeated.add(name);
      problems.push(`--${name}: given more than once`);
    }
    if (kind === 'boolean') {
      if (eq !== -1) problems.push(`--${name}: takes no value`);
      values.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') problems.push(`--${name}: needs a value`);
    else values.set(name, value);
  }
  return { values, positionals, problems };
}

/**
 * Whether `next`, the word after the unknown flag `--name`, is that flag's value rather than a stray argument of
 * its own. A name within a typo or two of known flags is taken for them: after a misspelt string flag
 * ("--sed 3", "--methd sobol") the word is its value, after a misspelt boolean ("--regoins stray") it is not.
 * After any other name (or one near flags of both kinds), a word that looks like some flag's value is taken:
 * a number, a list, a shard, a file ("--unknown 3", "--config run.json"); a bare word ("--typo stray") is not,
 * and is reported as unexpected.
 */
function unknownFlagTakes(name: string, next: string, spec: FlagSpec): boolean {
  const near = nearFlags(name, spec);
  const kinds = new Set(near.map((known) => spec[known]));
  if (kinds.size === 1) return kinds.has('string');
  return /[\d./\\]/.test(next);
}

/** Known flags within a typo or two of `name` (one edit for names of up to 4 letters). */
function nearFlags(name: string, spec: FlagSpec): string[] {
  return Object.keys(spec).filter((known) => typoDistance(name, known) <= (known.length <= 4 ? 1 : 2));
}

/** Edits (insert, delete, replace, swap two neighbours) between two names: Damerau–Levenshtein, restricted. */
function typoDistance(a: string, b: string): number {
  // d[i][j]: edits between a's first i letters and b's first j.
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** A whole number from a flag, or a problem naming the flag; range checks are the caller's. */
export function wholeNumber(flag: string, raw: string, problems: string[]): number | undefined {
  const n = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) {
    problems.push(`--${flag}: must be a whole number, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  return n;
}

/** A thread count: 1 … 256. Zero would hang a pool and negative makes no sense. */
export function threadCount(raw: string, problems: string[]): number | undefined {
  const n = wholeNumber('threads', raw, problems);
  if (n === undefined) return undefined;
  if (n < 1 || n > 256) {
    problems.push(`--threads: must be between 1 and 256, got ${n}`);
    return undefined;
  }
  return n;
}

/** What a `… merge PART... --out FILE` command line asks for. */
export type MergeArgs =
  | { ok: true; command: { kind: 'help' } | { kind: 'merge'; parts: string[]; out: string } }
  | { ok: false; problems: string[] };

/** How a merge command names itself and its files in messages. */
export interface MergeWords {
  /** The command: "merge", "sensitivity-merge". */
  command: string;
  /** What it merges: "partial result files". */
  parts: string;
  /** What writes them: "runs", "sensitivity". */
  writtenBy: string;
  /** What the merged file holds: "result", "sensitivity". */
  merged: string;
}

/** `<command> PART... --out FILE`, options and part files in any order. */
export function parseMergeArgs(argv: readonly string[], words: MergeWords): MergeArgs {
  const { values, positionals: parts, problems } = parseFlags(argv, { help: 'boolean', out: 'string' }, { positionals: true });
  if (values.has('help')) return { ok: true, command: { kind: 'help' } };
  const out = values.get('out') as string | undefined;
  if (parts.length === 0) problems.push(`${words.command}: give the ${words.parts} to merge (written by ${words.writtenBy} with --shard)`);
  if (out === undefined) problems.push(`--out: required (the file the merged ${words.merged} JSON is written to)`);
  if (problems.length > 0 || out === undefined) return { ok: false, problems };
  return { ok: true, command: { kind: 'merge', parts, out } };
}
