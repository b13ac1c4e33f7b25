/** English messages: the optimise namespace (views/OptimiseView and views/optimise/). */
export const optimise = {
  heading: 'Optimise the split of the budget',
  /** {{name}} is the active scenario's name. */
  intro:
    'The best split of the budget of {{name}} across programmes (and, if you wish, regions) for one objective, under your constraints, found by searching splits on the simulation with common random numbers, with the improvement over your split and its 90% interval.',
  /**
   * The scenario's regional rule inside "your scenario divides the money {{rule}}" (constraints.regionsOff,
   * split.subtitleRule): the lever's own labels ("custom shares", "backward regions first") lacked the word the
   * sentence needs.
   */
  regionRule: {
    population: 'by population',
    headcount: 'by poor people (headcount)',
    gap: 'by poverty gap',
    backwardFirst: 'to backward regions first',
    custom: 'by custom shares',
  },
  inputs: {
    /** {{budget}}: the path as the slides write it ("Rs 80 bn a year", "Rs 80 → 100 → 120 bn a year"). */
    budgetNote:
      'The optimiser splits this budget ({{budget}}). Changing it here changes the scenario itself, as the levers do, so that your split and the proposal are compared at the budget the scenario has.',
    objective: 'Objective',
    regions: 'Optimise regions too',
    regionsHelp: 'Also decide how the money is split across the seven regions (the proposal then uses custom regional shares); otherwise the scenario’s regional rule divides it.',
  },
  objectives: {
    maxSustainedExits: {
      name: 'Most sustained exits',
      help: 'Additional households out of poverty without a break through at least the last 12 months, against the status quo. Rewards lifting households just below the line.',
      unit: 'households',
      improvementUnit: 'additional sustained exits (households)',
    },
    minPovertyGapEnd: {
      name: 'Smallest poverty gap at the end',
      help: 'The mean shortfall below the poverty line at the end, per person (FGT1), so the poorest count for more.',
      unit: '% of the poverty line per person',
      improvementUnit: 'reduction in the poverty gap (percentage points of the line)',
    },
    minCostPerExit: {
      name: 'Lowest cost per exit',
      help: 'Rupees spent per additional sustained exit, with PAR30 kept at or below a cap (5% unless you set one below).',
      unit: 'Rs per additional exit',
      improvementUnit: 'saving in Rs per additional exit',
    },
  },
  constraints: {
    heading: 'Constraints',
    help: 'Shares are of the whole budget, as in the scenario’s split across programmes. Leave a box empty for no limit.',
    import: 'Import constraints…',
    export: 'Export constraints',
    /** {{command}} and {{doc}} are shown as code. */
    fileNote: 'The file is the one the command line reads ({{command}}; described in {{doc}}).',
    /** {{name}} is the file's name. */
    imported: 'Constraints read from {{name}}.',
    fileRefused_one: '{{name}} was not read, so your constraints are unchanged. Its problem:',
    fileRefused_other: '{{name}} was not read, so your constraints are unchanged. Its {{count}} problems, by where they are in the file:',
    programmesCaption: 'Programmes: share of the budget (%)',
    regionsCaption: 'Regions: share of the budget (%)',
    programme: 'Programme',
    region: 'Region',
    current: 'Your split',
    min: 'Minimum (%)',
    max: 'Maximum (%)',
    /** An input's accessible name; {{name}} is a programme or region. */
    minOf: '{{name}}: minimum share (%)',
    maxOf: '{{name}}: maximum share (%)',
    adminFixed: 'Held at {{share}} unless you give it bounds',
    /** {{rule}}: the scenario's regional rule, e.g. "by poor people (headcount)". */
    regionsOff: 'Region constraints apply only when regions are optimised too; your scenario divides the money {{rule}}.',
    floor: 'Existing recipients: at least (Rs a month)',
    rupeesAMonth: 'Rs a month',
    floorHelp: 'The existing transfer’s recipients get at least this much a month in all: their benefit ({{benefit}}) plus a top-up, now {{topUp}}, paid from the cash budget and checked in every month of every replication.',
    par30: 'PAR30 at most (%)',
    par30Default: 'Empty: {{cap}}, the cap for this objective.',
    par30None: 'Empty: no cap.',
  },
  groups: {
    heading: 'Groups',
    help: 'A minimum or maximum on the sum of several programmes or several regions, e.g. “at least 40% to backward regions”.',
    /** A group's legend: {{number}} counts from 1; {{name}} is the name the user gave it. */
    titleNamed: 'Group {{number}}: {{name}}',
    titleProgrammes: 'Group {{number}} (programmes)',
    titleRegions: 'Group {{number}} (regions)',
    name: 'Name (optional)',
    programmes: 'Programmes in the group',
    regions: 'Regions in the group',
    min: 'Together at least (%)',
    max: 'Together at most (%)',
    /** {{title}} is the group's legend. */
    remove: 'Remove {{title}}',
    regionsOff: 'Applies only when regions are optimised too.',
    /** The name given to the ready-made group, stored in the constraints file. */
    backwardName: 'backward regions',
    addBackward: 'Add “backward regions” (KP, Balochistan, GB: at least 40%)',
    addProgrammes: 'Add a group of programmes',
    addRegions: 'Add a group of regions',
  },
  field: {
    enterNumber: 'Enter a number, or leave the box empty for no limit.',
    /** {{unit}}: "%" or "Rs a month". */
    between: 'Must be between {{min}} and {{max}} ({{unit}}).',
  },
  /** The engine's checks of the constraints, in the view's words (issues.ts matches the engine's English). Shares are as percentages. */
  issues: {
    /** A problem in a list: {{path}} is where it is in the constraints file, kept as written. */
    item: '{{path}}: {{message}}',
    wholeFile: 'the file',
    share: 'must be a share between 0 and 1 (e.g. 0.4 for 40%), got {{value}}',
    bounds: 'must be an object with "min" and/or "max"',
    notSetting: 'is not a setting here (allowed: {{allowed}})',
    neither: 'Give a minimum, a maximum or both.',
    minAboveMax: 'The minimum ({{min}}) is above the maximum ({{max}}).',
    objectOf: 'must be an object of names and their bounds',
    notProgramme: 'is not a programme (cash, stipend, microfinance, training, farm, admin)',
    notRegion: 'is not a region (punjab, sindh, kp, balochistan, gb, ajk, ict)',
    noProgrammes: 'Tick at least one programme.',
    noRegions: 'Tick at least one region.',
    memberNotProgramme: '{{value}} is not a programme (cash, stipend, microfinance, training, farm, admin)',
    memberNotRegion: '{{value}} is not a region (punjab, sindh, kp, balochistan, gb, ajk, ict)',
    twice: '{{name}} is listed twice.',
    string: 'must be text',
    either: 'must list either "programmes" or "regions" (one of them)',
    notObject: 'is not a constraints file: it must be a JSON object (see docs/optimise.md)',
    notConstraint: 'is not a constraint (version, programmes, regions, groups, existingRecipientsMonthlyPKR, par30Max)',
    version: 'must be {{version}}, the version this app reads',
    groupsList: 'must be a list of groups',
    floorObject: 'must be { "min": rupees a month }',
    floorRange: 'must be a number of rupees a month between 0 and {{max}}, got {{value}}',
    needsRegions: 'applies only when regions are optimised too',
    onlyAdmin: 'The group holds only administration, fixed at {{admin}}, outside the group’s bounds.',
    /** {{path}}: a scenario parameter's path. */
    uncertain: 'cannot be checked while {{path}} is uncertain in the scenario; fix its value first',
    topUpTooHigh: 'needs a top-up of Rs {{topUp}} a month, above the Rs 50,000 a top-up may be',
    topUpCash: 'A top-up of Rs {{topUp}} a month to the existing recipients needs at least {{need}}% of every year’s budget for cash, more than the cash share may be ({{most}}%).',
    minSumAdmin: 'The minimum shares add up to {{sum}}, more than the {{total}} left after administration ({{admin}}%).',
    minSum: 'The minimum shares add up to {{sum}}, more than the {{total}} to share out.',
    maxSumAdmin: 'The maximum shares add up to {{sum}}, less than the {{total}} left after administration ({{admin}}%).',
    maxSum: 'The maximum shares add up to {{sum}}, less than the {{total}} to share out.',
    groupMin: 'At least {{min}} is more than its members may have together (their maximums add up to {{most}}).',
    groupMax: 'At most {{max}} is less than its members must have together (their minimums add up to {{least}}).',
    noSplit: 'No split meets all these constraints together: check the groups against the bounds.',
    /** {{reason}} is the browser's own message. */
    notJson: 'is not valid JSON: {{reason}}',
    tooLarge: 'is {{size}} kB, more than the {{max}} kB a constraints file may be',
  },
  run: {
    label: 'Search settings',
    effort: 'Search effort',
    efforts: {
      quick: {
        name: 'Quick',
        help: 'A first look: 16 candidate splits, 3 rounds of refinement on few replications, the frontier at {{budgets}} budgets.',
      },
      standard: {
        name: 'Standard',
        help: 'The command line’s default: 64 candidate splits, 10 rounds of refinement, the frontier at {{budgets}} budgets (about 3½ minutes on 2 cores for the default scenario).',
      },
    },
    /** After an effort's description: its cost. */
    atMost: 'At most {{runs}} scenario-replications.',
    replications: 'Replications to confirm on',
    replicationsOwn: '{{replications}} (the scenario’s own)',
    replicationsHelp: 'The proposal and your split are compared, and the frontier drawn, on this many replications; the proposal opens with them. Fewer is faster, with a wider interval.',
    cost:
      'Cost: at most {{search}} scenario-replications in the search, {{confirm}} to compare the proposal with your split ({{points}} scenarios × {{replications}} replications) and {{frontier}} for the frontier ({{budgets}} budgets × 2 splits × {{replications}} replications): at most {{total}} in all, on this computer’s workers below the scenarios on screen.',
    costProbes:
      'Cost: at most {{search}} scenario-replications in the search (each split is run twice, to check the existing recipients’ floor), {{confirm}} to compare the proposal with your split ({{points}} scenarios × {{replications}} replications) and {{frontier}} for the frontier ({{budgets}} budgets × 2 splits × {{replications}} replications): at most {{total}} in all, on this computer’s workers below the scenarios on screen.',
    run: 'Run',
    cancel: 'Cancel',
    cancelNote: 'Cancelling keeps nothing: a search stopped part way has no proposal.',
    runAgain: 'Already done for these settings: the result is below.',
    blocked: 'Run is off until the constraints above have no problems.',
    /** The scenario's household data is not loaded in this browser. */
    needsData: 'Run is off: this scenario uses household data {{data}}; import that file to optimise on it.',
    /** The data has a replication column: it holds no search replications. */
    replicationData:
      'Run is off: the household data {{data}} gives each replication its own households (a replication column), but the optimiser searches on replications {{from}} and up, which the data does not hold. Optimise on a file without a replication column (export one replication).',
  },
  progress: {
    label: 'Optimisation: scenario-replications done',
    value: '{{done}} of {{total}} scenario-replications',
    running: '{{done}} of at most {{total}} scenario-replications',
    /** Before the search knows how much work it has (its progressbar is indeterminate). */
    preparing: 'Planning the search…',
    phases: {
      screen: 'Screening candidate splits',
      refine: 'Refining around the best splits',
      finalists: 'Comparing the finalists on more replications',
      confirm: 'Comparing the proposal with your split on your replications',
      frontier: 'Drawing the frontier',
    },
    /** {{time}}: a duration ("45 s", "3 min 07 s"). */
    elapsed: 'Time elapsed: {{time}}',
    /** Said to a screen reader when the search ends; the result follows. */
    done: 'Done. The result is below.',
    /** Said to a screen reader when the reader cancels: the search is dropped, nothing of it kept. */
    cancelled: 'Cancelled after {{done}} of at most {{total}} scenario-replications. Nothing is kept.',
    /** …cancelled before the search knew how much work it has. */
    cancelledPreparing: 'Cancelled while planning the search. Nothing is kept.',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
  },
  failed: 'The optimisation failed: {{reason}}',
  failedIssues: 'The optimisation could not start:',
  results: {
    heading: 'Result',
  },
  /** An improvement's amount: a gap's in percentage points of the line. */
  amount: {
    points: '{{value}} pts',
  },
  /** The gain in the verdict sentence, always with a positive {{value}}. */
  gain: {
    moreExits: 'adds {{value}} sustained exits',
    fewerExits: 'has {{value}} fewer sustained exits',
    lowerGap: 'lowers the poverty gap at the end by {{value}}',
    higherGap: 'raises the poverty gap at the end by {{value}}',
    cheaper: 'costs {{value}} less per additional exit',
    dearer: 'costs {{value}} more per additional exit',
  },
  verdict: {
    /** {{low}} and {{high}}: the improvement's paired 90% interval, positive being better. */
    interval: '90% interval of the improvement {{low}} to {{high}}',
    noInterval: 'no interval: cost per exit is undefined in some resamples',
    /** An open end: cost per exit infinite in over 5% of the resamples (a split with no additional exits there). */
    noUpperEnd: '90% interval of the improvement from {{low}}, with no upper end',
    noLowerEnd: '90% interval of the improvement up to {{high}}, with no lower end',
    better: 'The optimised split {{gain}} over your split ({{interval}}), on your scenario’s {{replications}} replications, which the search never saw.',
    withinNoise:
      'The improvement is within noise: the optimised split {{gain}} ({{interval}}) on {{replications}} replications, and the interval includes 0, so these replications cannot tell it from your split. More replications narrow the interval; the split may also simply not matter much here.',
    worse: 'The search’s choice did not hold up: on your scenario’s {{replications}} replications the optimised split {{gain}} ({{interval}}). Keep your split, or search again with more effort.',
    /**
     * An end of the interval undefined (engine verdict `undetermined`), for an objective that is a mean; {{gain}}: the mean
     * improvement. Exits and the gap are finite counts and sums, so this should not be seen: it names no cause it cannot know
     * (it had said "cost per exit is undefined", which is not the objective here). The CLI says the same.
     */
    undetermined:
      'The improvement cannot be judged: on average the optimised split {{gain}} on your scenario’s {{replications}} replications, but the objective is undefined in some of them or of their resamples, so there is no 90% interval to tell it from your split. Run on more replications.',
    /** The same when the mean itself is undefined. */
    undeterminedNoMean:
      'The improvement cannot be judged: the objective is undefined on your scenario’s {{replications}} replications or in some of their resamples, so there is neither a mean improvement nor a 90% interval. Run on more replications.',
    /**
     * The same two for the lowest cost per exit, which is no mean: each split's is total spent ÷ total additional exits
     * over the replications taken together (engine optimise/result objectiveDist, summariseRatio), and {{gain}} the
     * difference of those ratios (optimise/interval). The CLI's statement (cli/optimise/document) says the same.
     */
    undeterminedCost:
      'The improvement cannot be judged: on your scenario’s {{replications}} replications taken together, the optimised split {{gain}}, but cost per exit is undefined in some of them or of their resamples (a split with no additional exits there), so there is no 90% interval to tell it from your split. More replications or households make that rarer.',
    undeterminedNoMeanCost:
      'The improvement cannot be judged: cost per exit is undefined on your scenario’s {{replications}} replications taken together or in some of their resamples (a split with no additional exits there), so there is neither an estimate of the improvement nor a 90% interval. More replications or households make that rarer.',
    /** After a verdict on fewer than {{min}} replications (engine FEW_REPLICATIONS): a bootstrap interval on so few is too narrow. */
    fewReplications_one: 'On only {{replications}} replication this is rough: a bootstrap interval on so few is too narrow. Run on {{min}} or more replications to confirm.',
    fewReplications_other: 'On only {{replications}} replications this is rough: a bootstrap interval on so few is too narrow. Run on {{min}} or more replications to confirm.',
    unchanged: 'Your split is already the best the search found.',
    infeasible: 'No split the search tried meets every constraint; the proposal below is the one that breaks them least.',
  },
  binding: {
    heading: 'Which constraints bind',
    none: 'None: the proposal lies inside every limit.',
    /** {{name}}: a programme, region or group; {{bound}} a share. */
    atMin: '{{name}} is held at its minimum of {{bound}}.',
    atMax: '{{name}} is held at its maximum of {{bound}}.',
    /**
     * Not a constraint the reader set: the programmes (or regions) the proposal gives nothing, with no minimum of
     * theirs to stop it. {{list}}: their names.
     */
    nothingGiven_one: 'Given nothing: {{list}}. You set no minimum for it, so the search was free to leave it out; to keep some money for it, give it a minimum under Constraints above.',
    nothingGiven_other:
      'Given nothing: {{list}}. You set no minimum for them, so the search was free to leave them out; to keep some money for any of them, give it a minimum under Constraints above.',
    /** {{members}}: the group's programmes or regions, listed. */
    /** {{group}}: a group as namedGroup or group write it. */
    groupAtMin: 'The group {{group}} is held at its minimum of {{bound}}.',
    groupAtMax: 'The group {{group}} is held at its maximum of {{bound}}.',
    groupName: 'The group {{group}}',
    theGroup: 'the group {{group}}',
    namedGroup: '“{{name}}” ({{members}})',
    group: '({{members}})',
    par30: 'PAR30 is at or near its cap of {{cap}} ({{value}}).',
    floor: 'The existing recipients’ floor of {{floor}} a month sets their top-up ({{topUp}} on top of their {{benefit}}).',
    floorName: 'the existing recipients’ floor',
    par30Name: 'the PAR30 cap',
    minOf: 'the minimum for {{name}}',
    maxOf: 'the maximum for {{name}}',
    broken: 'Not met by the proposal:',
    belowMin: '{{name}}: {{value}}, below its minimum of {{bound}}.',
    /** The floor's amount was set, but the cash budget paid only part of the top-up it needs ({{paid}}: a percentage). */
    floorShort: '{{name}}: {{bound}} a month, but the cash budget paid only {{paid}} of the top-up it needs.',
    aboveMax: '{{name}}: {{value}}, above its maximum of {{bound}}.',
    adminFixed: 'Administration was held at {{share}}, the scenario’s own share (give it bounds to let it move).',
    currentBreaks: 'Your own split breaks {{list}}.',
    currentUnchecked: 'Your own split divides the money among regions by a rule, so it cannot be checked against {{list}}.',
    separator: ', ',
  },
  open: {
    button: 'Open as scenario',
    /** {{name}}: the proposal's name, "<scenario> (optimised)". */
    note: 'Adds the proposal as a new scenario, {{name}}, compared with the others on the dashboard, where you can edit it. Its shares are rounded to a tenth of a percentage point, and it runs afresh there.',
  },
  split: {
    /** The CSV download's `# numbers` line (export/chartCsv): these columns are splits, not a distribution over replications. */
    numbersNote:
      'Columns named "… [value]" hold the split itself, not a distribution over replications: your share and the proposal\'s as fractions of 1, the change between them, and the proposal\'s money in year 1 in PKR',
    programmesTitle: 'Proposed split across programmes',
    regionsTitle: 'Proposed split across regions',
    subtitle: 'Share of the budget, %; the proposal against your split',
    /** {{rule}}: the scenario's regional rule. */
    subtitleRule: 'Share of the budget, %; your scenario divides the money {{rule}}, so only the proposal’s shares are shown',
    current: 'Your split',
    optimised: 'Optimised split',
    axis: '% of the budget',
    change: 'Change',
    yearOne: 'Optimised, year 1',
    caption: '{{title}}: shares of the budget and the proposal’s money in the first year',
  },
  improvement: {
    /** {{objective}}: the objective's name. */
    title: 'Improvement over your split: {{objective}}',
    subtitle: 'The bar is the estimate and the whisker its paired 90% interval over the {{replications}} replications, in {{unit}}; positive is better',
    /** The axis of an improvement in exits of ten thousand or more. */
    exitsThousands: 'additional sustained exits (thousand households)',
    /** The same on the lakh and crore scale, for an improvement past a lakh. */
    exitsLakh: 'additional sustained exits (lakh households)',
    exitsCrore: 'additional sustained exits (crore households)',
    row: 'Improvement',
    caption: '{{title}} ({{unit}})',
    /** The CSV download's `# numbers` line (export/chartCsv). */
    numbersNote:
      'Columns named "… [value]" hold the mean over the replications (for the improvement, the paired estimate); "… [low]" and "… [high]" the ends of its 90% interval: for a split, the 5th and 95th percentile of single replications, for the improvement, the paired interval of the mean. In the objective\'s units: shares as fractions of 1, money in PKR, counts in households',
    /**
     * The same for the lowest cost per exit, whose value is no mean: total spent ÷ total additional exits over the
     * replications (engine optimise/result objectiveDist, summariseRatio), its percentiles the replications' own costs,
     * and the improvement a difference of those ratios (optimise/interval).
     */
    numbersNoteCost:
      'Columns named "… [value]" hold, for a split, total spent ÷ total additional exits over the replications (a ratio of totals, not a mean), and for the improvement, the paired estimate: your split\'s ratio less the proposal\'s; "… [low]" and "… [high]" the ends of its 90% interval: for a split, the 5th and 95th percentile of the replications\' own costs, for the improvement, the paired interval of that difference. In PKR per additional exit',
    columns: {
      what: 'Split',
      value: 'Mean',
      /** The value column when the objective is the lowest cost per exit: a ratio of totals, not a mean. */
      valueCost: 'Cost per exit: total spent ÷ total additional exits',
      interval: '90% interval',
    },
    /** A split's spread: 5th to 95th percentile of single replications. */
    spread: '{{interval}} across replications',
    /** The improvement's interval: of the mean, paired. */
    paired: '{{interval}} (paired, of the mean)',
    /** The same for the lowest cost per exit: of the difference between the two splits' ratios of totals. */
    pairedCost: '{{interval}} (paired, of the difference between the ratios of totals)',
  },
  frontier: {
    title: 'Frontier: sustained exits by budget',
    subtitle: 'Additional sustained exits at constant annual budgets, with each split’s shares held; mean and 90% band across replications',
    budgetAxis: 'Rs bn a year',
    axis: 'households',
    axisThousands: 'thousand households',
    /** On the lakh and crore scale, for exits past a lakh. */
    axisLakh: 'lakh households',
    axisCrore: 'crore households',
    band: '90% band across replications',
    /** The label on the dashed line at the scenario's budget. */
    yourBudget: 'Your budget',
    /** The legend's dashed line; {{budget}} as the slides write it ("Rs 80 bn a year"). */
    yourBudgetIs: 'Your budget: {{budget}}',
    /** The same for a budget that changes over the run ("Rs 80 → 100 → 120 bn a year"), drawn at its {{average}} ("Rs 100 bn"). */
    yourBudgetAverage: 'Your budget: {{budget}}, {{average}} a year on average over the run',
    /** The legend's dots: the proposal's and the reader's split's exits at the scenario's budget. */
    atYourBudget: 'Each split at your budget',
    /** The table's row at the scenario's budget; {{budget}}: "Rs 80 bn". */
    ownRow: '{{budget}}: your budget',
    ownRowAverage: '{{budget}} a year on average: your budget',
    /** Under the chart; {{budgets}}: the budgets the frontier was computed at ("Rs 0, Rs 50 bn, Rs 100 bn, Rs 150 bn"). */
    noteMeasured:
      'The dots at your budget are your scenario’s own results, on the same replications; the lines only join the budgets the frontier was computed at ({{budgets}}), so a dot need not lie on its line.',
    notePath:
      'Your budget changes from year to year, while the frontier’s budgets are constant ({{budgets}}): the dots are your scenario’s own results, on the same replications, placed at its budget’s average over the run. A budget that changes need not do what its average held constant would, so the dots need not lie on the lines.',
    caption: '{{title}}: mean additional sustained exits with their 90% intervals across replications',
    columns: {
      budget: 'Budget a year',
      difference: 'Difference (mean)',
    },
  },
  provenance: {
    heading: 'Where this comes from',
    source:
      'Engine {{engine}}, seed {{seed}}. The proposal and your split were compared on replications 0 to {{last}} ({{replications}} replications), which the search never saw: it used replications from {{from}} on.',
    cost:
      '{{evaluations}} scenario evaluations, {{runs}} scenario-replications: {{searchEvaluations}} and {{searchRuns}} in the search, {{confirmEvaluations}} and {{confirmRuns}} to compare, {{frontierEvaluations}} and {{frontierRuns}} for the frontier.',
    /** {{effort}}: Quick or Standard; {{time}}: a duration. */
    time: 'Search effort: {{effort}}. Took {{time}}.',
    cli: 'The same answer from the command line, with this scenario’s file (Share, then “Download scenario file”) and the exported constraints:',
  },
};
