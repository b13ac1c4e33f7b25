/**
 * The columns of the household CSV format (docs/households-csv.md) and the
 * codes its text values map to. One place, so the parser, the writer and the
 * documentation agree.
 */
import { REGIONS, REGION_LABELS } from './regions';
import { LIVELIHOODS } from './livelihoods';

/** Columns every file has (plus exactly one of WELFARE_COLUMNS). */
export const REQUIRED_COLUMNS = [
  'household_id', 'weight', 'region', 'area', 'size', 'adult_equivalents', 'livelihood',
  'female_head', 'elderly_disabled', 'school_children', 'skilled',
] as const;
/** Welfare per adult-equivalent (PKR a month, 2019 prices): a file has exactly one of them. */
export const WELFARE_COLUMNS = ['income_per_ae', 'consumption_per_ae'] as const;
/** Columns a file may have; when absent the model's own rules apply. */
export const OPTIONAL_COLUMNS = [
  'pmt_score', 'existing_transfer', 'savings_pkr', 'loan_status', 'replication', 'permanent_log', 'persistent_log',
] as const;
/** Model-state columns go together: a file has both or neither. */
export const MODEL_STATE_COLUMNS = ['permanent_log', 'persistent_log'] as const;

export type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof WELFARE_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export const ALL_COLUMNS: readonly Column[] = [...REQUIRED_COLUMNS, ...WELFARE_COLUMNS, ...OPTIONAL_COLUMNS];

/** Livelihood codes in the file, in the engine's LIVELIHOODS order. */
export const LIVELIHOOD_CODES = ['small_farmer', 'farm_labourer', 'non_farm_wage', 'own_enterprise', 'salaried'] as const;
if (LIVELIHOOD_CODES.length !== LIVELIHOODS.length) throw new Error('LIVELIHOOD_CODES must follow LIVELIHOODS');

/** Loan status at the survey; the index is the code HouseholdData.loanStatus holds. */
export const LOAN_STATUSES = ['none', 'repaid', 'arrears'] as const;
export const LOAN_NONE = 0;
export const LOAN_REPAID = 1;
export const LOAN_ARREARS = 2;

export const AREAS = ['urban', 'rural'] as const;

/** Largest household the engine represents (its size is a Uint8 and its draws go up to 31 persons). */
export const MAX_SIZE = 31;

/** Region ids and their labels, lower-cased, to the index in REGIONS. */
export const REGION_NAMES: ReadonlyMap<string, number> = new Map(
  REGIONS.flatMap((id, k) => [[id, k] as const, [REGION_LABELS[id].toLowerCase(), k] as const]),
);
