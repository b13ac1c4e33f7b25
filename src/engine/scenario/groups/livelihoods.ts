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
    kind: 'number', default: 0.35, min: 0, max: 1, unit: 'probability',
    label: 'Job finding', description: 'Chance a graduate finds better work.',
    source: 'Pakistan programmes self-report 60–80% "employability" (weak); India RCT: employment +5 pp (Maitra & Mani 2012)', conf: 'L',
  },
  wageGain: {
    kind: 'number', default: 0.2, min: 0, max: 2, unit: 'log income',
    label: 'Wage gain', description: 'Rise in log household income for a graduate who finds work.', source: 'Our assumption', conf: 'A',
  },
  decay: {
    kind: 'number', default: 0.01, min: 0, max: 1, unit: 'share / month',
    label: 'Gain decay', description: 'Monthly decline of the wage gain.', source: 'Our assumption', conf: 'A',
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
    kind: 'number', default: 0.7, min: 0, max: 1, unit: 'share',
    label: 'Adoption', description: 'Share of supported farmers who adopt the practice.', source: 'Our assumption', conf: 'A',
  },
  uplift: {
    kind: 'number', default: 0.12, min: 0, max: 1, unit: 'log income',
    label: 'Income uplift', description: 'Rise in log household income for an adopting farmer.',
    source: 'Graduation programmes: consumption +12% at 3 years (Banerjee et al. 2015); our assumption for farm support', conf: 'A',
  },
  decay: {
    kind: 'number', default: 0.005, min: 0, max: 1, unit: 'share / month',
    label: 'Uplift decay', description: 'Monthly decline of the uplift.', source: 'Our assumption', conf: 'A',
  },
  pmtCutoff: {
    kind: 'number', default: 60, min: 0, max: 100, unit: 'PMT score',
    label: 'Farm support cut-off', description: 'Small farmers below this score may be supported.', source: 'Our assumption', conf: 'A',
  },
} as const satisfies GroupSpec;
