/**
 * The result contract of a run (BRIEF.md): `meta`, `scenario`, `summary`,
 * `series`, `byRegion`, plus breakdowns by programme and year, the income
 * distribution and the no-programme counterfactual. Names here are read by
 * external checks: add freely, never rename.
 */
import type { Dist, RunMeta, SeriesBand } from '../api';
import type { Scenario } from '../scenario/types';
import type { RegionId } from '../population/regions';
import type { ProgrammeId } from '../scenario/groups/budget';
import type { PARTICIPANT_PROGRAMMES, RegionScalarKey, ScalarKey, SeriesKey } from '../model/layout';

export type ParticipantProgramme = (typeof PARTICIPANT_PROGRAMMES)[number];

export type Summary = Record<ScalarKey, Dist> & {
  spentByProgrammePKR: Record<ProgrammeId, Dist>;
  /** Sustained exits beyond the no-programme counterfactual (same draws). */
  additionalSustainedExits: Dist;
  /** Poor households at the end avoided relative to the counterfactual. */
  poorHouseholdsAvoided: Dist;
  /** Fall in the end headcount (share of people) relative to the counterfactual. */
  headcountReductionEnd: Dist;
  /**
   * Spent ÷ additional sustained exits. Percentiles across replications, a
   * replication with no additional exits counting as infinite cost (null when
   * a percentile falls there); mean = total spent ÷ total additional exits.
   */
  costPerSustainedExitPKR: Dist;
};

export interface RunResult {
  meta: RunMeta;
  scenario: Scenario;
  summary: Summary;
  series: Record<SeriesKey, SeriesBand>;
  byRegion: Record<RegionId, Record<RegionScalarKey, Dist>>;
  byProgramme: Record<ParticipantProgramme, { participants: Dist; sustainedExits: Dist }>;
  byYear: { budgetPKR: Dist[]; spentPKR: Record<ProgrammeId, Dist[]>; unspentPKR: Dist[] };
  distribution: {
    /** Bin edges as multiples of the poverty line (length bins + 1). */
    lineRatioEdges: number[];
    /** Mean people per bin across replications, at the start and the end. */
    start: number[];
    end: number[];
    decileMeanStart: Dist[];
    decileMeanEnd: Dist[];
  };
  /** The counterfactual's key outcomes (absent when the counterfactual is off). */
  counterfactual: null | {
    summary: Pick<Summary, 'povertyHeadcountEnd' | 'poorHouseholdsEnd' | 'sustainedExits' | 'reentries' | 'newlyPoor' | 'meanIncomeEnd'>;
    series: Pick<Record<SeriesKey, SeriesBand>, 'povertyHeadcount' | 'meanIncome' | 'poorHouseholds'>;
  };
}
