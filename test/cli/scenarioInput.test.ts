// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine/index';
import { loadScenario } from '../../src/cli/scenarioInput';
import { applyLocale } from '../../src/i18n/index';

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
    expect(r.ok && r.scenario.run).toMatchObject({ households: 2000, seed: 9, months: 36 });
  });

  it('applies overrides to a version-1 file too (its `simulation` group becomes `run`)', () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/scenarios/v1.json', import.meta.url), 'utf8'));
    expect(v1.version).toBe(1);
    const r = loadScenario(file('v1.json', v1), { households: 2000, seed: 9 });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.scenario.run).toEqual({ ...v1.simulation, households: 2000, seed: 9 });
    expect(problemsOf(loadScenario(file('v1-bad.json', v1), { months: 500 }))).toEqual([
      expect.stringMatching(/^run\.months \(from --months\): must be between 12 and 120/),
    ]);
  });

  it('says what reading an older file did: its version, and a stipend that does not leak unless it says it does', () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/scenarios/v1.json', import.meta.url), 'utf8'));
    const one = loadScenario(file('old.json', v1), {});
    expect(one.ok && one.note).toMatch(/old\.json: a version-1 file, read as version 5; its stipend does not leak \(policy\.stipend\.leakage 0, as it ran; a new file’s default is 0\.05\)$/);
    const v4 = JSON.parse(readFileSync(new URL('../fixtures/scenarios/v4.json', import.meta.url), 'utf8'));
    v4.policy.stipend.leakage = 0.05;
    const said = loadScenario(file('v4-leaks.json', v4), {});
    expect(said.ok && said.note).toMatch(/v4-leaks\.json: a version-4 file, read as version 5$/);
    expect(said.ok && said.scenario.policy.stipend.leakage).toBe(0.05);
    const current = loadScenario(file('new.json', defaultScenario()), {});
    expect(current.ok && current.note).toBeUndefined();
  });

  it('does not fill in a partial scenario: each missing group is listed', () => {
    const s = defaultScenario();
    const partial = { version: 2, name: 'partial', policy: { budget: s.policy.budget }, world: { shocks: s.world.shocks }, run: s.run };
    const problems = problemsOf(loadScenario(file('partial.json', partial), {}));
    expect(problems).toContain('policy.cash: is missing');
    expect(problems).toContain('policy.microfinance: is missing');
    expect(problems).toContain('world.population: is missing');
    expect(problems.some((p) => p.startsWith('policy.budget') || p.startsWith('world.shocks') || p.startsWith('run'))).toBe(false);
    // A version-1 file is migrated, then checked the same way: its missing groups are listed by their new paths.
    const old = problemsOf(loadScenario(file('partial-v1.json', { version: 1, name: 'partial', simulation: s.run }), {}));
    expect(old).toContain('policy.budget: is missing');
    expect(old).toContain('world.shocks: is missing');
    expect(old.some((p) => p.startsWith('run'))).toBe(false);
  });

  it('lists unknown keys, wrong types and out-of-range values by path, and says which came from a flag', () => {
    const s = defaultScenario() as unknown as { policy: Record<string, Record<string, unknown>>; run: Record<string, unknown> };
    s.policy.budget!.surprise = 1;
    s.policy.cash!.benefitPKR = 'lots';
    s.run.households = 5;
    const problems = problemsOf(loadScenario(file('bad.json', s), { months: 500 }));
    expect(problems).toContain('policy.budget.surprise: is not a known parameter');
    expect(problems).toContain('policy.cash.benefitPKR: must be a finite number, got the string "lots"');
    expect(problems.some((p) => p.startsWith('run.months (from --months): must be between 12 and 120'))).toBe(true);
    // Only a value a flag set is attributed to it.
    expect(problems.some((p) => p.startsWith('run.households: must be between'))).toBe(true);
    expect(problems.some((p) => p.includes('(from --households)'))).toBe(false);
  });

  it('says when --months made a flood month fall outside the horizon, and not when the file alone did', () => {
    const s = defaultScenario();
    s.world.shocks.flood2022 = true;
    s.world.shocks.floodMonth = 20;
    expect(problemsOf(loadScenario(file('flood.json', s), { months: 12 }))).toEqual([
      'world.shocks.floodMonth (the horizon from --months): must fall inside the horizon (months 0 to 11, counting from 0), got 20',
    ]);
    s.run.months = 12;
    expect(problemsOf(loadScenario(file('flood-own.json', s), { seed: 3 }))).toEqual(['world.shocks.floodMonth: must fall inside the horizon (months 0 to 11, counting from 0), got 20']);
  });

  it('prints the engine\'s English for each problem, as it did before problems had codes for the app, whatever the app\'s language', () => {
    const s = defaultScenario() as unknown as { policy: Record<string, Record<string, unknown>>; uncertainty: Record<string, unknown> };
    s.policy.cash!.benefitPKR = 75000;
    s.policy.budget!.annualBn = [-5];
    s.policy.budget!.programmeShares = { ...(s.policy.budget!.programmeShares as object), cash: 0.9 };
    s.uncertainty = { 'policy.cash.leakage': { dist: 'uniform', low: 0.5, high: 0.2 } };
    applyLocale('ur', 'international', undefined);
    try {
      expect(problemsOf(loadScenario(file('coded.json', s), {}))).toEqual([
        'policy.budget.annualBn[0]: must be between 0 and 2000 Rs bn / year, got \u22125',
        'policy.budget.programmeShares: must sum to 100%, they sum to 140.00%',
        'policy.cash.benefitPKR: must be between 0 and 50000 Rs / household / month, got 75000',
        'uncertainty.policy.cash.leakage.high: must be above low (0.5), got 0.2',
      ]);
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });

  it('reports unreadable files and invalid JSON', () => {
    expect(problemsOf(loadScenario(join(dir, 'missing.json'), {}))).toEqual([`--scenario: cannot read ${JSON.stringify(join(dir, 'missing.json'))}: no such file`]);
    const broken = file('broken.json', '{"version": 1,');
    expect(problemsOf(loadScenario(broken, {}))[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
  });

  it('says at which line and column a scenario file stops being JSON, and says it once', () => {
    // Catches the place given only as JSON.parse's offset ("in JSON at position 770"), or not at all; and given
    // twice, the line and column and then the offset in JSON.parse's reason.
    const text = JSON.stringify(defaultScenario(), null, 2).replace('"months": 36,', '"months": 36');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"months"')) + 2;
    const broken = file('comma.json', text);
    expect(problemsOf(loadScenario(broken, {}))).toEqual([
      `${broken}: not valid JSON at line ${line}, column ${lines[line - 1]!.indexOf('"') + 1}: Expected ',' or '}' after property value`,
    ]);
    expect(problemsOf(loadScenario(file('cut.json', '{\n  "version": 1,\n'), {}))[0]).toMatch(/cut\.json: not valid JSON at line 3, column 1: /);
  });
});
