/**
 * The runs `npm run validate` makes (each the default scenario with a few
 * edits) and the named special runs that compare them, replication by
 * replication on the same seed (common random numbers).
 */
import type { RunResult } from '../results/result';
import type { Scenario } from '../scenario/types';
import { defaultScenario } from '../scenario/defaults';
import { PROGRAMMES } from '../scenario/groups/budget';
import type { Target } from './targets';

/** The runs `npm run validate` makes; every one is the default scenario with a few edits. */
export type ValidationRunId = 'default' | 'statusQuo' | 'statusQuoFlood' | 'defaultFlood' | 'cashOnly' | 'creditOnly';
/** Results of the validation runs, by id (only those a measurement needs). */
export type ValidationResults = Partial<Record<ValidationRunId, RunResult>>;

export interface ValidationRun {
  id: ValidationRunId;
  label: string;
  /** Scenario edits applied to the default scenario (run settings are applied after). */
  edit(s: Scenario): void;
}

/** Named special runs: what the app cannot measure on the results it has, so `npm run validate` does. */
export type SpecialRunId = 'flood' | 'cashOnly' | 'floodPar30' | 'creditOnly';

export interface SpecialRun {
  id: SpecialRunId;
  label: string;
  /** Plain words: what is run and what is compared. */
  description: string;
  runs: ValidationRunId[];
}

const FLOOD = (s: Scenario) => {
  s.world.shocks.flood2022 = true;
};
const STATUS_QUO = (s: Scenario) => {
  s.policy.budget.annualBn = [0];
  // With no new budget the scenario pass is the status quo exactly; the counterfactual pass would repeat it.
  s.run.counterfactual = false;
};

export const VALIDATION_RUNS: Record<ValidationRunId, ValidationRun> = {
  default: { id: 'default', label: 'Default scenario', edit: () => {} },
  statusQuo: { id: 'statusQuo', label: 'Status quo (no new budget)', edit: STATUS_QUO },
  statusQuoFlood: {
    id: 'statusQuoFlood', label: 'Status quo with the 2022-scale flood',
    edit: (s) => {
      STATUS_QUO(s);
      FLOOD(s);
    },
  },
  defaultFlood: {
    id: 'defaultFlood', label: 'Default scenario with the 2022-scale flood',
    edit: (s) => {
      FLOOD(s);
      s.run.counterfactual = false;
    },
  },
  cashOnly: {
    id: 'cashOnly', label: 'Cash only, Rs 80 bn a year, existing transfer off',
    edit: (s) => {
      s.world.existingCash.recipients = 0;
      s.policy.budget.annualBn = [80];
      s.policy.budget.programmeShares = Object.fromEntries(PROGRAMMES.map((p) => [p, p === 'cash' ? 1 : 0])) as Scenario['policy']['budget']['programmeShares'];
    },
  },
  creditOnly: {
    id: 'creditOnly', label: 'Microfinance only, default budget path',
    edit: (s) => {
      s.policy.budget.programmeShares = Object.fromEntries(PROGRAMMES.map((p) => [p, p === 'microfinance' ? 1 : 0])) as Scenario['policy']['budget']['programmeShares'];
    },
  },
};

export const SPECIAL_RUNS: Record<SpecialRunId, SpecialRun> = {
  flood: {
    id: 'flood', label: 'Flood, status quo',
    description: 'The status quo with the 2022-scale flood at the default month against the status quo without it, on the same draws: the peak over months of the rise in mean headcount (people), nationally and by region.',
    runs: ['statusQuo', 'statusQuoFlood'],
  },
  floodPar30: {
    id: 'floodPar30', label: 'Flood, default scenario',
    description: 'The default scenario with the 2022-scale flood against the default scenario without it: PAR>30 averaged over the 12 months from the flood month.',
    runs: ['default', 'defaultFlood'],
  },
  creditOnly: {
    id: 'creditOnly', label: 'Microfinance only',
    description: 'The default budget path, all of it to microfinance (interest subsidies and risk-fund capital), so borrowers get nothing else: borrowers\u2019 consumption at the end against the same households in the status quo on the same draws, as the microcredit trials compare access to credit with none.',
    runs: ['creditOnly'],
  },
  cashOnly: {
    id: 'cashOnly', label: 'Cash only',
    description: 'Rs 80 bn a year, all of it to new cash transfers, with the existing transfer switched off (so recipients are compared with households getting nothing, as in the BISP evaluations): effects on cash recipients at the end against the status quo on the same draws.',
    runs: ['cashOnly'],
  },
};

/** The scenario of one validation run: the default scenario, its edits, then the run settings. */
export function validationScenario(id: ValidationRunId, run: { households: number; replications: number; seed?: number }): Scenario {
  const s = defaultScenario(VALIDATION_RUNS[id].label);
  VALIDATION_RUNS[id].edit(s);
  s.run.households = run.households;
  s.run.replications = run.replications;
  if (run.seed !== undefined) s.run.seed = run.seed;
  return s;
}

/** Runs a set of targets needs. */
export function runsFor(targets: readonly Target[]): ValidationRunId[] {
  const ids = new Set<ValidationRunId>();
  for (const t of targets) {
    if (t.measure.kind === 'result') ids.add('default');
    else for (const r of SPECIAL_RUNS[t.measure.special].runs) ids.add(r);
  }
  return (Object.keys(VALIDATION_RUNS) as ValidationRunId[]).filter((id) => ids.has(id));
}
