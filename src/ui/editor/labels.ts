/** Plain-language names of programmes, record keys and enum options. */
import { REGION_LABELS } from '../../engine/index';

export const PROGRAMME_LABELS: Record<string, string> = {
  cash: 'Cash transfer',
  stipend: 'Education stipend',
  microfinance: 'Microfinance (subsidy and risk fund)',
  training: 'Skills training',
  farm: 'Small-farmer support',
  admin: 'Administration',
};

/** Livelihoods, as the brief names them (keys of the livelihood records in the population and income groups). */
export const LIVELIHOOD_LABELS: Record<string, string> = {
  smallFarmer: 'Small farmer',
  farmLabourer: 'Farm labourer',
  nonFarmWage: 'Non-farm wage work',
  ownEnterprise: 'Own enterprise',
  salaried: 'Salaried',
};

export function keyLabel(key: string): string {
  return PROGRAMME_LABELS[key] ?? (REGION_LABELS as Record<string, string>)[key] ?? LIVELIHOOD_LABELS[key] ?? key;
}

/** Plain-language names of enum options. */
export const OPTION_LABELS: Record<string, string> = {
  population: 'by population',
  headcount: 'by poor people (headcount)',
  gap: 'by poverty gap',
  backwardFirst: 'backward regions first',
  custom: 'custom shares',
  budget: 'poorest first until the budget is used',
  cutoff: 'everyone below a fixed PMT cut-off',
};
