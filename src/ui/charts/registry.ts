/**
 * Every chart by kind, with its title and what it needs, so the dashboard,
 * the presentation slides and the report lay charts out from a list of kinds
 * instead of importing each one.
 */
import { createElement, type ReactElement } from 'react';
import type { ChartRun, DiffRun , Unpaired } from './types';
import { CHART_TEXT, type ChartKind } from './text';
import { HeadlineCards } from './HeadlineCards';
import { PovertyFanChart } from './PovertyFanChart';
import { IncomeDistributionChart, distributionScale } from './IncomeDistributionChart';
import { ExitsChart } from './ExitsChart';
import { MicrofinanceChart } from './MicrofinanceChart';
import { LoanLedgerChart } from './LoanLedgerChart';
import { RiskFundChart } from './RiskFundChart';
import { BudgetChart, budgetScale } from './BudgetChart';
import { CostPerExitChart } from './CostPerExitChart';
import { RegionChart, regionScale } from './RegionChart';
import { DifferenceChart } from './DifferenceChart';
import { EffectsChart } from './EffectsChart';
import { ProgrammeCostChart } from './ProgrammeCostChart';
import type { ProgrammeRunsInput } from './data/programmeCost';
import type { NiceScale } from './data/scale';
import { DecileChangeChart } from './DecileChangeChart';
import { WinnersChart, winnersScale } from './WinnersChart';
import { PovertyDepthChart } from './PovertyDepthChart';
import { GiniChart } from './GiniChart';
import { IncidenceChart } from './IncidenceChart';

/** What the dashboard holds; each chart takes the part it needs. */
export interface ChartInputs {
  /** Baseline first, then up to four compared scenarios. */
  runs: ChartRun[];
  /** The scenario single-scenario charts (budget, regions, income distribution, headlines) show. */
  focus: ChartRun;
  /** Each compared scenario's difference against the baseline. */
  diffs: DiffRun[];
  /** Compared scenarios that cannot be paired with the baseline, and why (said beside the difference chart). */
  unpaired: Unpaired[];
  /** The focus scenario's programmes, each run alone (null when it funds none or has no status quo). */
  programmes: ProgrammeRunsInput | null;
  /**
   * Scenarios whose values a single-scenario chart's axis also spans, so that charts of different scenarios
   * side by side share one scale and can be read against each other (absent: the chart fits its own values).
   */
  peers?: readonly ChartRun[];
}

export interface ChartEntry {
  kind: ChartKind;
  title: string;
  /** "runs": all scenarios; "focus": one scenario; "diffs": differences against the baseline; "programmes": the focus's programme-only runs. */
  needs: 'runs' | 'focus' | 'diffs' | 'programmes';
  render: (inputs: ChartInputs) => ReactElement;
  /** Takes a whole row of the dashboard's grid (side-by-side panels, a wide table). */
  wide?: boolean;
  /**
   * A single-scenario chart whose axis spans the inputs' `peers` too, when there are any: the axis it would draw
   * for them, as text. The chart redraws when its own scenario or this changes, not at every peer's new result.
   */
  sharedScale?: (peers: readonly ChartRun[]) => string;
  /** Draws means only, no interval: its basis line says what the means rest on, not its intervals. */
  meansOnly?: boolean;
}

const entry = (kind: ChartKind, needs: ChartEntry['needs'], render: ChartEntry['render'], wide = false, sharedScale?: ChartEntry['sharedScale']): ChartEntry => ({
  kind,
  // Read when asked for, so the title is in the language of the moment.
  get title() {
    return CHART_TEXT[kind].title;
  },
  needs,
  render,
  wide,
  sharedScale,
});

/** An entry of a chart of means only (its title stays a getter: spread into a new object, it was read once, in English). */
const meansOnly = (e: ChartEntry): ChartEntry => Object.assign(e, { meansOnly: true });

/** An axis as text: its ends and ticks. */
const axisText = (s: NiceScale): string => `${s.domain.join()}|${s.ticks.join()}`;

export const CHARTS: Record<ChartKind, ChartEntry> = {
  headline: entry('headline', 'focus', ({ focus }) => createElement(HeadlineCards, { run: focus })),
  povertyFan: entry('povertyFan', 'runs', ({ runs, focus }) => createElement(PovertyFanChart, { runs, bandFor: focus.id })),
  incomeDistribution: meansOnly(entry('incomeDistribution', 'focus', ({ focus, peers }) => createElement(IncomeDistributionChart, { run: focus, peers }), false, (p) => axisText(distributionScale(p)))),
  exits: entry('exits', 'runs', ({ runs }) => createElement(ExitsChart, { runs })),
  microfinance: entry('microfinance', 'runs', ({ runs, focus }) => createElement(MicrofinanceChart, { runs, bandFor: focus.id })),
  loanLedger: meansOnly(entry('loanLedger', 'runs', ({ runs }) => createElement(LoanLedgerChart, { runs }))),
  riskFund: entry('riskFund', 'runs', ({ runs, focus }) => createElement(RiskFundChart, { runs, bandFor: focus.id })),
  budget: meansOnly(entry('budget', 'focus', ({ focus, peers }) => createElement(BudgetChart, { run: focus, peers }), false, (p) => axisText(budgetScale(p)))),
  costPerExit: entry('costPerExit', 'runs', ({ runs }) => createElement(CostPerExitChart, { runs })),
  region: entry('region', 'focus', ({ focus, peers }) => createElement(RegionChart, { run: focus, peers }), false, (p) => (['headcount', 'gap', 'exits', 'added'] as const).map((m) => axisText(regionScale(p, m))).join(' ')),
  difference: entry('difference', 'diffs', ({ diffs, unpaired }) => createElement(DifferenceChart, { diffs, unpaired })),
  effects: entry('effects', 'focus', ({ focus }) => createElement(EffectsChart, { run: focus }), true),
  programmeCost: entry('programmeCost', 'programmes', ({ programmes, focus }) => createElement(ProgrammeCostChart, { input: programmes, focusName: focus.name })),
  decileChange: entry('decileChange', 'runs', ({ runs }) => createElement(DecileChangeChart, { runs })),
  winners: entry('winners', 'focus', ({ focus, peers }) => createElement(WinnersChart, { run: focus, peers }), false, (p) => axisText(winnersScale(p))),
  povertyDepth: entry('povertyDepth', 'runs', ({ runs, focus }) => createElement(PovertyDepthChart, { runs, bandFor: focus.id })),
  gini: entry('gini', 'runs', ({ runs }) => createElement(GiniChart, { runs })),
  incidence: entry('incidence', 'focus', ({ focus }) => createElement(IncidenceChart, { run: focus }), true),
};

/**
 * The dashboard's default order: headlines, then the fan chart (BRIEF: first screen), then the rest;
 * distribution and depth (who gains, how deep poverty is, who each programme reached) follow the
 * income distribution, in pairs so that two columns stay filled.
 */
export const DEFAULT_LAYOUT: readonly ChartKind[] = [
  'headline', 'povertyFan', 'difference', 'effects', 'costPerExit', 'programmeCost', 'exits', 'region', 'incomeDistribution',
  'decileChange', 'winners', 'povertyDepth', 'gini', 'incidence',
  'budget', 'microfinance', 'loanLedger', 'riskFund',
];

/** Render a chart by kind. */
export function renderChart(kind: ChartKind, inputs: ChartInputs): ReactElement {
  return CHARTS[kind].render(inputs);
}
