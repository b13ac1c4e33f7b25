import { describe, expect, it } from 'vitest';
import { defaultScenario, groupPath, SCENARIO_SPEC, type GroupId, type ParamSpec, type Scenario } from '../../../src/engine/index';
import { presetById } from '../../../src/state/presets';
import { rebalance } from '../../../src/ui/editor/rebalance';
import { changeText, FLAG_TEXT, scenarioChanges, worldDiffers } from '../../../src/ui/views/changes';

const preset = (id: string) => presetById(id)!.make();
const texts = (s: Scenario, base: Scenario) => scenarioChanges(s, base).groups.flatMap((g) => g.changes.map(changeText));
const paths = (s: Scenario, base: Scenario) => scenarioChanges(s, base).groups.flatMap((g) => g.changes.map((c) => c.path));

/** A value of the parameter's kind that differs from its default (not necessarily a valid scenario: the diff does not validate). */
function otherValue(spec: ParamSpec): unknown {
  switch (spec.kind) {
    case 'number':
      return spec.default === spec.max ? spec.min : spec.max;
    case 'boolean':
      return !spec.default;
    case 'enum':
      return spec.options.find((o) => o !== spec.default);
    case 'array':
      return [...spec.default, spec.default[spec.default.length - 1] === spec.max ? spec.min : spec.max];
    case 'record': {
      const k = spec.keys[0]!;
      return { ...spec.default, [k]: (spec.default as Record<string, number>)[k] === spec.max ? spec.min : spec.max };
    }
  }
}

function withParam(group: GroupId, key: string, value: unknown): Scenario {
  const s = defaultScenario();
  const values = (group === 'run' ? s.run : (s.policy as Record<string, unknown>)[group] ?? (s.world as Record<string, unknown>)[group]) as Record<string, unknown>;
  values[key] = value;
  return s;
}

