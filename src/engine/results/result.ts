/**
 * The result contract of a run (BRIEF.md): `meta`, `scenario`, `summary`,
 * `series`, `byRegion`, plus breakdowns by programme and year, the income
 * distribution and the counterfactual: the status quo (the existing cash
 * transfer still paying, no new programme) on the same draws, never a world
 * without programmes. Names here are read by
 * external checks: add freely, never rename.
 */
import type { Dist, RunMeta, SeriesBand } from '../api';
import type { Scenario } from '../scenario/types';
import type { RegionId } from '../population/regions';
import type { ProgrammeId } from '../scenario/groups/budget';
import type { EFFECT_GROUPS, PARTICIPANT_PROGRAMMES, RegionScalarKey, ScalarKey, SeriesKey } from '../model/layout';

export type ParticipantProgramme = (typeof PARTICIPANT_PROGRAMMES)[number];
export type EffectGroup = (typeof EFFECT_GROUPS)[number];

export type Summary = Record<ScalarKey, Dist> & {
  spentByProgrammePKR: Record<ProgrammeId, Dist>;
  /** Sustained exits beyond the status-quo counterfactual (the existing transfer still paying; same draws). */
  additionalSustainedExits: Dist;
  /** Poor households at the end avoided relative to the counterfactual. */
  poorHouseholdsAvoided: Dist;
  /** Fall in the end headcount (share of people) relative to the counterfactual. */
  headcountReductionEnd: Dist;
  /**
   * Spent ÷ additional sustained exits. Percentiles across replications, a
   * replication with zero or negative additional exits counting as infinite
   * cost (null when a percentile falls there); mean = total spent ÷ total
   * additional exits (null when that total is zero or negative).
   */
  costPerSustainedExitPKR: Dist;
  /** As costPerSustainedExitPKR, with risk-fund capital still held at the end taken off the spending. */
  costPerSustainedExitNetPKR: Dist;
  /** Budget left unused, by programme, over the whole run. */
  unspentByProgrammePKR: Record<ProgrammeId, Dist>;
  /**
   * The part of unspentByProgrammePKR left in a stratum's envelope for a year while eligible households there
   * went unserved: the money left bought less than one more sample household (a whole-household step,
   * which shrinks as the sample grows). The rest was left where every eligible household was served.
   */
  unspentStepByProgrammePKR: Record<ProgrammeId, Dist>;
  /**
   * Share of all households whose end consumption per adult-equivalent is at
   * least 5% higher (shareGaining) or lower (shareLosing) than in the status
   * quo on the same draws (NaN without the counterfactual).
   */
  shareGaining: Dist;
  shareLosing: Dist;
  /**
   * End Gini, poverty gap and severity minus the status quo's on the same
   * draws, taken per replication (negative: less unequal, less deep poverty).
   * Far sharper than comparing the two intervals, which mostly hold
   * variation between replications that the pairing removes.
   */
  giniChangeEnd: Dist;
  povertyGapChangeEnd: Dist;
  povertySeverityChangeEnd: Dist;
};

/**
 * Outcomes by decile of the start distribution: consumption per
 * adult-equivalent the month before month 0, people-weighted, the same
 * households with the programmes and without. Each array has one entry per
 * decile, poorest first. Changes are with − without at the end, on the same
 * draws, taken per replication.
 */
export interface ByStartDecile {
  /** Mean consumption per adult-equivalent at the end without the new programmes (PKR a month, people-weighted). */
  consumptionWithoutPKR: Dist[];
  /** Mean change in end consumption per adult-equivalent (PKR a month, people-weighted). */
  consumptionChangePKR: Dist[];
  /** The same change relative to the status quo's mean (with ÷ without − 1). */
  consumptionChange: Dist[];
  /** Share of the decile's households at least 5% better off / worse off. */
  shareGaining: Dist[];
  shareLosing: Dist[];
  /** Share of the decile's households taking part in each programme (coverage). */
  coverage: Record<EffectGroup, Dist[]>;
  /** Share of each programme's participating households that come from the decile (incidence; sums to 1 over deciles). */
  incidence: Record<EffectGroup, Dist[]>;
}

