// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine/index';
import { loadScenario } from '../../src/cli/scenarioInput';

const dir = mkdtempSync(join(tmpdir(), 'sim-input-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const problemsOf = (r: ReturnType<typeof loadScenario>) => (r.ok ? [] : r.problems);

describe('loadScenario', () => {
  it('reads a complete scenario and applies overrides', () => {
    const r = loadScenario(file('ok.json', defaultScenario()), { households: 2000, seed: 9 });
    expect(r.ok && r.scenario.simulation).toMatchObject({ households: 2000, seed: 9, months: 36 });
  });

  it('does not fill in a partial scenario: each missing group is listed', () => {
    const partial = { version: 1, name: 'partial', simulation: defaultScenario().simulation };
    const problems = problemsOf(loadScenario(file('partial.json', partial), {}));
    expect(problems).toContain('budget: is missing');
    expect(problems).toContain('microfinance: is missing');
    expect(problems.some((p) => p.startsWith('simulation'))).toBe(false);
  });

  it('lists unknown keys, wrong types and out-of-range values by path, and says which came from a flag', () => {
    const s = defaultScenario() as unknown as Record<string, Record<string, unknown>>;
    s.budget!.surprise = 1;
    s.cash!.benefitPKR = 'lots';
    const problems = problemsOf(loadScenario(file('bad.json', s), { months: 500 }));
    expect(problems).toContain('budget.surprise: is not a known parameter');
    expect(problems).toContain('cash.benefitPKR: must be a finite number, got the string "lots"');
    expect(problems.some((p) => p.startsWith('simulation.months (from --months): must be between 12 and 120'))).toBe(true);
  });

  it('reports unreadable files and invalid JSON', () => {
    expect(problemsOf(loadScenario(join(dir, 'missing.json'), {}))).toEqual([`--scenario: cannot read ${JSON.stringify(join(dir, 'missing.json'))}: no such file`]);
    const broken = file('broken.json', '{"version": 1,');
    expect(problemsOf(loadScenario(broken, {}))[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
  });
});