describe('scenarioChanges(scenario, baseline)', () => {
  it('lists nothing for a scenario equal to the baseline, whatever its name', () => {
    const diff = scenarioChanges(defaultScenario('Another name'), defaultScenario());
    expect(diff).toEqual({ groups: [], count: 0 });
  });

  it('finds a change to any single parameter, and only that one', () => {
    for (const [group, specs] of Object.entries(SCENARIO_SPEC) as [GroupId, Record<string, ParamSpec>][]) {
      for (const [key, spec] of Object.entries(specs)) {
        const s = withParam(group, key, otherValue(spec));
        const diff = scenarioChanges(s, defaultScenario());
        expect(paths(s, defaultScenario()), `${group}.${key}`).toEqual([`${groupPath(group)}.${key}`]);
        expect(diff.count).toBe(1);
        // And the other way round.
        expect(paths(defaultScenario(), s), `${group}.${key} reversed`).toEqual([`${groupPath(group)}.${key}`]);
      }
    }
  });

  it('reads the Rs 80 bn preset against the baseline preset as one change: the budget path', () => {
    // The baseline preset does not simulate its status quo separately (it is its own), which is no change.
    const diff = scenarioChanges(preset('bn80'), preset('baseline'));
    expect(diff.count).toBe(1);
    expect(diff.groups.map((g) => g.title)).toEqual(['Budget and its split']);
    expect(texts(preset('bn80'), preset('baseline'))).toEqual(['Annual budget path: Rs 0 bn / year in every year → Rs 80 bn / year in every year']);
    expect(diff.pairing).toBeUndefined();
  });

  it('reads a budget path year by year, a short list repeating its last year', () => {
    const path = defaultScenario();
    const flat = defaultScenario();
    flat.policy.budget.annualBn = [80];
    expect(texts(path, flat)).toEqual(['Annual budget path: Rs 80 bn / year in every year → Rs 80 → 100 → 120 bn / year']);
    const same = defaultScenario();
    same.policy.budget.annualBn = [80, 80, 80];
    expect(texts(same, flat)).toEqual([]);
  });

  it('names only the shares that moved, as percentages by programme or region', () => {
    const s = defaultScenario();
    s.policy.budget.programmeShares = rebalance(s.policy.budget.programmeShares, 'cash', 0.6);
    s.policy.budget.regionRule = 'custom';
    s.policy.budget.customRegionShares = { ...s.policy.budget.customRegionShares, punjab: 0.4, sindh: 0.3 };
    const diff = scenarioChanges(s, defaultScenario());
    const split = diff.groups[0]!.changes;
    expect(split.map((c) => c.label)).toEqual(['Split across programmes', 'Split across regions', 'Custom regional shares']);
    expect(split[0]!.parts!.map((p) => p.label)).toEqual(['Cash transfer', 'Education stipend', 'Microfinance (subsidy and risk fund)', 'Skills training', 'Small-farmer support', 'Administration']);
    expect(split[0]!.parts![0]).toEqual({ label: 'Cash transfer', from: '50% of budget', to: '60% of budget' });
    expect(changeText(split[1]!)).toBe('Split across regions: by poor people (headcount) → custom shares');
    expect(changeText(split[2]!)).toBe('Custom regional shares: Punjab 45% of budget → 40% of budget; Sindh 25% of budget → 30% of budget');
  });

  it('names livelihoods in words, not by their keys', () => {
    const s = defaultScenario();
    s.world.income.livelihoodOffset = { ...s.world.income.livelihoodOffset, nonFarmWage: 0 };
    expect(texts(s, defaultScenario())).toEqual(['Livelihood income differences: Non-farm wage work −0.05 log income → 0 log income']);
  });

  it('does not list float noise left by moving a share and moving it back', () => {
    const s = defaultScenario();
    const shares = s.policy.budget.programmeShares;
    s.policy.budget.programmeShares = { ...shares, cash: shares.cash + 1e-15, admin: shares.admin - 1e-15 };
    expect(texts(s, defaultScenario())).toEqual([]);
  });

  it('formats rupees, shares and switches as the editor shows them, in the editor’s group order', () => {
    const s = defaultScenario();
    s.world.shocks.flood2022 = true;
    s.policy.cash.benefitPKR = 2500;
    s.policy.cash.takeUp = 0.8;
    const diff = scenarioChanges(s, defaultScenario());
    expect(diff.groups.map((g) => g.title)).toEqual(['New cash transfer and targeting', 'Shocks and disasters']);
    expect(texts(s, defaultScenario())).toEqual([
      'New cash transfer: Rs 2,000 / household / month → Rs 2,500 / household / month',
      'Take-up: 90% → 80%',
      '2022-scale flood: off → on',
    ]);
  });

  it('flags changes to the world, which the baseline then no longer shares', () => {
    const s = defaultScenario();
    s.world.shocks.flood2022 = true;
    s.policy.cash.benefitPKR = 3000;
    const flags = scenarioChanges(s, defaultScenario()).groups.flatMap((g) => g.changes.map((c) => [c.label, c.flag]));
    expect(flags).toEqual([['New cash transfer', undefined], ['2022-scale flood', 'world']]);
  });

  it('worldDiffers: a world edited or drawn differently from the baseline\u2019s, not a policy change nor a world drawn alike', () => {
    const base = defaultScenario();
    const policy = defaultScenario();
    policy.policy.cash.benefitPKR = 3000;
    expect(worldDiffers(policy, base)).toBe(false);
    const flood = defaultScenario();
    flood.world.shocks.flood2022 = true;
    expect(worldDiffers(flood, base)).toBe(true);
    const drawn = { ...defaultScenario(), uncertainty: { ...base.uncertainty, 'world.consumption.mpc': { dist: 'uniform', low: 0.2, high: 0.4 } } } as Scenario;
    expect(worldDiffers(drawn, base)).toBe(true);
    // Both drawing it alike: the same draws in each replication, so the same world.
    expect(worldDiffers(drawn, { ...drawn, name: 'Other' })).toBe(false);
  });

  it('says a change to an uncertain parameter\u2019s value is not used by the runs, which draw it', () => {
    // Take-up is uncertain in the defaults: each replication draws it, so its value moves no number.
    const s = defaultScenario();
    s.policy.cash.takeUp = 0.3;
    const [change] = scenarioChanges(s, defaultScenario()).groups.flatMap((g) => g.changes);
    expect(change).toMatchObject({ label: 'Take-up', from: '90%', to: '30%', flag: 'drawn' });
    expect(FLAG_TEXT.drawn).toMatch(/^not used in the runs: each replication draws this assumption/);
    // Certain again, its value is used: no such flag.
    delete s.uncertainty['policy.cash.takeUp'];
    expect(scenarioChanges(s, defaultScenario()).groups.flatMap((g) => g.changes).find((c) => c.label === 'Take-up')?.flag).toBeUndefined();
  });

  it('flags run settings: seed, households and months break the pairing; replications only reduce it', () => {
    const s = defaultScenario();
    s.run.seed = 7;
    s.run.households = 5000;
    s.run.months = 48;
    s.run.replications = 50;
    const diff = scenarioChanges(s, defaultScenario());
    expect(diff.groups.map((g) => g.title)).toEqual(['Simulation settings']);
    expect(diff.groups[0]!.changes.map((c) => [changeText(c), c.flag])).toEqual([
      ['Sample households: 20,000 households → 5,000 households', 'unpaired'],
      ['Horizon: 36 months → 48 months', 'unpaired'],
      ['Replications: 100 replications → 50 replications', 'fewerPairs'],
      ['Seed: 20190327 → 7', 'unpaired'],
    ]);
    expect(diff.pairing).toBe('different draws (seed 7 (baseline 20190327), households 5,000 (baseline 20,000), months 48 (baseline 36)); differences need the same seed, households and months');
    const fewer = defaultScenario();
    fewer.run.replications = 50;
    expect(scenarioChanges(fewer, defaultScenario()).pairing).toBeUndefined();
  });

  it('lists a policy scenario that turns off its comparison with the status quo', () => {
    const s = preset('bn80');
    s.run.counterfactual = false;
    expect(texts(s, preset('baseline'))).toContain('Compare with the status quo: on → off');
  });
});

