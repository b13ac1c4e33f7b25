// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/engine/index';
import { KEY_ASSUMPTIONS, keyAssumptions } from '../../../src/ui/present/keyAssumptions';

describe('keyAssumptions(scenario)', () => {
  it('lists every key parameter with its label, value in the editor\'s units, source and trust', () => {
    const s = defaultScenario('Rs 120 bn');
    s.policy.budget.annualBn = [80, 100, 120];
    const rows = keyAssumptions(s);
    expect(rows).toHaveLength(KEY_ASSUMPTIONS.length);
    expect(rows[0]).toEqual({ label: 'Annual budget path', value: 'Rs 80 → 100 → 120 bn / year', source: expect.any(String), trust: expect.any(String), sourceIsOurs: false });
    const cash = rows.find((r) => r.label === 'New cash transfer')!;
    expect(cash).toEqual({ label: 'New cash transfer', value: 'Rs 2,000 / household / month', source: 'Kafaalat/BISP Rs 2,000 per month (BISP; Geo 2020)', trust: 'official or peer-reviewed source', sourceIsOurs: false });
    // The budget split's source is our own assumption: the slide then leaves out a trust label that would repeat it.
    expect(rows[1]!.sourceIsOurs).toBe(true);
    expect(rows[1]!.value).toMatch(/^Cash transfer 50%; .*; Administration 5%$/);
    for (const r of rows) expect(r.source.length).toBeGreaterThan(0);
    // A bare "Our assumption" reads as the table's and the help's do.
    expect(rows.find((r) => r.label === 'Take-up')!.source).toBe('Our assumption: no source found');
  });

  it('keyAssumptions(scenario, groups) lists only those groups\' rows, in the same order (a slide each: slides.ts)', () => {
    const s = defaultScenario();
    const all = keyAssumptions(s);
    expect(keyAssumptions(s, ['microfinance']).map((r) => r.label)).toEqual(['Loan size cap', 'Borrower rate', 'Fund coverage', 'Investment success']);
    expect([...keyAssumptions(s, ['budget', 'cash']), ...keyAssumptions(s, ['microfinance'])]).toEqual(all);
  });

  it('gives an uncertain parameter as the runs draw it, not a value they do not use', () => {
    const s = defaultScenario();
    s.policy.cash.takeUp = 0.3;
    const value = (label: string) => keyAssumptions(s).find((r) => r.label === label)!.value;
    expect(value('Take-up')).toBe('drawn in each replication: triangular, 75% to 100%, most likely 90%');
    expect(value('Investment success')).toMatch(/^drawn in each replication: triangular, 0\.55 to 0\.9/);
    delete s.uncertainty['policy.cash.takeUp'];
    expect(value('Take-up')).toBe('30%');
  });
});
