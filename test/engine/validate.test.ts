// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario, ISSUE_CODES, SCENARIO_SPEC, validateScenario } from '../../src/engine/index';

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
        expect(['H', 'M', 'L', 'A', 'S']).toContain(spec.conf);
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
    if (!v.ok) expect(v.issues).toEqual([{ path: 'policy.budget.programmeShares', message: 'must sum to 100%, they sum to 140.00%', code: 'sharesSum', args: { sum: expect.closeTo(140, 9) } }]);
  });

  it('a negative number is quoted with a minus sign, not a hyphen', () => {
    const s = defaultScenario();
    s.policy.budget.annualBn = [-5];
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.issues).toEqual([
        { path: 'policy.budget.annualBn[0]', message: 'must be between 0 and 2000 Rs bn / year, got \u22125', code: 'range', args: { min: 0, max: 2000, unit: 'Rs bn / year', value: -5 } },
      ]);
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

describe('validateScenario(input): issue codes', () => {
  const sha = 'ab'.repeat(32);
  type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const edit = (change: (s: Doc) => void): Doc => {
    const s = structuredClone(defaultScenario()) as Doc;
    change(s);
    return s;
  };
  /**
   * A document with each kind of problem, and what the check says of it: its path, code and arguments, and its
   * English message, byte for byte as the CLI printed it before issues had codes.
   */
  const CASES: [unknown, string, string, Record<string, unknown>, string][] = [
    [edit((s) => void (s.policy.cash.benefitPKR = 'lots')), 'policy.cash.benefitPKR', 'notNumber', { got: { type: 'text', text: 'lots' } }, 'must be a finite number, got the string "lots"'],
    [edit((s) => void (s.policy.cash.takeUp = null)), 'policy.cash.takeUp', 'notNumber', { got: { type: 'null' } }, 'must be a finite number, got null'],
    [edit((s) => void (s.policy.cash.takeUp = true)), 'policy.cash.takeUp', 'notNumber', { got: { type: 'boolean', value: true } }, 'must be a finite number, got boolean true'],
    [edit((s) => void (s.policy.microfinance.termMonths = 12.5)), 'policy.microfinance.termMonths', 'wholeNumber', { value: 12.5 }, 'must be a whole number, got 12.5'],
    [edit((s) => void (s.policy.cash.benefitPKR = 75000)), 'policy.cash.benefitPKR', 'range', { min: 0, max: 50000, unit: 'Rs / household / month', value: 75000 }, 'must be between 0 and 50000 Rs / household / month, got 75000'],
    [edit((s) => void (s.world.shocks.flood2022 = 'yes')), 'world.shocks.flood2022', 'notBoolean', { got: { type: 'text', text: 'yes' } }, 'must be true or false, got the string "yes"'],
    [
      edit((s) => void (s.policy.budget.regionRule = 'random')), 'policy.budget.regionRule', 'notOption',
      { options: ['population', 'headcount', 'gap', 'backwardFirst', 'custom'], got: { type: 'text', text: 'random' } },
      'must be one of "population", "headcount", "gap", "backwardFirst", "custom", got the string "random"',
    ],
    [edit((s) => void (s.policy.budget.annualBn = 5)), 'policy.budget.annualBn', 'notList', { got: { type: 'number', value: 5 } }, 'must be a list of numbers, got number 5'],
    [edit((s) => void (s.policy.budget.annualBn = [])), 'policy.budget.annualBn', 'length', { min: 1, max: 10, count: 0 }, 'must have 1 to 10 values, got 0'],
    [
      edit((s) => void (s.policy.budget.programmeShares = null)), 'policy.budget.programmeShares', 'notRecord',
      { keys: ['cash', 'stipend', 'microfinance', 'training', 'farm', 'admin'], got: { type: 'null' } },
      'must be an object with keys cash, stipend, microfinance, training, farm, admin, got null',
    ],
    [edit((s) => void (s.world.shocks.floodAffected.atlantis = 0)), 'world.shocks.floodAffected.atlantis', 'unknownKey', {}, 'is not a known key'],
    [edit((s) => void delete s.world.shocks.floodAffected.sindh), 'world.shocks.floodAffected.sindh', 'missing', {}, 'is missing'],
    [edit((s) => void (s.policy.budget.programmeShares.cash = 0.9)), 'policy.budget.programmeShares', 'sharesSum', { sum: expect.closeTo(140, 9) }, 'must sum to 100%, they sum to 140.00%'],
    [edit((s) => void (s.extras = {})), 'extras', 'unknownPart', { parts: ['policy', 'world', 'run', 'uncertainty', 'households'] }, 'is not a known part of a scenario (policy, world, run, uncertainty, households)'],
    [edit((s) => void (s.name = ' ')), 'name', 'emptyText', {}, 'must be a non-empty string'],
    [edit((s) => void (s.name = 'x'.repeat(121))), 'name', 'tooLong', { max: 120 }, 'must be at most 120 characters'],
    [edit((s) => void (s.run = 'fast')), 'run', 'notObject', { got: { type: 'text', text: 'fast' } }, 'must be an object, got the string "fast"'],
    [edit((s) => void (s.policy.extraProgramme = {})), 'policy.extraProgramme', 'unknownGroup', {}, 'is not a known group'],
    [edit((s) => void (s.policy.budget.surprise = 1)), 'policy.budget.surprise', 'unknownParameter', {}, 'is not a known parameter'],
    [edit((s) => void (s.policy.microfinance.minLoanPKR = 100000)), 'policy.microfinance.minLoanPKR', 'loanCap', { cap: 75000, value: 100000 }, 'must not exceed the loan cap (75000 Rs), got 100000'],
    [edit((s) => Object.assign(s.world.shocks, { flood2022: true, floodMonth: 40 })), 'world.shocks.floodMonth', 'horizon', { last: 35, value: 40 }, 'must fall inside the horizon (months 0 to 35, counting from 0), got 40'],
    [edit((s) => void (s.uncertainty = [])), 'uncertainty', 'uncertaintyNotObject', {}, 'must be an object of parameter paths and distributions'],
    [
      edit((s) => void (s.uncertainty = { 'run.households': { dist: 'uniform', low: 1000, high: 2000 } })), 'uncertainty.run.households', 'notUncertainParameter',
      { example: 'policy.cash.takeUp' }, 'is not a number parameter of the policy or the world (e.g. "policy.cash.takeUp")',
    ],
    [
      edit((s) => void (s.uncertainty = { 'world.shocks.disasterAnnualProb': { dist: 'uniform', low: 0, high: 0.2 } })), 'uncertainty.world.shocks.disasterAnnualProb', 'wholeRecord',
      { example: 'world.shocks.disasterAnnualProb.punjab' }, 'is a record: mark one of its entries uncertain (e.g. "world.shocks.disasterAnnualProb.punjab")',
    ],
    [
      edit((s) => void (s.uncertainty = { 'policy.budget.programmeShares.cash': { dist: 'uniform', low: 0.4, high: 0.6 } })), 'uncertainty.policy.budget.programmeShares.cash', 'entriesSum',
      {}, 'its entries must sum to 100%: one cannot be drawn alone',
    ],
    [
      edit((s) => void (s.uncertainty = { 'world.income.livelihoodOffset.fisher': { dist: 'uniform', low: 0, high: 0.2 } })), 'uncertainty.world.income.livelihoodOffset.fisher', 'unknownEntry',
      { keys: ['smallFarmer', 'farmLabourer', 'nonFarmWage', 'ownEnterprise', 'salaried'] }, "is not one of the record's entries (smallFarmer, farmLabourer, nonFarmWage, ownEnterprise, salaried)",
    ],
    [
      edit((s) => void (s.uncertainty = { 'policy.cash.takeUp': { dist: 'beta' } })), 'uncertainty.policy.cash.takeUp.dist', 'notDistribution',
      { options: ['uniform', 'triangular', 'normal', 'lognormal'] }, 'must be one of "uniform", "triangular", "normal", "lognormal"',
    ],
    [
      edit((s) => void (s.uncertainty = { 'policy.cash.takeUp': { dist: 'uniform', low: 0, high: 1, mode: 0.5 } })), 'uncertainty.policy.cash.takeUp.mode', 'notDistributionSetting',
      { dist: 'uniform' }, 'is not a setting of a uniform distribution',
    ],
    [edit((s) => void (s.uncertainty = { 'policy.cash.takeUp': { dist: 'uniform', low: '0', high: 1 } })), 'uncertainty.policy.cash.takeUp.low', 'settingNotNumber', {}, 'must be a finite number'],
    [
      edit((s) => void (s.uncertainty = { 'world.consumption.mpc': { dist: 'uniform', low: 0, high: 2 } })), 'uncertainty.world.consumption.mpc', 'bounds',
      { min: 0.01, max: 1, unit: 'share / month', low: 0, high: 2 }, "bounds must lie within the parameter's range, 0.01 to 1 share / month; got 0 to 2",
    ],
    [edit((s) => void (s.uncertainty = { 'policy.cash.leakage': { dist: 'uniform', low: 0.5, high: 0.2 } })), 'uncertainty.policy.cash.leakage.high', 'aboveLow', { low: 0.5, value: 0.2 }, 'must be above low (0.5), got 0.2'],
    [
      edit((s) => void (s.uncertainty = { 'policy.cash.takeUp': { dist: 'triangular', low: 0.1, mode: 0.9, high: 0.5 } })), 'uncertainty.policy.cash.takeUp.mode', 'modeBetween',
      { value: 0.9 }, 'must lie between low and high, got 0.9',
    ],
    [edit((s) => void (s.uncertainty = { 'policy.cash.takeUp': { dist: 'normal', mean: 0.5, sd: 0, low: 0.1, high: 0.9 } })), 'uncertainty.policy.cash.takeUp.sd', 'aboveZero', { value: 0 }, 'must be above 0, got 0'],
    [
      edit((s) => void (s.uncertainty = { 'policy.cash.takeUp': { dist: 'lognormal', median: 0.5, sigma: 0.3, low: 0, high: 0.9 } })), 'uncertainty.policy.cash.takeUp.low', 'lowPositive',
      { value: 0 }, 'must be above 0 for a log-normal, got 0',
    ],
    [edit((s) => void delete s.households), 'households', 'householdsMissing', {}, 'is missing (null for the synthetic population)'],
    [edit((s) => void (s.households = 'file.csv')), 'households', 'householdsNotObject', { keys: ['id', 'name', 'sha256', 'rows'] }, 'must be null or an object with id, name, sha256 and rows'],
    [edit((s) => void (s.households = { id: 'a', name: 'a', sha256: 'AB', rows: 1 })), 'households.sha256', 'sha256', { digits: 64 }, "must be the file's SHA-256: 64 lowercase hexadecimal digits"],
    [edit((s) => void (s.households = { id: 'a', name: 'a', sha256: sha, rows: '12' })), 'households.rows', 'rowsCount', { min: 1, got: { type: 'text', text: '12' } }, 'must be a whole number of at least 1, got "12"'],
    [[1], '', 'notScenarioObject', {}, 'a scenario must be a JSON object'],
    [edit((s) => void delete s.version), 'version', 'versionMissing', { current: 5 }, 'is missing (current version is 5)'],
    [edit((s) => void (s.version = '3')), 'version', 'versionInvalid', { got: { type: 'text', text: '3' } }, 'must be a positive whole number, got "3"'],
    [edit((s) => void (s.version = 99)), 'version', 'versionNewer', { version: 99, current: 5 }, '99 is newer than this app understands (5); update the app'],
    [{ version: 1, name: 'old', gadgets: {} }, 'gadgets', 'unknownOldGroup', { version: 1 }, 'is not a known version-1 scenario group (while migrating from version 1)'],
    [
      edit((s) => void Object.assign(s, { version: 3, households: { id: 'x', name: 'x.csv', sha256: 'a'.repeat(64), rows: 10 } })),
      'households', 'laterPart', { version: 3, since: 4 },
      'is not part of a version-3 scenario (version 4 added it), so reading the file as version 3 would lose it; give it "version": 4 or later (while migrating from version 3)',
    ],
  ];

  it('each problem has a code and its arguments beside the English message the CLI prints, unchanged', () => {
    for (const [input, path, code, args, message] of CASES) {
      const v = validateScenario(input);
      if (v.ok) throw new Error(`${path}: validated`);
      expect(v.issues.find((i) => i.path === path && i.code === code), `${path} ${code}`).toEqual({ path, code, args, message });
    }
  });

  it('every code is given by a check (but noMigration: no step of the registry is missing)', () => {
    const given = new Set(CASES.map(([, , code]) => code));
    expect(ISSUE_CODES.filter((c) => !given.has(c))).toEqual(['noMigration']);
  });

  it('every problem of a document full of them has a code', () => {
    const v = validateScenario(edit((s) => {
      Object.assign(s.policy.cash, { benefitPKR: 'lots', takeUp: 2, leakage: {} });
      Object.assign(s.policy.budget, { annualBn: [80, -1], surprise: 1, regionRule: 'random' });
      s.world.shocks.flood2022 = 'yes';
      s.uncertainty = { 'policy.cash.nothing': {}, 'world.consumption.mpc': { dist: 'lognormal', median: 0, sigma: 0, low: 0, high: 2, x: 1 } };
      s.households = { id: '', sha256: 1 };
    }));
    if (v.ok) throw new Error('validated');
    expect(v.issues.length).toBeGreaterThan(12);
    expect(v.issues.filter((i) => i.code === undefined)).toEqual([]);
  });
});
