/**
 * Scenario names that tell the truth. A scenario made from a budget preset
 * (or the baseline) is named after what it does — its budget path and
 * whether its split is the default — and the name follows every edit until
 * the user names it. A name the user gives stays, and the scenario is
 * marked "edited" once its contents drift from what they were when it was
 * named. Names are unique and at most MAX_NAME_LENGTH characters.
 */
import { canonicalJson, groupDefaults, type Scenario } from '../engine/index';

export const MAX_NAME_LENGTH = 60;

/** How a scenario got its name: generated from its contents, or given by the user (or a descriptive preset). */
export interface ScenarioMeta {
  named: 'auto' | 'user';
  /** The scenario as it was created: what Reset goes back to. */
  origin: Scenario;
  /** For a given name, the contents it was given for (see edited()). */
  namedFor: Scenario;
}

const bn = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** "Status quo (no new programmes)", "Rs 80 bn a year", "Rs 80 → 100 → 120 bn, custom split". */
export function autoName(s: Scenario): string {
  const path = s.policy.budget.annualBn;
  const topUp = s.policy.cash.existingTopUpPKR;
  if (path.every((x) => x === 0) && topUp === 0) return 'Status quo (no new programmes)';
  const budget = path.every((x) => x === path[0]) ? `Rs ${bn(path[0]!)} bn a year` : `Rs ${path.map(bn).join(' → ')} bn`;
  const defaults = groupDefaults('budget') as { programmeShares: Record<string, number>; regionRule: string };
  const shares = s.policy.budget.programmeShares as unknown as Record<string, number>;
  const defaultSplit = Object.keys(defaults.programmeShares).every((k) => Math.abs(shares[k]! - defaults.programmeShares[k]!) < 1e-9)
    && s.policy.budget.regionRule === defaults.regionRule;
  const parts = [budget];
  if (!defaultSplit) parts.push('custom split');
  if (topUp > 0) parts.push(`existing transfer +Rs ${topUp.toLocaleString('en-US')}`);
  return parts.join(', ');
}

/** `wanted`, or with " 2", " 3", … appended if another scenario has that name already. */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(wanted)) return wanted;
  for (let k = 2; ; k++) if (!names.has(`${wanted} ${k}`)) return `${wanted} ${k}`;
}

/** What a name describes: the policy and the world (not the name, nor how many replications are run). */
const contents = (s: Scenario) => canonicalJson({ policy: s.policy, world: s.world });

/** A user-named scenario whose contents are no longer what they were when it was named. */
export function edited(s: Scenario, meta: ScenarioMeta | undefined): boolean {
  return meta !== undefined && meta.named === 'user' && contents(s) !== contents(meta.namedFor);
}

/** Meta for a scenario that arrives without any (a workspace saved before names were tracked): its name is the user's. */
export function givenNameMeta(s: Scenario): ScenarioMeta {
  return { named: 'user', origin: s, namedFor: s };
}
