// @vitest-environment node
// The headless CLI end to end, through the real bundle and real worker_threads
// (BRIEF.md, "Result contract of the headless run").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMMES, REGIONS, SCENARIO_VERSION, defaultScenario, validateScenario } from '../../src/engine/index';
import { buildCli, node, ROOT as root, SIM, tempFiles } from './cliProcess';

const { dir, write: scenarioFile } = tempFiles('sim-e2e-');
const sim = (...args: string[]) => node([SIM, ...args]);

const SUMMARY = [
  'povertyHeadcountStart', 'povertyHeadcountEnd', 'poorHouseholdsEnd', 'sustainedExits', 'reentries', 'newlyPoor',
  'povertyGapEnd', 'povertySeverityEnd', 'giniEnd', 'meanIncomeEnd', 'budgetPKR', 'spentPKR', 'unspentPKR',
  'loansDisbursedPKR', 'principalRepaidPKR', 'outstandingPKR', 'writtenOffPKR', 'par30End', 'defaultRate',
  'extensionsGranted', 'riskFundEndPKR', 'costPerSustainedExitPKR',
];
const SERIES = ['povertyHeadcount', 'meanIncome', 'par30', 'riskFundBalancePKR', 'cumulativeSpentPKR'];
const REGION_KEYS = ['povertyHeadcountStart', 'povertyHeadcountEnd', 'sustainedExits', 'spentPKR'];
const DIST_KEYS = ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'];

function expectDist(value: unknown, where: string) {
  expect(value, where).toBeTypeOf('object');
  for (const k of DIST_KEYS) {
    const v = (value as Record<string, unknown>)[k];
    expect(v === null || Number.isFinite(v), `${where}.${k}`).toBe(true);
  }
}

beforeAll(async () => {
  // Build here too, so this file never tests a stale bundle (it takes well under a second).
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
  expect(existsSync(SIM)).toBe(true);
});

