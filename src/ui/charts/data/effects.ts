/**
 * Effects on the households each programme reached, for one scenario:
 * consumption per adult-equivalent and the poverty share of their people at
 * the end, with the programmes and under the status quo (existing cash
 * transfer only) on the same draws, and the effect (with ÷ without − 1),
 * all summarised across replications by the engine. One row per programme
 * that reached anyone, then "any new programme" (each household once).
 */
import { i18n } from '../../../i18n/index';
import { labelled } from '../lang';
import type { RunResult } from '../../../engine/index';
import type { IntervalValue } from '../types';
import { interval } from './interval';

export type EffectGroup = keyof RunResult['byProgramme'];
type Effects = RunResult['byProgramme'][EffectGroup];

/** Plain names, in the order rows are shown; "any" last, as the total. */
const GROUPS: readonly EffectGroup[] = ['cash', 'stipend', 'microfinance', 'training', 'farm', 'any'];
/** Read when asked for, so the names follow the language. */
export const EFFECT_GROUP_LABELS = Object.defineProperties(
  {} as Record<EffectGroup, string>,
  Object.fromEntries(GROUPS.map((g) => [g, { get: () => i18n.t(`charts:effectGroups.${g}`), enumerable: true }])),
);

/** The measures a row carries, each a mean with its 90% interval. */
export const EFFECT_FIELDS = [
  'participants', 'householdSize', 'incomeWith', 'incomeWithout', 'incomeEffect',
  'povertyWith', 'povertyWithout', 'povertyEffect', 'additionalSustainedExits', 'shareBetterOff', 'shareWorseOff',
] as const satisfies readonly (keyof Effects)[];

export type EffectField = (typeof EFFECT_FIELDS)[number];

export type EffectRow = { id: EffectGroup; name: string } & Record<EffectField, IntervalValue>;

/** The two effects the chart draws, one panel each. */
export const EFFECT_PANELS = [
  labelled('incomeEffect', () => i18n.t('charts:effects.consumption')),
  labelled('povertyEffect', () => i18n.t('charts:effects.poverty')),
] as const satisfies readonly { key: EffectField; label: string }[];

/** Why there is nothing to show, or null when there is. */
export function effectsUnavailable(result: RunResult): string | null {
  if (result.counterfactual === null) return i18n.t('charts:decile.noStatusQuo');
  if (!((result.byProgramme.any.participants.mean ?? 0) > 0)) return i18n.t('charts:effects.noneTookPart');
  return null;
}

export function effectRows(result: RunResult): EffectRow[] {
  if (effectsUnavailable(result) !== null) return [];
  return (Object.keys(EFFECT_GROUP_LABELS) as EffectGroup[])
    .filter((g) => (result.byProgramme[g].participants.mean ?? 0) > 0)
    .map((g) => {
      const e = result.byProgramme[g];
      const row = { id: g, name: EFFECT_GROUP_LABELS[g] } as EffectRow;
      for (const f of EFFECT_FIELDS) row[f] = interval(e[f]);
      return row;
    });
}

/** One bar per row for a panel: the row's effect, named and coloured for the plot. */
export interface EffectBar extends IntervalValue {
  id: EffectGroup;
  name: string;
  color: string;
}

export function effectBars(rows: readonly EffectRow[], field: EffectField, color: string): EffectBar[] {
  return rows.map((r) => ({ id: r.id, name: r.name, color, ...r[field] }));
}
