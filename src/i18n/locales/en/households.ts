/** English messages: the households namespace (importing household data, and naming it wherever results are). */
export const households = {
  listSeparator: ', ',
  /** {{hash}} is the first 12 hex digits of the file's SHA-256; {{rows}} formatted. */
  named: 'Households: {{name}} (sha256 {{hash}}…, {{rows}} rows)',
  /** The levers' Households section (HouseholdsSection). */
  section: {
    heading: 'Households',
    synthetic: 'Synthetic: {{count}} households drawn in each replication from the population settings.',
    citedAs: 'Cited as {{id}}.',
    sampleUnused: 'The sample-size setting (Sample households) is not used: every replication runs on the imported rows.',
    import: 'Import households…',
    importOther: 'Import other households…',
    useSynthetic: 'Use synthetic households',
    loading: 'Loading household data {{name}} (sha256 {{hash}}…) from this browser…',
    missing: 'This scenario uses household data {{name}} (sha256 {{hash}}…) — import that file to run it.',
    /** The scenario runs more replications than its data (a file with a replication column) has rows for; {{count}} is the coverage, {{last}} its last replication. */
    coverage_one: 'This scenario runs {{replications}} replications, but its household data {{name}} has rows for replication 0 only (a replication column): lower Replications to 1, or import a file with rows for every replication. It does not run until then.',
    coverage_other: 'This scenario runs {{replications}} replications, but its household data {{name}} has rows for replications 0 to {{last}} only (a replication column): lower Replications to {{coverage}}, or import a file with rows for every replication. It does not run until then.',
    coverageNone: 'This scenario runs {{replications}} replications, but its household data {{name}} has no rows for replication 0 (a replication column): import a file with rows for every replication. It does not run until then.',
  },
  /** Beside the headline (HouseholdsNote), and in place of results the scenario cannot have yet. */
  dashboard: {
    note: 'Households: {{name}} (sha256 {{hash}}…, {{rows}} rows); the sample-size setting is not used.',
    missing: '{{scenario}} uses household data {{name}} (sha256 {{hash}}…) — import that file to run it.',
    blocked: 'Waiting for household data: {{names}}.',
    uncovered: 'Not run: more replications than their household data has rows for: {{names}}.',
  },
  /** A scenario's bar in the run progress when its data is not loaded. */
  progress: {
    needsData: 'needs its household data',
    tooFewReplications: 'its household data has {{coverage}} of the {{replications}} replications',
  },
  /** The import dialog (ImportDialog). */
  dialog: {
    title: 'Import households',
    intro: 'A CSV file with one row per household, in the format {{doc}} describes. It is read in this browser and never leaves it, and nothing changes until you choose to use it.',
    replaces: 'The households replace the synthetic ones in {{name}} only; its sample-size setting is then not used.',
    fileLabel: 'Choose a CSV file…',
    reading: 'Reading {{file}}…',
    progressLabel: 'Rows checked',
    progress: '{{done}} of about {{total}} rows checked',
    failed: 'The file could not be read: {{reason}}',
    unavailable: 'this page has no household import (its worker could not be made here)',
    workerFailed: 'the part of the app that reads household files could not be started, or stopped while reading: reload the page and try again',
    cancel: 'Cancel',
    summaryHeading: 'What {{file}} holds',
    rows: 'Rows read',
    goodRows: 'Good rows',
    badRows: 'Bad rows (left out)',
    /** In place of goodRows and badRows when the header has problems: the rows read were never checked. */
    checkedRows: 'Good and bad rows',
    notChecked: 'not counted: no row was checked, as the header row has problems',
    households: 'Households (weighted)',
    people: 'People (weighted)',
    headcount: 'Poverty headcount at Rs {{line}} per adult-equivalent a month',
    welfare: 'Welfare measure',
    welfareKinds: {
      income: 'income per adult-equivalent',
      consumption: 'consumption per adult-equivalent',
    },
    replications: 'The file gives each of its {{count}} replications its own households: totals are per replication.',
    coarse: 'Each row stands for about {{weight}} households. With {{rows}} rows, results move in steps of that size (one row out of poverty is about {{weight}} households), and each region and group is paid a row at a time, so more of a budget may go unspent than with thousands of rows.',
    /**
     * Weighted households (a replication; {{households}} formatted) far from Pakistan's: below 1 million, above 100 million
     * (engine weightsNote). The English is the engine's weightsNoteText, which the CLI prints.
     */
    weightsFew: 'The weights add up to {{households}} households, far fewer than Pakistan’s some 40 million. That is right for a file of one region or district; for the whole country, the weights are probably not the survey’s household weights (1 for every row, or scaled to the sample size or to thousands?), and every cost and total, a sum of weights, comes out far too small.',
    weightsMany: 'The weights add up to {{households}} households, far more than Pakistan’s some 40 million: the weights are probably not the survey’s household weights (people’s weights, or in another unit?), and every cost and total, a sum of weights, comes out far too large, so most of a budget is left unspent.',
    sha256: 'SHA-256',
    regionCaption: 'By region',
    region: 'Region',
    regionRows: 'Rows',
    regionHouseholds: 'Households (weighted)',
    regionHeadcount: 'Headcount',
    noRows: '–',
    /** {{rows}} is {{count}} formatted. */
    errorsHeading_one: '{{rows}} bad row',
    errorsHeading_other: '{{rows}} bad rows',
    errorsIntro: 'Bad rows are left out. Fix them in the file and import it again, or use the good rows.',
    headerHeading: 'The header row (line 1) has problems',
    headerIntro: 'No row can be read until the header names the columns as the household file format describes (docs/households-csv.md). Fix it in the file and import it again.',
    errorCell: 'Line {{line}}, column {{column}}: {{message}}',
    errorRow: 'Line {{line}}: {{message}}',
    moreErrors: 'The first {{shown}} of {{total}} problems are listed.',
    nothingToImport: 'No row can be used, so there is nothing to import.',
    /** A problem with the file as a whole (empty, not UTF-8); {{message}} is one of `problem`. */
    fileProblem: 'The file as a whole cannot be used: {{message}}.',
    idLabel: 'Data set id (cited in exports and links)',
    idInvalid: 'Give an id of 1 to 60 letters, digits, dots, dashes or underscores.',
    nameLabel: 'Name',
    nameInvalid: 'Give a name of 1 to 200 characters.',
    sameData: 'This is the file {{name}} already uses: importing it makes its data available here.',
    /** {{count}}: the scenarios on screen (the one imported for, the baseline, those compared); always 2 or more. */
    everywhere_one: 'Use them in every scenario on screen, the baseline included, so that the comparison is on the same households',
    everywhere_other: 'Use them in all {{count}} scenarios on screen, the baseline included, so that the comparison is on the same households',
    useAll: 'Use these households',
    useGood_one: 'Use the {{rows}} good row',
    useGood_other: 'Use the {{rows}} good rows',
    /**
     * A scenario that runs more replications than the chosen file (a replication column) has rows for: nothing is imported.
     * {{count}} is the file's coverage ({{coverage}} formatted): the first replication it has no rows for; {{last}} the one before it.
     */
    uncovered_one: '{{scenario}} runs {{replications}} replications, but this file has rows for replication 0 and none for replication 1 (a replication column): lower its Replications to 1, or import a file with rows for every replication it runs.',
    uncovered_other: '{{scenario}} runs {{replications}} replications, but this file has rows for replications 0 to {{last}} and none for replication {{coverage}} (a replication column): lower its Replications to {{coverage}}, or import a file with rows for every replication it runs.',
    uncoveredNone: '{{scenario}} runs {{replications}} replications, but this file has no rows for replication 0 (a replication column): import a file with rows for every replication it runs.',
  },
  /**
   * What is wrong with an imported file, its header, a row or a cell (the parser's RowProblem), after
   * errorCell, errorRow or fileProblem. The English must be the parser's own words, which the CLI prints
   * (a test holds each to engine rowProblemText). {{got}}, {{id}}, {{name}}, {{other}}, {{codes}}, {{known}}
   * and the column names are the file's text and the format's names, shown as written; the rest are numbers.
   */
  problem: {
    missing: 'is missing',
    notNumber: 'must be a number, got {{got}}',
    tooLarge: 'is too large, got {{got}}',
    notWhole: 'must be a whole number, got {{got}}',
    rangeAbove: 'must be greater than {{min}}, got {{got}}',
    rangeAtLeast: 'must be at least {{min}}, got {{got}}',
    rangeBetween: 'must be between {{min}} and {{max}}, got {{got}}',
    /** Above the upper bound of a rule whose lower bound is open (weight: at most the households of Pakistan). */
    rangeAtMost: 'must be at most {{max}}, got {{got}}',
    notCode: 'must be one of {{codes}}, got {{got}}',
    /** The region column also takes the regions' names ({{names}}: "Punjab, Sindh, Khyber Pakhtunkhwa, KPK, …", engine REGION_SPELLINGS). */
    notRegion: 'must be one of {{codes}} (or {{names}}), got {{got}}',
    notFlag: 'must be 0 or 1, got {{got}}',
    /** Adult-equivalents above the household's size (its persons). */
    aeAboveSize: 'must not exceed size ({{size}}), got {{got}}',
    /** A household id seen before; with a replication column, within the same replication. */
    repeats: '{{id}} repeats line {{line}}',
    repeatsInReplication: '{{id}} repeats line {{line}} in replication {{replication}}',
    rowLength: 'has {{values}} values, the header has {{columns}} columns',
    /** A quoted value over lines {{from}} to {{to}} ({{lines}} lines): no value may hold a line break, so a quote is stray or missing. */
    quoteSpans: 'a quote (") opened on line {{from}} closes only on line {{to}}, so one value spans {{lines}} lines: no value in this file may hold a line break, so look for a stray or missing quote on those two lines',
    /** A quote opened on line {{from}} and never closed: lines {{from}} to the file's last, {{to}} ({{lines}} lines), were read as one value. */
    /** The same on the file's last line, which took no other line. */
    quoteUnclosedLast: 'a quote (") opened on line {{from}}, the last line, is never closed: look for a stray or missing quote there',
    quoteUnclosed: 'a quote (") opened on line {{from}} is never closed, so all {{lines}} lines from there to the end of the file (line {{to}}) were read as one value: look for a stray or missing quote on line {{from}}',
    /** {{column}} is the column's number in the header, from 1. */
    noName: 'column {{column}} has no name',
    unknownColumn: 'unknown column {{name}} (known columns: {{known}})',
    /** The header is one column of names parted by semicolons or tabs (the engine's otherSeparator). */
    semicolonSeparated: 'the columns are parted by semicolons, not commas: save the file as CSV with commas (in Excel: "CSV (Comma delimited)")',
    tabSeparated: 'the columns are parted by tabs, not commas: save the file as CSV with commas (in Excel: "CSV (Comma delimited)")',
    twice: 'column {{name}} appears twice (columns {{first}} and {{second}})',
    requiredMissing: 'required column {{name}} is missing',
    welfareMissing: 'a welfare column is missing: give {{income}} or {{consumption}}',
    welfareBoth: 'give {{income}} or {{consumption}}, not both',
    pairMissing: 'column {{other}} is missing: {{permanent}} and {{persistent}} go together',
    empty: 'the file is empty: it needs a header row and one row per household',
    headerOnly: 'the file has a header but no households',
    /** Where the first byte that is not UTF-8 is: {{line}} from 1, {{character}} the character in that line from 1. */
    notUtf8: 'the file is not UTF-8 text, first on line {{line}} at character {{character}} of the line: save it as CSV UTF-8',
    /** A UTF-16 byte-order mark, or a zero in every other one of the first bytes. */
    utf16: 'the file is UTF-16 text (as Excel saves "Unicode Text"), not UTF-8: save it as CSV UTF-8',
  },
  /** Notices (the notices bar). */
  notice: {
    /** {{scenarios}}: the names of the scenarios that use the data. */
    missing: '{{scenarios}}: household data {{name}} (sha256 {{hash}}…) is not in this browser — import that file to run it.',
    damaged: 'Household data {{name}} (sha256 {{hash}}…) kept in this browser was damaged and has been removed ({{reason}}); import the file again to run the scenarios that use it.',
    newer: 'Household data {{name}} (sha256 {{hash}}…) kept in this browser was written by a newer version of this app (format {{version}}), which this one cannot read; it is kept for that version. Import the file again to run the scenarios that use it here.',
    storageUnavailable: 'Household data could not be read from this browser’s storage ({{reason}}).',
    notKept: 'Household data {{name}} could not be kept in this browser ({{reason}}): it is used until the page is closed.',
  },
  /** Why a stored data set was refused. */
  damaged: {
    format: 'it is not a household data set of this app',
    newer: 'a newer version of the app wrote it (format {{version}})',
    column: 'its column {{column}} is missing or has the wrong length',
    value: 'its column {{column}} has an impossible value in row {{row}}',
    rows_one: 'it holds {{n}} row where the scenario that uses it says {{rows}}',
    rows_other: 'it holds {{n}} rows where the scenario that uses it says {{rows}}',
  },
  /** The report's run line, exports' source lines and summary CSV. */
  report: {
    line: 'Households: {{name}} (data set {{id}}, sha256 {{sha256}}, {{rows}} rows); the sample-size setting is not used.',
    source: 'households {{id}} (sha256 {{hash}}…)',
  },
  /** Why a scenario on other household data is not paired with the baseline. */
  pairing: {
    field: 'household data',
    synthetic: 'synthetic',
    imported: '{{id}} (sha256 {{hash}}…)',
  },
};
