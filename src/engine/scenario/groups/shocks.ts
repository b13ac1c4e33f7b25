import type { GroupSpec } from '../spec';

export const shocks = {
  healthAnnualProb: {
    kind: 'number', default: 0.1, min: 0, max: 1, unit: 'probability / year',
    label: 'Health shocks', description: 'Yearly chance a household suffers a serious illness or injury.',
    source: 'Our assumption, within the rural shock probability of 0.33 a year (Haq, PIDE 2012)', conf: 'A',
  },
  healthLoss: {
    kind: 'number', default: 0.25, min: 0, max: 3, unit: 'log income', logChange: 'fall',
    label: 'Health shock size', description: 'Fall in log income when the shock hits.', source: 'Our assumption', conf: 'A',
  },
  healthRecovery: {
    kind: 'number', default: 0.8, min: 0, max: 1, unit: 'per month',
    label: 'Health persistence', description: 'Share of the health loss still present a month later.', source: 'Our assumption', conf: 'A',
  },
  disasterScale: {
    kind: 'number', default: 1, min: 0, max: 10, unit: '×',
    label: 'Disaster frequency', description: 'Multiplies each region\u2019s yearly chance of a covariate flood or drought.',
    source: 'Scenario choice', conf: 'S',
  },
  disasterAnnualProb: {
    kind: 'record', keys: ['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'], min: 0, max: 1, unit: 'probability / year',
    default: { punjab: 0.04, sindh: 0.08, kp: 0.05, balochistan: 0.08, gb: 0.06, ajk: 0.04, ict: 0.02 },
    label: 'Disaster rate (rural)', description: 'Yearly chance that a covariate flood or drought strikes a region\u2019s rural areas.',
    source: 'Our assumption; rural household shock probability 0.33 a year (Haq, PIDE 2012)', conf: 'A',
  },
  urbanDisasterRatio: {
    kind: 'number', default: 0.5, min: 0, max: 2, unit: '× rural rate',
    label: 'Urban disaster rate', description: 'Urban areas\u2019 disaster rate as a multiple of the rural rate.', source: 'Our assumption', conf: 'A',
  },
  disasterAffected: {
    kind: 'number', default: 0.25, min: 0, max: 1, unit: 'share',
    label: 'Households affected', description: 'Share of a stratum\u2019s households hit when a disaster strikes it.', source: 'Our assumption', conf: 'A',
  },
  disasterLoss: {
    kind: 'number', default: 0.3, min: 0, max: 3, unit: 'log income', logChange: 'fall',
    label: 'Disaster loss', description: 'Fall in log income of an affected household.', source: 'Our assumption', conf: 'A',
  },
  disasterRecovery: {
    kind: 'number', default: 0.9, min: 0, max: 1, unit: 'per month',
    label: 'Disaster persistence', description: 'Share of the loss still present a month later.', source: 'Our assumption', conf: 'A',
  },
  flood2022: {
    kind: 'boolean', default: false, unit: '',
    label: '2022-scale flood', description: 'Strike every region with the 2022 flood footprint (33 m people affected).',
    source: 'Post-disaster needs assessment 2022', conf: 'H',
  },
  floodMonth: {
    // Stored from 0 (13: August of the second year); the app shows it from 1, as the description counts (monthOfRun).
    kind: 'number', default: 13, min: 0, max: 119, integer: true, unit: '', monthOfRun: true,
    label: 'Flood month', description: 'Month of the run in which the flood strikes, July of the first year being month 1; by default August of the second year, the monsoon peak.',
    source: '2022 floods peaked in August–September (PDNA 2022)', conf: 'H', onlyWhen: { key: 'flood2022', is: [true] },
  },
  floodLoss: {
    kind: 'number', default: 0.65, min: 0, max: 3, unit: 'log income', logChange: 'fall',
    label: 'Flood loss', description: 'Fall in log income of a flooded household.',
    source: 'Calibrated so national poverty peaks ~3.7–4.0 points above the no-flood status quo (PDNA 2022); see docs/model.md', conf: 'M',
    onlyWhen: { key: 'flood2022', is: [true] },
  },
  floodRecovery: {
    kind: 'number', default: 0.95, min: 0, max: 1, unit: 'per month', label: 'Flood persistence',
    description: 'Share of the flood loss still present a month later.', source: 'Our assumption', conf: 'A',
    onlyWhen: { key: 'flood2022', is: [true] },
  },
  floodAffected: {
    kind: 'record', keys: ['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'], min: 0, max: 1, unit: 'share of households',
    default: { punjab: 0.05, sindh: 0.3, kp: 0.1, balochistan: 0.242, gb: 0.15, ajk: 0.02, ict: 0 },
    label: 'Flood footprint', description: 'Share of each region\u2019s households affected.',
    source: '33 m people (~15%) affected, Sindh and Balochistan worst (PDNA 2022); the default shares hit 31.1 m of the model\u2019s 247 m people (12.6%); Balochistan calibrated to its +7.5–7.7 point poverty rise (PDNA); other regions our assumption', conf: 'M',
    onlyWhen: { key: 'flood2022', is: [true] },
  },
} as const satisfies GroupSpec;

export const prices = {
  costOfLiving: {
    kind: 'boolean', default: false, unit: '',
    label: 'Cost-of-living path', description: 'Deflate incomes by a price path; off keeps everything in 2019 prices.', source: 'Scenario choice', conf: 'S',
  },
  inflationPct: {
    kind: 'array', default: [10.7, 8.9, 12.2, 29.2, 23.4, 4.7], min: -20, max: 200, minLength: 1, maxLength: 10, unit: '% a year',
    label: 'CPI inflation', description: 'Inflation in each simulated year; later years repeat the last value.',
    source: 'FY23 29.2%, FY24 23.4%, FY25 ~4.7% (SBP; Economic Survey); FY20–22 our assumption', conf: 'M',
    onlyWhen: { key: 'costOfLiving', is: [true] },
  },
  indexation: {
    kind: 'number', default: 0.85, min: 0, max: 1.5, unit: 'share',
    label: 'Income indexation', description: 'Share of inflation that nominal incomes keep up with; transfers are not indexed.',
    source: 'Our assumption', conf: 'A', onlyWhen: { key: 'costOfLiving', is: [true] },
  },
  poorExtraInflationPct: {
    kind: 'number', default: 3, min: -10, max: 50, unit: 'points a year',
    label: 'Extra inflation for the poor', description: 'Additional yearly price rise faced by the bottom 40% (food and utilities).',
    source: 'Poorest decile faced ~7 pp more inflation than richest in FY23 (World Bank 2023); average over years our assumption', conf: 'M',
    onlyWhen: { key: 'costOfLiving', is: [true] },
  },
} as const satisfies GroupSpec;
