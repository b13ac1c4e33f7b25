/**
 * Which constraints a split meets and which bind (hold at their bound). A
 * share constraint binds when the share is within BIND_TOL of its bound;
 * a share decided by the optimiser that ends at 0 with no minimum given is
 * reported too (implicit), since "nothing to training" is worth saying. The
 * PAR30 cap binds when the split's mean PAR30 is within PAR30_NEAR of it
 * (measured with noise, so "at the cap" is a range); the existing
 * recipients' floor binds when it is what set the top-up.
 */
import type { ProgrammeId } from '../../scenario/groups/budget';
import type { RegionId } from '../../population/regions';
import type { Scenario } from '../../scenario/types';
import { topUpCoverage, COVERAGE_TOL, type Measure } from './objectives';
import type { OptimiseProblem } from './problem';

export interface ConstraintStatus {
  /** Where the constraint is in the constraints document, e.g. "programmes.cash.min", "groups[0].min", "par30Max". */
  path: string;
  kind: 'min' | 'max';
  bound: number;
  /** The split's value (a share, Rs a month, or PAR30); null where it cannot be judged (regions under a rule). */
  value: number | null;
  met: boolean | null;
  binds: boolean;
  /** A share's natural lower bound of 0, reported only when it binds. */
  implicit?: true;
  /**
   * The existing recipients' floor, where the top-up is checked: the share of the top-up due that was paid
   * (topUpCoverage). The floor's `value` is the benefit a month it sets, which can equal its bound while the cash
   * budget runs short of paying every recipient: then this says by how much.
   */
  topUpPaid?: number;
}

export const BIND_TOL = 1e-6;
export const PAR30_NEAR = 0.05;

export function constraintStatus(p: OptimiseProblem, sc: Scenario, ms: readonly Measure[], topUpMeasured = true): ConstraintStatus[] {
  const out: ConstraintStatus[] = [];
  const b = sc.policy.budget;
  const programmeShare = (k: ProgrammeId) => b.programmeShares[k];
  const regionShare = (k: RegionId) => (b.regionRule === 'custom' ? b.customRegionShares[k] : null);
  const push = (path: string, kind: 'min' | 'max', bound: number, value: number | null) => {
    const met = value === null ? null : kind === 'min' ? value >= bound - 1e-9 : value <= bound + 1e-9;
    out.push({ path, kind, bound, value, met, binds: value !== null && Math.abs(value - bound) <= BIND_TOL });
  };
  const c = p.constraints;
  for (const [k, bounds] of Object.entries(c.programmes)) {
    if (bounds.min !== undefined) push(`programmes.${k}.min`, 'min', bounds.min, programmeShare(k as ProgrammeId));
    if (bounds.max !== undefined) push(`programmes.${k}.max`, 'max', bounds.max, programmeShare(k as ProgrammeId));
  }
  for (const [k, bounds] of Object.entries(c.regions)) {
    if (bounds.min !== undefined) push(`regions.${k}.min`, 'min', bounds.min, regionShare(k as RegionId));
    if (bounds.max !== undefined) push(`regions.${k}.max`, 'max', bounds.max, regionShare(k as RegionId));
  }
  c.groups.forEach((g, i) => {
    const values = g.programmes ? g.programmes.map(programmeShare) : g.regions!.map(regionShare);
    const value = values.some((v) => v === null) ? null : (values as number[]).reduce((s, v) => s + v, 0);
    if (g.min !== undefined) push(`groups[${i}].min`, 'min', g.min, value);
    if (g.max !== undefined) push(`groups[${i}].max`, 'max', g.max, value);
  });
  const floor = c.existingRecipientsMonthlyPKR?.min;
  if (floor !== undefined) {
    const monthly = sc.world.existingCash.benefitPKR + sc.policy.cash.existingTopUpPKR;
    // Met when the benefit reaches the floor and, where a top-up is checked, every recipient was paid it.
    const reaches = monthly >= floor - 1e-9;
    const paid = p.checkTopUp && topUpMeasured ? topUpCoverage(ms) : null;
    const met = !reaches ? false : !p.checkTopUp ? true : paid !== null ? paid >= 1 - COVERAGE_TOL : null;
    out.push({
      path: 'existingRecipientsMonthlyPKR.min', kind: 'min', bound: floor, value: monthly, met,
      binds: sc.policy.cash.existingTopUpPKR > 0 && Math.abs(monthly - floor) <= BIND_TOL,
      ...(paid !== null ? { topUpPaid: paid } : {}),
    });
  }
  if (p.par30Cap !== null) {
    let s = 0;
    for (const m of ms) s += m.par30;
    const value = ms.length ? s / ms.length : null;
    out.push({
      path: 'par30Max', kind: 'max', bound: p.par30Cap, value,
      met: value === null ? null : value <= p.par30Cap, binds: value !== null && value >= p.par30Cap * (1 - PAR30_NEAR),
    });
  }
  p.variables.forEach((v) => {
    const explicitMin = v.kind === 'programme' ? c.programmes[v.key as ProgrammeId]?.min : c.regions[v.key as RegionId]?.min;
    const value = v.kind === 'programme' ? programmeShare(v.key as ProgrammeId) : regionShare(v.key as RegionId);
    if (explicitMin === undefined && value !== null && value <= BIND_TOL)
      out.push({ path: `${v.kind === 'programme' ? 'programmes' : 'regions'}.${v.key}.min`, kind: 'min', bound: 0, value, met: true, binds: true, implicit: true });
  });
  return out;
}
