/** Checking and writing the CLI's --out file. */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Checked before a run starts, so a long run never ends unable to write. */
export function outDirProblem(out: string): string | undefined {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `--out: directory ${JSON.stringify(dir)} does not exist`;
  if (existsSync(out) && statSync(out).isDirectory()) return `--out: ${JSON.stringify(out)} is a directory`;
  return undefined;
}

/**
 * The CLI's JSON layout: two-space indent and a final newline. JSON.stringify
 * writes NaN and ±Infinity as null, which is the contract for undefined statistics.
 */
export function writeJsonFile(out: string, value: unknown): void {
  writeFileSync(out, `${JSON.stringify(value, null, 2)}\n`);
}
