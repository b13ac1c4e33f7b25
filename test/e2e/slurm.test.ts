// @vitest-environment node
// Sharding on a real Slurm cluster: a single-node cluster from Debian's
// slurm-wlm and munge (scripts/slurm-test-cluster.sh, installed with apt-get
// when missing) runs the default scenario as a 4-task job array through
// deploy/slurm/submit.sh, then the merge job that waits on the array; the
// merged file must equal an unsharded run's byte for byte.
//
// Needs root (to install and to run the daemons). Without root, or when the
// install fails, this test fails — it is never skipped.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIM = join(root, '.build/node/sim.mjs');
const CLUSTER = join(root, 'scripts/slurm-test-cluster.sh');
const dir = mkdtempSync(join(tmpdir(), 'slurm-e2e-'));
const clusterDir = join(dir, 'cluster');

// Smaller than the defaults so the test stays quick; the scenario file itself is the default one.
const SIZE = ['--households', '5000', '--replications', '8'];

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** A port nobody listens on now, so the test cluster does not collide with another Slurm on the machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
const ports = { SLURMCTLD_PORT: '', SLURMD_PORT: '' };

/** The caller's own Slurm variables left out (this may itself run inside a job); SLURM_CONF points at the test cluster. */
function environment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLURM_')));
  return { ...env, ...ports, SLURM_CONF: join(clusterDir, 'slurm.conf') };
}

function run(file: string, args: string[], timeout = 150_000, cwd = root): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env: environment(), timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr: `${stderr}${error?.killed ? `\n(killed after ${timeout} ms)` : ''}` }),
    );
  });
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

beforeAll(async () => {
  if (process.getuid?.() !== 0)
    throw new Error('the Slurm end-to-end test must run as root: it installs slurm-wlm and munge with apt-get and starts their daemons (run `npm test` as root, as .ci/run does)');
  ports.SLURMCTLD_PORT = String(await freePort());
  do ports.SLURMD_PORT = String(await freePort());
  while (ports.SLURMD_PORT === ports.SLURMCTLD_PORT);
  const started = performance.now();
  const up = await run('bash', [CLUSTER, 'start', clusterDir]);
  if (up.code !== 0) throw new Error(`could not bring up the Slurm test cluster (exit ${up.code}):\n${up.stdout}${up.stderr}`);
  console.log(`slurm e2e: cluster up in ${seconds(started)}`);
  const built = await run('node', [join(root, 'scripts/build-node.mjs'), '--quiet']);
  expect(built.code, built.stderr).toBe(0);
});

afterAll(async () => {
  // Always, even when start failed part-way: stops whatever has a pid file.
  const down = await run('bash', [CLUSTER, 'stop', clusterDir], 60_000);
  if (down.code !== 0) console.error(`slurm e2e: stopping the cluster failed:\n${down.stdout}${down.stderr}`);
});

