// @vitest-environment node
/**
 * Why a programme left money unspent. A sample household costs benefit × months × its weight and a
 * stratum's envelope buys whole ones, so money is left over even while eligible households remain (a
 * whole-household step, larger the smaller the sample); the warnings must not blame the cut-off for it.
 * The enrolment records which envelopes passed over an eligible household for lack of money
 * (PassState.moneyShort), and closeYear books their remainder as unspentStep.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  defaultScenario, formatHouseholdsCsv, parseHouseholdsCsv, populationData, REGIONS, registerHouseholds, settingWarnings, sha256Hex, validateScenario, warningText,
  type Scenario, type SettingWarning,
} from '../../src/engine/index';
import { contextFor, type Context } from '../../src/engine/model/context';
import type { Population } from '../../src/engine/population/generate';
import { STRATA_COUNT, type RegionId } from '../../src/engine/population/regions';
import { LIVELIHOODS } from '../../src/engine/population/livelihoods';
import { createState, PROG } from '../../src/engine/model/state';
import { closeYear, startYear } from '../../src/engine/model/programmes';
import { MAX_YEARS } from '../../src/engine/model/layout';
import { runAll, smallScenario } from './helpers';

const stratumOf = (region: RegionId, rural: boolean) => 2 * REGIONS.indexOf(region) + (rural ? 1 : 0);
const PUNJAB_RURAL = stratumOf('punjab', true);
const KP_RURAL = stratumOf('kp', true);
const NON_FARM_WAGE = LIVELIHOODS.indexOf('nonFarmWage');

/** Context of a one-year Rs 1 bn budget, shared by population, all of it for one programme. */
function oneProgramme(programme: 'cash' | 'training', edit: (s: Scenario) => void): Context {
  const s = defaultScenario();
  s.run.households = 500;
  s.run.months = 12;
  s.run.replications = 1;
  s.policy.budget.annualBn = [1];
  s.policy.budget.regionRule = 'population';
  s.policy.budget.programmeShares = { cash: 0, stipend: 0, microfinance: 0, training: 0, farm: 0, admin: 0, [programme]: 1 };
  edit(s);
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('; '));
  return contextFor(v.scenario);
}

/** Unskilled wage-earning households of weight 1,000 and size 6, in stratum order, PMT order = list order. */
function unskilled(ctx: Context, strata: readonly number[]): Population {
  const n = strata.length;
  const f = () => new Float64Array(n);
  const u8 = () => new Uint8Array(n);
  const stratumStart = new Int32Array(STRATA_COUNT + 1);
  for (let s = 0; s < STRATA_COUNT; s++) stratumStart[s + 1] = stratumStart[s]! + strata.filter((x) => x === s).length;
  const pop: Population = {
    n, id: Int32Array.from({ length: n }, (_, i) => i), stratumStart,
    stratum: Uint8Array.from(strata), region: Uint8Array.from(strata, (s) => ctx.strata[s]!.regionIndex), weight: f().fill(1000), size: u8().fill(6),
    ae: f().fill(6), livelihood: u8().fill(NON_FARM_WAGE), femaleHead: u8(), elderlyDisabled: u8(), schoolChildren: u8(), skilled: u8(),
    base: f().fill(Math.log(6000)), persistent0: f(), farm: u8(), pmt: Float64Array.from(strata, (_, i) => i), pmtEffective: Float64Array.from(strata, (_, i) => i),
    bottom40: u8(), existing: u8(), pmtOrder: Int32Array.from(strata, (_, i) => i), uCash: f(), uStipend: f(), uTraining: f(), uFarm: f(), uWilful: f().fill(0.5),
    savings0: null, loanStatus: null,
  };
  return pop;
}