describe('the engine\u2019s sentences in Urdu', () => {
  it('the pairing reason and every kind of settings warning are worded from the catalogue', async () => {
    const { applyLocale } = await import('../../../src/i18n/index');
    const { costNoteLines, pairingReason, warningLines } = await import('../../../src/ui/views/engineText');
    const { englishWords } = await import('../../i18n/noEnglish');
    const other = defaultScenario();
    other.run.seed = 7;
    applyLocale('ur', 'international', undefined);
    try {
      const reason = pairingReason(other, defaultScenario())!;
      expect(reason).toContain('سیڈ 7');
      expect(englishWords(reason)).toEqual([]);
      const result = {
        scenario: defaultScenario(),
        meta: { households: 2000 },
        summary: {
          budgetPKR: { mean: 1e11 }, unspentByProgrammePKR: { cash: { mean: 0 }, stipend: { mean: 5e9 }, microfinance: { mean: 0 }, training: { mean: 0 }, farm: { mean: 0 } },
          unspentStepByProgrammePKR: { cash: { mean: 0 }, stipend: { mean: 2e9 }, microfinance: { mean: 0 }, training: { mean: 0 }, farm: { mean: 0 } },
          loansDisbursedPKR: { mean: 0 }, riskFundEndPKR: { mean: 5e9 }, riskFundContributionsPKR: { mean: 6e9 }, spentByProgrammePKR: { microfinance: { mean: 8e9 } },
        },
      } as never;
      // Two settings to check (unspent stipend, for both reasons; no loans) and one note on how the costs are counted (the idle fund).
      expect(warningLines(result)).toHaveLength(2);
      expect(costNoteLines(result)).toHaveLength(1);
      const lines = [...warningLines(result), ...costNoteLines(result)];
      expect(lines[0]).toContain('5 ارب روپے');
      for (const l of lines) expect(englishWords(l)).toEqual([]);
      // The custom split's regions with no households in the data (one, then several), each programme's money in the
      // others, and a replication's rows of data with a replication column.
      const sha256 = 'c'.repeat(64);
      for (const empty of [['sindh'], ['sindh', 'kp']]) {
        const scenario = defaultScenario();
        scenario.policy.budget.regionRule = 'custom';
        scenario.households = { id: 'pop', name: 'pop.csv', sha256, rows: 6000 };
        const onData = {
          ...(result as object), scenario, meta: { households: 6000 },
          byRegion: Object.fromEntries(['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'].map((r) => [r, { households: { mean: empty.includes(r) ? 0 : 1 } }])),
        } as never;
        const more = warningLines(onData, { [sha256]: [2000, 2000] });
        expect(more[0]).toContain(empty.length === 1 ? 'سندھ' : 'خیبر پختونخوا');
        expect(more.some((l) => l.includes('ہر تکرار میں 2,000 قطاریں'))).toBe(true);
        for (const l of more) expect(englishWords(l)).toEqual([]);
      }
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });
});
