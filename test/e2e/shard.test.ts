// @vitest-environment node
// Sharded runs end to end, through the real CLI bundle and worker threads:
// shards written by separate processes merge into the unsharded run's result
// file byte for byte, and parts that do not belong together are refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine/index';
import { buildCli, node, SIM, tempFiles } from './cliProcess';

const { dir } = tempFiles('shard-e2e-');
const at = (name: string) => join(dir, name);

const sim = (args: string[], env?: NodeJS.ProcessEnv) => node([SIM, ...args], env);
async function ok(args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const r = await sim(args, env);
  expect(r.code, r.stderr).toBe(0);
}

const scenarioFile = at('scenario.json');
const run = (seed: number) => ['--scenario', scenarioFile, '--households', '2000', '--months', '12', '--replications', '7', '--seed', String(seed), '--threads', '1'];
const common = run(5);
let unsharded: string;

beforeAll(async () => {
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
  writeFileSync(scenarioFile, JSON.stringify(defaultScenario(), null, 2));
  await ok([...common, '--out', at('whole.json')]);
  unsharded = readFileSync(at('whole.json'), 'utf8');
});

describe('npm run sim -- --shard … and merge', () => {
  it('3 shards (mod), each its own process, merge to the unsharded file byte for byte', async () => {
    const parts = [0, 1, 2].map((i) => at(`mod-${i}.json`));
    for (const [i, part] of parts.entries()) await ok([...common, '--shard', `${i}/3`, '--out', part]);
    const merged = await sim(['merge', ...parts.reverse(), '--out', at('mod-merged.json')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(/wrote .*mod-merged\.json: 7 replications from 3 parts/);
    expect(readFileSync(at('mod-merged.json'), 'utf8')).toBe(unsharded);
  });

  it('2 shards (block), the shard taken from Slurm array variables, merge to the same bytes', async () => {
    // sbatch --array=1-2 numbers its tasks from 1.
    const slurm = (id: number) => ({ SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_COUNT: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '2', SLURM_ARRAY_TASK_STEP: '1' });
    for (const id of [1, 2]) await ok([...common, '--shard', 'auto', '--shard-mode', 'block', '--out', at(`block-${id}.json`)], slurm(id));
    const header = JSON.parse(readFileSync(at('block-2.json'), 'utf8')).header;
    expect(header).toMatchObject({ format: 'poverty-sim-partial', formatVersion: 1, seed: 5, replications: 7, shard: { index: 1, count: 2, mode: 'block' }, indices: [4, 5, 6] });
    const merged = await sim(['merge', at('block-1.json'), at('block-2.json'), '--out', at('block-merged.json')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(readFileSync(at('block-merged.json'), 'utf8')).toBe(unsharded);
  });

  it('refuses a missing shard, a truncated part and a part of another seed, naming the files, exit code 2', async () => {
    await ok([...common, '--shard', '0/2', '--out', at('a.json')]);
    await ok([...run(6), '--shard', '1/2', '--out', at('b-seed6.json')]);
    const missing = await sim(['merge', at('a.json'), '--out', at('never.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing 3 of 7 replications: 1, 3, 5 (no part for shard 1 of 2, mod)');
    const seeds = await sim(['merge', at('a.json'), at('b-seed6.json'), '--out', at('never.json')]);
    expect(seeds.code).toBe(2);
    expect(seeds.stderr).toContain(`parts have different seeds: 5 in ${at('a.json')}; 6 in ${at('b-seed6.json')}`);
    const text = readFileSync(at('a.json'), 'utf8');
    writeFileSync(at('cut.json'), text.slice(0, text.length - 100));
    const cut = await sim(['merge', at('cut.json'), at('b-seed6.json'), '--out', at('never.json')]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain(`${at('cut.json')}: not valid JSON, so truncated or corrupt`);
    expect(existsSync(at('never.json'))).toBe(false);
  });

  it('--shard auto outside a scheduler says what it looked for, exit code 2', async () => {
    const r = await sim([...common, '--shard', 'auto', '--out', at('auto.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard auto: no shard in the environment: expected SLURM_ARRAY_TASK_ID/);
    expect(existsSync(at('auto.json'))).toBe(false);
  });
});

describe('npm run sim -- compare --shard … and compare-merge', () => {
  // Two scenarios on one world with different replication counts (4 and 6), and each programme alone.
  const withRuns = (name: string, bn: number, replications: number) => {
    const s = defaultScenario(name);
    s.policy.budget.annualBn = [bn];
    s.run.replications = replications;
    return s;
  };
  const files = [at('status-quo.json'), at('rs80.json')];
  const compare = ['compare', '--scenario', files[0]!, '--scenario', files[1]!, '--households', '2000', '--months', '12', '--seed', '5', '--threads', '1', '--by-programme'];

  it('3 shards (mod), each its own process, merge to the unsharded comparison byte for byte; a part without --by-programme is refused', async () => {
    writeFileSync(files[0]!, JSON.stringify(withRuns('Status quo', 0, 4)));
    writeFileSync(files[1]!, JSON.stringify(withRuns('Rs 80 bn', 80, 6)));
    await ok([...compare, '--out', at('compare-whole.json')]);
    const parts = [0, 1, 2].map((i) => at(`compare-${i}.json`));
    for (const [i, part] of parts.entries()) await ok([...compare, '--shard', `${i}/3`, '--out', part]);
    const header = JSON.parse(readFileSync(parts[1]!, 'utf8')).header;
    expect(header).toMatchObject({ format: 'poverty-sim-comparison-partial', formatVersion: 1, shard: { index: 1, count: 3, mode: 'mod' }, indices: [1, 4] });
    expect(header.replications.slice(0, 2)).toEqual([4, 6]);
    const merged = await sim(['compare-merge', ...[...parts].reverse(), '--out', at('compare-merged.json')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(/wrote .*compare-merged\.json: \d+ scenarios, 6 replications, from 3 parts/);
    expect(readFileSync(at('compare-merged.json'), 'utf8')).toBe(readFileSync(at('compare-whole.json'), 'utf8'));

    await ok([...compare.filter((a) => a !== '--by-programme'), '--shard', '1/3', '--out', at('compare-plain-1.json')]);
    const mixed = await sim(['compare-merge', parts[0]!, at('compare-plain-1.json'), parts[2]!, '--out', at('never.json')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('parts are for different scenarios');
    const asRun = await sim(['merge', parts[0]!, '--out', at('never.json')]);
    expect(asRun.code).toBe(2);
    expect(asRun.stderr).toContain('it is a part of a comparison; merge it with `npm run sim -- compare-merge`');
    expect(existsSync(at('never.json'))).toBe(false);
  });
});