describe('startYear and closeYear: unspent money where eligible households remained (unspentStep)', () => {
  it('books a stratum\'s remainder as a step when an eligible household was left for lack of money, and not when every one was served', () => {
    const ctx = oneProgramme('training', (s) => {
      s.policy.training.costPKR = 100_000;
      s.policy.training.pmtCutoff = 100;
      s.policy.training.takeUp = 1;
    });
    // Punjab rural: 6 households of 6 people, KP rural: 1 of 30, all of weight 1,000; by population the
    // Rs 1 bn goes 36/66 and 30/66. A place costs Rs 100,000 × 1,000 = Rs 0.1 bn: Punjab's Rs 0.545 bn trains
    // 5 of its 6 and leaves Rs 0.045 bn, less than the sixth costs; KP's Rs 0.455 bn trains its one and
    // leaves Rs 0.355 bn, with nobody left to train.
    const pop = unskilled(ctx, [PUNJAB_RURAL, PUNJAB_RURAL, PUNJAB_RURAL, PUNJAB_RURAL, PUNJAB_RURAL, PUNJAB_RURAL, KP_RURAL]);
    pop.size[6] = 30;
    pop.ae[6] = 30;
    const st = createState(pop.n, true);
    startYear(ctx, pop, st, 0);
    const punjabLeft = (1e9 * 36) / 66 - 5 * 0.1e9;
    const kpLeft = (1e9 * 30) / 66 - 0.1e9;
    const trained = Array.from(st.took, (t) => (t & 8 ? 1 : 0));
    expect(trained).toEqual([1, 1, 1, 1, 1, 0, 1]);
    expect(st.moneyShort[PROG.training * STRATA_COUNT + PUNJAB_RURAL]).toBe(1);
    expect(st.moneyShort[PROG.training * STRATA_COUNT + KP_RURAL]).toBe(0);
    closeYear(st, 0);
    const at = PROG.training * MAX_YEARS;
    expect(st.unspentByProgramme[at]).toBeCloseTo(punjabLeft + kpLeft, -1);
    // Only Punjab's remainder: KP served its only eligible household and still had money.
    expect(st.unspentStep[at]).toBeCloseTo(punjabLeft, -1);
  });

  it('marks cash short when the existing transfer\'s top-up runs out, so no new household is enrolled', () => {
    const ctx = oneProgramme('cash', (s) => {
      s.policy.cash.existingTopUpPKR = 50_000;
    });
    const pop = unskilled(ctx, [PUNJAB_RURAL, PUNJAB_RURAL]);
    pop.weight.fill(100_000);
    pop.existing[0] = 1;
    const st = createState(pop.n, true);
    startYear(ctx, pop, st, 0);
    // A raise costs Rs 50,000 × 12 × 100,000 = Rs 60 bn, more than the whole Rs 1 bn.
    expect(st.topUp[0]).toBe(0);
    expect(st.cash[1]).toBe(0);
    expect(st.moneyShort[PROG.cash * STRATA_COUNT + PUNJAB_RURAL]).toBe(1);
  });
});

const unspentOf = (ws: SettingWarning[], p: string) => ws.find((w) => w.kind === 'unspent' && w.programme === p);

describe('settingWarnings: the reason given for unspent money', () => {
  // Everyone eligible (cut-offs 100, take-up 1) on 1,000 households: each sample household stands for
  // some 38,000 real ones, so a training place costs Rs 1.5 bn and most strata's envelopes buy few or none.
  const wide = smallScenario((s) => {
    s.policy.cash.targeting = 'budget';
    for (const p of ['stipend', 'training'] as const) {
      s.policy[p].pmtCutoff = 100;
      s.policy[p].takeUp = 1;
    }
    s.policy.farm.pmtCutoff = 100;
  }, 1000, 12);
  const { result } = runAll(wide, 2);

  it('blames the whole-household step, naming the sample, when eligible households remained', () => {
    const training = unspentOf(settingWarnings(result), 'training')!;
    expect(training).toMatchObject({ cause: 'step', sampleHouseholds: [1000, 1000], imported: false });
    expect(warningText(training)).toMatch(/^Skills training left \d+% of its budget \(Rs [\d.]+ bn\) unspent: eligible households remained, but the money left in a stratum bought less than one more sample household \(a whole-household step; it shrinks as the sample grows: 1,000 households\)\.$/);
    // No programme with an unspent warning here ran out of eligible households, and cash under budget targeting has no cut-off.
    for (const w of result.meta.warnings.filter((x) => x.includes('unspent'))) {
      expect(w).not.toMatch(/too few|cut-off/);
    }
  });

  it('counts the step part within the unspent money of each programme', () => {
    for (const p of ['cash', 'stipend', 'training', 'farm'] as const) {
      const step = result.summary.unspentStepByProgrammePKR[p].mean!;
      expect(step).toBeGreaterThanOrEqual(0);
      expect(step).toBeLessThanOrEqual(result.summary.unspentByProgrammePKR[p].mean! * (1 + 1e-12));
    }
    expect(result.summary.unspentStepByProgrammePKR.training.mean).toBeGreaterThan(0);
    expect(result.summary.unspentStepByProgrammePKR.admin.mean).toBe(0);
  });

  it('says every eligible household was served when none was left below the cut-off', () => {
    // Farm support for small farmers below PMT 3 only, with Rs 8 bn a year at Rs 1,000 a farmer (some
    // Rs 10 m a sample household): it runs out of farmers, not money.
    const few = smallScenario((s) => {
      s.policy.farm.pmtCutoff = 3;
      s.policy.farm.costPKR = 1000;
    }, 2000, 12);
    const farm = unspentOf(settingWarnings(runAll(few, 2).result), 'farm')!;
    expect(farm).toMatchObject({ cause: 'noneLeft' });
    expect(warningText(farm)).toMatch(/unspent: every small farmer below the farm-support cut-off was supported \(each only once\)\.$/);
  });
});