describe('npm run sim', () => {
  it('--print-defaults prints only the default scenario JSON, which validates', async () => {
    const r = await sim('--print-defaults');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as unknown;
    expect(validateScenario(doc).ok).toBe(true);
    expect(doc).toEqual(defaultScenario());
  });

  it('gives identical results on 1 and 2 threads, with every field of the contract', async () => {
    const file = scenarioFile('defaults.json', defaultScenario());
    const common = ['--scenario', file, '--households', '2000', '--months', '12', '--replications', '4', '--seed', '11'];
    const [one, two] = [join(dir, 'one.json'), join(dir, 'two.json')];
    const r1 = await sim(...common, '--threads', '1', '--out', one);
    const r2 = await sim(...common, '--threads', '2', '--out', two);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r1.stdout).toBe('');
    expect(r2.stderr).toMatch(/replications 4\/4/);
    // The thread count is reported on stderr, not in the result (meta.threads is always null).
    expect(r1.stderr).toMatch(/seed 11, 1 thread\b/);
    expect(r2.stderr).toMatch(/seed 11, 2 threads\b/);

    // Byte for byte: nothing in the result depends on the thread count.
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const a = JSON.parse(readFileSync(one, 'utf8'));
    expect(a.meta).toMatchObject({ seed: 11, replications: 4, households: 2000, months: 12, threads: null });
    expect(a.meta.engineVersion).toBeTypeOf('string');

    expect(validateScenario(a.scenario).ok).toBe(true);
    for (const k of SUMMARY) expectDist(a.summary[k], `summary.${k}`);
    for (const p of PROGRAMMES) expectDist(a.summary.spentByProgrammePKR[p], `summary.spentByProgrammePKR.${p}`);
    for (const k of SERIES) {
      for (const q of ['mean', 'p5', 'p50', 'p95']) expect(a.series[k][q], `series.${k}.${q}`).toHaveLength(12);
    }
    for (const region of REGIONS) for (const k of REGION_KEYS) expectDist(a.byRegion[region][k], `byRegion.${region}.${k}`);
    for (const region of REGIONS) expect(a.series.byRegion[region].povertyHeadcount.p50, `series.byRegion.${region}`).toHaveLength(12);
    expectDist(a.byProgramme.any.participants, 'byProgramme.any.participants');
  });

  it('runs a version-1 scenario file (migrated), with flags overriding its run settings', async () => {
    const v1 = JSON.parse(readFileSync(join(root, 'test/fixtures/scenarios/v1.json'), 'utf8'));
    expect(v1.version).toBe(1);
    const out = join(dir, 'v1-out.json');
    const r = await sim('--scenario', scenarioFile('v1.json', v1), '--households', '600', '--months', '12', '--replications', '2', '--threads', '1', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.scenario.version).toBe(SCENARIO_VERSION);
    expect(result.scenario.uncertainty).toEqual({});
    expect(result.scenario.run).toEqual({ ...v1.simulation, households: 600, months: 12, replications: 2 });
    expect(result.scenario.policy.budget).toEqual(v1.budget);
  });

  it('rejects a bad scenario file, listing every problem by path', async () => {
    const s = defaultScenario() as unknown as { policy: Record<string, Record<string, unknown>>; run: Record<string, unknown> };
    s.policy.budget!.surprise = 1;
    s.run.households = 'many';
    s.run.months = 500;
    const r = await sim('--scenario', scenarioFile('bad.json', s), '--out', join(dir, 'bad-out.json'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/policy\.budget\.surprise: is not a known parameter/);
    expect(r.stderr).toMatch(/run\.households: must be a finite number/);
    expect(r.stderr).toMatch(/run\.months: must be between 12 and 120/);
    expect(existsSync(join(dir, 'bad-out.json'))).toBe(false);
  });

  it('rejects invalid JSON, naming the file', async () => {
    const file = scenarioFile('broken.json', '{ "version": 1, ');
    const r = await sim('--scenario', file, '--out', join(dir, 'x.json'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${file}: not valid JSON`);
  });

  it('requires --out, and rejects bad flags saying where the options are', async () => {
    const file = scenarioFile('ok.json', defaultScenario());
    const noOut = await sim('--scenario', file);
    expect(noOut.code).not.toBe(0);
    expect(noOut.stderr).toMatch(/--out: required/);
    const bad = await sim('--scenario', file, '--out', join(dir, 'y.json'), '--threads', '0', '--households', 'abc', '--colour');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--threads: must be between 1 and 256, got 0/);
    expect(bad.stderr).toMatch(/--households: must be a whole number, got "abc"/);
    expect(bad.stderr).toMatch(/--colour: unknown option/);
    // Where the options are, not all 40 lines of them after the problems.
    expect(bad.stderr).toContain('Options: npm run sim -- --help');
    expect(bad.stderr).not.toMatch(/Usage:/);
    expect(bad.stdout).toBe('');
  });

  it('npm run bench -- --json prints only a JSON array of rows', async () => {
    const r = await node([join(root, '.build/node/bench.mjs'), '--json', '--replications', '2', '--sizes', '600']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, number>[];
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['households', 'months', 'replications', 'threads', 'householdMonthsPerSecond', 'firstResultMs']));
      expect(row.households).toBe(600);
      expect(row.householdMonthsPerSecond).toBeGreaterThan(0);
    }
    expect(rows.map((x) => x.threads)[0]).toBe(1);
  });
});

describe('Ctrl-C', () => {
  it('each computing command stops on SIGINT with exit 130, says so, and writes nothing', async () => {
    const { spawn } = await import('node:child_process');
    const big = defaultScenario('Long');
    Object.assign(big.run, { replications: 2000 });
    const file = scenarioFile('long.json', big);
    const commands: [string, string[]][] = [
      ['sim', ['--scenario', file]],
      ['sim compare', ['compare', '--scenario', file, '--scenario', file]],
      ['sim sensitivity', ['sensitivity', '--scenario', file, '--method', 'tornado', '--outcome', 'povertyHeadcountEnd']],
      ['sim optimise', ['optimise', '--scenario', file, '--objective', 'maxSustainedExits']],
    ];
    for (const [heading, args] of commands) {
      const out = join(dir, `interrupted-${heading.replace(/ /g, '-')}.json`);
      const child = spawn('node', [SIM, ...args, '--threads', '1', '--out', out], { cwd: root });
      let stderr = '';
      // Interrupted once the work is under way (its heading written, then a moment of work), as a user would.
      const started = new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.startsWith(`${heading}: `)) resolve();
        });
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await started;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      child.kill('SIGINT');
      expect(await exited, `${heading}: ${stderr}`).toBe(130);
      expect(stderr).toContain(`${heading}: interrupted; nothing written`);
      expect(existsSync(out), heading).toBe(false);
    }
  }, 240_000);
});
