/** English messages: the charts namespace. Keys are grouped by component. */
export const charts = {
  /** Titles, subtitles and notes of every chart (charts/text.ts). */
  text: {
    headline: {
      title: 'Headline results',
      subtitle: 'Mean across replications, with the range that holds 90% of them; for the cost per additional household, total spent ÷ total additional households over the replications, with the range of the replications\u2019 own costs',
    },
    povertyFan: {
      title: 'People in poverty, month by month',
      subtitle: '% of people below the poverty line; line: median across replications, shading: 50% and 90% intervals',
      note: 'Poverty is judged on consumption per adult-equivalent against the national poverty line. The dashed line, on request, is the status quo (existing cash transfer only) on the same random draws.',
    },
    incomeDistribution: {
      title: 'Consumption distribution at the start and the end',
      /** {{axis}}: the vertical axis's title, its unit ("people (m)", "people (crore)"). */
      subtitle: '{{axis}} by consumption per adult-equivalent, in multiples of the poverty line (log scale, bins of equal width)',
    },
    decileChange: {
      title: 'Change in consumption by start decile',
      subtitle: 'against the status quo (existing cash transfer only) on the same random draws; bars: mean across replications, whiskers: 90% interval',
      note: 'Deciles: people ranked by consumption per adult-equivalent the month before the programmes start, in ten groups of equal size; a household stays in the decile it started in. The change is the mean over the decile\u2019s people.',
    },
    winners: {
      title: 'Households better and worse off by start decile',
      subtitle: '% of each decile\u2019s households whose consumption per adult-equivalent ends 5% or more above (right) or below (left) the status quo on the same draws; bars: mean across replications, whiskers: 90% interval',
      note: 'Deciles of consumption per adult-equivalent before the programmes start, 1 = poorest tenth of people. Households can be worse off when, for example, an investment made with a loan fails.',
    },
    povertyDepth: {
      title: 'Depth of poverty, month by month',
      subtitle: 'line: median across replications, shading: 90% interval',
      note: 'Poverty gap: the mean shortfall from the poverty line over all people, the non-poor counting zero (FGT1). Severity: the mean of the squared shortfall (FGT2), which weighs the poorest most: a shortfall of half the line counts four times as much as a shortfall of a quarter.',
    },
    gini: {
      title: 'Inequality at the start and the end',
      subtitle: 'Gini of consumption per adult-equivalent across people (0 = equal, 1 = all to one person); dots: mean across replications, lines: 90% interval',
      note: 'The status quo (existing cash transfer only) is on the same random draws, so the gap between the end and the status quo\u2019s end is the effect of the new programmes. The \u201cpaired change\u201d under each name is that gap taken replication by replication, with its 90% interval: much narrower than the intervals of the dots, which mostly hold differences between replications that the pairing cancels.',
    },
    incidence: {
      title: 'Who each programme reached, by start decile',
      subtitle: 'bars: mean across replications, whiskers: 90% interval',
      note: 'Deciles: people ranked by consumption per adult-equivalent before the programmes start, 1 = poorest tenth. Incidence: of the households a programme reached, the share from each decile (a programme that ignored welfare would give every decile about 10%). Coverage: of each decile\u2019s households, the share the programme reached.',
    },
    exits: {
      title: 'Households leaving and entering poverty',
      /** {{axis}}: the value axis's title, its unit ("households (m)", "households (lakh)"). */
      subtitle: '{{axis}} over the whole run; bars: mean across replications, whiskers: 90% interval',
      note: '"Out of poverty for 12+ months": poor at the start, and out of poverty without a break through at least the last 12 months, to the end.',
    },
    microfinance: {
      title: 'Loans in trouble',
      subtitle: 'By month; line: median across replications, shading: 90% interval',
      note: 'PAR30: share of the money outstanding on loans 30 or more days overdue or rescheduled (loans only extended after a shock are current by rule and not counted). Default rate: money written off as a share of all money lent so far.',
    },
    loanLedger: {
      title: 'Where the money lent went',
      /** {{axis}}: the value axis's title, its unit ("Rs bn", "Rs crore"). */
      subtitle: '{{axis}} at the end of the run, mean across replications; total lent above each bar',
      note: 'Money lent = principal repaid + still outstanding + written off.',
    },
    riskFund: {
      title: 'Risk-compensation fund',
      /** {{axis}}: the value axis's title, its unit ("Rs bn", "Rs crore"). */
      subtitle: 'Fund balance, {{axis}}, by month; line: median across replications, shading: 90% interval',
      note: 'The fund covers part of lenders\u2019 losses; when it runs low, new lending is throttled.',
    },
    budget: {
      title: 'Spending by programme and year',
      /** {{axis}}: the value axis's title, its unit ("Rs bn", "Rs crore"). */
      subtitle: '{{axis}}, mean across replications; grey: budget left unspent; total budget above each bar',
    },
    costPerExit: {
      title: 'Cost per additional household out of poverty for 12+ months',
      /** {{axis}}: the value axis's title, its unit ("Rs m per household", "Rs lakh per household"). */
      subtitle: '{{axis}}, against the status quo (existing cash transfer only) on the same draws; bars: total spent ÷ total additional exits over the replications (a ratio of totals, not a mean), whiskers: 90% interval of the replications\u2019 own costs; {{ranking}}',
    },
    programmeCost: {
      title: 'Cost per additional exit, programme by programme',
      /** {{axis}}: the value axis's title, its unit ("Rs m per household", "Rs lakh per household"). */
      subtitle: '{{axis}} lifted out of poverty for 12+ months, counting only the additional households, against the status quo (existing cash transfer only), each programme run alone; bars: total spent ÷ total additional exits over the replications (a ratio of totals, not a mean), whiskers: 90% interval of the replications\u2019 own costs; {{ranking}}',
      note: 'Each programme is run on its own with the money it gets in this scenario (administration at the same rate), on the same households and draws, against the status quo (existing cash transfer only). These runs go on in the background once the comparison on screen is done.',
    },
    region: {
      title: 'Poverty by region',
      subtitle: 'bars: mean across replications, whiskers: 90% interval',
    },
    difference: {
      title: 'Difference from the baseline',
      subtitle: 'Scenario minus baseline on the same random draws; bars: mean across replications, whiskers: 90% interval',
      note: 'A scenario identical to the baseline differs by exactly 0: both face the same shocks.',
    },
    effects: {
      title: 'Effects on the households each programme reached',
      subtitle: '% change for the same households at the end of the run, with the programmes against the status quo (existing cash transfer only) on the same random draws; bars: mean across replications, whiskers: 90% interval',
      note: 'Consumption: per adult-equivalent, the mean over the households reached. Poverty: the share of their people below the poverty line; −10% means a tenth fewer of them are poor, not 10 percentage points. A household counts under every programme it took part in, and once under "Any new programme".',
    },
  },
  /** Pieces of text many charts share. */
  shared: {
    /** A chart's title for one scenario. */
    titleFor: '{{title}}: {{name}}',
    /** Between two notes under a bar's name. */
    subSeparator: '; ',
    scenario: 'Scenario',
    startDecile: 'Start decile',
    measure: 'Measure',
    atTheStart: 'At the start',
    afterMonths: 'After {{months}} months',
    statusQuoAfterMonths: 'Status quo after {{months}} months',
    interval90: '90% interval',
    interval90For: '90% interval: {{name}}',
    interval50: '50% interval',
    interval50For: '50% interval: {{name}}',
    statusQuoDashed: 'status quo: existing cash transfer only (dashed)',
    listSeparator: ', ',
    percentOfPeople: '% of people',
    householdsMillions: 'households (m)',
    rsBn: 'Rs bn',
    rsMPerHousehold: 'Rs m per household',
    /** Axes on the lakh and crore scale (charts/axis.ts axisUnit); in arab a rupee axis is rsBn, as English writes an arab. */
    rsLakh: 'Rs lakh',
    rsCrore: 'Rs crore',
    rsLakhPerHousehold: 'Rs lakh per household',
    rsCrorePerHousehold: 'Rs crore per household',
    costPerExit: 'Cost per exit',
    noLoans: 'Not shown, no loans made: {{names}}.',
    noneLend: 'No scenario on screen made any loans: there is nothing to chart.',
    bandCaption: '{{what}} by month, {{unit}}, median across replications (90% interval)',
  },
  /** Intervals in words (intervalText.ts). */
  interval: {
    range: '{{low}} to {{high}}',
    noUpperEnd: 'no upper end',
    openSub: '90% interval: no upper end',
    openNote: '\u201c90% interval: no upper end\u201d: in more than 5% of replications there were no additional exits, so the cost per exit there is unbounded and no whisker is drawn.',
    valueOpen: '{{value}} ({{low}} to no upper end)',
    /** An interval whose two ends, a little apart, round to the same text. */
    asRounded: '{{value}} at both ends (rounded)',
    /** A cost per exit whose 5th percentile is unbounded too: no additional exits in 95% or more of replications. */
    noEnds: 'no interval: no additional exits in 95% or more of replications',
  },
  frame: {
    viewAs: '{{title}}: view as',
    chart: 'Chart',
    table: 'Table',
  },
  legend: {
    label: 'Legend',
  },
  toggle: {
    statusQuo: 'Show the status quo',
    zoom: 'Zoom the axis to the lines',
  },
  band: {
    zeroAxisNote: 'The vertical axis starts at 0, so gaps between lines are drawn to scale.',
    zoomedAxisNote: 'The vertical axis is zoomed to the lines and does not start at 0: gaps between lines look larger than they are.',
    keyboard: '{{label}}: left and right arrow keys read the values month by month, Escape hides them',
    months: 'months',
    series90: '{{name}}, 90% interval',
    series50: '{{name}}, 50% interval',
    seriesStatusQuo: '{{name}}, status quo',
    shadingFor: 'Shading for',
  },
  bandTable: {
    month: 'Month',
    median: '{{name}}: median (90% interval)',
    statusQuo: '{{name}}: status quo (existing cash transfer only)',
  },
  tooltip: {
    month: 'Month {{month}}',
    heading: ', median (90% interval):',
    statusQuo: ', status quo {{value}}',
    separator: ';',
    end: '.',
  },
  headline: {
    interval: '90% interval {{interval}}',
    /** When the 5th and 95th percentiles are equal: the middle 90% of replications agree. */
    noSpread: '90% interval: {{value}}, no spread',
    /** Ends a little apart that round to the same number. */
    asRounded: '90% interval: {{value}} at both ends, as rounded',
    estimating: '90% interval: estimating…',
    /** The run is complete with fewer than {{min}} replications: no more are coming. */
    tooFew: '90% interval: too few replications (shown from {{min}})',
    /** Every card but the cost is a mean; the cost's own sentence (costNote) follows the caption. */
    caption_one: '{{name}}: each card but the cost is the mean of {{count}} replication;',
    caption_other: '{{name}}: each card but the cost is the mean of {{count}} replications;',
    captionEarly: '90% intervals are shown from {{count}} replications.',
    captionDone: 'the 90% interval holds the middle 90% of them.',
    /** After the caption, when the cost card has a value: summary.costPerSustainedExitPKR.mean is a ratio of totals (summariseRatio). */
    costNote: 'The cost is total spent ÷ total additional exits over all replications, a ratio of totals, not a mean; its 90% interval is of the replications\u2019 own costs.',
    cards: {
      poorHouseholdsEnd: 'Poor households at the end',
      additionalSustainedExits: 'More households out of poverty for 12+ months than under the status quo',
      costPerSustainedExitPKR: 'Cost per additional household out of poverty for 12+ months',
      par30Last12: 'Loan money 30+ days overdue, last 12 months (PAR30)',
    },
    empty: {
      poorHouseholdsEnd: 'not available',
      additionalSustainedExits: 'not available (the comparison with the status quo is off)',
      costPerSustainedExitPKR: 'no additional exits',
      par30Last12: 'no loans made',
      /** The status quo's own cards: nothing is additional to itself. */
      statusQuoItself: 'none: this is the status quo',
    },
  },
  estimating: {
    replications_one: '{{n}} replication',
    replications_other: '{{n}} replications',
    still: 'Intervals are still being estimated: {{reps}} so far; they are shown from {{min}}.',
    /** The runs short of {{min}} are complete: no more replications are coming. */
    tooFew: 'Too few replications for intervals ({{reps}}): they are shown from {{min}}; run more to see them.',
    rest: 'Intervals rest on {{reps}}.',
    /** Under a chart of means with no interval. */
    means: 'Means across {{reps}}.',
  },
  metrics: {
    units: {
      shareAxis: '% of people',
      shareDiff: 'percentage points',
      countAxis: 'households (m)',
      /** A count axis whose every value is under a million: the difference chart's, usually. */
      countAxisThousands: 'households (thousands)',
      countAxisLakh: 'households (lakh)',
      countAxisCrore: 'households (crore)',
      pkrAxis: 'Rs bn',
    },
    labels: {
      poorHouseholdsEnd: 'Poor households at the end',
      sustainedExits: 'Households out of poverty for 12+ months',
      reentries: 'Households that fell back into poverty',
      newlyPoor: 'Households newly in poverty',
      povertyHeadcountEnd: 'People in poverty at the end',
      povertyGapEnd: 'Poverty gap at the end',
      par30End: 'Loan money 30+ days overdue at the end (PAR30)',
      defaultRate: 'Loan money written off (default rate)',
      spentPKR: 'Money spent on programmes',
      writtenOffPKR: 'Loans written off',
    },
    axes: {
      povertyGapEnd: '% of the poverty line',
      par30End: '% of money outstanding',
      defaultRate: '% of money lent',
    },
  },
  costRanking: {
    caption: 'ranked by cost per additional sustained exit, cheapest first',
    noExits: 'no additional exits',
    notYet: 'not run yet',
  },
  /** As the split across programmes names them (params keys): one name for a programme wherever it is named. */
  programmes: {
    cash: 'Cash transfer',
    stipend: 'Education stipend',
    microfinance: 'Microfinance (subsidy and risk fund)',
    training: 'Skills training',
    farm: 'Small-farmer support',
    admin: 'Administration',
    unspent: 'Unspent',
  },
  effectGroups: {
    cash: 'New cash transfer',
    stipend: 'Education stipend',
    microfinance: 'Microfinance loans',
    training: 'Skills training',
    farm: 'Small-farmer support',
    any: 'Any new programme',
  },
  decile: {
    poorest: '1 (poorest)',
    richest: '{{count}} (richest)',
    statusQuoItself: 'This scenario is the status quo (no new programmes): nothing changes against it.',
    noStatusQuo: 'The comparison with the status quo is off for this scenario, so there is nothing to compare with.',
  },
  budget: {
    year: 'Year {{n}}',
    yearHeader: 'Year',
    budget: 'Budget',
    caption: '{{title}}: {{name}}, Rs, mean across replications',
    /** Under the status quo's own chart: no new budget, so no bars. */
    statusQuoItself: 'No new budget: this scenario is the status quo (the existing cash transfer only).',
  },
  ledger: {
    repaid: 'Principal repaid',
    outstanding: 'Still outstanding',
    writtenOff: 'Written off',
    moneyLent: 'Money lent',
    caption: '{{title}}: Rs, mean across replications',
  },
  exits: {
    sustainedExits: 'Out of poverty for 12+ months',
    reentries: 'Left poverty, then fell back',
    newlyPoor: 'Newly in poverty',
    caption: 'Households, mean across replications (90% interval)',
  },
  fan: {
    caption: '% of people below the poverty line by month, median across replications (90% interval)',
  },
  microfinance: {
    par30: 'PAR30',
    defaultRate: 'Default rate',
    moneyOutstanding: '% of money outstanding',
    moneyLent: '% of money lent',
    subtitle: '{{label}}, {{axis}}. {{subtitle}}',
    label: '{{title}}: {{measure}}',
  },
  riskFund: {
    caption: 'Risk-fund balance by month, median across replications (90% interval)',
  },
  costPerExit: {
    caption: '{{title}}: Rs per household, total spent ÷ total additional exits over the replications (90% interval of the replications\u2019 own costs), {{ranking}}',
    header: 'Cost per exit: total spent ÷ total additional exits (90% interval)',
    /** Under the name of a scenario run on other household data than the baseline's. */
    otherData: 'other households: not comparable',
    otherWorld: 'another world: not comparable',
  },
  region: {
    peopleInPoverty: 'People in poverty',
    outOfPoverty: 'Out of poverty 12+ months',
    show: 'Show',
    subtitleHeadcount: 'People in poverty, % of people; {{subtitle}}',
    /** {{axis}}: the value axis's title, its unit ("households (m)", "households (lakh)"). */
    subtitleExits: 'Households out of poverty for 12+ months, {{axis}}; {{subtitle}}',
    region: 'Region',
    startHeader: 'At the start, mean (90% interval)',
    afterHeader: 'After {{months}} months, mean (90% interval)',
    exitsHeader: 'Households out of poverty 12+ months',
    captionHeadcount: '{{title}}: {{name}}, % of people',
    captionExits: '{{title}}: {{name}}, households, and shares of households for the targeting errors; mean across replications, 90% interval below',
    /** A mode: households out of poverty 12+ months beyond the status quo's, on the same draws. */
    added: 'More than the status quo',
    subtitleGap: 'Poverty gap: the mean shortfall from the poverty line over the region’s people, % of the line; {{subtitle}}',
    /** {{axis}}: the value axis's title, its unit ("households (m)", "households (lakh)"). */
    subtitleAdded:
      'Households out of poverty for 12+ months beyond the status quo (existing cash transfer only) on the same draws, {{axis}}; the table gives what was spent in each region per additional household; {{subtitle}}',
    gapStartHeader: 'Poverty gap at the start, % of the line',
    gapAfterHeader: 'Poverty gap after {{months}} months',
    severityAfterHeader: 'Severity after {{months}} months (squared gap × 100)',
    giniStartHeader: 'Gini at the start',
    giniAfterHeader: 'Gini after {{months}} months',
    addedHeader: 'Additional households out of poverty 12+ months',
    costHeader: 'Spent in the region per additional household (total ÷ total)',
    spentHeader: 'Spent in the region over the run',
    /** Targeting errors of cash (the existing transfer and any new one), judged on consumption when year 1 opens. */
    inclusionHeader: 'Cash recipients not poor when year 1 opens (inclusion error)',
    exclusionHeader: 'Poor households without cash when year 1 opens (exclusion error)',
    captionGap: '{{title}}: {{name}}, poverty gap and severity over the region’s people, and the Gini of its consumption per adult-equivalent; mean across replications, 90% interval below',
    captionAdded: '{{title}}: {{name}}, households beyond the status quo on the same draws, Rs, and shares of households for the targeting errors; mean across replications (cost: total spent ÷ total additional exits), 90% interval below',
  },
  difference: {
    notShownLabel: 'Not shown',
    notShown: '{{name}} is not shown: {{reason}}',
    /** The list's name when it holds only otherWorld notes. */
    notesLabel: 'Read with care',
    /** A scenario whose world differs from the baseline's (the changes list flags it). */
    otherWorld:
      '{{name}}: its world differs from the baseline\u2019s (an assumption changed or drawn differently), so its difference here holds that as well as its policy. Its headline and cards compare it with its own status quo, on its own world, and can differ from this.',
    header: '{{label}}, mean (90% interval)',
    caption: '{{title}}: scenario minus baseline, mean (90% interval)',
    /** The control that picks where the differences are read. */
    place: 'Region',
    allRegions: 'All regions',
    /** {{subtitle}}: the chart's own subtitle; {{region}}: the region picked. */
    subtitleIn: 'In {{region}} only: its households, in both runs. {{subtitle}}',
    captionIn: '{{title}}, {{region}} only: scenario minus baseline over the region\u2019s households, mean (90% interval)',
  },
  effects: {
    axis: '% change against the status quo',
    panel: '{{label}}, month {{months}}',
    caption: '{{title}}, at month {{months}}: mean across replications, 90% interval in brackets; an effect is with the programmes ÷ the status quo − 1',
    measure: 'Measure',
    consumption: 'Consumption per adult-equivalent',
    poverty: 'Share of their people in poverty',
    noneTookPart: 'No household took part in a new programme.',
    measures: {
      participants: 'Households reached',
      householdSize: 'Household size (people)',
      incomeWith: 'Consumption per adult-equivalent with the programmes (Rs/month)',
      incomeWithout: 'Consumption per adult-equivalent, status quo (Rs/month)',
      incomeEffect: 'Consumption effect (% change)',
      povertyWith: 'Their people in poverty with the programmes (%)',
      povertyWithout: 'Their people in poverty, status quo (%)',
      povertyEffect: 'Poverty effect (% change)',
      additionalSustainedExits: 'Additional households out of poverty for 12+ months',
      shareBetterOff: 'Better off by 5% or more (% of households)',
      shareWorseOff: 'Worse off by 5% or more (% of households)',
    },
  },
  decileChange: {
    unit: 'Unit',
    pkrLabel: 'Rs a month',
    pkrSubtitle: 'Change in Rs per adult-equivalent a month',
    pkrAxis: 'change, Rs a month',
    relativeLabel: '% change',
    relativeSubtitle: '% change in consumption per adult-equivalent',
    relativeAxis: '% change against the status quo',
    unchanged: 'Not shown, no change against the status quo: {{names}}.',
    missing: 'Not shown, the comparison with the status quo is off: {{names}}.',
    sharedStatusQuo: 'Status quo, Rs per adult-eq. a month',
    statusQuoFor: '{{name}}: status quo, Rs per adult-eq. a month',
    change: '{{name}}: change',
    empty: 'No compared scenario changes consumption against the status quo.',
    subtitle: '{{what}}, after {{months}} months; {{subtitle}}',
    label: '{{title}}, {{unit}}',
    caption: '{{title}}: change in consumption per adult-equivalent after {{months}} months against the status quo on the same draws, {{unit}}; mean across replications, 90% interval in brackets',
  },
  winners: {
    better: 'At least 5% better off',
    worse: 'At least 5% worse off',
    betterRight: 'At least 5% better off (right)',
    worseLeft: 'At least 5% worse off (left)',
    overall: 'All households: {{better}} better off and {{worse}} worse off by 5% or more after {{months}} months.',
    axis: '% of households',
    allHouseholds: 'All households',
    caption: '{{title}}: % of households at least 5% better or worse off after {{months}} months than in the status quo on the same draws; mean across replications (90% interval)',
  },
  depth: {
    gap: 'Poverty gap',
    gapAxis: '% of the poverty line',
    gapWhat: 'mean shortfall from the poverty line over all people',
    severity: 'Severity',
    severityAxis: 'squared poverty gap × 100',
    severityWhat: 'mean squared shortfall over all people',
    subtitle: '{{label}}: {{what}}, {{axis}}, by month; {{subtitle}}',
  },
  gini: {
    pairedChange: 'paired change {{change}}',
    axis: 'Gini coefficient',
    endLegend: 'After {{months}} months (in the scenario\u2019s colour)',
    caption: '{{title}}: Gini of consumption per adult-equivalent, mean across replications (90% interval)',
    changeHeader: 'Change against the status quo, paired',
  },
  incidence: {
    incidence: 'Incidence',
    incidenceAxis: '% of participants',
    incidenceWhat: 'share of the programme\u2019s participating households from each start decile',
    coverage: 'Coverage',
    coverageAxis: '% of the decile',
    coverageWhat: 'share of each start decile\u2019s households the programme reached',
    subtitle: '{{label}}: {{what}}, {{axis}}; deciles 1 (poorest) to 10 (richest); {{subtitle}}',
    panelLabel: '{{name}}: {{measure}} by start decile',
    caption: '{{title}}. {{label}}: {{what}}, {{axis}}; mean across replications, 90% interval in brackets',
  },
  distribution: {
    peopleAxis: 'people (m)',
    /** On the lakh and crore scale (charts/axis.ts axisUnit). */
    peopleAxisThousands: 'people (thousands)',
    peopleAxisLakh: 'people (lakh)',
    peopleAxisCrore: 'people (crore)',
    ratioAxis: 'consumption per adult-equivalent (× poverty line)',
    povertyLineTick: '(poverty line)',
    ratioRange: '{{from}}× to {{to}}×',
    note: 'Poverty line: {{line}} per adult-equivalent a month. Mean number of people per bin across replications.',
    startLegend: 'At the start (dashed outline)',
    endLegend: 'After {{months}} months (filled)',
    lineLegend: 'Poverty line ({{line}})',
    caption: '{{title}}. People per consumption bin, consumption per adult-equivalent in multiples of the poverty line ({{line}}).',
    ratioHeader: 'Consumption (× poverty line)',
    startHeader: 'People at the start',
    endHeader: 'People after {{months}} months',
  },
  programmeCost: {
    nothing: '\u201c{{name}}\u201d funds no new programme with a status quo to compare against, so there is nothing to split by programme.',
    noProgrammes: 'No programmes to show.',
    progress: 'Programmes run alone: {{done}} of {{total}} replications',
    progressLabel: 'Programmes of \u201c{{name}}\u201d run alone: replications done',
    progressValue: '{{done}} of {{total}} replications',
    mixMore: 'Alone, the programmes add {{alone}} sustained exits between them; together in \u201c{{name}}\u201d, {{together}}: together they do more than the sum of their parts.',
    mixOverlap: 'Alone, the programmes add {{alone}} sustained exits between them; together in \u201c{{name}}\u201d, {{together}}: part of what each does alone overlaps with the others.',
    mixSame: 'Alone, the programmes add {{alone}} sustained exits between them; together in \u201c{{name}}\u201d, {{together}}: as rounded, the sum of their parts.',
    caption: '{{title}}: Rs per household, total spent ÷ total additional exits over the replications (90% interval of the replications\u2019 own costs), {{ranking}}; each programme alone with the money it gets in \u201c{{name}}\u201d.',
    programme: 'Programme',
    costHeader: 'Cost per additional sustained exit: total spent ÷ total additional exits (90% interval)',
    exitsHeader: 'Additional sustained exits, mean (90% interval)',
    spentHeader: 'Spent, mean',
    replicationsHeader: 'Replications',
  },
};
