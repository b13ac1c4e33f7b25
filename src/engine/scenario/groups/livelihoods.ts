import type { GroupSpec } from '../spec';

export const training = {
  costPKR: {
    kind: 'number', default: 40000, min: 1000, max: 1000000, unit: 'Rs / trainee',
    label: 'Cost per trainee', description: 'Full cost of one training place.', source: 'Our assumption', conf: 'A',
  },
  durationMonths: {
    kind: 'number', default: 6, min: 1, max: 24, integer: true, unit: 'months',
    label: 'Course length', description: 'Months in training before any job gain.', source: 'Our assumption', conf: 'A',
  },
  completion: {
    kind: 'number', default: 0.8, min: 0, max: 1, unit: 'share',
    label: 'Completion', description: 'Share of trainees who complete.', source: 'Our assumption', conf: 'A',
  },
  jobProb: {
    kind: 'number', default: 0.05, min: 0, max: 1, unit: 'probability',
    label: 'Job finding due to training', description: 'Chance that a graduate finds better work because of the training (beyond what the household would have found anyway).',
    source: 'Employment +2–3 points in the typical trial (McKenzie 2017, review of active labour-market programmes); +5 points in Delhi (Maitra & Mani 2012); Pakistan programmes\u2019 self-reported 60–80% "employability" is not causal', conf: 'M',
  },
  wageGain: {
    kind: 'number', default: 0.3, min: 0, max: 2, unit: 'log income', logChange: 'rise',
    label: 'Household gain from the job', description: 'Rise in log household income when a graduate finds work because of the training (a member\u2019s new or better job).',
    source: 'Our assumption (one of ~2.5 working-age adults moving into paid work)', conf: 'A',
  },
  decay: {
    kind: 'number', default: 0.01, min: 0, max: 1, unit: 'share / month',
    label: 'Gain decay', description: 'Monthly decline of the wage gain.',
    source: 'Effects sustained at 18 months in Delhi (Maitra & Mani 2012); rate our assumption', conf: 'L',
  },
  pmtCutoff: {
    kind: 'number', default: 50, min: 0, max: 100, unit: 'PMT score',
    label: 'Training cut-off', description: 'Working households below this score may be offered a place.', source: 'Our assumption', conf: 'A',
  },
  takeUp: {
    kind: 'number', default: 0.7, min: 0, max: 1, unit: 'share', label: 'Take-up',
    description: 'Share of offered places accepted.', source: 'Our assumption', conf: 'A',
  },
} as const satisfies GroupSpec;

export const farm = {
  costPKR: {
    kind: 'number', default: 25000, min: 1000, max: 1000000, unit: 'Rs / farmer',
    label: 'Cost per farmer', description: 'Inputs, extension and equipment per supported small farmer.', source: 'Our assumption', conf: 'A',
  },
  adoption: {
    kind: 'number', default: 0.5, min: 0, max: 1, unit: 'share',
    label: 'Adoption', description: 'Share of supported farmers who adopt the practice.', source: 'Our assumption', conf: 'A',
  },
  uplift: {
    kind: 'number', default: 0.08, min: 0, max: 1, unit: 'log income', logChange: 'rise',
    label: 'Income uplift', description: 'Rise in log household income for an adopting farmer.',
    source: 'Farmer field schools: yields +13%, farm income +20% in short-run pilots (Waddington et al. 2014, Campbell review), on farm income ~half of a small farmer\u2019s household income', conf: 'M',
  },
  decay: {
    kind: 'number', default: 0.06, min: 0, max: 1, unit: 'share / month',
    label: 'Uplift decay', description: 'Monthly decline of the uplift.',
    source: 'No effect found in national-scale programmes 2+ years on (Waddington et al. 2014): the uplift halves within a year', conf: 'M',
  },
  pmtCutoff: {
    kind: 'number', default: 60, min: 0, max: 100, unit: 'PMT score',
    label: 'Farm support cut-off', description: 'Small farmers below this score may be supported.', source: 'Our assumption', conf: 'A',
  },
} as const satisfies GroupSpec;
