/** English messages: the views namespace. Keys are grouped by component. */
export const views = {
  /** The results view (Dashboard) and the side-by-side columns (SideBySide). */
  dashboard: {
    /** The Overlaid results' heading, for screen readers only; {{name}} is the scenario in focus. */
    heading: 'Results: {{name}}',
    running: 'Running the first replications…',
    waiting: 'Still starting: {{names}}.',
    listSeparator: ', ',
    /** Beside the headline sentence when the scenario's results draw parameters from distributions (UncertaintyNote); {{names}} are the parameters' labels. */
    uncertainty_one: 'Bands include uncertainty in {{count}} assumption: {{names}}.',
    uncertainty_other: 'Bands include uncertainty in {{count}} assumptions: {{names}}.',
    /** Under the headline sentence while boxes in the levers hold values that cannot be used (editor/unusedEdits): the results are not for them. */
    unusedEdits_one: 'A value typed in the levers cannot be used (its box says why), so these results are for the last settings that could.',
    unusedEdits_other: '{{count}} values typed in the levers cannot be used (their boxes say why), so these results are for the last settings that could.',
  },
  /**
   * Above the side-by-side columns when some wrap below the others (SideBySide): notAllFit ({{count}} of {{total}} fit in
   * a row), then below ({{count}} wrapped). hideLevers is offered only where folding the levers would make room for one more.
   */
  sideBySide: {
    notAllFit_one: '{{count}} of {{total}} scenarios fits side by side at this width;',
    notAllFit_other: '{{count}} of {{total}} scenarios fit side by side at this width;',
    below_one: 'the other is further down.',
    below_other: 'the other {{count}} are further down.',
    hideLevers: 'Hide the levers to make room',
  },
  /** A chart not drawn yet (ChartCell): {{chart}} is its title, lower-cased in English. */
  chartCell: {
    drawing: 'Drawing {{chart}}…',
  },
  /** Said beside the difference chart of a compared scenario without a difference yet (useChartInputs). */
  unpaired: {
    computing: 'its difference is still being computed',
  },
  /** The headline sentence (headline.ts). {{spent}} and {{households}} are formatted; {{horizon}} is years or months. */
  headline: {
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    months: '{{months}} months',
    statusQuo: '{{name}}: no new programme money, so this is the status quo (existing cash transfer only).',
    notSimulated: '{{name}}: {{spent}} spent over {{horizon}} (the comparison with the status quo is off, so there is nothing to compare with).',
    fewer: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} fewer households in poverty at the end than the status quo (existing cash transfer only).',
    fewerEstimating: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} fewer households in poverty at the end than the status quo (existing cash transfer only); its 90% interval is still being estimated.',
    /** The run is complete with fewer than {{min}} replications. */
    fewerTooFew: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} fewer households in poverty at the end than the status quo (existing cash transfer only); too few replications for its 90% interval ({{min}} or more needed).',
    fewerInterval: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} fewer households in poverty at the end than the status quo (existing cash transfer only); 90% interval {{low}} to {{high}}.',
    /** The 90% interval reaches both ways: {{more}} and {{fewer}} are its ends as counts of more and of fewer households. */
    fewerUncertain: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} fewer households in poverty at the end than the status quo (existing cash transfer only), but even the direction is uncertain: the 90% interval runs from {{more}} more to {{fewer}} fewer.',
    more: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} more households in poverty at the end than the status quo (existing cash transfer only).',
    moreEstimating: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} more households in poverty at the end than the status quo (existing cash transfer only); its 90% interval is still being estimated.',
    moreTooFew: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} more households in poverty at the end than the status quo (existing cash transfer only); too few replications for its 90% interval ({{min}} or more needed).',
    moreInterval: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} more households in poverty at the end than the status quo (existing cash transfer only); 90% interval {{low}} to {{high}}.',
    moreUncertain: '{{name}}: {{spent}} spent over {{horizon}} leaves {{households}} more households in poverty at the end than the status quo (existing cash transfer only), but even the direction is uncertain: the 90% interval runs from {{more}} more to {{fewer}} fewer.',
  },
  /** The ranking by cost per exit (Ranking). */
  ranking: {
    label: 'Ranking by cost per sustained exit',
    title: 'Cost per additional household out of poverty for 12+ months',
    /** {{ranking}} is rankedMean or rankedMedian, as the cost-per-exit chart ranks. */
    caption: 'Scenarios {{ranking}}. Costs per exit: spent (net: less risk-fund capital still held) ÷ additional sustained exits, totals over all replications, not means; exits and spending: means; 90% intervals of the replications; all compared with the status quo (existing cash transfer only) on the same draws.',
    rankedMean: 'ranked by cost per additional sustained exit, cheapest first',
    rankedMedian: 'ranked by median cost per additional sustained exit, cheapest first',
    /** Follows the caption (starts with a space). */
    tieNote: ' “Tied” marks neighbours whose paired difference in cost per exit, replication by replication, has a 90% interval that includes zero: their order is not a finding.',
    rankColumn: 'Rank and scenario',
    costColumn: 'Cost per additional sustained exit',
    netColumn: 'Net of risk-fund capital still held',
    exitsColumn: 'Additional sustained exits (households)',
    spentColumn: 'Spent',
    rank: '{{rank}}.',
    tied: 'tied',
    noExits: 'no additional exits',
    /** Beside a scenario run on other household data than the baseline's (listed last, with no rank). */
    otherData: 'other households: not ranked',
    /** Follows the caption (starts with a space) when some are. */
    otherDataNote: ' Listed last and not ranked: scenarios run on other household data than the baseline\u2019s, whose costs are measured on other households.',
    /** Beside a scenario whose world differs from the baseline's (listed last, with no rank). */
    otherWorld: 'another world: not ranked',
    otherWorldNote: ' Listed last and not ranked: scenarios whose world (shocks, prices, population, incomes or the existing transfer) differs from the baseline\u2019s, so their costs are measured against another status quo.',
    /**
     * Follows the caption and the charts' basis sentence (starts with a space) when some rows rest on fewer
     * replications than others; {{reps}} is the most any row asks for ("100 replications").
     */
    fewerNote: ' A count beside a name marks a scenario run on fewer replications than the most here ({{reps}}): its numbers and 90% intervals rest on fewer draws, so they are less precise, and its place in the ranking is less certain.',
  },
  /** What a scenario changes from the baseline (ScenarioChanges, changes.ts). */
  changes: {
    heading: 'What “{{name}}” changes from the baseline',
    notPaired: 'Not compared on the same draws:',
    /** Why the scenario is not compared on the same draws (the engine's words). */
    reason: '{{reason}}.',
    same: 'Same as the baseline.',
    summary_one: '{{count}} setting differs from “{{name}}”',
    summary_other: '{{count}} settings differ from “{{name}}”',
    item: '{{label}}: {{from}} → {{to}}',
    /** One key of a record (shares by programme or region) in a one-line change. */
    partItem: '{{label}} {{from}} → {{to}}',
    withParts: '{{label}}: {{parts}}',
    on: 'on',
    off: 'off',
    everyYear: '{{value}} in every year',
    pathSeparator: ' → ',
    partsSeparator: '; ',
    /** Compared with the defaults (defaultScenario) instead of the baseline. */
    headingDefaults: 'What “{{name}}” changes from the defaults',
    sameDefaults: 'Same as the defaults.',
    summaryDefaults_one: '{{count}} setting differs from the defaults',
    summaryDefaults_other: '{{count}} settings differ from the defaults',
    comparedWith: 'Compared with:',
    comparedWithBaseline: 'the baseline',
    comparedWithDefaults: 'the defaults',
    /** The group of parameters whose uncertainty differs. */
    uncertaintyTitle: 'Uncertain parameters',
    /** A parameter that is not uncertain (one value in every replication). */
    certain: 'one value (not uncertain)',
    /** Two bounds; a unit comes with them as a person writes it (once, after the range, or Rs before it). */
    range: '{{low}} to {{high}}',
    /** A distribution as the change lists it; values with their units. */
    distribution: {
      uniform: 'uniform, {{range}}',
      triangular: 'triangular, {{range}}, most likely {{mode}}',
      normal: 'normal (mean {{mean}}, standard deviation {{sd}}) truncated to {{range}}',
      lognormal: 'log-normal (median {{median}}, sigma {{sigma}}) truncated to {{range}}',
    },
    flags: {
      unpaired: 'breaks the pairing: differences from the baseline need the same seed, households and months',
      fewerPairs: 'differences from the baseline use only the replications both have',
      world: 'the world differs from the baseline\u2019s: differences from the baseline include this, not only the policy',
      /** The parameter is uncertain in this scenario, so its own value is not what the runs use. */
      drawn: 'not used in the runs: each replication draws this assumption from its distribution; the value is used only where a sensitivity analysis holds it fixed',
    },
    /** An uncertain parameter's value, where it is shown as the runs use it (the Assumptions view, the slides): {{distribution}} as distribution writes it. */
    drawn: 'drawn in each replication: {{distribution}}',
    /** Under it in the Assumptions view: what the value in the field is for. */
    drawnValue: 'the value set, {{value}}, is used only where a sensitivity analysis holds it fixed',
    /** Under a record in the Assumptions view and on the slides, for each uncertain entry: {{entry}} its name ("Sindh"), {{drawn}} as `drawn` writes it, {{value}} its value set. */
    entryDrawn: '{{entry}} is {{drawn}}; the value set for it, {{value}}, is used only where a sensitivity analysis holds it fixed',
  },
  /** The engine's warnings for a scenario (SettingsWarnings). */
  settingsWarnings: {
    heading: 'Check these settings',
    named: 'Check these settings: {{name}}',
    /** Facts about how costs are counted, shown apart from the warnings (SettingsWarnings' costNotes). */
    costsHeading: 'How the costs are counted',
    costsNamed: 'How the costs are counted: {{name}}',
    intro: 'In {{name}}, the run found:',
    /** One sentence per warning the engine gives (engine/results/warnings.ts), in its words; {{reason}} is one of unspentReason. */
    unspent: {
      cash: 'The new cash transfer left {{share}} of its budget ({{amount}}) unspent: {{reason}}.',
      stipend: 'The education stipend left {{share}} of its budget ({{amount}}) unspent: {{reason}}.',
      microfinance: 'Microfinance left {{share}} of its budget ({{amount}}) unspent: lending is capped by the risk fund and by the subsidy budget.',
      training: 'Skills training left {{share}} of its budget ({{amount}}) unspent: {{reason}}.',
      farm: 'Small-farmer support left {{share}} of its budget ({{amount}}) unspent: {{reason}}.',
    },
    /** The same when the custom regional split left regions out (regionLeftOut): the share and amount are of the money for the other regions. */
    unspentInRegionsWithData: {
      cash: 'The new cash transfer left {{share}} of its budget in the regions with households ({{amount}}) unspent: {{reason}}.',
      stipend: 'The education stipend left {{share}} of its budget in the regions with households ({{amount}}) unspent: {{reason}}.',
      microfinance: 'Microfinance left {{share}} of its budget in the regions with households ({{amount}}) unspent: lending is capped by the risk fund and by the subsidy budget.',
      training: 'Skills training left {{share}} of its budget in the regions with households ({{amount}}) unspent: {{reason}}.',
      farm: 'Small-farmer support left {{share}} of its budget in the regions with households ({{amount}}) unspent: {{reason}}.',
    },
    /**
     * The custom regional split gives a share to regions with no households in the imported data: that money is left
     * unspent (one region: regionLeftOut; several: regionsLeftOut, {{list}} of regionShare joined by dashboard.listSeparator).
     */
    regionLeftOut: 'The custom regional split gives {{share}} of the budget to {{region}}, which has no households in the data: that share ({{amount}}) is left unspent.',
    regionsLeftOut: 'The custom regional split gives part of the budget to regions with no households in the data ({{list}}): those shares ({{share}} of the budget, {{amount}}) are left unspent.',
    regionShare: '{{region}} {{share}}',
    fundLeftOut: 'The same share of the risk fund’s opening capital ({{amount}}) is in no region’s fund and backs no loans.',
    /** The same with no budget at all: only the opening capital is left out (one region: regionFundOnly; several: regionsFundOnly). */
    regionFundOnly: 'The custom regional split places the risk fund’s opening capital as it would the budget, and gives {{share}} of it to {{region}}, which has no households in the data: that capital ({{amount}}) is in no region’s fund and backs no loans.',
    regionsFundOnly: 'The custom regional split places the risk fund’s opening capital as it would the budget, and gives part of it to regions with no households in the data ({{list}}): that capital ({{amount}}) is in no region’s fund and backs no loans.',
    /**
     * Why: every eligible household was served (noneLeft; cashBudget: cash under budget targeting, which has
     * no cut-off), eligible households remained but the money left in a stratum could not pay for one more
     * sample household (step; stepRows for imported data; {{households}}: a replication's sample), or both, each with its
     * share of the unspent money.
     */
    unspentReason: {
      noneLeft: {
        cash: 'every household below the cut-off who is not already on the existing transfer and takes it up was enrolled',
        cashBudget: 'every household not already on the existing transfer who takes it up was enrolled',
        stipend: 'every household with school-age children below the stipend cut-off who takes it up was enrolled',
        training: 'every unskilled working household below the training cut-off who takes it up was trained (each only once)',
        farm: 'every small farmer below the farm-support cut-off was supported (each only once)',
      },
      step: 'eligible households remained, but the money left in a stratum bought less than one more sample household (a whole-household step; it shrinks as the sample grows: {{households}} households)',
      stepRows: 'eligible households remained, but the money left in a stratum bought less than one more sample household (a whole-household step; it shrinks with more rows: {{households}} rows)',
      /** Data with a replication column: each replication runs on its own rows ({{households}}: a replication's, or the fewest–most). */
      stepRowsPerReplication:
        'eligible households remained, but the money left in a stratum bought less than one more sample household (a whole-household step; it shrinks with more rows: {{households}} rows a replication)',
      both: '{{noneLeftShare}} of it where {{noneLeft}}; {{stepShare}} where {{step}}',
    },
    noLoans: {
      allToFund: 'Microfinance made no loans: the whole microfinance budget went into the risk fund, leaving nothing to subsidise interest. Its spending buys no exits.',
      noFundCapital: 'Microfinance made no loans: the risk fund gets no capital, and lending is capped at a multiple of the fund. Its spending buys no exits.',
      zeroLeverage: 'Microfinance made no loans: the lending multiple is 0. Its spending buys no exits.',
      noTakers: 'Microfinance made no loans: no eligible household took a loan. Its spending buys no exits.',
    },
    idleFund: '{{amount}} of risk-fund capital is still in the fund at the end: it is counted as spent; the net cost per exit leaves it out.',
    noStatusQuo: 'The comparison with the status quo is off, so additional exits, cost per exit and effects on participants are not available.',
  },
  /** Why a compared scenario has no paired difference from the baseline. */
  pairing: {
    reason: 'different draws ({{fields}}); differences need the same seed, households and months',
    field: '{{field}} {{value}} (baseline {{baseline}})',
    seed: 'seed',
    households: 'households',
    months: 'months',
  },
};
