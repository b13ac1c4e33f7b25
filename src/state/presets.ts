/**
 * Ready-made scenarios: the baseline (no new programmes), the three budget
 * levels of the Ehsaas path on the default split, the path itself, and two
 * contrasting splits of the same money.
 */
import { baselineScenario, defaultScenario, type Scenario } from '../engine/index';
import { i18n } from '../i18n/index';
import type { Language } from '../i18n/languages';
import { nameParts, nameText } from './naming';

export interface Preset {
  id: string;
  label: string;
  description: string;
  /** Its name is generated from its contents (budget and split) and follows them; otherwise the name is descriptive and kept. */
  autoName: boolean;
  make(): Scenario;
}

function withBudget(name: string, annualBn: number[]): Scenario {
  const s = defaultScenario(name);
  s.policy.budget.annualBn = annualBn;
  return s;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'baseline', autoName: true,
    label: 'Baseline',
    description: 'No new programmes: the world the others are compared with.',
    make: () => {
      const s = baselineScenario();
      // The baseline is its own counterfactual; running it twice would only cost time.
      s.run.counterfactual = false;
      return s;
    },
  },
  { id: 'bn80', autoName: true, label: 'Rs 80 bn a year', description: 'Rs 80 bn every year on the default split.', make: () => withBudget('Rs 80 bn a year', [80]) },
  { id: 'bn100', autoName: true, label: 'Rs 100 bn a year', description: 'Rs 100 bn every year on the default split.', make: () => withBudget('Rs 100 bn a year', [100]) },
  { id: 'bn120', autoName: true, label: 'Rs 120 bn a year', description: 'Rs 120 bn every year on the default split.', make: () => withBudget('Rs 120 bn a year', [120]) },
  { id: 'path', autoName: true, label: 'Rs 80 → 100 → 120 bn', description: 'The Ehsaas path: Rs 80 bn in year 1 rising to Rs 120 bn.', make: () => defaultScenario() },
  {
    id: 'opportunity', autoName: false,
    label: 'Loans and training heavy',
    description: 'Rs 100 bn a year, weighted to microfinance, skills and farms ("dynamic" poverty alleviation).',
    make: () => {
      const s = withBudget('Loans and training heavy', [100]);
      s.policy.budget.programmeShares = { cash: 0.2, stipend: 0.05, microfinance: 0.3, training: 0.2, farm: 0.2, admin: 0.05 };
      return s;
    },
  },
  {
    id: 'cash', autoName: false,
    label: 'Cash heavy',
    description: 'Rs 100 bn a year, mostly unconditional cash transfers.',
    make: () => {
      const s = withBudget('Cash heavy', [100]);
      s.policy.budget.programmeShares = { cash: 0.8, stipend: 0.1, microfinance: 0.025, training: 0.0125, farm: 0.0125, admin: 0.05 };
      return s;
    },
  },
];

/** The comparison the app opens on (BRIEF.md, first screen): the baseline first, then Rs 80, 100 and 120 bn a year. */
export const DEFAULT_COMPARISON = ['baseline', 'bn80', 'bn100', 'bn120'] as const;

export const presetById = (id: string): Preset | undefined => PRESETS.find((p) => p.id === id);

/** Presets whose name is descriptive (not generated): their names have messages of their own. */
const DESCRIPTIVE = ['baseline', 'opportunity', 'cash'] as const;
const isDescriptive = (id: string): id is (typeof DESCRIPTIVE)[number] => (DESCRIPTIVE as readonly string[]).includes(id);

/** A preset's name in a language (the current one by default); in English it is `label`. */
export function presetLabel(p: Preset, lng: Language = i18n.language as Language): string {
  if (isDescriptive(p.id)) return i18n.t(`common:presets.${p.id}`, { lng });
  return nameText(nameParts(p.make()), lng);
}

/** The preset whose descriptive name (the one its scenario is given) is `name`, if any. */
export const presetNamed = (name: string): Preset | undefined => PRESETS.find((p) => !p.autoName && p.label === name);

