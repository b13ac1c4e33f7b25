// @vitest-environment node
/**
 * The "What is in each option" slide's table. Fails if an option's split is
 * left out because the baseline has the same one (the default comparison's
 * three budgets would then say only their budgets), if a programme's rupees
 * are not its share of each year's budget, if a programme no option funds
 * gets a row, if the budget's own settings are repeated among the other
 * changes, if other changes are not capped with a count of the rest, or if
 * a world change or an unpaired option loses the dashboard's flag.
 */
import { describe, expect, it } from 'vitest';
import { baselineScenario, defaultScenario, type Scenario } from '../../../src/engine/index';
import { OTHER_CHANGES_SHOWN, optionsTable } from '../../../src/ui/present/optionsTable';
import { slideList } from '../../../src/ui/present/slides';

const withBudget = (annualBn: number[], edit: (s: Scenario) => void = () => {}): Scenario => {
  const s = defaultScenario('x');
  s.policy.budget.annualBn = annualBn;
  edit(s);
  return s;
};
const NBSP = '\u00a0';

describe('optionsTable(options, baseline)', () => {
  it('writes each option\u2019s budget and its whole split in shares and rupees, even where the baseline has the same split', () => {
    const table = optionsTable(
      [
        { id: 'a', name: 'Rs 80 bn a year', scenario: withBudget([80]) },
        { id: 'b', name: 'The path', scenario: withBudget([80, 100, 120]) },
      ],
      baselineScenario(),
    );
    expect(table.labels).toEqual({ budget: 'Annual budget path', regions: 'Split across regions' });
    expect(table.programmes.map((p) => p.label)).toEqual(['Cash transfer', 'Education stipend', 'Microfinance (subsidy and risk fund)', 'Skills training', 'Small-farmer support', 'Administration']);
    const [a, b] = table.columns;
    expect(a!.budget).toBe('Rs 80 bn a year');
    expect(a!.shares).toMatchObject({ cash: `50% · Rs${NBSP}40${NBSP}bn`, microfinance: `15% · Rs${NBSP}12${NBSP}bn`, admin: `5% · Rs${NBSP}4${NBSP}bn` });
    expect(b!.budget).toBe('Rs 80 → 100 → 120 bn a year');
    expect(b!.shares!.cash).toBe(`50% · Rs${NBSP}40${NBSP}→${NBSP}50${NBSP}→${NBSP}60${NBSP}bn`);
    expect(a!.regions).toBe('by poor people (headcount)');
    // The budget's own settings are the rows above: not repeated as other changes.
    expect(a!.others).toEqual([]);
    expect(a!.more).toBe(0);
    expect(a!.pairing).toBeUndefined();
  });

  it('has no row for a programme no option funds, and no split for an option with no budget', () => {
    const noFarm = (s: Scenario) => {
      s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0.1, farm: 0, admin: 0.05 };
    };
    const table = optionsTable(
      [
        { id: 'a', name: 'A', scenario: withBudget([100], noFarm) },
        // Funds farms on paper, but has no money: it funds nothing.
        { id: 'z', name: 'Nothing', scenario: withBudget([0]) },
      ],
      baselineScenario(),
    );
    expect(table.programmes.map((p) => p.id)).toEqual(['cash', 'stipend', 'microfinance', 'training', 'admin']);
    expect(table.columns[0]!.shares!.cash).toBe(`60% · Rs${NBSP}60${NBSP}bn`);
    expect(table.columns[1]).toMatchObject({ budget: 'No new budget', shares: null });
  });

  it('lists the first other changes in the dashboard\u2019s words and flags, and counts the rest', () => {
    const many = withBudget([100], (s) => {
      s.policy.cash.benefitPKR = 2500;
      s.policy.stipend.benefitPKR = 1500;
      s.policy.budget.regionRule = 'backwardFirst';
      s.policy.budget.backwardWeight = 5;
      s.world.shocks.healthAnnualProb = 0.2;
    });
    const { columns } = optionsTable([{ id: 'm', name: 'Many', scenario: many }], baselineScenario());
    const [m] = columns;
    expect(m!.regions).toBe('backward regions first');
    expect(m!.others).toHaveLength(OTHER_CHANGES_SHOWN);
    // The world's change first, though last in the editor's order: cut after three, it had been the one left out.
    expect(m!.others[0]).toMatch(/^Health shocks: 0.1 probability \/ year → 0.2 /);
    expect(m!.others[1]).toBe('Backward-region priority: 3 × → 5 ×');
    expect(m!.others[2]).toMatch(/^New cash transfer: Rs 2,000 \/ household \/ month → Rs 2,500 /);
    expect(m!.others.join(' ')).not.toMatch(/Annual budget path|Split across/);
    // Four other changes: three shown, one counted.
    expect(m!.more).toBe(1);
    // What the world's change means, said once for the option, not after the change.
    expect(m!.flags).toEqual(['the world differs from the baseline’s: differences from the baseline include this, not only the policy']);
    expect(m!.others.join(' ')).not.toContain('the world differs');
  });

  it('says an option that cannot be paired with the baseline (another seed), as the dashboard does', () => {
    const seeded = withBudget([100], (s) => (s.run.seed = s.run.seed + 1));
    const { columns } = optionsTable([{ id: 's', name: 'Seeded', scenario: seeded }], baselineScenario());
    expect(columns[0]!.pairing).toMatch(/seed/);
    expect(columns[0]!.others[0]).toMatch(/^Seed: /);
    expect(columns[0]!.flags).toEqual([expect.stringMatching(/^breaks the pairing: /)]);
  });
});

describe('slideList(compared)', () => {
  it('puts what is in each option after the title when any option is compared, and leaves it out when none is', () => {
    expect(slideList(['a', 'b']).slice(0, 3)).toEqual([{ kind: 'title' }, { kind: 'options', ids: ['a', 'b'] }, { kind: 'scenario', id: 'a' }]);
    expect(slideList([]).map((s) => s.kind)).not.toContain('options');
  });
});
