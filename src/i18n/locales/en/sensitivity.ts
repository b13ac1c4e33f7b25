/** English messages: the sensitivity namespace (views/SensitivityView and views/sensitivity/). */
export const sensitivity = {
  heading: 'Sensitivity to uncertain assumptions',
  /** {{name}} is the scenario's name. */
  intro: 'How much the outcomes of {{name}} depend on the parameters it marks uncertain.',
  parameters_one: '{{count}} uncertain parameter:',
  parameters_other: '{{count}} uncertain parameters:',
  /** A paired difference varies the parameters uncertain in either scenario. */
  parametersPaired_one: '{{count}} parameter uncertain in either scenario:',
  parametersPaired_other: '{{count}} parameters uncertain in either scenario:',
  /** {{label}} is the parameter's name, {{distribution}} one of `distributions`. */
  parameterItem: '{{label}}: {{distribution}}',
  /** A parameter of a paired difference that only one scenario, {{name}}, marks uncertain. */
  parameterOnly: '{{label}}: {{distribution}} (uncertain in {{name}} only)',
  /** Parameters marked uncertain that the model does not read under the scenario's settings; {{names}} their labels. */
  leftOut_one: 'Not varied: {{names}}. The scenario\u2019s other settings never read it (its programme has no money, or a setting turns it off), so varying it could change nothing.',
  leftOut_other: 'Not varied: {{names}}. The scenario\u2019s other settings never read them (their programme has no money, or a setting turns them off), so varying them could change nothing.',
  listSeparator: '; ',
  /** A parameter as the charts name it: its group's title and its own label. */
  paramName: '{{group}}: {{label}}',
  /** {{range}} is the bounds as `range` writes them, with the unit said once ("0.55 to 0.9 probability"); the other values each with its unit. */
  distributions: {
    uniform: 'uniform from {{range}}',
    triangular: 'triangular from {{range}}, most likely {{mode}}',
    normal: 'normal, mean {{mean}}, standard deviation {{sd}}, kept within {{range}}',
    lognormal: 'log-normal, median {{median}}, log standard deviation {{sigma}}, kept within {{range}}',
  },
  none: {
    heading: 'No uncertain parameters',
    /** Some are marked uncertain, but the model reads none of them (leftOut follows). */
    unreadHeading: 'Nothing to vary',
    body: '{{name}} has no parameter marked uncertain, so there is nothing to analyse.',
    /** {{block}} is the JSON key "uncertainty" and {{doc}} the file docs/model.md, both shown as code. */
    how: 'To analyse one, mark a parameter uncertain in the scenario\u2019s settings (the “Uncertain” button by its field), or open a scenario file whose {{block}} block gives a distribution to each uncertain parameter (Share, then “Open scenario file…”). The block is described in the model documentation, {{doc}}, section 8, under “Uncertain parameters”. For example:',
  },
  controls: {
    label: 'Analysis settings',
    outcome: 'Outcome',
    method: 'Method',
    tornado: 'Tornado (one at a time)',
    sobol: 'Sobol’ indices (variance)',
    samples: 'Sample size N',
    /** The comparator of a paired difference: the outcome becomes (this scenario) − (the chosen one). */
    versus: 'Difference from',
    versusNone: 'None: this scenario’s own outcome',
    /** An open scenario that cannot be chosen (an option's text, so the reason is in it). */
    versusOtherWorld: '{{name}} (another world: cannot be paired)',
    /** {{a}} is the active scenario, {{b}} the one chosen. */
    versusNote:
      'The outcome becomes {{a}} − {{b}}, paired: at each design point both scenarios run with the point’s values on the same households and shocks. A parameter uncertain in both takes one value in both; one uncertain in only one scenario is set in that one, and the other keeps its own value.',
    versusNoOther: 'To analyse the difference between two scenarios, add another scenario that shares this one’s world.',
    versusUnavailable:
      'No other open scenario shares this scenario’s world (world settings, uncertain world parameters, seed, households and months), so none can be paired with it: a difference needs both on the same households and shocks.',
    /** {{parameter}} is a parameter's label. */
    versusConflict:
      '{{parameter}} is uncertain in both scenarios, with different distributions. A paired analysis treats it as one assumption: give it the same distribution in both, or mark it uncertain in one only.',
    /**
     * The cost stated before running. {{formula}} is the arithmetic, left to right, ending in the number of
     * scenario runs: "N × (D + 2) = 16 × (2 + 2) = 64" (Sobol') or "1 + 2 × D = 1 + 2 × 2 = 5" (tornado).
     */
    cost: 'Cost: {{formula}} scenario runs × {{replications}} replications = {{runs}} engine runs.',
    /** After `cost`, for a paired difference (its formula starts "2 ×"). */
    costShared: 'The two scenarios of a design point run together: each replication’s households, burn-in and status quo are computed once for both.',
    run: 'Run',
    cancel: 'Cancel',
    cancelNote: 'Cancelling keeps nothing: an analysis stopped part way has no result.',
    runAgain: 'Already done for these settings: the result is below.',
  },
  progress: {
    label: 'Sensitivity analysis: engine runs done',
    value: '{{done}} of {{total}} engine runs',
    running: 'Running at a lower priority than the scenarios on screen: {{done}} of {{total}} engine runs.',
    /** Before the design knows how many engine runs it needs (its progressbar is indeterminate). */
    preparing: 'Running at a lower priority than the scenarios on screen: preparing the design…',
    /** Said to a screen reader when the analysis ends; the result follows. */
    done: 'Done: {{total}} engine runs. The result is below.',
    /** Said to a screen reader when the reader cancels: the analysis is dropped, nothing of it kept. */
    cancelled: 'Cancelled after {{done}} of {{total}} engine runs. Nothing is kept.',
    /** …cancelled before the design knew how many engine runs it needs. */
    cancelledPreparing: 'Cancelled while preparing the design. Nothing is kept.',
  },
  failed: 'The analysis failed: {{reason}}',
  /** A Sobol' analysis whose outcome took one value at all {{points}} base points (its variance is 0). */
  noSpread: 'the outcome took one value at all {{points}} base points of the design, so it has no variance to share out and Sobol\u2019 indices are undefined; choose another outcome, or more households or replications',
  units: {
    additionalSustainedExits: 'households',
    povertyHeadcountEnd: '% of people',
    par30Last12: '% of loan money outstanding',
    costPerSustainedExitPKR: 'Rs per additional household',
  },
  /** Units of a paired difference in an outcome. */
  differenceUnits: {
    additionalSustainedExits: 'households',
    povertyHeadcountEnd: 'percentage points',
    par30Last12: 'percentage points',
    costPerSustainedExitPKR: 'Rs per additional household',
  },
  /**
   * Two values of a parameter: under a tornado bar's name, and a distribution's bounds. {{low}} and {{high}} are
   * numbers; their unit goes around the range as the editor writes one (once after it, "Rs" before it, "%" on each).
   */
  range: '{{low}} to {{high}}',
  /** What a range in log income does to income: {{low}} and {{high}} are factors ("0.90"). */
  incomeRange: 'income × {{low}} to × {{high}}',
  /** A range in log income, then what it does to income (incomeRange). */
  rangeWithIncome: '{{range}}; {{income}}',
  tornado: {
    title: 'Tornado: how far each assumption moves the outcome',
    subtitle: '{{outcome}}, {{unit}}; each parameter at its 5th and 95th percentile in turn, the others at the scenario’s values',
    /**
     * A paired difference: {{a}} and {{b}} are the scenarios' names. (Urdu writes "minus" as a word: a "−" between two
     * Latin names in a right-to-left line reads either way.)
     */
    titleDifference: 'Tornado of {{a}} − {{b}}: {{outcome}}',
    subtitleDifference: '{{unit}}, the first scenario minus the second on the same draws; each parameter at its 5th and 95th percentile in turn, the others at the scenarios’ values',
    low: 'Parameter at its low value (5th percentile)',
    high: 'Parameter at its high value (95th percentile)',
    base: 'Base: {{value}}',
    /** The spread is columns.span: what the rows are sorted by. */
    caption: '{{title}}: base {{base}}; parameters sorted by spread (the largest minus the smallest of the outcomes at the low value, the base and the high value), largest first',
    /** The CSV download's `# numbers` line (export/chartCsv): its numbers are single runs' values, not replications' percentiles. */
    numbersNote:
      'Columns named "… [value]" hold unformatted numbers: a parameter\'s low and high value (its 5th and 95th percentile) as the scenario file has it: shares as fractions of 1, a month of the run counted from 0 (the table counts from 1); the outcome at each, and the spread of the outcomes at the low value, the base and the high value (largest minus smallest), in the result\'s units: shares as fractions of 1, money in PKR, counts in households',
    columns: {
      parameter: 'Parameter',
      low: 'Low value',
      high: 'High value',
      outcomeLow: 'Outcome at low value',
      outcomeHigh: 'Outcome at high value',
      /** The largest of the outcomes at the low value, the base and the high value minus the smallest (TornadoBar's span). */
      span: 'Spread',
    },
  },
  sobol: {
    title: 'Sobol’ indices: share of the outcome’s variance due to each assumption',
    subtitle: '{{outcome}}, {{unit}}; first-order and total indices, with 95% bootstrap intervals',
    titleDifference: 'Sobol’ indices of {{a}} − {{b}}: {{outcome}}',
    subtitleDifference: 'share of the difference’s variance ({{unit}}) due to each assumption: first-order and total indices, with 95% bootstrap intervals',
    firstOrder: 'First-order index (alone)',
    total: 'Total index (with interactions)',
    axis: 'share of variance',
    interval: '95% interval',
    caption: '{{title}}: index with its 95% bootstrap interval in brackets',
    /** The CSV download's `# numbers` line (export/chartCsv): the interval is the bootstrap's, not the replications'. */
    numbersNote:
      'Columns named "… [estimate]", "… [low]", "… [high]" hold unformatted indices (shares of the outcome\'s variance, as fractions of 1): the estimate and the ends of its 95% bootstrap interval',
    columns: {
      parameter: 'Parameter',
      firstOrder: 'First-order index',
      total: 'Total index',
    },
    /**
     * Under the chart when its estimates cannot be shares of variance (SobolChart's sobolNoise): {{problems}} are the
     * parts below joined by problemSeparator. clipped: when the axis stops short of the widest whiskers.
     */
    noisy: 'Not reliable yet: {{problems}}. A share of variance lies between 0 and 1, and an assumption cannot explain more alone than with its interactions, so these are sampling noise. {{advice}}',
    /**
     * The end of noisy: below the app's largest N, and at it (the command line takes any N). {{command}} and {{flag}}
     * are the command line's, each shown as code (a reader copies them, so no isolate marks go around them).
     */
    moreSamples: 'Run again with a larger N.',
    moreSamplesCli: 'N is at the app’s largest: mark fewer assumptions uncertain, or run {{command}} with a larger {{flag}}.',
    problemSeparator: '; ',
    /** {{tolerance}}: how far past a bound is still taken for rounding, not noise (SobolChart's NOISE_TOLERANCE). */
    outside_one: '{{count}} estimate falls more than {{tolerance}} outside 0 to 1',
    outside_other: '{{count}} estimates fall more than {{tolerance}} outside 0 to 1',
    aboveTotal_one: '{{count}} first-order index exceeds its total index by more than {{tolerance}}',
    aboveTotal_other: '{{count}} first-order indices exceed their total index by more than {{tolerance}}',
    wide_one: '{{count}} interval is wider than the whole range from 0 to 1',
    wide_other: '{{count}} intervals are wider than the whole range from 0 to 1',
    /** An interval with an end more than {{tolerance}} below 0 or above 1, whatever its estimate (SobolNoise's intervalOutside). */
    intervalOutside_one: '{{count}} interval runs more than {{tolerance}} outside 0 to 1',
    intervalOutside_other: '{{count}} intervals run more than {{tolerance}} outside 0 to 1',
    clipped: 'Bars and whiskers beyond {{low}} or {{high}} are cut at the axis’s ends, where an arrowhead marks them; the table gives every value.',
  },
  basis: {
    tornado: 'Tornado on {{points}} scenario runs × {{replications}} replications ({{runs}} engine runs), all on the same draws, so a parameter with no effect swings by exactly 0. The base is the scenario with every uncertain assumption at its own value, on these replications; the dashboard draws the uncertain assumptions from their ranges in each replication, so its figures differ from the base.',
    sobol: 'Sobol’ indices from N = {{samples}} samples: {{points}} scenario runs × {{replications}} replications ({{runs}} engine runs). Small samples give wide intervals.',
    tornadoPaired:
      'Tornado on {{points}} design points × 2 scenarios × {{replications}} replications ({{runs}} engine runs), all on the same draws, so a parameter that moves both scenarios alike swings the difference by exactly 0. The base is the scenario with every uncertain assumption at its own value, on these replications; the dashboard draws the uncertain assumptions from their ranges in each replication, so its figures differ from the base.',
    sobolPaired:
      'Sobol’ indices from N = {{samples}} samples: {{points}} design points × 2 scenarios × {{replications}} replications ({{runs}} engine runs). Small samples give wide intervals.',
    ranges: 'A parameter’s bars depend on the range chosen for it: a wider range gives a longer bar.',
    /** After `ranges` when some tornado bars are exactly 0 (engine unmovedBars): not evidence of no effect at a small sample. */
    unmoved_one: 'One parameter left the outcome exactly at its base value. An outcome summed over sample households moves only when one of them changes state (crosses the poverty line, leaves poverty, defaults), so at this sample a small effect can leave it unmoved: a bar of 0 is not evidence of no effect. More households or replications show smaller effects.',
    unmoved_other: '{{count}} parameters left the outcome exactly at its base value. An outcome summed over sample households moves only when one of them changes state (crosses the poverty line, leaves poverty, defaults), so at this sample a small effect can leave it unmoved: a bar of 0 is not evidence of no effect. More households or replications show smaller effects.',
  },
};
