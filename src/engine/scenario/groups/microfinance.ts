import type { GroupSpec } from '../spec';

export const microfinance = {
  pmtCutoff: {
    kind: 'number', default: 60, min: 0, max: 100, unit: 'PMT score',
    label: 'Eligibility cut-off', description: 'Households below this PMT score (and not salaried) may borrow.',
    source: 'Our assumption (poor and near-poor, as in China\u2019s registered-poor rule)', conf: 'A',
  },
  annualUptake: {
    kind: 'number', default: 0.2, min: 0, max: 1, unit: 'share / year',
    label: 'Uptake', description: 'Share of eligible households without a loan that take one within a year.',
    source: 'Six microcredit RCTs (Banerjee, Karlan & Zinman 2015): 13–31% of households in areas where a lender arrived borrowed from it over each trial\u2019s one to three years, a cumulative share, not a yearly rate (about 5–31% a year); the yearly rate is our choice within that, and realised take-up is capped by the risk fund and the subsidy envelope (docs/model.md §7)', conf: 'L',
  },
  loanCapPKR: {
    kind: 'number', default: 75000, min: 1000, max: 500000, unit: 'Rs',
    label: 'Loan size cap', description: 'Largest loan.', source: 'Ehsaas/Akhuwat range Rs 20,000–75,000 (The News 2020)', conf: 'H',
  },
  minLoanPKR: {
    kind: 'number', default: 20000, min: 1000, max: 500000, unit: 'Rs',
    label: 'Smallest loan', description: 'Smallest first loan.', source: 'Ehsaas/Akhuwat range Rs 20,000–75,000 (The News 2020)', conf: 'H',
  },
  loanIncomeMultiple: {
    kind: 'number', default: 1.6, min: 0.5, max: 12, unit: 'months of income',
    label: 'Loan size', description: 'First loan = this many months of household income, within the floor and cap.',
    source: 'Calibrated so the average loan is inside Rs 35,800 (Ehsaas/Akhuwat, The News 2020) to Rs 44,500 (PMN via Dawn 2020)', conf: 'M',
  },
  termMonths: {
    kind: 'number', default: 12, min: 3, max: 36, integer: true, unit: 'months',
    label: 'Term', description: 'Number of monthly instalments.', source: '12–18 month terms (The News 2020; APP 2021)', conf: 'M',
  },
  graceMonths: {
    kind: 'number', default: 1, min: 0, max: 12, integer: true, unit: 'months',
    label: 'Grace period', description: 'Months after disbursement before the first instalment.', source: 'Our assumption', conf: 'A',
  },
  borrowerRatePct: {
    kind: 'number', default: 0, min: 0, max: 60, unit: '% a year',
    label: 'Borrower rate', description: 'Interest the borrower pays (0 = interest-free loan).', source: 'Ehsaas interest-free loans (The News 2020)', conf: 'H',
  },
  lenderRatePct: {
    kind: 'number', default: 30, min: 0, max: 80, unit: '% a year',
    label: 'Lender rate', description: 'Market rate; the budget pays the lender the difference up front as an interest buy-down.',
    source: 'SBP Financial Stability Review via Dawn: ~30% APR', conf: 'M',
  },
  riskFundShare: {
    kind: 'number', default: 0.5, min: 0, max: 1, unit: 'share',
    label: 'Risk-fund capital share', description: 'Share of the microfinance budget paid into the risk-compensation fund each year; the rest funds interest subsidies.',
    source: 'Our assumption', conf: 'A',
  },
  riskFundCoverage: {
    kind: 'number', default: 0.7, min: 0, max: 1, unit: 'share of loss',
    label: 'Fund coverage', description: 'Share of lenders\u2019 written-off principal the fund pays while it has money.',
    source: 'Our assumption (county funds share losses with banks; no national rule found)', conf: 'A',
  },
  leverage: {
    kind: 'number', default: 5, min: 0, max: 50, unit: '× fund',
    label: 'Lending multiple', description: 'Outstanding principal may not exceed this multiple of the fund balance: a depleted fund stops new lending.',
    source: 'Chongqing ~1 : 5.3 fund to outstanding (derived from gov.cn 2019)', conf: 'M',
  },
  diversionShare: {
    kind: 'number', default: 0.05, min: 0, max: 1, unit: 'share',
    label: 'Diverted loans', description: 'Share of loans diverted away from the household (户贷企用); they bring the household no return.',
    source: 'Our assumption (share diverted: no source found)', conf: 'A',
  },
  diversionDetection: {
    kind: 'number', default: 0.1, min: 0, max: 1, unit: 'share / month',
    label: 'Diversion detection', description: 'Monthly chance a diverted loan is found and recalled (converted to a commercial loan, leaving the programme).',
    source: 'Our assumption (2020 notice bans diversion; no rate found)', conf: 'A',
  },
  investSuccess: {
    kind: 'number', default: 0.75, min: 0, max: 1, unit: 'probability',
    label: 'Investment success', description: 'Chance a productive investment yields a return; otherwise it is lost.',
    source: 'Our assumption, with the return set so the mean income effect is modest (Banerjee, Karlan & Zinman 2015)', conf: 'A',
  },
  monthlyReturn: {
    kind: 'number', default: 0.06, min: 0, max: 0.2, unit: 'share of principal / month',
    label: 'Investment return', description: 'Monthly income from a successful investment, as a share of the loan.',
    source: 'Calibrated so borrowers\u2019 own consumption effect (a microfinance-only policy) is ~0, as in six RCTs (Banerjee, Karlan & Zinman 2015); the solved 6.0% is a little above the 4.6–5.3% a month returns to capital of de Mel, McKenzie & Woodruff (2008, QJE)', conf: 'M',
  },
  returnDecay: {
    kind: 'number', default: 0.02, min: 0, max: 1, unit: 'share / month',
    label: 'Enterprise decay', description: 'Monthly decline of the income an investment brings.', source: 'Our assumption', conf: 'A',
  },
  wilfulShare: {
    kind: 'number', default: 0.01, min: 0, max: 1, unit: 'share of borrowers',
    label: 'Wilful defaulters', description: 'Borrowers who stop paying whatever their income.',
    source: 'Our assumption, near PAR30 1.5% in a normal year (Pakistan Microfinance Network)', conf: 'A',
  },
  subsistenceShare: {
    kind: 'number', default: 1.08, min: 0, max: 2, unit: '× poverty line',
    label: 'Protected consumption', description: 'Borrowers pay only from cash on hand (savings and income) above this multiple of the poverty line per adult-equivalent.',
    source: 'Calibrated so the default scenario\u2019s 12-month PAR>30 is ~1.5%, the normal-year level (Pakistan Microfinance Network); see docs/model.md', conf: 'M',
  },
  maxExtensionMonths: {
    kind: 'number', default: 6, min: 0, max: 36, integer: true, unit: 'months',
    label: 'Extension limit', description: 'A borrower hit by a disaster or health shock may postpone the schedule by up to this many months in all.',
    source: 'China 2020: extensions up to 6 months, terms kept, no default record (Xinhua 2020)', conf: 'H',
  },
  shockWindowMonths: {
    kind: 'number', default: 3, min: 1, max: 24, integer: true, unit: 'months',
    label: 'Shock window', description: 'A shock within this many months makes arrears "shock-driven" for extension and classified disposal.',
    source: 'Our assumption', conf: 'A',
  },
  shockAffectedLoss: {
    kind: 'number', default: 0.1, min: 0, max: 3, unit: 'log income', logChange: 'fall',
    label: 'Still shock-affected', description: 'A borrower whose income is still depressed by a shock by more than this also counts as shock-affected, after the window.',
    source: 'Our assumption', conf: 'A',
  },
  rescheduleMonths: {
    kind: 'number', default: 6, min: 0, max: 36, integer: true, unit: 'months',
    label: 'Rescheduling', description: 'Shock-driven arrears of 30+ days are added to the balance and the term lengthened by this many months (once per loan; 0 = never).',
    source: 'Our assumption (rules for classified disposal: no source found)', conf: 'A',
  },
  writeOffMonths: {
    kind: 'number', default: 6, min: 2, max: 36, integer: true, unit: 'months overdue',
    label: 'Write-off', description: 'A loan this many instalments overdue that is not restructured is written off.',
    source: 'Our assumption', conf: 'A',
  },
  recoveryRate: {
    kind: 'number', default: 0.2, min: 0, max: 1, unit: 'share',
    label: 'Recovery on pursuit', description: 'Share of a wilful defaulter\u2019s balance recovered before write-off.',
    source: 'Our assumption', conf: 'A',
  },
  repeatGrowth: {
    kind: 'number', default: 1.25, min: 1, max: 3, unit: '×',
    label: 'Repeat loan growth', description: 'A borrower who repaid without 30+ days arrears may borrow this multiple of the last loan.',
    source: 'Our assumption', conf: 'A',
  },
  repeatUptake: {
    kind: 'number', default: 0.5, min: 0, max: 1, unit: 'share / year',
    label: 'Repeat uptake', description: 'Share of good repayers who take another loan within a year.', source: 'Our assumption', conf: 'A',
  },
  initialFundPKR: {
    kind: 'number', default: 0, min: 0, max: 1e12, unit: 'Rs',
    label: 'Opening fund balance', description: 'Risk-fund capital before the first year\u2019s contribution, split by the regional rule.', source: 'Our assumption', conf: 'A',
  },
} as const satisfies GroupSpec;
