// @vitest-environment node
// deploy/k8s/ as a cluster would run it: run.sh, with `kubectl` on its PATH
// being test/e2e/kubectlStandIn.mjs, which runs the Jobs' pods as local
// processes with their mounts (no Kubernetes can be brought up on these
// machines: no container runtime, no image registry). What this proves:
// run.sh's ConfigMap and patches, the manifests' pod commands (run by
// `sh`, with JOB_COMPLETION_INDEX and the ConfigMap's files) and the merge
// Job's command give the unsharded run's bytes, for a scenario and a
// comparison, also in a run folder an earlier run of more shards used; that
// run.sh refuses what it cannot pass on, before touching the cluster; and
// that it gives up after --timeout on pods that cannot be scheduled (the
// stand-in's node has 4 CPUs), saying why. What it cannot prove: the
// cluster's side (real scheduling, the image, the claim's access mode).
//
// The real kubectl parses the manifests (offline: `patch --local`); Debian's
// kubernetes-client is installed with apt-get when none is on the PATH.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SIM, buildCli, node, tempFiles, type Ran } from './cliProcess';

const files = tempFiles('k8s-e2e-');
const bin = join(files.dir, 'bin');
const cluster = join(files.dir, 'cluster');
let realKubectl = '';

function whichKubectl(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

beforeAll(async () => {
  realKubectl = whichKubectl();
  if (!realKubectl) {
    if (process.getuid?.() !== 0) throw new Error('the Kubernetes test needs kubectl (Debian: kubernetes-client) or root to install it with apt-get');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client'], { stdio: 'inherit' });
    realKubectl = whichKubectl();
    if (!realKubectl) throw new Error('apt-get installed kubernetes-client but kubectl is not on the PATH');
  }
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'kubectl'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'test/e2e/kubectlStandIn.mjs')}" "$@"\n`);
  chmodSync(join(bin, 'kubectl'), 0o755);
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
});

/** deploy/k8s/run.sh ARGS… against a fresh stand-in cluster; returns the run and the cluster's folder. */
function runSh(name: string, args: string[]): Promise<Ran & { state: string }> {
  const state = join(cluster, name);
  mkdirSync(state, { recursive: true });
  writeFileSync(join(state, 'calls.log'), '');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, STANDIN_DIR: state, REAL_KUBECTL: realKubectl, STANDIN_APP: join(ROOT, '.build/node') };
  return new Promise((resolve) => {
    execFile('bash', [join(ROOT, 'deploy/k8s/run.sh'), ...args], { cwd: files.dir, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr, state }),
    );
  });
}
const calls = (state: string) => readFileSync(join(state, 'calls.log'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]);
const volume = (state: string, ...path: string[]) => join(state, 'volumes/sim-data', ...path);

async function defaults(): Promise<Record<string, unknown> & { policy: { budget: Record<string, unknown> } }> {
  const printed = await node([SIM, '--print-defaults']);
  expect(printed.code, printed.stderr).toBe(0);
  return JSON.parse(printed.stdout);
}

