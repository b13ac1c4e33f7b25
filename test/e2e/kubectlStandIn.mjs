// A stand-in for `kubectl` and a one-node cluster, for test/e2e/k8s.test.ts:
// no Kubernetes can be brought up on these machines (no container runtime,
// no image registry), so this runs deploy/k8s/'s Jobs the way a cluster
// would run them, as local processes:
//   - `apply -f FILE|-` reads the manifest through the real kubectl (parsing
//     it offline: `patch --local … -o json`) and creates the object: a
//     PersistentVolumeClaim is a folder, a ConfigMap a folder with a file per
//     key, and a Job runs at once, to the end, before `apply` returns. An
//     Indexed Job runs one pod per index (JOB_COMPLETION_INDEX set), one pod
//     after another; a failed pod is retried until the Job's backoffLimit is
//     spent, and the Job is then Failed. A Job that exists already is
//     refused, as its pod template cannot be changed. Without
//     --server-side, an object above 256 KiB is refused, as a cluster
//     refuses the annotation a client-side apply copies it into.
//   - The node has NODE_CPUS CPUs: a Job whose pods request more is never
//     scheduled. Its pods (as many as its parallelism) stay Pending with
//     the scheduler's Unschedulable condition, and the Job has no condition.
//   - A pod runs its container's command and args with the container's env,
//     PATH and HOME only, in its workingDir; each volume mount's path (/data,
//     /config) and the image's /app (the CLI bundle, as deploy/k8s/Dockerfile
//     packs it) are rewritten in the command and the workingDir to the local
//     folder behind it (not inside files: a file the pod reads must name
//     another by a relative path).
//   - `get job NAME -o jsonpath=…` prints the Job's true conditions (what
//     run.sh asks); `get pods -l job-name=NAME -o
//     jsonpath={range .items[*]}…{end}` prints the Job's pods through the
//     real kubectl's jsonpath; `delete job`, `logs job/NAME` and
//     `logs -l job-name=NAME`.
//   - `create … --dry-run=client` and `patch --local` go to the real kubectl.
// Environment: STANDIN_DIR (the cluster's state), REAL_KUBECTL, STANDIN_APP
// (the folder the image's /app holds). Every call is logged to
// STANDIN_DIR/calls.log.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const state = process.env.STANDIN_DIR;
const real = process.env.REAL_KUBECTL;
const app = process.env.STANDIN_APP;
if (!state || !real || !app) fail('kubectl stand-in: STANDIN_DIR, REAL_KUBECTL and STANDIN_APP must be set');
const args = process.argv.slice(2);
/** The one node's CPUs: a pod requesting more is never scheduled. */
const NODE_CPUS = 4;
appendFileSync(join(state, 'calls.log'), `${JSON.stringify(args)}\n`);

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
const jobFile = (name) => join(state, 'jobs', `${name}.json`);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

switch (args[0]) {
  case 'create':
  case 'patch': {
    if (args[0] === 'patch' && !args.includes('--local')) fail('kubectl stand-in: only patch --local');
    if (args[0] === 'create' && !args.includes('--dry-run=client')) fail('kubectl stand-in: only create --dry-run=client');
    const done = spawnSync(real, args, { stdio: 'inherit' });
    process.exit(done.status ?? 1);
  }
  case 'apply': {
    const file = flag('-f');
    if (!file) fail('kubectl stand-in: apply needs -f');
    const manifest = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
    const parsed = spawnSync(real, ['patch', '--local', '-f', '-', '--type=merge', '-p', '{}', '-o', 'json'], { input: manifest, encoding: 'utf8' });
    if (parsed.status !== 0) fail(`kubectl stand-in: could not read the manifest: ${parsed.stderr}`);
    const doc = JSON.parse(parsed.stdout);
    const objects = doc.kind === 'List' ? doc.items : [doc];
    // A client-side apply keeps the whole object in its last-applied-configuration annotation, and a cluster refuses
    // annotations above 256 KiB in all; a server-side apply keeps none.
    if (!args.includes('--server-side'))
      for (const object of objects)
        if (Buffer.byteLength(JSON.stringify(object)) > 262144)
          fail(`The ${object.kind} "${object.metadata.name}" is invalid: metadata.annotations: Too long: must have at most 262144 bytes`);
    for (const object of objects) create(object);
    break;
  }
  case 'delete': {
    if (args[1] !== 'job') fail('kubectl stand-in: only delete job');
    for (const name of args.slice(2).filter((a) => !a.startsWith('--'))) {
      if (existsSync(jobFile(name))) {
        rmSync(jobFile(name));
        console.log(`job.batch "${name}" deleted`);
      } else if (!args.includes('--ignore-not-found')) fail(`Error from server (NotFound): jobs.batch "${name}" not found`);
    }
    break;
  }
  case 'get': {
    if (args[1] === 'pods') {
      const name = flag('-l')?.replace(/^job-name=/, '');
      const each = /^jsonpath=\{range \.items\[\*\]\}(.*)\{end\}$/s.exec(flag('-o') ?? '');
      if (!name || !each) fail(`kubectl stand-in: only get pods -l job-name=NAME -o jsonpath={range .items[*]}…{end}, got ${args.join(' ')}`);
      const pods = existsSync(jobFile(name)) ? JSON.parse(readFileSync(jobFile(name), 'utf8')).pods : [];
      if (pods.length === 0) break;
      // The real kubectl applies a jsonpath to each item of a List it patches locally.
      const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: pods });
      const printed = spawnSync(real, ['patch', '--local', '-f', '-', '--type=merge', '-p', '{}', '-o', `jsonpath=${each[1]}`], { input: list, encoding: 'utf8' });
      if (printed.status !== 0) fail(printed.stderr);
      process.stdout.write(printed.stdout);
      break;
    }
    const name = args[2];
    if (args[1] !== 'job' || flag('-o') !== "jsonpath={.status.conditions[?(@.status==\"True\")].type}")
      fail(`kubectl stand-in: only get job NAME -o jsonpath={.status.conditions[?(@.status=="True")].type}, got ${args.join(' ')}`);
    if (!existsSync(jobFile(name))) fail(`Error from server (NotFound): jobs.batch "${name}" not found`);
    process.stdout.write(JSON.parse(readFileSync(jobFile(name), 'utf8')).conditions.join(' '));
    break;
  }
  case 'logs': {
    const name = args[1]?.startsWith('job/') ? args[1].slice(4) : flag('-l')?.replace(/^job-name=/, '');
    if (!name || !existsSync(jobFile(name))) fail(`Error from server (NotFound): job "${name}" not found`);
    process.stdout.write(JSON.parse(readFileSync(jobFile(name), 'utf8')).log);
    break;
  }
  default:
    fail(`kubectl stand-in: ${args[0]} is not supported`);
}