describe('a sharded run on Slurm', () => {
  it('a 4-task array of the default scenario, merged after it, equals one unsharded run byte for byte', async () => {
    const defaults = await run('node', [SIM, '--print-defaults']);
    expect(defaults.code, defaults.stderr).toBe(0);
    const scenario = join(dir, 'scenario.json');
    writeFileSync(scenario, defaults.stdout);

    const whole = join(dir, 'whole.json');
    const unsharded = await run('node', [SIM, '--scenario', scenario, ...SIZE, '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    const started = performance.now();
    const work = join(dir, 'work');
    const submitted = await run('bash', [join(root, 'deploy/slurm/submit.sh'), '--shards', '4', '--wait', scenario, work, ...SIZE]);
    const logs = () => readdirSync(join(work, 'logs')).map((f) => `--- ${f}\n${readFileSync(join(work, 'logs', f), 'utf8')}`).join('\n');
    expect(submitted.code, `${submitted.stdout}${submitted.stderr}\n${logs()}`).toBe(0);
    console.log(`slurm e2e: array and merge jobs done in ${seconds(started)}`);
    expect(submitted.stdout).toMatch(/shards: array job \d+, 4 tasks/);
    expect(submitted.stdout).toMatch(/merge: job \d+ COMPLETED/);

    // Each task found its shard in the array's variables.
    const parts = readdirSync(join(work, 'parts')).sort();
    expect(parts).toEqual(['part-0.json', 'part-1.json', 'part-2.json', 'part-3.json']);
    for (const [i, file] of parts.entries()) {
      const { header } = JSON.parse(readFileSync(join(work, 'parts', file), 'utf8'));
      expect(header.shard).toEqual({ index: i, count: 4, mode: 'mod' });
      expect(header.indices).toEqual([i, i + 4]);
    }
    expect(logs()).toMatch(/shard 3\/4 \(mod\) from Slurm array task 3/);

    expect(readFileSync(join(work, 'result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  it('an optimisation on a household file as a 2-task array, submitted with relative paths from elsewhere, merges into the unsharded file', async () => {
    const defaults = await run('node', [SIM, '--print-defaults']);
    expect(defaults.code, defaults.stderr).toBe(0);
    writeFileSync(join(dir, 'optimise-scenario.json'), defaults.stdout);
    writeFileSync(join(dir, 'survey.csv'), readFileSync(join(root, 'examples/households.csv')));
    const flags = [
      '--objective', 'maxSustainedExits', '--months', '24', '--replications', '4',
      '--candidates', '4', '--iterations', '1', '--population', '4', '--refine-replications', '2', '--finalist-replications', '2', '--frontier', '0,100',
    ];
    const whole = join(dir, 'optimised-whole.json');
    const unsharded = await run('node', [SIM, 'optimise', '--scenario', join(dir, 'optimise-scenario.json'), ...flags, '--households-csv', join(dir, 'survey.csv'), '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    // From the scenario's folder, every path relative to it: the tasks run from the repository's root.
    const work = join(dir, 'optimise-work');
    const submitted = await run('bash', [join(root, 'deploy/slurm/submit.sh'), '--optimise', '--shards', '2', '--wait', 'optimise-scenario.json', 'optimise-work', ...flags, '--households-csv', 'survey.csv'], 150_000, dir);
    const logs = () => readdirSync(join(work, 'logs')).map((f) => `--- ${f}\n${readFileSync(join(work, 'logs', f), 'utf8')}`).join('\n');
    expect(submitted.code, `${submitted.stdout}${submitted.stderr}\n${logs()}`).toBe(0);
    expect(logs()).toMatch(/sim optimise: shard 1\/2 \(mod\) from Slurm array task 1 \(ids from 0 by 1, 2 tasks\): the whole search, then the final evaluations on replications 1, 3/);
    expect(logs()).toMatch(/sim optimise: household data survey\.csv: 400 rows/);
    expect(readFileSync(join(work, 'result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  it('a comparison of two scenarios as a 2-task array, the second scenario given by a relative path, merges into the unsharded comparison', async () => {
    const defaults = JSON.parse((await run('node', [SIM, '--print-defaults'])).stdout);
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify({ ...defaults, name: 'Status quo', policy: { ...defaults.policy, budget: { ...defaults.policy.budget, annualBn: [0] } } }));
    writeFileSync(join(dir, 'rs80.json'), JSON.stringify({ ...defaults, name: 'Rs 80 bn' }));
    const flags = ['--households', '2000', '--months', '12', '--replications', '4'];
    const whole = join(dir, 'compared-whole.json');
    const unsharded = await run('node', [SIM, 'compare', '--scenario', join(dir, 'baseline.json'), '--scenario', join(dir, 'rs80.json'), ...flags, '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    const work = join(dir, 'compare-work');
    const submitted = await run('bash', [join(root, 'deploy/slurm/submit.sh'), '--compare', '--shards', '2', '--wait', 'baseline.json', 'compare-work', '--scenario', 'rs80.json', ...flags], 150_000, dir);
    const logs = () => readdirSync(join(work, 'logs')).map((f) => `--- ${f}\n${readFileSync(join(work, 'logs', f), 'utf8')}`).join('\n');
    expect(submitted.code, `${submitted.stdout}${submitted.stderr}\n${logs()}`).toBe(0);
    expect(logs()).toMatch(/sim compare: shard 1\/2 \(mod\) from Slurm array task 1 \(ids from 0 by 1, 2 tasks\): replications 1, 3/);
    expect(logs()).toMatch(/sim compare-merge: wrote .*: 2 scenarios, 4 replications, from 2 parts/);
    expect(readFileSync(join(work, 'result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  // --wait had no limit: a job the cluster cannot place, or a queue that never reaches it, kept submit.sh waiting for ever.
  it('--wait --timeout gives up after the duration, names the jobs with their states, leaves them queued, and exits 1; a malformed --timeout is refused before anything is submitted', async () => {
    const scenario = join(dir, 'timeout-scenario.json');
    writeFileSync(scenario, (await run('node', [SIM, '--print-defaults'])).stdout);
    const submit = join(root, 'deploy/slurm/submit.sh');
    for (const bad of [['--wait', '--timeout', '10'], ['--wait', '--timeout', '0s'], ['--timeout', '1m']]) {
      const refused = await run('bash', [submit, ...bad, scenario, join(dir, 'refused-work')]);
      expect(refused.code, `${bad.join(' ')}: ${refused.stderr}`).toBe(2);
      expect(refused.stderr).toMatch(/submit\.sh: --timeout/);
      expect(refused.stdout).not.toMatch(/array job/);
    }
    // Far more work than 2 s holds: the merge cannot have finished when the wait gives up.
    const work = join(dir, 'timeout-work');
    const waited = await run('bash', [submit, '--shards', '2', '--wait', '--timeout', '2s', scenario, work, '--households', '20000', '--replications', '400']);
    const ids = [...waited.stdout.matchAll(/job (\d+)/g)].map((m) => m[1]!);
    try {
      expect(waited.code, `${waited.stdout}${waited.stderr}`).toBe(1);
      expect(waited.stderr).toMatch(/the merge did not finish within 2s \(--timeout\)/);
      expect(waited.stderr).toMatch(new RegExp(`Cancel them with scancel ${ids.join(' ')}`));
      // Each job listed with its state and Slurm's reason: the merge waits on the array (Dependency).
      expect(waited.stderr).toMatch(new RegExp(`^  ${ids[1]} PENDING Dependency$`, 'm'));
      expect(waited.stdout).not.toMatch(/COMPLETED/);
    } finally {
      await run('scancel', ids);
    }
  });
});
