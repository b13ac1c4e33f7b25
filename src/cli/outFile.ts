/** Checking and writing the CLI's --out file. */
import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Checked before a run starts, so a long run never ends unable to write. */
export function outDirProblem(out: string): string | undefined {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--out: directory ${JSON.stringify(dir)} does not exist`;
  if (existsSync(out) && statSync(out).isDirectory()) return `--out: ${JSON.stringify(out)} is a directory`;
  return undefined;
}

/** The file a path names, through symbolic links and `..`; the path itself, resolved, while it does not exist. */
function sameFileKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Writing over an input (`merge a.json b.json --out a.json`) would lose it,
 * and, for a part or a household file, the run it came from; refused before
 * any work, naming the flag the input came by ("--scenario", "part").
 */
export function outOverwritesInput(out: string, inputs: readonly (readonly [what: string, file: string])[]): string | undefined {
  const target = sameFileKey(out);
  const hit = inputs.find(([, file]) => sameFileKey(file) === target);
  return hit && `--out: ${JSON.stringify(out)} is the ${hit[0]} ${JSON.stringify(hit[1])}; writing there would overwrite an input, so give another --out file`;
}

/** A command's input files for outOverwritesInput: its scenarios, its household file, and any others (`[flag, file]`). */
export function inputFiles(
  scenarioFiles: string | readonly string[], households?: { file: string }, others: readonly (readonly [string, string])[] = [],
): (readonly [string, string])[] {
  return [
    ...(typeof scenarioFiles === 'string' ? [scenarioFiles] : scenarioFiles).map((f) => ['--scenario file', f] as const),
    ...(households ? [['--households-csv file', households.file] as const] : []),
    ...others,
  ];
}

/**
 * The CLI's JSON layout: two-space indent and a final newline. JSON.stringify
 * writes NaN and ±Infinity as null, which is the contract for undefined statistics.
 */
export function writeJsonFile(out: string, value: unknown): void {
  writeFileSync(out, `${JSON.stringify(value, null, 2)}\n`);
}
