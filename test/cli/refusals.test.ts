// @vitest-environment node
/**
 * What the bundled CLI says and refuses, end to end: an --out that is one of
 * the inputs, an export of a replication the run does not have, a flag given
 * three times, a negative number in a problem (an ASCII minus), a long list of
 * bad household rows, uncertain parameters the scenario does not read, a
 * tornado with nothing to show, and a comparison of many worlds (no
 * listener-leak warning).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine/index';
import { buildCli, node, SIM, tempFiles } from '../e2e/cliProcess';
import { householdsCsv, withCell } from '../run/householdsCsv';

const { dir, write } = tempFiles('sim-refusals-');
const sim = (...args: string[]) => node([SIM, ...args]);

function small(name: string, edit: (s: Scenario) => void = () => {}): string {
  const s = defaultScenario(name);
  s.uncertainty = {};
  Object.assign(s.run, { households: 1000, months: 12, replications: 2 });
  edit(s);
  return write(`${name}.json`, s);
}

beforeAll(async () => {
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
});

describe('an --out that names an input', () => {
  // Caught: each of these wrote over its input and exited 0.
  it('is refused before anything runs, with exit 2, and the input is left as it was', async () => {
    const scenario = small('self');
    const csv = write('h.csv', householdsCsv(40));
    const before = [readFileSync(scenario, 'utf8'), readFileSync(csv, 'utf8')];
    const runs = await Promise.all([
      sim('--scenario', scenario, '--out', scenario),
      sim('export-population', '--scenario', scenario, '--households-csv', csv, '--out', join(dir, '.', 'h.csv')),
      sim('merge', scenario, csv, '--out', csv),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(2);
    expect(runs[0]!.stderr).toContain(`--out: ${JSON.stringify(scenario)} is the --scenario file ${JSON.stringify(scenario)}; writing there would overwrite an input`);
    expect(runs[1]!.stderr).toMatch(/--out: ".*h\.csv" is the --households-csv file/);
    expect(runs[2]!.stderr).toMatch(/--out: ".*h\.csv" is the part/);
    expect([readFileSync(scenario, 'utf8'), readFileSync(csv, 'utf8')]).toEqual(before);
  });
});

describe('sim export-population --replication R', () => {
  // Caught: accepted on the synthetic population for R ≥ --replications, while imported data refused it.
  it('refuses a replication the run does not have, on the synthetic population too', async () => {
    const out = join(dir, 'r5.csv');
    const r = await sim('export-population', '--scenario', small('export'), '--households', '500', '--replications', '3', '--replication', '5', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--replication: the scenario's run has 3 replications but no replication 5: a run of 3 replications has replications 0 to 2");
    expect(() => statSync(out)).toThrow();
  });
});

describe('the command line and its problem list', () => {
  // Caught: "--threads: given more than once" printed twice.
  it('says a flag given three times was given more than once, once', async () => {
    const r = await sim('--threads', '1', '--threads', '1', '--threads', '2', '--scenario', small('threads'), '--out', join(dir, 't.json'));
    expect(r.code).toBe(2);
    expect(r.stderr.match(/given more than once/g)).toHaveLength(1);
  });

  // Caught: "got \u22125", the engine's typographic minus, which cannot be pasted back into a command or grepped as -5.
  it('writes a negative number in a problem with an ASCII minus, from a flag and from the scenario file', async () => {
    const r = await sim('--scenario', small('negative', (s) => (s.policy.budget.annualBn[0] = -5)), '--households', '-5', '--out', join(dir, 'n.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--households: must be between 500 and 1000000 households, got -5');
    expect(r.stderr).not.toContain('\u2212');
    const file = await sim('--scenario', small('negative-file', (s) => (s.policy.budget.annualBn[0] = -5)), '--out', join(dir, 'n.json'));
    expect(file.stderr).toContain('policy.budget.annualBn[0]: must be between 0 and 2000 Rs bn / year, got -5');
  });

  // Caught: "sim: 52 problems:" headed 50 listed cells, "… and 92 more" and the summary line (142 bad cells); then
  // "sim: 143 problems:" counted the summary line as a problem too.
  it('heads a household file’s cut-short list with the number of problems, not of lines', async () => {
    const bad: Record<number, (r: string) => string> = {};
    for (let k = 0; k < 71; k++) bad[k] = (row) => withCell(withCell(row, 'size', 'many'), 'weight', '0');
    const csv = write('many.csv', householdsCsv(80, bad));
    const r = await sim('--scenario', small('many'), '--households-csv', csv, '--out', join(dir, 'm.json'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sim: 142 problems:');
    expect(r.stderr).toContain('  … and 92 more');
    expect(r.stderr).toContain('  ' + csv + ': 71 of 80 rows are bad; fix them, or give --skip-bad-rows to run on the 9 good rows');
  });
});

describe('sim sensitivity', () => {
  // Caught: "over 1 uncertain parameter", and nothing named the two the scenario does not read.
  it('names the uncertain parameters it leaves out, on stderr and in the file', async () => {
    const scenario = small('unread', (s) => {
      s.policy.cash.targeting = 'budget';
      s.world.shocks.flood2022 = false;
      s.uncertainty = {
        'policy.cash.takeUp': { dist: 'uniform', low: 0.6, high: 0.95 },
        'policy.cash.pmtCutoff': { dist: 'uniform', low: 20, high: 30 },
        'world.shocks.floodLoss': { dist: 'uniform', low: 0.5, high: 0.7 },
      };
    });
    const out = join(dir, 'tornado.json');
    const r = await sim('sensitivity', '--scenario', scenario, '--method', 'tornado', '--outcome', 'povertyHeadcountEnd', '--threads', '2', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('over 1 uncertain parameter');
    expect(r.stderr).toContain('sim sensitivity: left out 2 uncertain parameters the model does not read');
    expect(r.stderr).toContain('sim sensitivity:   policy.cash.pmtCutoff: read only when policy.cash.targeting is "cutoff" (it is "budget")');
    expect(r.stderr).toContain('sim sensitivity:   world.shocks.floodLoss: read only when world.shocks.flood2022 is true (it is false)');
    expect(JSON.parse(readFileSync(out, 'utf8')).leftOut.map((l: { path: string }) => l.path)).toEqual(['policy.cash.pmtCutoff', 'world.shocks.floodLoss']);
  });

  // Caught: every bar null, written with exit 0, where Sobol' on the same case refused with exit 1.
  it('refuses a tornado none of whose bars has a swing, as Sobol’ refuses, and writes nothing', async () => {
    const scenario = small('costs', (s) => {
      s.uncertainty = {
        'policy.cash.takeUp': { dist: 'triangular', low: 0.75, mode: 0.9, high: 1 },
        'policy.cash.leakage': { dist: 'triangular', low: 0, mode: 0.05, high: 0.15 },
        'policy.microfinance.investSuccess': { dist: 'triangular', low: 0.55, mode: 0.75, high: 0.9 },
      };
      s.run.seed = 20190327;
    });
    const out = join(dir, 'costs-tornado.json');
    const r = await sim('sensitivity', '--scenario', scenario, '--method', 'tornado', '--outcome', 'costPerSustainedExitPKR', '--threads', '2', '--out', out);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/the outcome costPerSustainedExitPKR is undefined at \d+ of 7 design points .*so no tornado bar has a swing; choose another outcome or more households or replications; nothing written/);
    expect(() => statSync(out)).toThrow();
  });
});

describe('sim compare of many worlds', () => {
  // Caught: "MaxListenersExceededWarning: … 11 abort listeners added to [AbortSignal]" on stderr.
  it('runs twelve worlds without a listener-leak warning', async () => {
    const files = Array.from({ length: 12 }, (_, k) => small(`world${k}`, (s) => Object.assign(s.run, { households: 500, replications: 1, seed: k + 1 })));
    const r = await sim('compare', ...files.flatMap((f) => ['--scenario', f]), '--threads', '2', '--out', join(dir, 'cmp.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('12 scenarios on 12 worlds');
    expect(r.stderr).not.toMatch(/MaxListeners|listeners added/);
  }, 60_000);
});
