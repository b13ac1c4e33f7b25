/**
 * Who each programme reached, by start decile, for one scenario: incidence
 * (the share of the programme's participating households that come from
 * each decile; sums to one) or coverage (the share of each decile's
 * households taking part). One panel per programme that reached anyone,
 * then "any new programme".
 */
import type { RunResult } from '../../../engine/index';
import type { IntervalValue } from '../types';
import { decileLabel, type ByStartDecile } from './decile';
import { EFFECT_GROUP_LABELS, type EffectGroup } from './effects';
import { interval } from './interval';

export type IncidenceMeasure = 'incidence' | 'coverage';

export interface IncidencePanel {
  group: EffectGroup;
  name: string;
  /** One per decile, poorest first. */
  bars: IntervalValue[];
}

export interface DecileCategory {
  decile: number;
  label: string;
}

/** The deciles as categories of a bar chart. */
export function decileCategories(by: ByStartDecile | null): DecileCategory[] {
  const count = by?.shareGaining.length ?? 0;
  return Array.from({ length: count }, (_, d) => ({ decile: d, label: decileLabel(d, count) }));
}

export function incidencePanels(result: RunResult, measure: IncidenceMeasure): IncidencePanel[] {
  const by = result.distribution.byStartDecile;
  if (!by) return [];
  return (Object.keys(EFFECT_GROUP_LABELS) as EffectGroup[])
    .filter((g) => (result.byProgramme[g].participants.mean ?? 0) > 0)
    .map((g) => ({ group: g, name: EFFECT_GROUP_LABELS[g], bars: by[measure][g].map((d) => interval(d)) }));
}
