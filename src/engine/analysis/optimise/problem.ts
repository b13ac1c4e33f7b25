/**
 * An optimisation problem posed on a scenario: which shares are decided
 * (the paying programmes' shares; administration too if the constraints give
 * it bounds; the seven regions' shares with `regions`), the constraints on
 * them as a SplitSpace, the top-up a floor on the existing recipients'
 * benefit requires, and how a split becomes a scenario document.
 *
 * Administration stays at the scenario's share unless the constraints name
 * it: the model has no cost of running programmes badly, so an optimiser
 * free to move it would cut it to its minimum (docs/optimise.md).
 */
import type { ValidationIssue } from '../../api';
import { PAYING_PROGRAMMES, PROGRAMMES, type ProgrammeId } from '../../scenario/groups/budget';
import { REGIONS, type RegionId } from '../../population/regions';
import type { Scenario } from '../../scenario/types';
import { NO_CONSTRAINTS, type OptimiseConstraints, type ShareBounds } from './constraints';
import { isFeasible, project, type SplitBlock, type SplitGroup, type SplitSpace } from './space';
import { centre } from './candidates';

export const OBJECTIVES = ['maxSustainedExits', 'minPovertyGapEnd', 'minCostPerExit'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/**
 * PAR30 cap for minCostPerExit when none is given: 5%, our assumption — a
 * level microfinance practice commonly treats as the edge of a healthy
 * portfolio. The default scenario's PAR30 is about 1.5%.
 */
export const DEFAULT_PAR30_CAP = 0.05;

export interface OptimiseRequest {
  objective: Objective;
  constraints?: OptimiseConstraints;
  /** Decide the split across regions too (the proposal then uses regionRule "custom"). */
  regions?: boolean;
  /** PAR30 cap; overrides constraints.par30Max. null: no cap (not even minCostPerExit's default). */
  par30Cap?: number | null;
}

export interface Variable {
  kind: 'programme' | 'region';
  key: ProgrammeId | RegionId;
}

export interface OptimiseProblem {
  scenario: Scenario;
  objective: Objective;
  constraints: OptimiseConstraints;
  regions: boolean;
  variables: Variable[];
  space: SplitSpace;
  /** Administration's share when it is not decided, else null. */
  adminFixed: number | null;
  /** The top-up every proposal pays the existing recipients (Rs a month). */
  topUpPKR: number;
  /** Whether proposals must show that every existing recipient got that top-up (a floor asked for one). */
  checkTopUp: boolean;
  par30Cap: number | null;
  /** The user's split in the decision variables (region shares: customRegionShares), and the feasible split nearest to it. */
  currentRaw: Float64Array;
  current: Float64Array;
}

export type ProblemBuilt = { ok: true; problem: OptimiseProblem } | { ok: false; issues: ValidationIssue[] };

const fmt = (x: number) => String(Number(x.toFixed(6)));

/** What the programmes' shares add up to: all of it less a fixed administration share. */
const programmeTotalOf = (adminBounds: ShareBounds | undefined, admin: number) => (adminBounds ? 1 : 1 - admin);

/** The months of year y of the run (12, or fewer in a last part-year). */
const monthsOfYear = (months: number, y: number) => Math.min(12, months - 12 * y);

/** The year's budget in PKR: the path's value, its last value repeating. */
const budgetOfYear = (annualBn: readonly number[], y: number) => annualBn[Math.min(y, annualBn.length - 1)]! * 1e9;

export function buildProblem(sc: Scenario, request: OptimiseRequest): ProblemBuilt {
  const issues: ValidationIssue[] = [];
  const constraints = request.constraints ?? NO_CONSTRAINTS;
  const regions = request.regions === true;
  const shares = sc.policy.budget.programmeShares;
  const adminBounds = constraints.programmes.admin;
  const adminFixed = adminBounds ? null : shares.admin;
  const programmeKeys: ProgrammeId[] = adminBounds ? [...PROGRAMMES] : [...PAYING_PROGRAMMES];
  const variables: Variable[] = [
    ...programmeKeys.map((key) => ({ kind: 'programme' as const, key })),
    ...(regions ? REGIONS.map((key) => ({ kind: 'region' as const, key })) : []),
  ];
  const n = variables.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n).fill(1);
  const indexOf = (kind: Variable['kind'], key: string) => variables.findIndex((v) => v.kind === kind && v.key === key);
  const setBounds = (i: number, b: ShareBounds | undefined) => {
    if (b?.min !== undefined) lo[i] = b.min;
    if (b?.max !== undefined) hi[i] = b.max;
  };
  programmeKeys.forEach((k, i) => setBounds(i, constraints.programmes[k]));
  if (regions) REGIONS.forEach((k) => setBounds(indexOf('region', k), constraints.regions[k]));
  else {
    if (Object.keys(constraints.regions).length > 0) issues.push({ path: 'regions', message: 'constraints on regions need the region split to be optimised too (--regions)' });
    constraints.groups.forEach((g, i) => {
      if (g.regions) issues.push({ path: `groups[${i}].regions`, message: 'constraints on regions need the region split to be optimised too (--regions)' });
    });
  }
  const programmeTotal = programmeTotalOf(adminBounds, shares.admin);
  const blocks: SplitBlock[] = [{ label: 'programmes', start: 0, end: programmeKeys.length, total: programmeTotal }];
  if (regions) blocks.push({ label: 'regions', start: programmeKeys.length, end: n, total: 1 });

  const groups: SplitGroup[] = [];
  constraints.groups.forEach((g, i) => {
    if (g.regions && !regions) return;
    // A fixed administration share in a programme group is a constant: it moves the group's bounds.
    const constant = g.programmes?.includes('admin') && adminFixed !== null ? adminFixed : 0;
    const members = g.programmes
      ? g.programmes.filter((p) => !(p === 'admin' && adminFixed !== null)).map((p) => indexOf('programme', p))
      : g.regions!.map((r) => indexOf('region', r));
    const min = (g.min ?? 0) - constant;
    const max = (g.max ?? 1) - constant;
    const label = `groups[${i}]`;
    if (members.length === 0) {
      if (min > 1e-12 || max < -1e-12) issues.push({ path: label, message: `holds only administration, fixed at ${fmt(adminFixed!)}, outside the group's bounds` });
      return;
    }
    groups.push({ label, members, min, max });
  });

  // The existing recipients' floor: the top-up it needs, and the cash share that could pay for it at all.
  const floor = constraints.existingRecipientsMonthlyPKR?.min;
  const existingBenefit = sc.world.existingCash.benefitPKR;
  const topUpPKR = floor === undefined ? sc.policy.cash.existingTopUpPKR : Math.max(sc.policy.cash.existingTopUpPKR, floor - existingBenefit);
  const checkTopUp = floor !== undefined && topUpPKR > 0 && sc.world.existingCash.recipients > 0;
  if (floor !== undefined) {
    const at = 'existingRecipientsMonthlyPKR';
    for (const path of ['policy.cash.existingTopUpPKR', 'world.existingCash.benefitPKR', 'world.existingCash.recipients'])
      if (sc.uncertainty[path]) issues.push({ path: at, message: `cannot be checked while ${path} is uncertain in the scenario; fix its value first` });
    if (topUpPKR > 50000) issues.push({ path: `${at}.min`, message: `needs a top-up of Rs ${fmt(topUpPKR)} a month, above the Rs 50,000 a top-up may be` });
    if (checkTopUp) {
      // Necessary, not sufficient: the national cost of the top-up in each year against the cash budget
      // (2% slack for the sample's count of recipients). Whether every stratum's cash envelope covers it is measured.
      let need = 0;
      for (let y = 0; 12 * y < sc.run.months; y++) {
        const budget = budgetOfYear(sc.policy.budget.annualBn, y);
        const cost = 0.98 * topUpPKR * monthsOfYear(sc.run.months, y) * sc.world.existingCash.recipients;
        need = Math.max(need, budget > 0 ? cost / budget : Infinity);
      }
      const cash = indexOf('programme', 'cash');
      const most = Math.min(hi[cash]!, programmeTotalOf(adminBounds, shares.admin));
      if (need > most) issues.push({ path: `${at}.min`, message: `a top-up of Rs ${fmt(topUpPKR)} a month to the existing recipients needs at least ${fmt(need * 100)}% of every year's budget for cash, more than the cash share may be (${fmt(most * 100)}%)` });
      else lo[cash] = Math.max(lo[cash]!, need);
    }
  }

  for (const b of blocks) {
    let sumLo = 0;
    let sumHi = 0;
    for (let i = b.start; i < b.end; i++) {
      sumLo += lo[i]!;
      sumHi += Math.min(hi[i]!, b.total);
    }
    const left = b.label === 'programmes' && adminFixed !== null ? ` left after administration (${fmt(adminFixed * 100)}%)` : '';
    if (sumLo > b.total + 1e-9) issues.push({ path: b.label, message: `the minimum shares add up to ${fmt(sumLo)}, more than the ${fmt(b.total)}${left}` });
    if (sumHi < b.total - 1e-9) issues.push({ path: b.label, message: `the maximum shares add up to ${fmt(sumHi)}, less than the ${fmt(b.total)} to share out${left}` });
  }
  for (const g of groups) {
    const most = g.members.reduce((s, i) => s + hi[i]!, 0);
    const least = g.members.reduce((s, i) => s + lo[i]!, 0);
    if (g.min > most + 1e-9) issues.push({ path: `${g.label}.min`, message: `${fmt(g.min)} is more than its members may have together (their maximums add up to ${fmt(most)})` });
    if (g.max < least - 1e-9) issues.push({ path: `${g.label}.max`, message: `${fmt(g.max)} is less than its members must have together (their minimums add up to ${fmt(least)})` });
  }
  const space: SplitSpace = { keys: variables.map((v) => `${v.kind === 'programme' ? 'programmes' : 'regions'}.${v.key}`), lo, hi, blocks, groups };
  if (issues.length === 0 && !centre(space)) issues.push({ path: '', message: 'no split meets all these constraints together (check the groups against the bounds)' });
  if (issues.length > 0) return { ok: false, issues };

  const currentRaw = Float64Array.from(variables, (v) => (v.kind === 'programme' ? shares[v.key as ProgrammeId] : sc.policy.budget.customRegionShares[v.key as RegionId]));
  const current = isFeasible(space, currentRaw) ? Float64Array.from(currentRaw) : project(space, currentRaw)!;
  const par30Cap = request.par30Cap === null ? null : (request.par30Cap ?? constraints.par30Max ?? (request.objective === 'minCostPerExit' ? DEFAULT_PAR30_CAP : null));
  return {
    ok: true,
    problem: { scenario: sc, objective: request.objective, constraints, regions, variables, space, adminFixed, topUpPKR, checkTopUp, par30Cap, currentRaw, current },
  };
}

