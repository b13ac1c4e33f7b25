/**
 * Throughput benchmark: household-months per second with one thread and with
 * every available thread, at three population sizes, plus the time until
 * the first replication arrives (what a user waits before the first chart);
 * then the app's default comparison on all threads at the middle size
 * against one of its scenarios alone (benchCompare.ts).
 *   npm run bench [-- --replications N] [--sizes 5000,20000,100000] [--compare-only] [--rounds N] [--json]
 * --json prints only a JSON array of rows on stdout (throughput rows, then
 * the comparison row); progress is on stderr.
 */
import { availableParallelism } from 'node:os';
import { parseFlags, wholeNumber } from './flags';
import { measure, type BenchRow } from './benchRun';
import { comparisonText, measureComparison } from './benchCompare';

const USAGE = `Usage: npm run bench -- [--replications N] [--sizes 5000,20000,100000] [--compare-only] [--rounds N] [--json]
  --compare-only  skip the size sweep: only the default comparison, at the middle size
  --rounds N      rounds of the comparison against one scenario alone (default 3)`;
const MONTHS = 36;

function parse(argv: readonly string[]) {
  const { values, problems } = parseFlags(argv, { replications: 'string', sizes: 'string', rounds: 'string', json: 'boolean', help: 'boolean', 'compare-only': 'boolean' });
  const replicationsRaw = values.get('replications') as string | undefined;
  const replications = replicationsRaw === undefined ? 50 : wholeNumber('replications', replicationsRaw, problems);
  if (replications !== undefined && (replications < 1 || replications > 2000)) problems.push(`--replications: must be between 1 and 2000, got ${replications}`);
  const roundsRaw = values.get('rounds') as string | undefined;
  const rounds = roundsRaw === undefined ? 3 : wholeNumber('rounds', roundsRaw, problems);
  if (rounds !== undefined && (rounds < 1 || rounds > 20)) problems.push(`--rounds: must be between 1 and 20, got ${rounds}`);
  const sizesRaw = (values.get('sizes') as string | undefined) ?? '5000,20000,100000';
  const sizes = sizesRaw.split(',').map((s) => wholeNumber('sizes', s, problems));
  for (const s of sizes) if (s !== undefined && (s < 500 || s > 1_000_000)) problems.push(`--sizes: each size must be between 500 and 1000000 households, got ${s}`);
  return { problems, help: values.has('help'), json: values.has('json'), compareOnly: values.has('compare-only'), replications: replications ?? 0, rounds: rounds ?? 0, sizes: sizes.filter((s): s is number => s !== undefined) };
}

function table(rows: BenchRow[], replications: number): string {
  const head = ['households', 'threads', 'household-months/s', 'per thread', 'first result (ms)'];
  const body = rows.map((r) => [r.households.toLocaleString('en-US'), String(r.threads), r.householdMonthsPerSecond.toLocaleString('en-US'), r.perThread.toLocaleString('en-US'), String(r.firstResultMs)]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  return [
    `Household-months per second: households × ${MONTHS} months × ${replications} replications × 2 (the scenario pass and the status-quo pass both count, as if each stepped every household; the 24-month burn-in before month 0, shared by both, is not counted).`,
    'Throughput: a full run on a warm pool. First result: from a cold pool (worker start-up, JIT warm-up and calibration included).',
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const opts = parse(argv);
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (opts.problems.length > 0) {
    for (const p of opts.problems) process.stderr.write(`bench: ${p}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const all = availableParallelism();
  const threadCounts = [...new Set([1, all])];
  const rows: (BenchRow & { kind: 'throughput' })[] = [];
  for (const households of opts.compareOnly ? [] : opts.sizes) {
    for (const threads of threadCounts) {
      process.stderr.write(`bench: ${households} households × ${MONTHS} months × ${opts.replications} replications on ${threads} thread${threads === 1 ? '' : 's'}…\n`);
      rows.push({ kind: 'throughput', ...(await measure(households, MONTHS, opts.replications, threads)) });
    }
  }
  const middle = opts.sizes[Math.floor((opts.sizes.length - 1) / 2)]!;
  process.stderr.write(`bench: the default comparison and one of its scenarios alone, ${middle} households × ${MONTHS} months × ${opts.replications} replications on ${all} thread${all === 1 ? '' : 's'}…\n`);
  const comparison = await measureComparison(middle, MONTHS, opts.replications, all, opts.rounds);
  const text = [...(rows.length > 0 ? [table(rows, opts.replications), ''] : []), comparisonText(comparison)].join('\n');
  process.stdout.write(opts.json ? `${JSON.stringify([...rows, comparison], null, 2)}\n` : `${text}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
