import type { GroupSpec } from '../spec';

export const population = {
  headcountTarget: {
    kind: 'number', default: 0.219, min: 0.01, max: 0.9, unit: 'share of people',
    label: 'Baseline poverty headcount', description: 'National headcount the population is calibrated to (national line).',
    source: 'HIES 2018-19 via World Development Indicators: 21.9%', conf: 'H',
  },
  povertyLinePKR: {
    kind: 'number', default: 3785, min: 500, max: 50000, unit: 'Rs / adult-eq. / month',
    label: 'Poverty line', description: 'National line in 2018-19 prices per adult-equivalent.',
    source: 'Rs 3,030 at 2013-14 prices (Planning Commission 2016) indexed by CPI FY15–FY19 (×1.249, our assumption: no published 2018-19 value)', conf: 'M',
  },
  householdSize: {
    kind: 'number', default: 6.3, min: 1, max: 15, unit: 'persons',
    label: 'Household size', description: 'Mean persons per household.', source: 'Census 2023: 6.30', conf: 'H',
  },
  childShare: {
    kind: 'number', default: 0.42, min: 0, max: 0.9, unit: 'share',
    label: 'Children', description: 'Share of members other than the head who are under 18 (adult-equivalent weight 0.8).',
    source: 'Our assumption', conf: 'A',
  },
  urbanRuralRatio: {
    kind: 'number', default: 0.4, min: 0.05, max: 1, unit: 'ratio',
    label: 'Urban / rural poverty', description: 'Urban monetary poverty as a share of rural poverty within a region.',
    source: 'Our assumption (MPI: urban 9%, rural 55% is multidimensional, not monetary)', conf: 'A',
  },
  pmtAccuracy: {
    kind: 'number', default: 0.6, min: 0, max: 1, unit: 'correlation',
    label: 'PMT accuracy', description: 'Correlation between the PMT proxy and true log welfare; lower means more targeting errors.',
    source: 'Our assumption (~2 m of 8 m recipients removed after the 2021 re-survey, The News 2021)', conf: 'L',
  },
  femaleHeadShare: {
    kind: 'number', default: 0.1, min: 0, max: 1, unit: 'share', label: 'Female-headed',
    description: 'Share of households headed by a woman.', source: 'Our assumption', conf: 'A',
  },
  elderlyDisabledShare: {
    kind: 'number', default: 0.2, min: 0, max: 1, unit: 'share', label: 'Elderly or disabled member',
    description: 'Share of households with an elderly or disabled member.', source: 'Our assumption', conf: 'A',
  },
  ruralFarmShare: {
    kind: 'number', default: 0.5, min: 0, max: 1, unit: 'share', label: 'Rural farm households',
    description: 'Share of rural households living from farming (small farmers and farm labourers).',
    source: 'Our assumption: the 37.4% in agriculture (Labour Force Survey 2020-21) is a share of employed persons nationally, not of rural households; no share of rural households living from farming was found', conf: 'A',
  },
  smallFarmerShare: {
    kind: 'number', default: 0.55, min: 0, max: 1, unit: 'share', label: 'Small farmers among farm households',
    description: 'Of farm households, the share cultivating their own small farm (the rest are labourers).',
    source: '60% of farms ≤ 2.5 acres (Agricultural census 2024); split our assumption', conf: 'A',
  },
  urbanFarmShare: {
    kind: 'number', default: 0.05, min: 0, max: 1, unit: 'share', label: 'Urban farm households',
    description: 'Share of urban households living from farming.', source: 'Our assumption', conf: 'A',
  },
  nonFarmShares: {
    kind: 'record', keys: ['nonFarmWage', 'ownEnterprise', 'salaried'], sumsToOne: true, min: 0, max: 1, unit: 'share',
    default: { nonFarmWage: 0.45, ownEnterprise: 0.3, salaried: 0.25 },
    label: 'Non-farm livelihoods', description: 'Split of households not living from farming between wage work, own enterprise and salaried jobs.',
    source: 'Our assumption', conf: 'A',
  },
  skilledShare: {
    kind: 'number', default: 0.4, min: 0, max: 1, unit: 'share', label: 'Skilled households',
    description: 'Share of households with marketable skills (the rest may be offered training).', source: 'Our assumption', conf: 'A',
  },
  sizeElasticity: {
    kind: 'number', default: -0.35, min: -1, max: 0.5, unit: 'elasticity',
    label: 'Household size and income', description: 'Elasticity of income per adult-equivalent with respect to household size: negative means larger households are poorer per adult-equivalent.',
    source: 'Consumption per person falls with household size in Pakistan (Lanjouw & Ravallion 1995, Economic Journal, PIHS 1991); value our assumption', conf: 'L',
  },
  registryAgeMonths: {
    kind: 'number', default: 24, min: 1, max: 60, integer: true, unit: 'months',
    label: 'Age of the PMT survey', description: 'Months between the registry survey behind the PMT scores and month 0; incomes move in between, so older scores target worse. The model runs these months before month 0 under the status quo.',
    source: 'Our assumption (NSER re-surveyed 2019–21; 2010-11 scores used until then, BISP)', conf: 'A',
  },
} as const satisfies GroupSpec;

export const income = {
  permanentSd: {
    kind: 'number', default: 0.38, min: 0, max: 2, unit: 'log points',
    label: 'Permanent inequality', description: 'Spread of fixed household income differences.',
    source: 'Calibrated so the consumption Gini is 0.303 (World Bank Poverty & Equity Brief 2025)', conf: 'M',
  },
  persistentSd: {
    kind: 'number', default: 0.3, min: 0, max: 2, unit: 'log points',
    label: 'Persistent shocks', description: 'Stationary spread of the AR(1) income component.', source: 'Our assumption (income volatility: no source found)', conf: 'A',
  },
  persistence: {
    kind: 'number', default: 0.95, min: 0, max: 0.999, unit: 'per month',
    label: 'Persistence', description: 'Monthly AR(1) coefficient of the persistent component.', source: 'Our assumption', conf: 'A',
  },
  transitorySd: {
    kind: 'number', default: 0.25, min: 0, max: 2, unit: 'log points',
    label: 'Transitory shocks', description: 'Month-to-month noise in income.', source: 'Our assumption', conf: 'A',
  },
  seasonalAmplitude: {
    kind: 'number', default: 0.2, min: 0, max: 1, unit: 'log points',
    label: 'Farm seasonality', description: 'Amplitude of the farm-income cycle peaking at the rabi (Apr–May) and kharif (Oct–Nov) harvests.',
    source: 'Our assumption', conf: 'A',
  },
  livelihoodOffset: {
    kind: 'record', keys: ['smallFarmer', 'farmLabourer', 'nonFarmWage', 'ownEnterprise', 'salaried'], min: -2, max: 2, unit: 'log income',
    default: { smallFarmer: 0, farmLabourer: -0.2, nonFarmWage: -0.05, ownEnterprise: 0.05, salaried: 0.3 },
    label: 'Livelihood income differences', description: 'Log-income difference of each livelihood; the calibration fixes how many are poor, these shape who is poor.',
    source: 'Our assumption (ordering as in HIES tabulations; no source for the sizes)', conf: 'A',
  },
} as const satisfies GroupSpec;