describe('warningText(unspent)', () => {
  const base = { kind: 'unspent', share: 0.4, unspentPKR: 4e9, stepPKR: 1e9, sampleHouseholds: [2000, 2000], imported: false, perReplication: false, cutoff: true, inRegionsWithData: false } as const;

  it('names both parts, as shares of the unspent money, when each is at least a tenth of it', () => {
    expect(warningText({ ...base, programme: 'stipend', cause: 'both' })).toBe(
      'The education stipend left 40% of its budget (Rs 4.0 bn) unspent: 75% of it where every household with school-age children below the stipend cut-off who takes it up was enrolled; 25% where eligible households remained, but the money left in a stratum bought less than one more sample household (a whole-household step; it shrinks as the sample grows: 2,000 households).',
    );
  });

  it('mentions no cut-off for cash under budget targeting, and speaks of rows for imported data', () => {
    expect(warningText({ ...base, programme: 'cash', cause: 'noneLeft', cutoff: false })).toBe(
      'The new cash transfer left 40% of its budget (Rs 4.0 bn) unspent: every household not already on the existing transfer who takes it up was enrolled.',
    );
    expect(warningText({ ...base, programme: 'farm', cause: 'step', sampleHouseholds: [400, 400], imported: true })).toMatch(/\(a whole-household step; it shrinks with more rows: 400 rows\)\.$/);
  });
});