/**
 * Effects on the households a programme reached (participants), paired with
 * the status quo on the same draws. Income is consumption per
 * adult-equivalent at the end (PKR a month, household mean); poverty is the
 * share of those households' people who are poor at the end. Effects are
 * with ÷ without − 1, taken per replication.
 */
export interface ParticipantEffects {
  participants: Dist;
  householdSize: Dist;
  incomeWith: Dist;
  incomeWithout: Dist;
  incomeEffect: Dist;
  povertyWith: Dist;
  povertyWithout: Dist;
  povertyEffect: Dist;
  sustainedExits: Dist;
  additionalSustainedExits: Dist;
  /** Share of participants whose end consumption is at least 5% higher (lower) than without the new programmes (the status quo, same draws). */
  shareBetterOff: Dist;
  shareWorseOff: Dist;
}

/**
 * A region's differences from the status quo on the same draws, taken per replication within the region as
 * the national ones are (Summary): NaN without the counterfactual.
 */
export interface RegionEffects {
  additionalSustainedExits: Dist;
  poorHouseholdsAvoided: Dist;
  headcountReductionEnd: Dist;
  povertyGapChangeEnd: Dist;
  povertySeverityChangeEnd: Dist;
  giniChangeEnd: Dist;
  /** The region's spending ÷ its additional sustained exits, as Summary.costPerSustainedExitPKR (every rupee is paid in a stratum). */
  costPerSustainedExitPKR: Dist;
}

/** Uncertain parameters (sorted paths) and the value each replication drew, row by row. */
export interface DrawnParameters {
  parameters: string[];
  replications: number[];
  /** draws[i][k]: parameter k in replication replications[i]. */
  draws: number[][];
}

export interface RunResult {
  meta: RunMeta;
  scenario: Scenario;
  /** Null when the scenario has no uncertain parameters. */
  uncertainty: DrawnParameters | null;
  summary: Summary;
  series: Record<SeriesKey, SeriesBand> & { byRegion: Record<RegionId, { povertyHeadcount: SeriesBand }> };
  byRegion: Record<RegionId, Record<RegionScalarKey, Dist> & RegionEffects>;
  byProgramme: Record<EffectGroup, ParticipantEffects>;
  byYear: { budgetPKR: Dist[]; spentPKR: Record<ProgrammeId, Dist[]>; unspentPKR: Dist[] };
  distribution: {
    /** Bin edges as multiples of the poverty line (length bins + 1). */
    lineRatioEdges: number[];
    /** Mean people per bin across replications, at the start and the end. */
    start: number[];
    end: number[];
    decileMeanStart: Dist[];
    decileMeanEnd: Dist[];
    /** Decile means within each region (its own people's deciles), at the start and the end. */
    byRegion: Record<RegionId, { decileMeanStart: Dist[]; decileMeanEnd: Dist[] }>;
    /** Effects by start decile (null when the counterfactual is off). */
    byStartDecile: ByStartDecile | null;
  };
  /** The status quo's key outcomes on the same draws (null when the counterfactual is off). */
  counterfactual: null | {
    summary: Pick<Summary, 'povertyHeadcountStart' | 'poorBothWaves' | 'poorOneWave' | 'poorNeitherWave' | 'giniEnd' | 'par30Last12' | 'povertyHeadcountEnd' | 'poorHouseholdsEnd' | 'sustainedExits' | 'reentries' | 'newlyPoor' | 'meanIncomeEnd' | 'povertyGapEnd' | 'povertySeverityEnd'>;
    series: Pick<Record<SeriesKey, SeriesBand>, 'povertyHeadcount' | 'meanIncome' | 'poorHouseholds' | 'povertyGap' | 'povertySeverity'>;
  };
}
