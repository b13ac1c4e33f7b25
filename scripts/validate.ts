/**
 * Measures every calibration and validation target (src/engine/validation)
 * and writes docs/validation.json and the table between the validation
 * markers in docs/model.md.
 *
 *   npm run validate                       20,000 households × 40 replications
 *   npm run validate -- --quick            4,000 × 8 (a smoke test)
 *   npm run validate -- --households N --replications R --seed S --threads K
 *   npm run validate -- --docs-only        re-render docs/model.md from docs/validation.json
 *
 * Runs the default scenario and the special runs on worker threads (the CLI's
 * pool; --threads 1 runs in this thread). Misses are written as misses; the
 * exit code is 0 unless a run fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  ENGINE_VERSION, TARGETS, defaultScenario, defaultsDigest, formatModel, checkText, measureTargets, replaceBetweenMarkers,
  runsFor, validationMarkdown, validationRows, validationScenario, type Accumulator, type ValidationFile, type ValidationRunId,
} from '../src/engine/index';
import { createNodePool } from '../src/run/nodeWorkers';
import { InThreadRunner } from '../src/run/inThread';
import type { Runner } from '../src/run/types';

const err = (line: string) => process.stderr.write(`${line}\n`);
const USAGE = 'usage: npm run validate [-- --quick] [--households N] [--replications R] [--seed S] [--threads K] | [-- --docs-only]';

/** The directory holding package.json, searched upwards from this file (bundled into .build/node/). */
function repoRoot(): URL {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir)) && existsSync(new URL('docs/model.md', dir))) return dir;
    if (dir.pathname === '/') throw new Error('cannot find the repository root (package.json with docs/model.md)');
  }
}

interface Options {
  households: number;
  replications: number;
  seed: number;
  threads: number;
}

function parse(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const opts: Options = {
    households: quick ? 4000 : 20000,
    replications: quick ? 8 : 40,
    seed: defaultScenario().run.seed,
    threads: Math.max(1, availableParallelism()),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick' || a === '--docs-only') continue;
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const key = a.replace(/^--/, '') as keyof Options;
    if (!a.startsWith('--') || !(key in opts)) throw new Error(`unknown argument ${JSON.stringify(a)}\n${USAGE}`);
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < (key === 'seed' ? 0 : 1)) throw new Error(`${a} needs a whole number${key === 'seed' ? '' : ' ≥ 1'}`);
    opts[key] = v;
  }
  return opts;
}

function docsOnly(): void {
  const root = repoRoot();
  const file = JSON.parse(readFileSync(new URL('docs/validation.json', root), 'utf8')) as ValidationFile;
  const docUrl = new URL('docs/model.md', root);
  writeFileSync(docUrl, replaceBetweenMarkers(readFileSync(docUrl, 'utf8'), validationMarkdown(file)));
  err('validate: re-rendered the table in docs/model.md from docs/validation.json (nothing simulated)');
}

async function main(): Promise<void> {
  if (process.argv.includes('--docs-only')) return docsOnly();
  const opts = parse(process.argv.slice(2));
  const root = repoRoot();
  // Fail before simulating, not after, if the table has nowhere to go.
  replaceBetweenMarkers(readFileSync(new URL('docs/model.md', root), 'utf8'), '');
  const runIds = runsFor(TARGETS);
  const started = performance.now();
  err(`validate: ${runIds.length} runs (${runIds.join(', ')}), ${opts.households} households × ${opts.replications} replications, seed ${opts.seed}, ${opts.threads} thread${opts.threads === 1 ? '' : 's'}`);

  const runner: Runner = opts.threads > 1 ? createNodePool({ size: opts.threads }) : new InThreadRunner();
  const done = new Map<ValidationRunId, number>();
  const total = runIds.length * opts.replications;
  let lastShown = 0;
  const progress = () => {
    const now = performance.now();
    const n = [...done.values()].reduce((a, b) => a + b, 0);
    if (n < total && now - lastShown < 2000) return;
    lastShown = now;
    err(`validate: ${n}/${total} replications, ${((now - started) / 1000).toFixed(0)} s`);
  };
  const accs: Partial<Record<ValidationRunId, Accumulator>> = {};
  try {
    await Promise.all(
      runIds.map(async (id) => {
        const scenario = validationScenario(id, opts);
        accs[id] = await runner.run(scenario, {
          onProgress: (n) => {
            done.set(id, n);
            progress();
          },
        });
      }),
    );
  } finally {
    runner.dispose();
  }
  const simulated = performance.now();

  const measured = measureTargets(accs);
  const months = accs.default?.scenario.run.months ?? validationScenario('default', opts).run.months;
  const file: ValidationFile = {
    engineVersion: ENGINE_VERSION,
    defaultsDigest: defaultsDigest(),
    households: opts.households,
    replications: opts.replications,
    months,
    seed: opts.seed,
    rows: validationRows(measured),
  };
  const jsonUrl = new URL('docs/validation.json', root);
  const docUrl = new URL('docs/model.md', root);
  writeFileSync(jsonUrl, `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(docUrl, replaceBetweenMarkers(readFileSync(docUrl, 'utf8'), validationMarkdown(file)));

  const width = Math.max(...TARGETS.map((t) => t.label.length));
  for (const t of TARGETS) {
    const row = file.rows.find((r) => r.id === t.id)!;
    process.stdout.write(`${t.label.padEnd(width)}  ${formatModel(t.data.unit, row.model).padEnd(36)}  data ${t.data.text.padEnd(20)}  ${t.status.padEnd(10)}  ${checkText(t, row.pass, row.model)}\n`);
  }
  const misses = file.rows.filter((r) => r.pass === false).length;
  err(
    `validate: wrote docs/validation.json and the table in docs/model.md; ${misses} miss${misses === 1 ? '' : 'es'} of ${file.rows.length} targets; ` +
      `${((simulated - started) / 1000).toFixed(1)} s simulating, ${((performance.now() - simulated) / 1000).toFixed(1)} s measuring`,
  );
}

main().catch((e: unknown) => {
  err(`validate: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
});