/** The scenario on `text` as imported data: parsed (no errors allowed) and registered by hash in this thread. */
async function onData(sc: Scenario, text: string): Promise<Scenario> {
  const parsed = parseHouseholdsCsv(text);
  expect(parsed.errors).toEqual([]);
  const sha256 = await sha256Hex(text);
  registerHouseholds(sha256, parsed.data);
  const v = validateScenario({ ...sc, households: { id: 'data', name: 'data.csv', sha256, rows: parsed.data.n } });
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

describe('settingWarnings on imported data', () => {
  it('names the rows a replication runs on, not the file\u2019s rows together, for a file with a replication column', async () => {
    // Catches: the step's sample given as the file's 3,000 rows (meta.households) where each of its 3 replications runs on 1,000.
    const sc = smallScenario((s) => {
      s.run.replications = 3;
      s.policy.training.pmtCutoff = 100;
      s.policy.training.takeUp = 1;
    }, 1000, 12);
    const imported = await onData(sc, formatHouseholdsCsv(populationData(sc, [0, 1, 2])));
    const { result } = runAll(imported);
    expect(result.meta.households).toBe(3000);
    const training = unspentOf(settingWarnings(result), 'training')!;
    expect(training).toMatchObject({ cause: 'step', sampleHouseholds: [1000, 1000], imported: true, perReplication: true });
    expect(warningText(training)).toMatch(/\(a whole-household step; it shrinks with more rows: 1,000 rows a replication\)\.$/);
    expect(result.meta.warnings.join('\n')).not.toMatch(/3,000/);
  });

  describe('the custom regional split on data with no households in some regions', () => {
    // Punjab's rows of the example file: no other region has households.
    const example = readFileSync(new URL('../../examples/households.csv', import.meta.url), 'utf8').trim().split('\n');
    const punjab = [example[0]!, ...example.filter((line) => line.split(',')[2] === 'punjab')].join('\n') + '\n';
    const custom = (edit: (s: Scenario) => void = () => {}) => smallScenario((s) => {
      s.policy.budget.regionRule = 'custom';
      s.run.replications = 2;
      edit(s);
    }, 500, 12);

    it('spends nothing in those regions, reports their shares unspent, and says so first', async () => {
      // Catches: Sindh and the others given budget (Rs 2.5 bn of Sindh's spent on administration and risk-fund capital,
      // raising the cost per exit); that money counted in the programmes' unspent warnings with a reason of enrolment's
      // ("every household … was enrolled") and their shares of the budget; no warning naming the regions.
      const sc = await onData(custom(), punjab);
      const { result } = runAll(sc);
      const shares = sc.policy.budget.customRegionShares;
      for (const r of REGIONS) if (r !== 'punjab') expect(result.byRegion[r].spentPKR.mean, r).toBe(0);
      const budget = result.summary.budgetPKR.mean!;
      const leftOut = 1 - shares.punjab;
      expect(Math.abs(result.summary.spentPKR.mean! + result.summary.unspentPKR.mean! - budget)).toBeLessThan(1e-6 * budget);
      expect(result.summary.spentPKR.mean).toBeLessThanOrEqual(budget * shares.punjab * (1 + 1e-12));
      expect(result.summary.unspentPKR.mean).toBeGreaterThanOrEqual(budget * leftOut * (1 - 1e-12));
      const warnings = settingWarnings(result);
      expect(warnings[0]).toMatchObject({ kind: 'regionsLeftOut', regions: REGIONS.filter((r) => r !== 'punjab').map((region) => ({ region, share: expect.closeTo(shares[region], 12) })) });
      expect(result.meta.warnings[0]).toBe(
        'The custom regional split gives part of the budget to regions with no households in the data (Sindh 25%, Khyber Pakhtunkhwa 17%, Balochistan 8%, Gilgit-Baltistan 1.5%, Azad Jammu & Kashmir 2%, Islamabad 1.5%): those shares (55% of the budget, Rs 44.0 bn) are left unspent.',
      );
      // Each programme's warning is about Punjab's money alone: its share of that, and a reason of enrolment's.
      for (const w of warnings) {
        if (w.kind !== 'unspent') continue;
        const placed = budget * sc.policy.budget.programmeShares[w.programme] * shares.punjab;
        expect(w.inRegionsWithData).toBe(true);
        expect(w.unspentPKR).toBeLessThanOrEqual(placed * (1 + 1e-9));
        expect(w.share).toBeCloseTo(w.unspentPKR / placed, 12);
        expect(warningText(w)).toContain(' of its budget in the regions with households (');
      }
    });

    it('names a single region left out with its share and money', async () => {
      const sc = await onData(custom((s) => {
        s.policy.budget.customRegionShares = { punjab: 0.7, sindh: 0.3, kp: 0, balochistan: 0, gb: 0, ajk: 0, ict: 0 };
      }), punjab);
      const { result } = runAll(sc);
      expect(result.meta.warnings[0]).toBe(
        `The custom regional split gives 30% of the budget to Sindh, which has no households in the data: that share (Rs ${((result.summary.budgetPKR.mean! * 0.3) / 1e9).toFixed(1)} bn) is left unspent.`,
      );
    });

    it('says the same share of the risk fund’s opening capital is in no region’s fund', async () => {
      // Before, that capital was placed nowhere and said nowhere: the fund's balance was short of it, unexplained.
      const sc = await onData(custom((s) => {
        s.policy.budget.customRegionShares = { punjab: 0.7, sindh: 0.3, kp: 0, balochistan: 0, gb: 0, ajk: 0, ict: 0 };
        s.policy.microfinance.initialFundPKR = 2e9;
      }), punjab);
      const { result } = runAll(sc);
      const w = settingWarnings(result)[0]!;
      expect(w).toMatchObject({ kind: 'regionsLeftOut', fundPKR: expect.closeTo(0.6e9, 3) });
      expect(result.meta.warnings[0]).toMatch(/ The same share of the risk fund’s opening capital \(Rs 0\.6 bn\) is in no region’s fund and backs no loans\.$/);
    });

    it('gives no such warning on the synthetic population, where every region has households', () => {
      const { result } = runAll(custom());
      expect(settingWarnings(result).some((w) => w.kind === 'regionsLeftOut' || (w.kind === 'unspent' && w.inRegionsWithData))).toBe(false);
    });
  });
});
