import type { GroupSpec } from '../spec';
import { REGIONS } from '../../population/regions';

export const PROGRAMMES = ['cash', 'stipend', 'microfinance', 'training', 'farm', 'admin'] as const;
export type ProgrammeId = (typeof PROGRAMMES)[number];
export const PAYING_PROGRAMMES = ['cash', 'stipend', 'microfinance', 'training', 'farm'] as const;

export const REGION_RULES = ['population', 'headcount', 'gap', 'backwardFirst', 'custom'] as const;

export const budget = {
  annualBn: {
    kind: 'array', default: [80, 100, 120], min: 0, max: 2000, minLength: 1, maxLength: 10, unit: 'Rs bn / year',
    label: 'Annual budget path', description: 'Programme budget for each year; years past the list repeat its last value.',
    source: 'Ehsaas extra budget: Rs 80 bn (year 1) rising to Rs 120 bn (Gulf News 2019; The Nation 2020)', conf: 'H',
  },
  programmeShares: {
    kind: 'record', keys: PROGRAMMES, sumsToOne: true, held: ['admin'], min: 0, max: 1, unit: 'share of budget',
    default: { cash: 0.5, stipend: 0.1, microfinance: 0.15, training: 0.1, farm: 0.1, admin: 0.05 },
    label: 'Split across programmes', description: 'Share of each year\u2019s budget for each programme; shares sum to 100%.',
    source: 'Our assumption (no published split of the Ehsaas increment); administration share: no source for BISP, GiveDirectly ~10% (J-PAL)', conf: 'A',
  },
  regionRule: {
    kind: 'enum', options: REGION_RULES, default: 'headcount', unit: '',
    label: 'Split across regions', description: 'How each programme budget is divided between strata: by population, poor people, poverty gap, backward regions first, or custom shares.',
    source: 'Our assumption', conf: 'A',
  },
  customRegionShares: {
    kind: 'record', keys: REGIONS, sumsToOne: true, min: 0, max: 1, unit: 'share of budget',
    default: { punjab: 0.45, sindh: 0.25, kp: 0.17, balochistan: 0.08, gb: 0.015, ajk: 0.02, ict: 0.015 },
    label: 'Custom regional shares', description: 'Used when the regional rule is "custom"; split within a region by population.',
    source: 'Our assumption', conf: 'A', onlyWhen: { key: 'regionRule', is: ['custom'] },
  },
  backwardWeight: {
    kind: 'number', default: 3, min: 1, max: 20, unit: '×',
    label: 'Backward-region priority', description: 'Under "backward regions first", poor people in backward strata count this many times.',
    source: 'Our assumption', conf: 'A', onlyWhen: { key: 'regionRule', is: ['backwardFirst'] },
  },
} as const satisfies GroupSpec;
