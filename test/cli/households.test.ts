// @vitest-environment node
/**
 * `sim --households-csv` and `sim export-population` through the real bundle
 * and real worker threads: bad files are refused with their lines, an
 * exported population re-imports to the synthetic run's numbers, and the
 * numbers do not depend on the thread count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, parseHouseholdsCsv, sha256Hex, type Scenario } from '../../src/engine/index';
import { buildCli, node, SIM, tempFiles } from '../e2e/cliProcess';

const { dir, write } = tempFiles('sim-households-');
const sim = (...args: string[]) => node([SIM, ...args]);
const EXAMPLE = join(SIM, '../../../examples/households.csv');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const NUMBERS = ['summary', 'series', 'byRegion', 'byProgramme', 'byYear', 'distribution', 'counterfactual', 'uncertainty'] as const;

/** A small scenario file: 600 households, 24 months, 3 replications, no uncertain parameters. */
function smallFile(name: string, edit: (s: Scenario) => void = () => {}): string {
  const s = defaultScenario();
  s.uncertainty = {};
  s.run.households = 600;
  s.run.months = 24;
  s.run.replications = 3;
  edit(s);
  return write(name, s);
}

beforeAll(async () => {
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
  expect(existsSync(SIM)).toBe(true);
});

describe('sim export-population, then sim --households-csv', () => {
  it('reproduces the synthetic run exactly, on 1 and 2 threads; the result names the data', async () => {
    const scenario = smallFile('small.json');
    const pop = join(dir, 'pop.csv');
    const exported = await sim('export-population', '--scenario', scenario, '--out', pop);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/wrote .*pop\.csv: 1800 households \(3 replications\)/);
    const text = readFileSync(pop, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^replication,household_id,.*,permanent_log,persistent_log$/);
    expect(parseHouseholdsCsv(text).errors).toEqual([]);

    const [synthetic, one, two] = ['synthetic.json', 'one.json', 'two.json'].map((f) => join(dir, f));
    const runs = await Promise.all([
      sim('--scenario', scenario, '--threads', '2', '--out', synthetic),
      sim('--scenario', scenario, '--households-csv', pop, '--threads', '1', '--out', one),
      sim('--scenario', scenario, '--households-csv', pop, '--threads', '2', '--households', '5000', '--out', two),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    // A sample size given with a file changes nothing, and is said not to be used.
    expect(runs[2]!.stderr).toMatch(/sim: --households 5000 is not used: the sample is the household file's rows/);
    expect(runs[1]!.stderr).not.toMatch(/is not used/);
    // Each replication runs on its own 600 rows, not on the file's 1800 (the run line had said "1800 imported households").
    expect(runs[1]!.stderr).toMatch(/3 replications of imported households \(600 a replication in 3 replications\) × 24 months/);
    expect(runs[1]!.stderr).toMatch(/household data pop\.csv: 1800 rows; 600 a replication in 3 replications \(income per adult-equivalent\), sha256 [0-9a-f]{64}/);
    // Caught: the unused --households 5000 was written into the result's scenario.run.households, which then
    // claimed a sample that was not run (meta.households gave the file's rows). It now changes no byte.
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const [a, b, c] = [synthetic, one, two].map(read);
    expect(c.scenario.run.households).toBe(600);
    for (const key of NUMBERS) {
      expect(b[key], key).toEqual(a[key]);
      expect(c[key], key).toEqual(a[key]);
    }
    expect(b.scenario.households).toEqual({ id: 'pop', name: 'pop.csv', sha256: await sha256Hex(readFileSync(pop)), rows: 1800 });
    expect(a.scenario.households).toBeNull();
    // The result file's warnings give the file's rows together: a sharded run's merge, which does not read the file,
    // must write the same file byte for byte (the app, which holds the data, gives a replication's rows).
    const steps = (b.meta.warnings as string[]).filter((w) => w.includes('whole-household step'));
    expect(steps.length).toBeGreaterThan(0);
    for (const w of steps) expect(w).toContain('it shrinks with more rows: 1,800 rows)');
  }, 60_000);

  it('--replication R writes that replication alone, without a replication column', async () => {
    const out = join(dir, 'rep1.csv');
    const r = await sim('export-population', '--scenario', smallFile('one-rep.json'), '--replication', '1', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const parsed = parseHouseholdsCsv(readFileSync(out, 'utf8'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.n).toBe(600);
    expect(parsed.data.replication).toBeNull();
  });

  it('a survey-like file gives the same numbers on 1 and 2 threads', async () => {
    const scenario = smallFile('survey.json', (s) => {
      s.run.replications = 4;
    });
    const [one, two] = [join(dir, 'survey-1.json'), join(dir, 'survey-2.json')];
    const runs = await Promise.all([
      sim('--scenario', scenario, '--households-csv', EXAMPLE, '--threads', '1', '--out', one),
      sim('--scenario', scenario, '--households-csv', EXAMPLE, '--threads', '2', '--out', two),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const [a, b] = [one, two].map(read);
    for (const key of NUMBERS) expect(b[key], key).toEqual(a[key]);
    expect(a.scenario.households).toMatchObject({ id: 'households', name: 'households.csv', rows: 400 });
  }, 60_000);

  it('sim optimise runs on the file, names it in the proposal, and refuses that scenario without the file', async () => {
    const scenario = smallFile('optimise.json', (s) => {
      s.run.replications = 2;
    });
    const out = join(dir, 'optimised.json');
    const small = ['--candidates', '4', '--iterations', '1', '--population', '4', '--refine-replications', '2', '--finalist-replications', '2', '--frontier', '0,100'];
    const run = await sim('optimise', '--scenario', scenario, '--objective', 'maxSustainedExits', ...small, '--households-csv', EXAMPLE, '--threads', '2', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/sim optimise: household data households\.csv: 400 rows \(consumption per adult-equivalent\), sha256 [0-9a-f]{64}/);
    // The sample is the file's 400 rows, not the scenario's unused run.households (which both had said).
    expect(run.stderr).toMatch(/: 400 imported households × 24 months, /);
    const doc = read(out);
    expect(doc.result.scenario.households).toMatchObject({ id: 'households', name: 'households.csv', rows: 400 });
    expect(doc.households).toBe(400);
    const proposal = write('proposal.json', doc.result.scenario);
    const refused = await sim('optimise', '--scenario', proposal, '--objective', 'maxSustainedExits', ...small, '--out', join(dir, 'no.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/households\.csv/);
    expect(existsSync(join(dir, 'no.json'))).toBe(false);
  }, 120_000);

  it('sim optimise refuses, before any work, a file with a replication column (it holds no search replications)', async () => {
    const scenario = smallFile('optimise-exported.json', (s) => {
      s.run.replications = 2;
    });
    const exported = join(dir, 'exported.csv');
    const wrote = await sim('export-population', '--scenario', scenario, '--out', exported);
    expect(wrote.code, wrote.stderr).toBe(0);
    const out = join(dir, 'optimised-exported.json');
    const run = await sim('optimise', '--scenario', scenario, '--objective', 'maxSustainedExits', '--households-csv', exported, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exported\.csv: the household data gives each replication its own households \(a replication column\), but the optimiser searches on replications \d+ and up/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('bad household files and missing data', () => {
  const example = readFileSync(EXAMPLE, 'utf8').split('\n');
  // Line 4: zero weight; line 7: an unknown region; the rest as in the example.
  const bad = write('bad.csv', example.map((line, k) => (k === 3 ? line.replace(/,[\d.]+,/, ',0,') : k === 6 ? line.replace(',punjab,', ',panjab,') : line)).join('\n'));

  it('sim refuses a file with bad rows (exit 2), naming each line and column, and runs on the good rows with --skip-bad-rows', async () => {
    const scenario = smallFile('bad-rows.json', (s) => {
      s.run.replications = 1;
      s.run.months = 12;
    });
    const out = join(dir, 'bad.json');
    const refused = await sim('--scenario', scenario, '--households-csv', bad, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad\.csv line 4, weight: must be greater than 0, got 0/);
    expect(refused.stderr).toMatch(/bad\.csv line 7, region: must be one of punjab.*got "panjab"/);
    expect(refused.stderr).toMatch(/2 of 400 rows are bad; fix them, or give --skip-bad-rows to run on the 398 good rows/);
    expect(existsSync(out)).toBe(false);
    const skipped = await sim('--scenario', scenario, '--households-csv', bad, '--skip-bad-rows', '--threads', '1', '--out', out);
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/398 rows \(consumption per adult-equivalent, 2 bad rows skipped\)/);
    // Each skipped row by line and column, as --help says ("listed either way"): they had been counted only.
    expect(skipped.stderr).toMatch(/sim: skipped: .*bad\.csv line 4, weight: must be greater than 0, got 0/);
    expect(skipped.stderr).toMatch(/sim: skipped: .*bad\.csv line 7, region: must be one of punjab.*got "panjab"/);
    expect(read(out).scenario.households).toMatchObject({ name: 'bad.csv', rows: 398 });
  }, 60_000);

  it('a bad header stops sim and export-population alike, even with --skip-bad-rows', async () => {
    const header = write('header.csv', [example[0]!.replace('female_head', 'female_haed'), ...example.slice(1)].join('\n'));
    const scenario = smallFile('header.json');
    for (const args of [['--out', join(dir, 'h.json')], ['--out', join(dir, 'h.csv')]]) {
      const cmd = args[1]!.endsWith('.csv') ? ['export-population'] : [];
      const r = await sim(...cmd, '--scenario', scenario, '--households-csv', header, '--skip-bad-rows', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/header\.csv line 1, female_haed: unknown column "female_haed"/);
      expect(r.stderr).toMatch(/header\.csv line 1, female_head: required column "female_head" is missing/);
    }
  });

  // Caught: with --versus the file was read for A and again for B, and every bad row was listed twice ("4 problems").
  it('sensitivity --versus lists a bad file’s rows once', async () => {
    const uncertain = (s: Scenario) => {
      s.uncertainty = { 'policy.cash.takeUp': { dist: 'uniform', low: 0.7, high: 1 } };
    };
    const a = smallFile('versus-a.json', uncertain);
    const b = smallFile('versus-b.json', (s) => {
      uncertain(s);
      s.policy.cash.benefitPKR = 2500;
    });
    const r = await sim('sensitivity', '--scenario', a, '--versus', b, '--method', 'tornado', '--outcome', 'povertyHeadcountEnd', '--households-csv', bad, '--out', join(dir, 'versus.json'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sim sensitivity: 2 problems:');
    expect(r.stderr.match(/bad\.csv line 4, weight/g)).toHaveLength(1);
    expect(r.stderr.match(/2 of 400 rows are bad/g)).toHaveLength(1);
  });

  // Caught: a bad scenario stopped the command before the household file was read, so its bad rows were listed only
  // on the next attempt.
  it('lists a bad scenario’s problems and a bad file’s rows in one attempt, in sim, compare and export-population', async () => {
    const scenario = smallFile('bad-scenario.json', (s) => (s.policy.cash.takeUp = 2));
    for (const cmd of [[], ['compare', '--scenario', scenario], ['export-population']]) {
      const r = await sim(...cmd, '--scenario', scenario, '--households-csv', bad, '--out', join(dir, 'both.out'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/: 3 problems:\n/);
      expect(r.stderr).toMatch(/policy\.cash\.takeUp: must be between 0 and 1/);
      expect(r.stderr).toMatch(/bad\.csv line 4, weight: must be greater than 0, got 0/);
    }
  });

  it('export-population refuses a file with bad rows too (exit 2, lines on stderr)', async () => {
    const r = await sim('export-population', '--scenario', smallFile('export-bad.json'), '--households-csv', bad, '--out', join(dir, 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv line 4, weight/);
  });

  it('a scenario that names household data needs that very file', async () => {
    const sha256 = await sha256Hex(readFileSync(EXAMPLE));
    const named = smallFile('named.json', (s) => {
      s.households = { id: 'survey', name: 'survey.csv', sha256, rows: 400 };
    });
    const none = await sim('--scenario', named, '--out', join(dir, 'n.json'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/runs on household data survey\.csv \(sha256 [0-9a-f]{12}…\); give that file with --households-csv/);
    const other = await sim('--scenario', named, '--households-csv', bad, '--skip-bad-rows', '--out', join(dir, 'n.json'));
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/names household data survey\.csv .* but .*bad\.csv has sha256/);
  });

  it('usage problems: --skip-bad-rows alone, a missing file, a bad --replication', async () => {
    const scenario = smallFile('usage.json');
    const alone = await sim('--scenario', scenario, '--skip-bad-rows', '--out', join(dir, 'u.json'));
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--skip-bad-rows: only with --households-csv/);
    const missing = await sim('--scenario', scenario, '--households-csv', join(dir, 'nope.csv'), '--out', join(dir, 'u.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--households-csv: cannot read .*nope\.csv.*: no such file/);
    const rep = await sim('export-population', '--scenario', scenario, '--replication', '-1', '--out', join(dir, 'u.csv'));
    expect(rep.code).toBe(2);
    expect(rep.stderr).toMatch(/--replication: must be between 0 and/);
  });
});

describe('sim compare and sim sensitivity on household data', () => {
  it('compare runs every scenario on the file and names it in each result', async () => {
    const a = smallFile('cmp-a.json', (s) => {
      s.run.replications = 2;
      s.run.months = 12;
    });
    const b = smallFile('cmp-b.json', (s) => {
      s.run.replications = 2;
      s.run.months = 12;
      s.policy.cash.benefitPKR = 3000;
    });
    const out = join(dir, 'cmp.json');
    const r = await sim('compare', '--scenario', a, '--scenario', b, '--households-csv', EXAMPLE, '--households', '5000', '--threads', '2', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2 replications of 400 imported households of households\.csv × 12 months/);
    const doc = read(out);
    const results = (doc.results ?? doc.scenarios) as { scenario: Scenario }[];
    expect(results.map((x) => x.scenario.households?.name)).toEqual(['households.csv', 'households.csv']);
    // Caught: compare wrote the unused --households into each scenario's run.households, and did not say it was unused.
    expect(r.stderr).toContain("sim compare: --households 5000 is not used: the sample is the household file's rows");
    expect(results.map((x) => x.scenario.run.households)).toEqual([600, 600]);
  }, 60_000);

  it('sensitivity runs its design points on the file', async () => {
    const scenario = smallFile('sens.json', (s) => {
      s.run.replications = 2;
      s.run.months = 12;
      s.uncertainty = { 'policy.cash.takeUp': { dist: 'uniform', low: 0.7, high: 1 } };
    });
    // Not sens.json, the scenario: an --out naming an input is refused.
    const out = join(dir, 'sens-out.json');
    const r = await sim('sensitivity', '--scenario', scenario, '--method', 'tornado', '--outcome', 'povertyHeadcountEnd', '--households-csv', EXAMPLE, '--threads', '2', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/household data households\.csv: 400 rows/);
    expect(r.stderr).toMatch(/ × 2 replications of 400 imported households × 12 months, /);
    const doc = read(out);
    expect(doc.householdData).toMatchObject({ name: 'households.csv', rows: 400 });
    expect(doc.households).toBe(400);
    expect(doc.bars).toHaveLength(1);
  }, 60_000);
});
