/**
 * Scenario names that tell the truth. A scenario made from a budget preset
 * (or the baseline) is named after what it does — its budget path and
 * whether its split is the default — and the name follows every edit until
 * the user names it. A name the user gives stays, and the scenario is
 * marked "edited" once its contents drift from what they were when it was
 * named. Names are unique and at most MAX_NAME_LENGTH characters.
 */
import { canonicalJson, groupDefaults, type Scenario } from '../engine/index';
import { i18n } from '../i18n/index';
import type { Language } from '../i18n/languages';
import { intlLocale } from '../i18n/numbers';

export const MAX_NAME_LENGTH = 60;

/** How a scenario got its name: generated from its contents, or given by the user (or a descriptive preset). */
export interface ScenarioMeta {
  named: 'auto' | 'user';
  /** The scenario as it was created: what Reset goes back to. */
  origin: Scenario;
  /** For a given name, the contents it was given for (see edited()). */
  namedFor: Scenario;
}

/** What a generated name says: the budget path (Rs bn a year), whether the split is the default, any top-up of the existing transfer. */
export interface NameParts {
  statusQuo: boolean;
  annualBn: readonly number[];
  customSplit: boolean;
  topUpPKR: number;
}

export function nameParts(s: Scenario): NameParts {
  const path = s.policy.budget.annualBn;
  const topUp = s.policy.cash.existingTopUpPKR;
  const defaults = groupDefaults('budget') as { programmeShares: Record<string, number>; regionRule: string };
  const shares = s.policy.budget.programmeShares as unknown as Record<string, number>;
  const defaultSplit = Object.keys(defaults.programmeShares).every((k) => Math.abs(shares[k]! - defaults.programmeShares[k]!) < 1e-9)
    && s.policy.budget.regionRule === defaults.regionRule;
  return { statusQuo: path.every((x) => x === 0) && topUp === 0, annualBn: path, customSplit: !defaultSplit, topUpPKR: topUp };
}

/** A generated name in a language: English is what is stored (autoName); other languages are only shown (displayName.ts). */
export function nameText(p: NameParts, lng: Language): string {
  const t = (key: 'statusQuo' | 'perYear' | 'path' | 'pathSeparator' | 'customSplit' | 'topUp' | 'separator', values: Record<string, string> = {}) =>
    i18n.t(`common:scenarioNames.${key}`, { ...values, lng });
  const number = (x: number, options?: Intl.NumberFormatOptions) => x.toLocaleString(intlLocale(lng), options);
  const bn = (x: number) => (Number.isInteger(x) ? number(x) : number(x, { maximumFractionDigits: 2 }));
  if (p.statusQuo) return t('statusQuo');
  const path = p.annualBn;
  const budget = path.every((x) => x === path[0]) ? t('perYear', { amount: bn(path[0]!) }) : t('path', { amounts: path.map(bn).join(t('pathSeparator')) });
  const parts = [budget];
  if (p.customSplit) parts.push(t('customSplit'));
  if (p.topUpPKR > 0) parts.push(t('topUp', { amount: number(p.topUpPKR) }));
  return parts.join(t('separator'));
}

/** "Status quo (no new programmes)", "Rs 80 bn a year", "Rs 80 → 100 → 120 bn, custom split": always English, as stored. */
export function autoName(s: Scenario): string {
  return nameText(nameParts(s), 'en');
}

/** `wanted`, or with " 2", " 3", … appended if another scenario has that name already. */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(wanted)) return wanted;
  for (let k = 2; ; k++) if (!names.has(`${wanted} ${k}`)) return `${wanted} ${k}`;
}

/** What a name describes: the policy and the world, with the uncertainty of their parameters (not the name, nor how many replications are run). */
const contents = (s: Scenario) => canonicalJson({ policy: s.policy, world: s.world, uncertainty: s.uncertainty });

/** A user-named scenario whose contents are no longer what they were when it was named. */
export function edited(s: Scenario, meta: ScenarioMeta | undefined): boolean {
  return meta !== undefined && meta.named === 'user' && contents(s) !== contents(meta.namedFor);
}

/** Meta for a scenario that arrives without any (a workspace saved before names were tracked): its name is the user's. */
export function givenNameMeta(s: Scenario): ScenarioMeta {
  return { named: 'user', origin: s, namedFor: s };
}