function create(object) {
  const name = object.metadata.name;
  if (object.kind === 'PersistentVolumeClaim') {
    mkdirSync(join(state, 'volumes', name), { recursive: true });
    console.log(`persistentvolumeclaim/${name} configured`);
  } else if (object.kind === 'ConfigMap') {
    const folder = join(state, 'configmaps', name);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [key, value] of Object.entries(object.data ?? {})) writeFileSync(join(folder, key), value);
    console.log(`configmap/${name} configured`);
  } else if (object.kind === 'Job') {
    if (existsSync(jobFile(name))) fail(`The Job "${name}" is invalid: spec.template: Invalid value: field is immutable`);
    mkdirSync(dirname(jobFile(name)), { recursive: true });
    console.log(`job.batch/${name} created`);
    writeFileSync(jobFile(name), JSON.stringify(runJob(object)));
  } else fail(`kubectl stand-in: a ${object.kind} is not supported`);
}

/** A pod of the Job as `get pods` shows it: the name a Job gives it, its phase and conditions. */
function podOf(job, index, phase, conditions = []) {
  const name = `${job.metadata.name}-${index === undefined ? '' : `${index}-`}standin`;
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { 'job-name': job.metadata.name } }, spec: job.spec.template.spec, status: { phase, conditions } };
}

/** CPUs in a Kubernetes quantity: "2", "500m". */
function cpusOf(quantity) {
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) / 1000 : Number(text);
}

/** Runs every pod of the Job to the end; returns its true conditions, its pods and their output. */
function runJob(job) {
  const indexed = job.spec.completionMode === 'Indexed';
  const completions = job.spec.completions ?? 1;
  const backoffLimit = job.spec.backoffLimit ?? 6;
  const pod = job.spec.template.spec;
  if (pod.containers.length !== 1) fail('kubectl stand-in: one container a pod');
  const [container] = pod.containers;
  const cpus = cpusOf(container.resources?.requests?.cpu ?? 0);
  if (cpus > NODE_CPUS) {
    const message = '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
    const unschedulable = [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message }];
    const started = Math.min(job.spec.parallelism ?? 1, completions);
    return { conditions: [], pods: Array.from({ length: started }, (_, i) => podOf(job, indexed ? i : undefined, 'Pending', unschedulable)), log: '' };
  }
  const places = [['/app', app]];
  for (const mount of container.volumeMounts ?? []) {
    const volume = pod.volumes.find((v) => v.name === mount.name);
    if (volume?.persistentVolumeClaim) {
      const folder = join(state, 'volumes', volume.persistentVolumeClaim.claimName);
      if (!existsSync(folder)) fail(`kubectl stand-in: no claim ${volume.persistentVolumeClaim.claimName}`);
      places.push([mount.mountPath, folder]);
    } else if (volume?.configMap) {
      const folder = join(state, 'configmaps', volume.configMap.name);
      if (!existsSync(folder)) fail(`kubectl stand-in: no ConfigMap ${volume.configMap.name}`);
      places.push([mount.mountPath, folder]);
    } else fail(`kubectl stand-in: volume ${mount.name} is neither a claim nor a ConfigMap`);
  }
  // A mount path where a path starts (after a quote, a space or the line's start), followed by / or its end.
  const local = (text) => places.reduce((t, [from, to]) => t.replace(new RegExp(`(^|[\\s"'=])${from}(?=/|$|[\\s"'])`, 'gm'), `$1${to}`), text);
  const argv = [...(container.command ?? []), ...(container.args ?? [])].map(local);
  let log = '';
  let failures = 0;
  const pods = [];
  for (let index = 0; index < completions; index++) {
    for (;;) {
      const env = { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: state };
      for (const { name, value } of container.env ?? []) env[name] = value;
      if (indexed) env.JOB_COMPLETION_INDEX = String(index);
      const ran = spawnSync(argv[0], argv.slice(1), { cwd: container.workingDir ? local(container.workingDir) : state, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      log += `${ran.stdout}${ran.stderr}`;
      pods.push(podOf(job, indexed ? index : undefined, ran.status === 0 ? 'Succeeded' : 'Failed'));
      if (ran.status === 0) break;
      if (++failures > backoffLimit) return { conditions: ['Failed'], pods, log };
    }
  }
  return { conditions: ['Complete'], pods, log };
}
