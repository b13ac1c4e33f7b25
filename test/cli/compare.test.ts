// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine/index';
import { describeScenarios, loadScenarios } from '../../src/cli/compare';
import type { LoadedHouseholds } from '../../src/cli/householdsInput';

const dir = mkdtempSync(join(tmpdir(), 'sim-compare-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const withBudget = (name: string, bn: number) => {
  const s = defaultScenario(name);
  s.policy.budget.annualBn = [bn];
  return s;
};

describe('loadScenarios(files, overrides)', () => {
  it('gives one scenario per file given, in order, with the overrides applied to each', () => {
    const [a, b] = [file('a.json', withBudget('A', 0)), file('b.json', withBudget('B', 80))];
    const r = loadScenarios([a, b, a], { households: 900, seed: 3 });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.scenarios.map((s) => s.name)).toEqual(['A', 'B', 'A']);
    for (const s of r.scenarios) expect(s.run).toMatchObject({ households: 900, seed: 3 });
  });

  it('lists every problem of every file at once, each naming its file, a repeated file once', () => {
    const bad = defaultScenario() as unknown as { policy: { budget: Record<string, unknown> } };
    bad.policy.budget.surprise = 1;
    const [ok, badFile, broken, missing] = [file('ok.json', withBudget('A', 0)), file('bad.json', bad), file('broken.json', '{ "version": 2, '), join(dir, 'missing.json')];
    const r = loadScenarios([ok, badFile, broken, badFile, missing], { months: 500 });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toEqual([
      `${ok}: run.months (from --months): must be between 12 and 120 months, got 500`,
      `${badFile}: policy.budget.surprise: is not a known parameter`,
      `${badFile}: run.months (from --months): must be between 12 and 120 months, got 500`,
      expect.stringMatching(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`)),
      `--scenario: cannot read ${JSON.stringify(missing)}: no such file`,
    ]);
  });
});

describe('describeScenarios(files, scenarios)', () => {
  it('marks the baseline, numbers the worlds and says which scenarios cannot be paired', () => {
    const base = withBudget('Baseline', 0);
    const other = withBudget('Cost of living', 80);
    other.world.prices.costOfLiving = true;
    const seeded = withBudget('Seed 9', 80);
    seeded.run.seed = 9;
    const lines = describeScenarios(['b.json', 'o.json', 's.json'], [base, other, seeded]);
    expect(lines[0]).toBe(`  [0] "Baseline" from b.json: 100 replications of 20000 households × 36 months, seed ${base.run.seed}, world 1 of 3 (baseline)`);
    expect(lines[1]).toMatch(/^ {2}\[1\] "Cost of living" from o\.json: .*, world 2 of 3$/);
    expect(lines[2]).toMatch(/^ {2}\[2\] "Seed 9" from s\.json: .*seed 9, world 3 of 3; not paired with the baseline: different draws \(seed 9 \(baseline \d+\)\)/);
  });

  it('on a household file with a replication column, gives its rows a replication, not the file\u2019s rows together', () => {
    // 6 rows in replications 0, 1 and 2: "the 6 households of pop.csv" had been said of each replication's 2.
    const replication = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const data = { file: 'pop.csv', data: { n: 6, replication, region: new Uint8Array(6), rural: new Uint8Array(6) }, ref: { id: 'pop', name: 'pop.csv', sha256: 'a'.repeat(64), rows: 6 }, skipped: 0, skippedProblems: [] } as unknown as LoadedHouseholds;
    const base = withBudget('Baseline', 0);
    expect(describeScenarios(['b.json'], [base], data)[0]).toMatch(/: 100 replications of imported households \(2 a replication in 3 replications\) of pop\.csv × 36 months/);
  });
});
