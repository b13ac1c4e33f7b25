/**
 * Public surface of the engine. The runners, CLI and UI import only from here.
 */
export type { Dist, RunMeta, SeriesBand, ValidationIssue, ValidationResult } from './api';
export type { Scenario, GroupId } from './scenario/types';
export { migrateScenario } from './scenario/migrate';
export { jsonErrorPlace, jsonErrorReason, jsonSyntaxOffset } from './scenario/jsonSyntax';
export { ISSUE_CODES, type IssueArgs, type IssueCode, type Found } from './scenario/issueCodes';
export { RUN_SPEC, SCENARIO_SPEC, SCENARIO_VERSION, groupPath, groupValues, withGroup, partOf, type Part } from './scenario/types';
export type { ParamSpec, Confidence, NumberSpec, BooleanSpec, EnumSpec, ArraySpec, RecordSpec } from './scenario/spec';
export { defaultScenario, baselineScenario, groupDefaults } from './scenario/defaults';
export { numberIssues, validateScenario } from './scenario/validate';
export {
  DISTRIBUTIONS, quantile, uncertainSpec, recordEntry, valueAt, uncertainUnit, uncertainPaths, isRead, hasMoney, drawnValue, withValues, scenarioForReplication,
  type Distribution, type DistributionKind, type Uncertainty,
} from './scenario/uncertainty';
export { simulateReplication, simulateWorld, isStatusQuoPolicy, replicationSize, ENGINE_VERSION } from './simulate';
export { worldKey, worldSettingsKey, policyKey, canonicalJson } from './scenario/keys';
export { programmeOnlyScenario, programmeOnlyScenarios, type PayingProgramme, type ProgrammeOnly } from './scenario/programmeOnly';
export { Accumulator } from './results/accumulator';
export { buildResult } from './results/build';
export type { RunResult, Summary, DrawnParameters } from './results/result';
export { REGIONS, REGION_LABELS, type RegionId } from './population/regions';
export { LIVELIHOOD_LABELS } from './scenario/entryLabels';
export { PROGRAMMES, PAYING_PROGRAMMES, type ProgrammeId } from './scenario/groups/budget';
export { REGION_SCALARS, SCALARS, SERIES, type RegionScalarKey, type ScalarKey, type SeriesKey } from './model/layout';
export { compareRuns, costDraws, costTie, type CostDraws, type Difference } from './results/compare';
export { scalarOffsets, selectScalars } from './results/select';
export {
  buildComparison, pairingProblem, COMPARISON_FORMAT, COMPARISON_VERSION, COMPARISON_SERIES,
  type ComparisonResult, type PairedDifference, type UnpairedDifference,
} from './results/comparison';
export { warmUp } from './warmUp';
export {
  OUTCOMES, OUTCOME_SCALARS, outcomeOf, outcomeFromScalars, sensitivityParameters, designPoint, tornadoDesign, tornadoBars, unmovedBars, sobolDesign, sobolRows, noSpread,
  TORNADO_QUANTILES, SOBOL_BOOTSTRAP, type Outcome, type SensitivityParameter, type TornadoDesign, type TornadoBar, type SobolDesign, type SobolRow,
} from './analysis/sensitivity';
export { versusProblem, distributionConflicts, pairedParameters, pairedTornadoDesign, pairedSobolDesign } from './analysis/pairedDifference';
export { settingWarnings, warningText, type SettingWarning, type RunSample, type NoLoansReason, type UnspentCause } from './results/warnings';
export {
  TARGETS, MEAN_CONSUMPTION_TARGET, measureTargets, overlapsData,
  type Target, type TargetData, type TargetUnit, type TargetMeasure, type MeasuredTarget,
} from './validation/targets';
export {
  VALIDATION_RUNS, SPECIAL_RUNS, validationScenario, runsFor,
  type ValidationRunId, type ValidationRun, type ValidationResults, type SpecialRunId, type SpecialRun,
} from './validation/runs';
export { floodPeakRise, par30AfterFlood, microcreditTakeUp, averageLoan, chronicShare, combineDists, pointDist } from './validation/measurements';
export {
  VALIDATION_START, VALIDATION_END, defaultsDigest, staleReason, validationRows, formatTargetValue, formatModel, checkText, measuredOn,
  validationMarkdown, replaceBetweenMarkers, betweenMarkers, UNIT_WORDS, formatRange, type ValidationFile, type ValidationRow, type ModelDist,
} from './validation/report';
export {
  parseHouseholdsCsv, decodeUtf8, summariseHouseholds, sha256Hex, registerHouseholds, unregisterHouseholds, hasHouseholds, registeredHouseholds, formatHouseholdsCsv, replicationCount, weightsNote, weightsNoteText,
  REQUIRED_COLUMNS, WELFARE_COLUMNS, OPTIONAL_COLUMNS, MODEL_STATE_COLUMNS, ALL_COLUMNS, LIVELIHOOD_CODES, LOAN_STATUSES, MAX_ERRORS, REGION_SPELLINGS, rowProblemText,
  type RowError, type RowProblem, type HouseholdData, type ParsedHouseholds, type RegionSummary, type HouseholdSummary, type Column as HouseholdColumn,
} from './population/households';
export { HouseholdsNotLoadedError, replicationProblem, replicationCoverage, replicationsProblem, rowsPerReplication } from './population/householdLayout';
export { householdValueProblem, type ValueProblem as HouseholdValueProblem } from './population/householdValues';
export { populationData } from './population/exportPopulation';
export { householdsSlug, type HouseholdsRef } from './scenario/householdsRef';
export * from './analysis/optimise';
