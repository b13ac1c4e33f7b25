/**
 * Running the bundled CLI as a child process, for the end-to-end tests of
 * `sim`, `sim compare` and sharding: the bundle's path, a runner that
 * collects the exit code and output, and scenario files in a temp folder.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SIM = join(ROOT, '.build/node/sim.mjs');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `node args…` from the project's root. The child gets this process's
 * environment without any scheduler variables (Slurm's, Kubernetes'), plus
 * `env`, so `--shard auto` sees only what a test sets.
 */
export function node(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLURM_|JOB_COMPLETION_INDEX$|SHARD_COUNT$)/.test(k)));
  return new Promise((resolve) => {
    execFile('node', args, { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A fresh temp folder and a way to write (JSON or raw text) files into it. */
export function tempFiles(prefix: string): { dir: string; write: (name: string, doc: unknown) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (name, doc) => {
      const path = join(dir, name);
      writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
      return path;
    },
  };
}

/** Bundle the CLI (well under a second), so a test file never runs a stale bundle. */
export async function buildCli(): Promise<Ran> {
  return node([join(ROOT, 'scripts/build-node.mjs'), '--quiet']);
}
