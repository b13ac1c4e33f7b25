// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario, SCENARIO_SPEC, validateScenario } from '../../src/engine/index';

const paths = (x: unknown) => {
  const v = validateScenario(x);
  return v.ok ? [] : v.issues.map((i) => i.path);
};

describe('validateScenario(input)', () => {
  it('accepts the default scenario and returns a copy', () => {
    const s = defaultScenario();
    const v = validateScenario(s);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.scenario).toEqual(s);
      expect(v.scenario).not.toBe(s);
    }
  });

  it('every default lies within its own range and every spec has a source and a unit field', () => {
    for (const [group, specs] of Object.entries(SCENARIO_SPEC)) {
      for (const [key, spec] of Object.entries(specs)) {
        expect(spec.source.length, `${group}.${key}`).toBeGreaterThan(3);
        expect(spec.label.length, `${group}.${key}`).toBeGreaterThan(1);
        expect(['H', 'M', 'L', 'A']).toContain(spec.conf);
      }
    }
  });

  it('lists every problem by path: unknown keys, wrong types, out-of-range values', () => {
    const s = defaultScenario() as unknown as Record<string, Record<string, Record<string, unknown>>>;
    s.policy!.cash!.benefitPKR = 'lots';
    s.policy!.cash!.takeUp = 1.5;
    s.policy!.microfinance!.termMonths = 12.5;
    s.policy!.budget!.annualBn = [80, -1];
    s.policy!.budget!.surprise = 1;
    (s as Record<string, unknown>).extraGroup = {};
    s.policy!.extraProgramme = {};
    s.world!.shocks!.flood2022 = 'yes';
    s.world!.existingCash!.leakage = -0.1;
    s.policy!.budget!.regionRule = 'random';
    delete s.policy!.farm!.costPKR;
    (s.run as unknown as Record<string, unknown>).months = 'many';
    expect(paths(s).sort()).toEqual(
      [
        'policy.cash.benefitPKR', 'policy.cash.takeUp', 'policy.microfinance.termMonths', 'policy.budget.annualBn[1]', 'policy.budget.surprise', 'extraGroup',
        'policy.extraProgramme', 'world.shocks.flood2022', 'world.existingCash.leakage', 'policy.budget.regionRule', 'policy.farm.costPKR', 'run.months',
      ].sort(),
    );
    const v = validateScenario(s);
    if (v.ok) throw new Error('validated');
    const message = (path: string) => v.issues.find((i) => i.path === path)?.message;
    expect(message('extraGroup')).toBe('is not a known part of a scenario (policy, world, run, uncertainty, households)');
    expect(message('policy.extraProgramme')).toBe('is not a known group');
    expect(message('policy.budget.surprise')).toBe('is not a known parameter');
    expect(message('policy.farm.costPKR')).toBe('is missing');
  });

  it('messages say why, with the range and unit', () => {
    const s = defaultScenario();
    s.policy.cash.takeUp = 2;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]!.message).toBe('must be between 0 and 1 share, got 2');
  });

  it('programme shares must sum to 100%', () => {
    const s = defaultScenario();
    s.policy.budget.programmeShares.cash = 0.9;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues).toEqual([{ path: 'policy.budget.programmeShares', message: 'must sum to 100%, they sum to 140.00%' }]);
  });

  it('a negative number is quoted with a minus sign, not a hyphen', () => {
    const s = defaultScenario();
    s.policy.budget.annualBn = [-5];
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues).toEqual([{ path: 'policy.budget.annualBn[0]', message: 'must be between 0 and 2000 Rs bn / year, got \u22125' }]);
  });

  it('checks rules across parameters', () => {
    const s = defaultScenario();
    s.policy.microfinance.minLoanPKR = 100000;
    s.world.shocks.flood2022 = true;
    s.world.shocks.floodMonth = 40;
    expect(paths(s).sort()).toEqual(['policy.microfinance.minLoanPKR', 'world.shocks.floodMonth']);
  });

  it('rejects non-objects, missing or future versions', () => {
    expect(paths(null)).toEqual(['']);
    expect(paths([1])).toEqual(['']);
    const noVersion = { ...defaultScenario(), version: undefined };
    expect(paths(noVersion)).toEqual(['version']);
    // A missing version does not hide the document's other problems.
    const both = { ...defaultScenario(), version: undefined, name: '' };
    expect(paths(both)).toEqual(['version', 'name']);
    expect(paths({ ...defaultScenario(), version: 99 })).toEqual(['version']);
  });

  it('never returns a partly valid scenario', () => {
    const s = defaultScenario();
    s.run.households = -5;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    expect('scenario' in v).toBe(false);
  });
});

describe('validateScenario(input): households', () => {
  const sha = 'ab'.repeat(32);
  const withData = (households: unknown) => ({ ...defaultScenario(), households });
  const paths = (input: unknown) => {
    const v = validateScenario(input);
    return v.ok ? [] : v.issues.map((i) => `${i.path}: ${i.message}`);
  };
  it('accepts null and a well-formed reference', () => {
    expect(paths(withData(null))).toEqual([]);
    expect(paths(withData({ id: 'survey-2019', name: 'survey 2019.csv', sha256: sha, rows: 4000 }))).toEqual([]);
  });
  it('reports each bad field by its path', () => {
    expect(paths({ ...defaultScenario(), households: undefined })).toEqual(['households: is missing (null for the synthetic population)']);
    expect(paths(withData('file.csv'))).toEqual(['households: must be null or an object with id, name, sha256 and rows']);
    expect(paths(withData({ id: '', name: 'x'.repeat(201), sha256: sha.toUpperCase(), rows: 0, extra: 1 }))).toEqual([
      'households.extra: is not a known key',
      'households.id: must be a non-empty string',
      'households.name: must be at most 200 characters',
      "households.sha256: must be the file's SHA-256: 64 lowercase hexadecimal digits",
      'households.rows: must be a whole number of at least 1, got 0',
    ]);
    expect(paths(withData({ id: 'a', name: 'a', sha256: sha.slice(1), rows: 2.5 }))).toHaveLength(2);
  });
});
