import type { GroupSpec } from '../spec';

export const TARGETING = ['budget', 'cutoff'] as const;

export const cash = {
  benefitPKR: {
    kind: 'number', default: 2000, min: 0, max: 50000, unit: 'Rs / household / month',
    label: 'New cash transfer', description: 'Unconditional monthly transfer per newly enrolled household (2019 prices); households already on the existing transfer are not enrolled twice.',
    source: 'Kafaalat/BISP Rs 2,000 per month (BISP; Geo 2020)', conf: 'H',
  },
  existingTopUpPKR: {
    kind: 'number', default: 0, min: 0, max: 50000, unit: 'Rs / household / month',
    label: 'Top-up for existing recipients', description: 'Raise in the existing transfer\u2019s monthly benefit, paid from this cash budget before new households are enrolled.',
    source: 'Scenario choice', conf: 'S',
  },
  targeting: {
    kind: 'enum', options: TARGETING, default: 'budget', unit: '',
    label: 'Targeting', description: '"budget": enrol by PMT score from the poorest up until the budget is used; "cutoff": enrol everyone below a fixed score while money lasts.',
    source: 'BISP poverty scorecard practice', conf: 'M',
  },
  pmtCutoff: {
    kind: 'number', default: 25, min: 0, max: 100, unit: 'PMT score',
    label: 'PMT cut-off', description: 'Used with cut-off targeting. Our PMT score is the national percentile of the proxy (0 poorest).',
    source: 'Our scale; BISP uses 16.17 on its own 0–100 scorecard (BISP)', conf: 'A', onlyWhen: { key: 'targeting', is: ['cutoff'] },
  },
  categoricalBonus: {
    kind: 'number', default: 5, min: 0, max: 50, unit: 'PMT points',
    label: 'Categorical priority', description: 'Households with an elderly or disabled member rank this many points poorer.',
    source: 'BISP: cut-off 37 instead of 32 with a disabled member', conf: 'L',
  },
  takeUp: {
    kind: 'number', default: 0.9, min: 0, max: 1, unit: 'share',
    label: 'Take-up', description: 'Share of selected households that enrol.', source: 'Our assumption', conf: 'A',
  },
  leakage: {
    kind: 'number', default: 0.05, min: 0, max: 0.9, unit: 'share',
    label: 'Leakage', description: 'Share of payments that never reach the household (deductions, fraud).', source: 'Our assumption', conf: 'A',
  },
} as const satisfies GroupSpec;

export const stipend = {
  benefitPKR: {
    kind: 'number', default: 1000, min: 0, max: 20000, unit: 'Rs / household / month',
    label: 'Education stipend', description: 'Conditional monthly stipend per household with school-age children.',
    source: 'Our assumption (Waseela-e-Taleem scale, no published source found)', conf: 'A',
  },
  pmtCutoff: {
    kind: 'number', default: 35, min: 0, max: 100, unit: 'PMT score',
    label: 'Stipend PMT cut-off', description: 'Households with children below this score are eligible while money lasts.',
    source: 'Our assumption', conf: 'A',
  },
  takeUp: {
    kind: 'number', default: 0.75, min: 0, max: 1, unit: 'share',
    label: 'Take-up and compliance', description: 'Share of eligible households that enrol and meet the attendance condition.',
    source: 'Our assumption', conf: 'A',
  },
  leakage: {
    kind: 'number', default: 0.05, min: 0, max: 0.9, unit: 'share',
    label: 'Stipend leakage', description: 'Share of stipend payments that never reach the household (deductions, fraud).',
    source: 'Our assumption: paid through the same BISP channel as the cash transfer (Waseela-e-Taleem), so the cash transfer\u2019s leakage', conf: 'A',
  },
} as const satisfies GroupSpec;
