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
    const s = defaultScenario() as unknown as Record<string, Record<string, unknown>>;
    s.cash!.benefitPKR = 'lots';
    s.cash!.takeUp = 1.5;
    s.microfinance!.termMonths = 12.5;
    s.budget!.annualBn = [80, -1];
    s.budget!.surprise = 1;
    (s as Record<string, unknown>).extraGroup = {};
    s.shocks!.flood2022 = 'yes';
    s.budget!.regionRule = 'random';
    delete s.farm!.costPKR;
    expect(paths(s).sort()).toEqual(
      [
        'cash.benefitPKR', 'cash.takeUp', 'microfinance.termMonths', 'budget.annualBn[1]', 'budget.surprise', 'extraGroup',
        'shocks.flood2022', 'budget.regionRule', 'farm.costPKR',
      ].sort(),
    );
  });

  it('messages say why, with the range and unit', () => {
    const s = defaultScenario();
    s.cash.takeUp = 2;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]!.message).toBe('must be between 0 and 1 share, got 2');
  });

  it('programme shares must sum to 100%', () => {
    const s = defaultScenario();
    s.budget.programmeShares.cash = 0.9;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues).toEqual([{ path: 'budget.programmeShares', message: 'shares must sum to 100%, they sum to 140.00%' }]);
  });

  it('checks rules across parameters', () => {
    const s = defaultScenario();
    s.microfinance.minLoanPKR = 100000;
    s.shocks.flood2022 = true;
    s.shocks.floodMonth = 40;
    expect(paths(s).sort()).toEqual(['microfinance.minLoanPKR', 'shocks.floodMonth']);
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
    s.simulation.households = -5;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    expect('scenario' in v).toBe(false);
  });
});