describe('deploy/k8s on a stand-in cluster', () => {
  it('a scenario as a 3-pod Indexed Job, merged after it, equals one unsharded run byte for byte', async () => {
    const scenario = files.write('scenario.json', await defaults());
    const size = ['--households', '2000', '--months', '12', '--replications', '6'];
    const whole = join(files.dir, 'whole.json');
    const unsharded = await node([SIM, '--scenario', scenario, ...size, '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    const ran = await runSh('single', ['--shards', '3', '--run', 'r1', 'scenario.json', ...size]);
    expect(ran.code, `${ran.stdout}${ran.stderr}`).toBe(0);
    expect(ran.stdout).toMatch(/shards: job sim-shards, 3 pods -> \/data\/r1\/parts\//);
    expect(ran.stdout).toMatch(/sim merge: wrote/);
    expect(ran.stdout).toMatch(/result: \/data\/r1\/result\.json on the sim-data volume/);

    // Each pod found its shard in JOB_COMPLETION_INDEX and the count in the ConfigMap.
    const parts = readdirSync(volume(ran.state, 'r1/parts')).sort();
    expect(parts).toEqual(['part-0.json', 'part-1.json', 'part-2.json']);
    for (const [i, file] of parts.entries()) {
      const { header } = JSON.parse(readFileSync(volume(ran.state, 'r1/parts', file), 'utf8'));
      expect(header.shard).toEqual({ index: i, count: 3, mode: 'mod' });
      expect(header.indices).toEqual([i, i + 3]);
    }
    expect(readFileSync(volume(ran.state, 'r1/result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));

    // The old Jobs go before the ConfigMap their pods read and the new shards' Job, and the merge only once the
    // shards' Job is complete (the ConfigMap's and the Job's manifests are made by kubectl create and patch piped into
    // apply: left out, as the two ends of a pipe log in either order).
    const sequence = calls(ran.state).map((c) => c.slice(0, 2).join(' ')).filter((c) => c !== 'create configmap' && c !== 'patch --local');
    expect(sequence).toEqual(['apply -f', 'delete job', 'apply -f', 'apply -f', 'get job', 'apply -f', 'get job', 'logs job/sim-merge']);
    const configMap = join(ran.state, 'configmaps/sim-run');
    expect(readFileSync(join(configMap, 'shards'), 'utf8')).toBe('3');
    expect(readFileSync(join(configMap, 'args'), 'utf8')).toBe(`${size.join('\n')}\n`);
  });

  it('a comparison whose second scenario has a space in its file name, as a 2-pod Job with --by-programme, equals the unsharded comparison', async () => {
    const d = await defaults();
    files.write('baseline.json', { ...d, name: 'Status quo', policy: { ...d.policy, budget: { ...d.policy.budget, annualBn: [0] } } });
    files.write('rs 120 bn.json', { ...d, name: 'Rs 120 bn', policy: { ...d.policy, budget: { ...d.policy.budget, annualBn: [120] } } });
    const size = ['--households', '2000', '--months', '12', '--replications', '4', '--by-programme'];
    const whole = join(files.dir, 'compared-whole.json');
    const unsharded = await node([SIM, 'compare', '--scenario', join(files.dir, 'baseline.json'), '--scenario', join(files.dir, 'rs 120 bn.json'), ...size, '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    const ran = await runSh('compare', ['--compare', '--shards', '2', '--cpus', '2', '--run', 'c1', 'baseline.json', '--scenario', 'rs 120 bn.json', ...size]);
    expect(ran.code, `${ran.stdout}${ran.stderr}`).toBe(0);
    const shardLog = JSON.parse(readFileSync(join(ran.state, 'jobs/sim-shards.json'), 'utf8')).log;
    expect(shardLog).toMatch(/sim compare: shard 1\/2 \(mod\) from Kubernetes completion index 1 of 2/);
    // The two scenarios and, with --by-programme, each of the five programmes alone.
    expect(ran.stdout).toMatch(/sim compare-merge: wrote .*: 7 scenarios, 4 replications, from 2 parts/);
    expect(readFileSync(volume(ran.state, 'c1/result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));
    // The file went into the ConfigMap under a key Kubernetes accepts, and the pods were told where.
    const configMap = join(ran.state, 'configmaps/sim-run');
    expect(existsSync(join(configMap, 'rs_120_bn.json'))).toBe(true);
    expect(readFileSync(join(configMap, 'args'), 'utf8')).toMatch(/^--scenario\nrs_120_bn\.json\n/);
    expect(readFileSync(join(configMap, 'threads'), 'utf8')).toBe('2');
    expect(ran.stderr).toMatch(/run\.sh: rs 120 bn\.json goes to the pods as rs_120_bn\.json/);
  });

  it('an optimisation on a household file given as --households-csv=FILE, as a 2-pod Job, merges into the unsharded file', async () => {
    files.write('optimise.json', await defaults());
    files.write('survey.csv', readFileSync(join(ROOT, 'examples/households.csv'), 'utf8'));
    const flags = [
      '--objective', 'maxSustainedExits', '--months', '12', '--replications', '4',
      '--candidates', '4', '--iterations', '1', '--population', '4', '--refine-replications', '2', '--finalist-replications', '2', '--frontier', '0,100',
    ];
    const whole = join(files.dir, 'optimised-whole.json');
    const unsharded = await node([SIM, 'optimise', '--scenario', join(files.dir, 'optimise.json'), ...flags, '--households-csv', join(files.dir, 'survey.csv'), '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    const ran = await runSh('optimise', ['--optimise', '--shards', '2', '--run', 'o1', 'optimise.json', ...flags, '--households-csv=survey.csv']);
    expect(ran.code, `${ran.stdout}${ran.stderr}`).toBe(0);
    expect(ran.stdout).toMatch(/sim optimise-merge: wrote/);
    expect(readFileSync(volume(ran.state, 'o1/result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));
    expect(readFileSync(join(ran.state, 'configmaps/sim-run/args'), 'utf8')).toMatch(/\n--households-csv=survey\.csv\n$/);
  });

  it('refuses, before touching the cluster, what it cannot pass on to the pods', async () => {
    files.write('ok.json', await defaults());
    const cases: [string[], RegExp][] = [
      [['missing.json'], /run\.sh: no scenario file missing\.json/],
      [['ok.json', '--households-csv', 'nowhere.csv'], /run\.sh: --households-csv: no file nowhere\.csv/],
      [['ok.json', '--out', 'x.json'], /run\.sh: --out is set by run\.sh/],
      [['ok.json', '--shard', '0/2'], /run\.sh: --shard is set by run\.sh/],
      [['--shards', '0', 'ok.json'], /run\.sh: --shards must be a whole number ≥ 1, got 0/],
      [['--run', 'a b', 'ok.json'], /run\.sh: --run must be letters, digits/],
      [['--timeout', '10', 'ok.json'], /run\.sh: --timeout must be a duration such as 90s, 30m, 2h or 1h30m, got 10/],
      [['--timeout', '1.5h', 'ok.json'], /run\.sh: --timeout must be a duration such as 90s, 30m, 2h or 1h30m, got 1\.5h/],
      [['--timeout', '0s', 'ok.json'], /run\.sh: --timeout must be a duration/],
      [['ok.json', '--note', 'two\nlines'], /an argument with a line break/],
    ];
    for (const [i, [args, message]] of cases.entries()) {
      const ran = await runSh(`refused-${i}`, args);
      expect(ran.code, args.join(' ')).toBe(2);
      expect(ran.stderr).toMatch(message);
      expect(calls(ran.state), args.join(' ')).toEqual([]);
    }
  });

  it('a household file above the 256 KiB an applied annotation holds goes into the ConfigMap (applied on the server)', async () => {
    files.write('large-data.json', await defaults());
    // 300 kB: under the ConfigMap's 1 MiB, over what a client-side apply's last-applied annotation may hold. The
    // pods then stop at the bad flag, before reading it: what is proved is that the ConfigMap was made.
    writeFileSync(join(files.dir, 'large.csv'), `${'x'.repeat(99)}\n`.repeat(3000));
    const ran = await runSh('large', ['--shards', '1', '--run', 'l1', 'large-data.json', '--households-csv', 'large.csv', '--replications', 'many']);
    expect(ran.stderr).not.toMatch(/metadata\.annotations: Too long/);
    expect(ran.stderr).toMatch(/run\.sh: sim-shards failed[^]*--replications: must be a whole number/);
    expect(readFileSync(join(ran.state, 'configmaps/sim-run/large.csv'), 'utf8')).toHaveLength(300000);
    expect(calls(ran.state).find((c) => c[0] === 'apply' && c.includes('--server-side'))).toBeDefined();
  });

  it('a run name used before by a run of more shards: the merge reads only this run\'s parts and equals the unsharded run; a failed rerun leaves no earlier result', async () => {
    const scenario = files.write('reused.json', await defaults());
    const size = ['--households', '1000', '--months', '12', '--replications', '6'];
    const whole = join(files.dir, 'reused-whole.json');
    const unsharded = await node([SIM, '--scenario', scenario, ...size, '--threads', '2', '--out', whole]);
    expect(unsharded.code, unsharded.stderr).toBe(0);

    // The earlier run: another seed, 3 shards, in the same folder of the same cluster's volume.
    const earlier = await runSh('reused', ['--shards', '3', '--run', 'again', 'reused.json', ...size, '--seed', '99']);
    expect(earlier.code, `${earlier.stdout}${earlier.stderr}`).toBe(0);
    expect(readdirSync(volume(earlier.state, 'again/parts')).sort()).toEqual(['part-0.json', 'part-1.json', 'part-2.json']);

    const ran = await runSh('reused', ['--shards', '2', '--run', 'again', 'reused.json', ...size]);
    expect(ran.code, `${ran.stdout}${ran.stderr}`).toBe(0);
    expect(ran.stdout).toMatch(/sim-merge: deleted part-2\.json, an earlier run's: this run has 2 shards/);
    expect(ran.stdout).toMatch(/sim merge: wrote .*from 2 parts/);
    expect(readdirSync(volume(ran.state, 'again/parts')).sort()).toEqual(['part-0.json', 'part-1.json']);
    expect(readFileSync(volume(ran.state, 'again/result.json'), 'utf8')).toBe(readFileSync(whole, 'utf8'));

    // A rerun whose shards fail is not merged, and the folder no longer holds a result that looks like its own.
    const failed = await runSh('reused', ['--shards', '2', '--run', 'again', 'reused.json', '--replications', 'many']);
    expect(failed.code).toBe(1);
    expect(existsSync(volume(failed.state, 'again/result.json'))).toBe(false);
  });

  it('pods no node can hold stay Pending: run.sh gives up after --timeout, names the Job, shows why and what to do, and merges nothing', async () => {
    files.write('too-big.json', await defaults());
    const started = performance.now();
    const ran = await runSh('pending', ['--shards', '2', '--cpus', '64', '--timeout', '3s', '--run', 'p1', 'too-big.json', '--replications', '2']);
    expect(ran.code, `${ran.stdout}${ran.stderr}`).toBe(1);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(ran.stderr).toMatch(/run\.sh: sim-shards did not finish within 3s \(--timeout\); its pods \(all: kubectl get pods -l job-name=sim-shards; events: kubectl describe pod NAME\):\n/);
    expect(ran.stderr).toMatch(/\n {2}sim-shards-0-standin Pending, Unschedulable: 0\/1 nodes are available: 1 Insufficient cpu\..*\n {2}sim-shards-1-standin Pending, Unschedulable/);
    expect(ran.stderr).toMatch(/Nothing was merged\. The Job is left as it is: delete it \(and its pods\) with kubectl delete job sim-shards,\nor run run\.sh again .* with a longer --timeout, or fewer --cpus if no node can hold a pod\./);
    expect(calls(ran.state).some((c) => c[0] === 'apply' && c[2]?.endsWith('merge-job.yaml'))).toBe(false);
    expect(existsSync(volume(ran.state, 'p1'))).toBe(false);
  });

  it('a pod that fails leaves the Job Failed, and run.sh stops before the merge and says where to look', async () => {
    files.write('bad-flag.json', await defaults());
    const ran = await runSh('failed', ['--shards', '2', '--run', 'f1', 'bad-flag.json', '--replications', 'many']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/run\.sh: sim-shards failed; the end of its pods' logs \(all of them: kubectl logs -l job-name=sim-shards\):\n[^]*--replications: must be a whole number/);
    expect(calls(ran.state).some((c) => c[0] === 'apply' && c[2]?.endsWith('merge-job.yaml'))).toBe(false);
  });
});