/** The scenario document for split x: its shares, "custom" regions if decided, and the top-up. Not validated. */
export function applySplit(p: OptimiseProblem, x: ArrayLike<number>, name = p.scenario.name): Scenario {
  const out = structuredClone(p.scenario);
  out.name = name;
  const budget = out.policy.budget;
  const shares = { ...budget.programmeShares };
  p.variables.forEach((v, i) => {
    if (v.kind === 'programme') shares[v.key as ProgrammeId] = x[i]!;
  });
  if (p.adminFixed !== null) shares.admin = p.adminFixed;
  budget.programmeShares = Object.fromEntries(PROGRAMMES.map((k) => [k, shares[k]])) as Record<ProgrammeId, number>;
  if (p.regions) {
    budget.regionRule = 'custom';
    budget.customRegionShares = Object.fromEntries(
      REGIONS.map((r) => [r, x[p.variables.findIndex((v) => v.kind === 'region' && v.key === r)]!]),
    ) as Record<RegionId, number>;
  }
  out.policy.cash.existingTopUpPKR = p.topUpPKR;
  return out;
}

/**
 * What measures the top-up a scenario actually paid: the same cash envelope
 * in every stratum and year (the budget × the cash share, all to cash), no
 * new cash benefit, nothing else funded and the policy's uncertain
 * parameters fixed, so its spending is the top-up paid and nothing else.
 * Exact where the regional split does not depend on poverty (custom,
 * population); under the poverty-based rules, years after the first are split
 * on the probe's own poverty, close to but not the proposal's (docs/optimise.md).
 */
export function topUpProbe(sc: Scenario): Scenario {
  const out = structuredClone(sc);
  const cash = sc.policy.budget.programmeShares.cash;
  out.name = `${sc.name}: top-up probe`;
  out.policy.budget.annualBn = sc.policy.budget.annualBn.map((bn) => bn * cash);
  out.policy.budget.programmeShares = Object.fromEntries(PROGRAMMES.map((k) => [k, k === 'cash' ? 1 : 0])) as Record<ProgrammeId, number>;
  out.policy.cash.benefitPKR = 0;
  out.policy.microfinance.initialFundPKR = 0;
  out.uncertainty = Object.fromEntries(Object.entries(sc.uncertainty).filter(([path]) => !path.startsWith('policy.')));
  return out;
}
