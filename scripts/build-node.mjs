// Bundles the headless CLI, the benchmark and the Node simulation worker into
// .build/node/ as plain ESM that Node 20 runs directly (Node cannot load the
// worker's .ts source). `--quiet` keeps stdout clean for `npm run sim`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');
const started = performance.now();

try {
  await build({
    absWorkingDir: root,
    entryPoints: {
      sim: 'src/cli/sim.ts',
      bench: 'src/cli/bench.ts',
      'sim.node-worker': 'workers/sim.node-worker.ts',
    },
    outdir: '.build/node',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // comlink's "main" is a UMD build; prefer its ES module.
    mainFields: ['module', 'main'],
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
  });
} catch {
  // esbuild has already printed the errors (to stderr).
  process.exit(1);
}

if (!quiet) console.log(`built .build/node/{sim,bench,sim.node-worker}.mjs in ${Math.round(performance.now() - started)} ms`);
