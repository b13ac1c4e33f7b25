/** English messages: the editor namespace (the levers panel, its fields and their checks, the calibration table). Keys are grouped by component. */
export const editor = {
  editor: {
    ariaLabel: 'Scenario settings',
    title: 'Levers: {{name}}',
    resetScenario: 'Reset to how it was created',
    /** Folds the levers away: on a phone, where they start folded above the results; wider, to a strip beside them. */
    showLevers: 'Show the levers',
    hideLevers: 'Hide the levers',
    /** Under a field the model does not read with the current settings (spec onlyWhen); {{values}} are option names joined by "or". */
    onlyWhen: 'Not used now: it applies only when “{{setting}}” is {{values}}.',
    onlyWhenOr: ' or ',
    /** Beside onlyWhen, for such a field still marked uncertain: removes the mark (its own toggle is disabled with the field). */
    unusedUncertain: 'Remove its uncertainty',
    resetScenarioTitle: 'Every lever back to how this scenario was created (its preset, or the scenario it was duplicated from)',
    resetDone: 'Reset to how it was created.',
    /** After "Reset “{{group}}” to defaults", beside its Undo. */
    resetGroupDone: '“{{group}}” reset to defaults.',
    undo: 'Undo',
    resetGroup: 'Reset “{{group}}” to defaults',
    /** {{issues}}: the problems, each named as field.elsewhereLever names a field, joined by "; ". */
    resetRefused: 'Not reset: with the defaults, {{issues}}.',
  },
  help: {
    default: 'Default:',
    range: 'Range:',
    source: 'Source:',
  },
  field: {
    /** A label with its unit: the unit part comes with its brackets and leading space, or is empty. */
    unit: ' ({{unit}})',
    enterNumber: 'enter a number',
    /** What was typed has a comma where a decimal point was meant ("80,5"). */
    decimalComma: 'enter a number with a point for decimals (80.5); a comma goes only between thousands (1,000)',
    /** Outside the field's range. {{range}}: the range as the field's help writes it, the unit once, its ends joined by betweenAnd ("Rs 0 and 2,000 bn / year"); {{value}}: the value typed with its unit. */
    outside: 'must be between {{range}}, got {{value}}',
    betweenAnd: '{{min}} and {{max}}',
    wholeNumber: 'must be a whole number, got {{value}}',
    /** A problem the scenario check found in another field: its path, then the problem. */
    elsewhere: '{{path}}: {{message}}',
    /** As elsewhere, for another lever: its label as the levers show it, and the title of its group. */
    elsewhereLever: '{{label}} (in “{{group}}”): {{message}}',
    /** Under a change in log income: what it does to income. {{factor}}: "0.78"; {{change}}: "−22.1%" (the editor writes it under the box, the assumptions table in brackets after the value). */
    logChange: 'income × {{factor}}, {{change}}',
  },
  /**
   * The engine's checks of a whole scenario, in the editor's words (the engine speaks English to the CLI), one per
   * issue code (engine/scenario/issueCodes.ts), after the path they are about. Numbers are written as the app writes
   * them, in the parameter's units as shown (shares as %): {{range}} and {{value}} come with their unit ("Rs 0 and
   * 20,000 / household / month", "Rs 75,000"). {{got}} is a found.* description; {{options}}, {{keys}} and
   * {{parts}} are the file's words, each quoted, joined by params:format.list. The sentences follow the CLI's,
   * so that a problem reads alike in the app and in a terminal, but for how the app writes numbers and quotes words.
   */
  issue: {
    notNumber: 'must be a finite number, got {{got}}',
    wholeNumber: 'must be a whole number, got {{value}}',
    /** {{range}}: its ends joined by field.betweenAnd, the unit once. */
    range: 'must be between {{range}}, got {{value}}',
    notBoolean: 'must be true or false, got {{got}}',
    notOption: 'must be one of {{options}}, got {{got}}',
    notList: 'must be a list of numbers, got {{got}}',
    length: 'must have {{min}} to {{max}} values, got {{count}}',
    notRecord: 'must be an object with keys {{keys}}, got {{got}}',
    unknownKey: 'is not a known key',
    missing: 'is missing',
    /** After the shares' path, or under them. */
    sharesSum: 'must sum to 100%, they sum to {{sum}}%',
    unknownPart: 'is not a known part of a scenario ({{parts}})',
    emptyText: 'must be a non-empty string',
    tooLong: 'must be at most {{max}} characters',
    notObject: 'must be an object, got {{got}}',
    unknownGroup: 'is not a known group',
    unknownParameter: 'is not a known parameter',
    /** {{cap}}, {{value}}: rupees, written as the app writes numbers ("75,000"). */
    loanCap: 'must not exceed the loan cap (Rs {{cap}}), got Rs {{value}}',
    /** Months counted from 1, as the app shows them: {{first}} is 1 ("months 1 to 36"). */
    horizon: 'must fall inside the horizon (months {{first}} to {{last}}), got {{value}}',
    /** As horizon, after a field's path in a scenario file, whose months count from 0 (the app's count from 1 would be taken for the file's). */
    horizonInFile: 'must fall inside the horizon (months 0 to {{last}}: the file counts months from 0), got {{value}}',
    uncertaintyNotObject: 'must be an object of parameter paths and distributions',
    /** {{example}}: a path that names one, quoted. */
    notUncertainParameter: 'is not a number parameter of the policy or the world (e.g. {{example}})',
    /** {{example}}: the path of one of its entries, quoted. */
    wholeRecord: 'is a record: mark one of its entries uncertain (e.g. {{example}})',
    /** A split such as the programme shares: drawing one share alone would break the 100%. */
    entriesSum: 'its entries must sum to 100%: one cannot be drawn alone',
    /** {{keys}}: the record's entries, quoted. */
    unknownEntry: 'is not one of the record’s entries ({{keys}})',
    notDistribution: 'must be one of {{options}}',
    /** {{dist}}: the distribution as the file names it, quoted. */
    notDistributionSetting: 'is not a setting of a {{dist}} distribution',
    settingNotNumber: 'must be a finite number',
    /** An uncertain parameter's settings: numbers with their unit as shown. */
    bounds: 'the bounds must lie within the parameter’s range, {{min}} to {{max}}; got {{low}} to {{high}}',
    aboveLow: 'must be above the low bound ({{low}}), got {{value}}',
    modeBetween: 'must lie between the low and high bounds, got {{value}}',
    /** {{limit}}: zero in the setting's units as shown ("0%", "Rs 0"; a month of the run, counted from 1, "1"). */
    aboveZero: 'must be above {{limit}}, got {{value}}',
    lowPositive: 'must be above {{limit}} for a log-normal, got {{value}}',
    householdsMissing: 'is missing (null for the synthetic population)',
    householdsNotObject: 'must be null or an object with {{keys}}',
    sha256: 'must be the file’s SHA-256: {{digits}} lowercase hexadecimal digits',
    rowsCount: 'must be a whole number of at least {{min}}, got {{got}}',
    notScenarioObject: 'a scenario must be a JSON object',
    versionMissing: 'is missing (the current version is {{current}})',
    versionInvalid: 'must be a positive whole number, got {{got}}',
    versionNewer: '{{version}} is newer than this app understands ({{current}}); update the app',
    noMigration: 'has no migration from version {{version}}',
    unknownOldGroup: 'is not a known group of a version-{{version}} scenario',
    laterPart: 'is not part of a version-{{version}} scenario (version {{since}} added it), so reading the file as version {{version}} would lose it; give it "version": {{since}} or later',
    /** What was found where something else was wanted, after "got". */
    found: {
      null: 'null',
      list: 'a list',
      object: 'an object',
      text: 'the text {{text}}',
    },
    /** A word of the scenario file (a key, an option, a value found), as a message quotes it. */
    quoted: '“{{text}}”',
    /** One problem in a list: the path, then the problem. */
    item: '{{path}} {{message}}',
  },
  assumptions: {
    ariaLabel: 'Assumptions',
    title: 'Assumptions behind “{{name}}”',
    search: 'Search',
    searchPlaceholder: 'e.g. flood, PMT, interest',
    onlyOurs: 'only our assumptions (no source found)',
    count: '{{shown}} of {{total}} parameters',
    noMatch: 'No parameter matches “{{query}}” (of {{total}}): try another word, or clear the search.',
    tableLabel: 'Parameters',
    parameter: 'Parameter',
    thisScenario: 'This scenario',
    default: 'Default',
    allowed: 'Allowed',
    source: 'Source',
    changed: ' (changed)',
    /** On paper, where the default's column is left out: after a changed value. */
    defaultWas: ' (default {{value}})',
    onOrOff: 'on or off',
  },
  calibration: {
    ariaLabel: 'Calibration check',
    title: 'How the model compares with the data',
    caption:
      'Every target the model is held to. Model: median across replications and 90% interval. Calibrated: a parameter was solved to hit the target. Free: nothing was tuned to it, so a miss is the model’s own. Inside: the model’s interval overlaps the data.',
    target: 'Target',
    data: 'Data',
    model: 'Model',
    status: 'Status',
    check: 'Check',
    measuredOn: 'measured on {{scenario}}',
    /** {{command}} is the command, shown as code. */
    measuredBy: 'measured in the validation runs published with the app ({{command}})',
    notYetMeasured: 'not yet measured',
    solved: 'solved: {{parameter}}',
    nothingTuned: 'nothing was tuned to this target',
    dataValue: 'data: {{value}}',
    dataRange: 'data: {{low}} to {{high}}',
    statuses: { calibrated: 'calibrated', free: 'free' },
    checks: { inside: 'inside', miss: 'miss', notComparable: 'not comparable', notMeasured: 'not measured' },
    footer:
      'Special runs (flood, cash only, microfinance only) measured by {{command}} at engine version {{version}}; {{households}} households × {{replications}} replications. Live rows are measured on the results on screen (a ratio there is the ratio of means, shown without an interval; {{command}} takes it replication by replication).',
    stale: 'These values are stale: {{reason}}. Run {{command}}.',
    staleEngine: 'measured at engine version {{was}}, the engine is now {{now}}',
    staleDefaults: 'the default scenario has changed since it was measured',
    staleMissing: 'targets not yet measured: {{ids}}',
    /** A model value: the median and its 90% interval. */
    withInterval: '{{median}} ({{interval}})',
    /** Target values by unit. {{sign}} is "−", "+" or empty; a range states the unit once. */
    value: {
      percent: '{{sign}}{{num}}%',
      points: '{{sign}}{{num}} points',
      rupees: '{{sign}}Rs {{num}}',
      plain: '{{sign}}{{num}}',
    },
    range: {
      percent: '{{signLow}}{{low}} to {{signHigh}}{{high}}%',
      points: '{{signLow}}{{low}} to {{signHigh}}{{high}} points',
      rupees: '{{signLow}}Rs {{low}} to {{signHigh}}{{high}}',
      plain: '{{signLow}}{{low}} to {{signHigh}}{{high}}',
    },
  },
  array: {
    year: 'Year {{year}}',
    yearAndAfter: 'Year {{year}} and after',
    add: 'Add a year',
    remove: 'Remove last year',
  },
  /** Marking a number parameter uncertain (UncertaintyField); the checks of its distribution are issue.* (bounds, aboveLow, …). */
  uncertain: {
    button: 'Uncertain',
    /** The toggle's accessible name. */
    toggle: 'Uncertain: {{label}}',
    legend: 'Distribution of {{label}}',
    /** Under the low bound just typed above the high one (issue.aboveLow, said from the low bound's side). */
    belowHigh: 'must be below the high bound ({{high}}), got {{value}}',
    drawnNote: 'Each replication draws this value from the distribution below; the value in the field above is used only where a sensitivity analysis holds the parameter fixed.',
    distribution: 'Distribution',
    kinds: {
      uniform: 'Uniform',
      triangular: 'Triangular',
      normal: 'Normal, truncated to the bounds',
      lognormal: 'Log-normal, truncated to the bounds',
    },
    fields: {
      low: 'Low bound',
      high: 'High bound',
      mode: 'Most likely value',
      mean: 'Mean',
      sd: 'Standard deviation',
      median: 'Median',
      sigma: 'Sigma (standard deviation of the log)',
    },
  },
  shares: {
    unit: '(% of budget, sums to 100%)',
    slider: '{{name}} share (%)',
    inYearOne: '{{amount}} in year 1',
    /** Under a share that keeps its value when another moves (RecordSpec held: administration). */
    held: '{{name}} keeps its share when another share moves, as far as there is room for it; change it here.',
  },
};
