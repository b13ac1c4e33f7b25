// @vitest-environment node
// Every command's --help: its flags' descriptions start in one column, it says --help, and it fits 80 columns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_USAGE } from '../../src/cli/compareArgs';
import { EXPORT_USAGE } from '../../src/cli/exportPopulation';
import { OPTIMISE_USAGE } from '../../src/cli/optimise/args';
import { SENSITIVITY_USAGE } from '../../src/cli/sensitivity/args';
import { SIM_USAGE } from '../../src/cli/simArgs';

/** What `--help` prints for each command (merge, sensitivity-merge and optimise-merge print their run's). */
const USAGES = { sim: SIM_USAGE, compare: COMPARE_USAGE, sensitivity: SENSITIVITY_USAGE, optimise: OPTIMISE_USAGE, 'export-population': EXPORT_USAGE };
/** Every command `sim` dispatches on, with the usage its --help prints. */
const COMMANDS: Record<string, string> = {
  ...USAGES, merge: SIM_USAGE, 'compare-merge': COMPARE_USAGE, 'sensitivity-merge': SENSITIVITY_USAGE, 'optimise-merge': OPTIMISE_USAGE,
};

/** The commands sim.ts hands to their own modules (`if (argv[0] === 'compare') …`) or that parseSimArgs takes (merge). */
function dispatched(): string[] {
  const source = (file: string) => readFileSync(new URL(`../../src/cli/${file}`, import.meta.url), 'utf8');
  return [...`${source('sim.ts')}${source('simArgs.ts')}`.matchAll(/argv\[0\] === '([a-z-]+)'/g)].map((m) => m[1]!);
}

/** Lines wider than a terminal's 80 columns. Every character in the usages is one column wide (…, −, ≡, ×). */
const tooWide = (usage: string) => usage.split('\n').filter((line) => [...line].length > 80);

/**
 * The descriptions' column in `usage`, and the lines out of it. Past the usage block, a line indented
 * two spaces names a flag and one indented further goes on with a description; the descriptions' column is the
 * continuation lines' indent (the one most of them have). A flag's description starts in that column on its line
 * ("--out FILE        where to write …", "--constraints FILE minimum …") or, when the flag reaches the column,
 * on the next line ("--refine-replications N" above an indented line).
 */
function outOfLine(usage: string): { column: number; lines: string[] } {
  const lines = usage.split('\n');
  const flags = lines.slice(lines.indexOf('') + 1);
  const indent = (line: string) => line.length - line.trimStart().length;
  const continuing = flags.filter((line) => indent(line) > 2);
  // The column most of them keep: a few lines out of line are those lines, not all the others.
  const counts = new Map<number, number>();
  for (const line of continuing) counts.set(indent(line), (counts.get(indent(line)) ?? 0) + 1);
  const column = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const bad = flags.filter((line, k) => {
    if (indent(line) > 2) return indent(line) !== column;
    if (indent(line) !== 2) return false;
    const describedHere = line[column - 1] === ' ' && line[column] !== undefined && line[column] !== ' ' && !/\S {2,}\S/.test(line.slice(0, column));
    const describedBelow = !/\S {2,}\S/.test(line) && line.length >= column - 1 && indent(flags[k + 1] ?? '') > 2;
    return !describedHere && !describedBelow;
  });
  return { column, lines: bad };
}

describe("every command's --help", () => {
  // Caught: optimise's --households-csv and --skip-bad-rows descriptions started one column left of its other flags'.
  it.each(Object.entries(USAGES))('%s lines up its flag descriptions in one column', (_, usage) => {
    expect(outOfLine(usage).lines).toEqual([]);
  });

  it('sim dispatches no command whose --help is left unchecked', () => {
    expect(dispatched()).toContain('sensitivity-merge');
    expect(dispatched().filter((command) => !(command in COMMANDS))).toEqual([]);
  });

  // Caught: sensitivity's, optimise's and export-population's did not list --help, as sim's and compare's do.
  it.each(Object.entries(COMMANDS))('%s lists --help', (_, usage) => {
    expect(usage.split('\n')).toContainEqual(expect.stringMatching(/^ {2}--help {2,}this text$/));
  });

  // Caught: sim's pointers to the other commands' help ran to 101 columns; sensitivity's --outcome to 103.
  it.each(Object.entries(COMMANDS))('%s fits 80 columns', (_, usage) => {
    expect(tooWide(usage)).toEqual([]);
  });

  it('outOfLine finds a description a column off either way, on a flag line or below it', () => {
    const usage = (lines: string[]) => ['Usage:', '  npm run sim -- x --out FILE', '', ...lines].join('\n');
    const good = ['  --out FILE   where to write it', '               (a JSON file)', '  --a-very-long-flag N', '               what it does'];
    expect(outOfLine(usage(good))).toEqual({ column: 15, lines: [] });
    expect(outOfLine(usage([...good, '  --threads K  worker threads', '              (default: all)'])).lines).toEqual(['              (default: all)']);
    expect(outOfLine(usage([...good, '  --threads K worker threads'])).lines).toEqual(['  --threads K worker threads']);
    expect(outOfLine(usage([...good, '  --threads K   worker threads'])).lines).toEqual(['  --threads K   worker threads']);
    expect(outOfLine(usage([...good, '  --threads K', '                worker threads'])).lines).toEqual(['  --threads K', '                worker threads']);
  });
});
