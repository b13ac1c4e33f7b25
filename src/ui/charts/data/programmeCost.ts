/**
 * Cost per additional sustained exit programme by programme: each programme
 * of the scenario in focus run alone with the money it gets there, on the
 * same world and draws, against the status quo (engine programmeOnlyScenario).
 * Ranked cheapest first by the statistic the scenario ranking uses. Programmes
 * interact, so the exits they add alone are set beside what they add together.
 */
import { i18n } from '../../../i18n/index';
import type { PayingProgramme, RunResult } from '../../../engine/index';
import type { IntervalValue } from '../types';
import { interval } from './interval';
import { COST_RANKING, noExitsText } from './costPerExit';

/** What the chart is given: the scenario, and each of its programme-only runs as far as it has got. */
export interface ProgrammeRunsInput {
  scenarioName: string;
  /**
   * The scenario's colour, which every bar takes: the bars are its programmes, named on the axis. In programme
   * colours, drawn from the scenarios' set, a green "Skills training" bar beside a green "Rs 120 bn" read as one.
   */
  color?: string;
  /** The scenario's own result (all its programmes together). */
  combined: RunResult;
  runs: { programme: PayingProgramme; label: string; result: RunResult | null; done: number; total: number }[];
}

export interface ProgrammeCostRow extends IntervalValue {
  programme: PayingProgramme;
  label: string;
  /** Additional sustained exits (households) with the programme alone. */
  exits: IntervalValue;
  spentPKR: number | null;
  /** Replications its result rests on (0 before the first). */
  replications: number;
  /** No result yet, or no additional exits: nothing to draw, and `note` says which. */
  note: string | null;
}

/** The English words (the test's and older callers'); the chart says notYetText(). */
export const NOT_YET = 'not run yet';
export const notYetText = (): string => i18n.t('charts:costRanking.notYet');

export function programmeCostRows(input: ProgrammeRunsInput): ProgrammeCostRow[] {
  const rows = input.runs.map(({ programme, label, result }): ProgrammeCostRow => {
    if (!result) return { programme, label, value: null, low: null, high: null, error: null, exits: interval(undefined), spentPKR: null, replications: 0, note: notYetText() };
    const cost = interval(result.summary.costPerSustainedExitPKR, COST_RANKING.centre);
    return {
      programme, label, ...cost,
      exits: interval(result.summary.additionalSustainedExits, 'mean'),
      spentPKR: result.summary.spentPKR.mean,
      replications: result.meta.replications,
      note: cost.value === null ? noExitsText() : null,
    };
  });
  // Stable: rows without a cost keep their order, after those with one.
  return rows.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return a.value - b.value;
  });
}

/** Replications done and wanted across the programme-only runs, for their progress bar. */
export function programmeProgress(input: ProgrammeRunsInput): { done: number; total: number } {
  return input.runs.reduce((a, r) => ({ done: a.done + Math.min(r.done, r.total), total: a.total + r.total }), { done: 0, total: 0 });
}

/**
 * Mean additional exits of the programmes alone, summed, beside the
 * scenario's own: they differ because a household can take part in several
 * programmes. Null until every programme has a result, and with one
 * programme.
 */
export function interaction(input: ProgrammeRunsInput): { alone: number; together: number } | null {
  // One programme alone is the scenario itself: nothing to compare.
  if (input.runs.length < 2 || input.runs.some((r) => !r.result)) return null;
  const alone = input.runs.reduce((a, r) => a + (r.result!.summary.additionalSustainedExits.mean ?? 0), 0);
  const together = input.combined.summary.additionalSustainedExits.mean;
  return together === null ? null : { alone, together };
}
