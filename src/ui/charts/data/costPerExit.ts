/**
 * Cost per additional sustained exit (spending ÷ exits beyond the status
 * quo, the existing cash transfer only, per replication, summarised by the engine),
 * ranked cheapest first. Scenarios with no additional exits have no cost
 * per exit: they go last, flagged, never drawn as a zero. The chart and the
 * ranking table both take their order from here, so they cannot disagree.
 */
import { i18n } from '../../../i18n/index';
import type { ChartRun, IntervalValue } from '../types';
import { interval, type Centre } from './interval';
import { worldSettingsKey } from '../../../engine/index';

/**
 * What scenarios are ranked by, with its name for captions, kept together so
 * the words follow the number. The mean, because the engine's mean is total
 * spent ÷ total additional exits, the usual estimate of a ratio; the median
 * of per-replication ratios can put scenarios in another order.
 */
export const COST_RANKING: { readonly centre: Centre; readonly caption: string } = {
  centre: 'mean',
  get caption() {
    return i18n.t('charts:costRanking.caption');
  },
};

/** Said in place of a cost where there is none, in the current language. */
export const noExitsText = (): string => i18n.t('charts:costRanking.noExits');
/** The English words (kept for callers outside the charts that have not moved to noExitsText yet). */
export const NO_EXITS = 'no additional exits';

export interface CostPerExitRow extends IntervalValue {
  id: string;
  name: string;
  color: string;
  /** True when no cost could be taken (no additional exits overall), so there is none to show. */
  noExits: boolean;
  /** Run on other household data than the reference (the baseline's): its cost rests on other households, so it is listed after the others. */
  otherData: boolean;
  /**
   * Run in another world than the reference's (shocks, prices, population, incomes, the existing transfer): its cost
   * is against another status quo, so it is listed after the others too. A flood switched on had ranked cheapest,
   * more poor households to lift out in its world, tied with Rs 80 bn in the baseline's.
   */
  otherWorld: boolean;
}

/** Whether a row is left out of the ranking, listed after the ranked ones: other households, or another world. */
export const unranked = (r: Pick<CostPerExitRow, 'otherData' | 'otherWorld'>): boolean => r.otherData || r.otherWorld;

/** A run's world: its world parameters and the uncertainty of those (not its seed, size or months). */
export function worldOf(run: ChartRun | undefined): string | null {
  return run ? worldSettingsKey(run.result.scenario) : null;
}

/** The household data a run's scenario ran on: its checksum, or null for the synthetic population. */
export function householdsOf(run: ChartRun | undefined): string | null {
  return run?.result.scenario.households?.sha256 ?? null;
}

/**
 * Cheapest first; rows on other household data than `reference` (by default the first run's: the baseline's, which
 * useChartInputs puts first) after all the others, ranked among themselves; no exits last within each.
 */
export function costPerExitRows(runs: readonly ChartRun[], reference: string | null = householdsOf(runs[0]), world: string | null = worldOf(runs[0])): CostPerExitRow[] {
  const rows = runs.map((r) => {
    const v = interval(r.result.summary.costPerSustainedExitPKR, COST_RANKING.centre);
    const otherData = householdsOf(r) !== reference;
    return { id: r.id, name: r.name, color: r.color, ...v, noExits: v.value === null, otherData, otherWorld: !otherData && worldOf(r) !== world };
  });
  // Stable sort: ties, and the flagged rows among themselves, keep the order they were given in.
  return rows.sort((a, b) => {
    if (unranked(a) !== unranked(b)) return unranked(a) ? 1 : -1;
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return a.value - b.value;
  });
}
