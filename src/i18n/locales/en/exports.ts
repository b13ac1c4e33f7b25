/** English messages: the exports namespace (downloads, the Export menu, the printable report, sharing). Keys are grouped by component. */
export const exports = {
  /** A chart's Download menu (export/ChartDownloads, export/png). */
  downloads: {
    summary: 'Download',
    menuLabel: '{{title}}: download',
    png: 'Download PNG',
    svg: 'Download SVG',
    csv: 'Download CSV',
    needChart: 'Switch to the chart to download it as an image',
    /** {{reason}}: one of those below, or the browser's own words, labelled (common:errors.browserOnly). */
    failed: 'Could not make the file: {{reason}}',
    /** As failed, when the error tells nothing at all (no reason, no words of the browser's). */
    failedNoReason: 'Could not make the file',
    pngNotDrawn: 'the chart could not be drawn as an image',
    noCanvas: 'no canvas to draw the chart on',
    pngNotMade: 'the PNG could not be made',
    /** The Urdu font an image carries (export/embedFont) could not be fetched from the app's own files. */
    fontNotFetched: 'the Urdu font the image carries could not be fetched: check the connection and try again',
  },
  /** The `# name,value` lines that open a chart's CSV file, and its column names (export/chartCsv). */
  csv: {
    chart: 'chart',
    units: 'units',
    source: 'source',
    basis: 'basis',
    cells: 'cells',
    numbers: 'numbers',
    table: 'table',
    cellsNote: "Cells as the chart's table shows them: formatted, with their units; a cell's 90% interval, where it has one, is in the column after it",
    /** As cellsNote, for tables whose cells carry no interval line (their intervals, if any, are numbers columns). */
    cellsNoteNoInterval: "Cells as the chart's table shows them: formatted, with their units",
    numbersNote:
      'Columns named "… [mean]", "… [p50]", "… [p5]", "… [p95]" hold unformatted numbers across replications (p5 and p95: the 90% interval), in the result\'s units: shares as fractions of 1, money in PKR, counts in households; for a cost per exit, "… [mean]" is total spent (for the net cost, less risk-fund capital still held) ÷ total additional exits over the replications (a ratio of totals, not a mean) and the percentiles are the replications\u2019 own costs',
    /** The column after a column whose cells carry an interval. */
    intervalColumn: '{{header}} (90% interval)',
  },
  /** The source line under an exported chart (export/chartSvg). */
  source: {
    app: 'Poverty policy simulator',
    engine: 'engine {{version}}',
    seed: 'seed {{seed}}',
    /** {{range}}: "100", or "60–100" when the scenarios differ. */
    replications_one: '{{range}} replication',
    replications_other: '{{range}} replications',
    separator: ', ',
  },
  /** The top bar's Export menu (export/ExportMenu). */
  menu: {
    button: 'Export',
    label: 'Export results',
    /** {{command}} is the command-line tool's name, shown as code. */
    help: 'Full results as JSON (the same file as {{command}}), the summary as CSV (one row per metric: mean and percentiles across replications; for a cost per exit the mean is total spent ÷ total additional exits over them), and the scenario file.',
    replications: ' ({{count}} replications)',
    noResult: ' (no result yet)',
    resultJson: 'Result JSON',
    summaryCsv: 'Summary CSV',
    scenarioJson: 'Scenario JSON',
    print: 'Print report',
  },
  /** The printable report (views/ReportView). */
  report: {
    running: 'Running the first replications…',
    print: 'Print',
    back: 'Back to results',
    /** Heading of the list of what each compared scenario changes ({{baseline}}: the baseline's name). */
    settingsHeading: 'What each scenario changes from {{baseline}}',
    settingsSame: 'The same settings as {{baseline}}.',
    printHint:
      'Print to paper or save as PDF from the browser’s print dialog. Each chart prints as you left it in the Overlaid view: as a table, with its axis zoomed, with the status quo shown. A Sensitivity or Optimise result for the settings now chosen in its view is printed too, its charts as you left them there.',
    title: 'Poverty policy simulator: {{name}}',
    runLine: 'Engine {{version}}, seed {{seed}}, {{households}} households × {{months}} months, {{replications}} replications',
    compared: 'Compared: {{names}}. {{runLine}}. {{date}}.',
    /** Between the names of the compared scenarios. */
    comparedSeparator: '; ',
    stillStarting: 'Still starting: {{names}}.',
    /** {{parts}}: unfinishedRuns and unfinishedProgrammes, as far as each applies, joined by unfinishedSeparator. */
    unfinished: 'Not final: runs still going ({{parts}}); the numbers will change.',
    unfinishedSeparator: '; ',
    unfinishedRuns: 'the comparison: {{done}} of {{total}} replications',
    unfinishedProgrammes: 'programmes run alone: {{done}} of {{total}} replications',
    listSeparator: ', ',
    summary: 'Summary',
    results: 'Results',
    /** The Sensitivity view's result for the settings chosen there (report/SensitivitySection). */
    sensitivity: 'Sensitivity to uncertain assumptions',
    /** The Optimise view's result for the settings chosen there (report/OptimiseSection). */
    optimisation: 'Optimised split of the budget',
    /** {{name}}: the scenario; {{objective}}: the objective's name ("Most sustained exits"). */
    optimisationIntro:
      'The split of the budget of {{name}} across programmes that best meets the objective “{{objective}}” under the constraints set in the Optimise view, compared with the scenario’s own split.',
    optimisationIntroRegions:
      'The split of the budget of {{name}} across programmes and regions that best meets the objective “{{objective}}” under the constraints set in the Optimise view, compared with the scenario’s own split.',
    /** Under a chart too tall to print at full size (report/SensitivitySection), on screen only; {{share}}: "58%". */
    printedScale:
      'On paper this chart is printed at {{share}} of its size, to fit on one page. To print its numbers at full size, choose Table above: the table runs over as many pages as it needs.',
    footer:
      'Poverty policy simulator. {{runLine}}. Every number is a mean or median across replications, or for a cost per exit total spent ÷ total additional exits over them, with its 90% interval; the same scenario and seed give the same numbers in the browser and with {{command}}.',
  },
  /** The Share button and its dialog (SharePanel). */
  share: {
    button: 'Share',
    title: 'Share this comparison',
    tooLong: 'These scenarios are too large for a link; download the comparison file below and send it instead.',
    linkLabel: 'Link to the comparison on screen',
    copy: 'Copy',
    copied: 'Link copied.',
    copyUnavailable: 'Copying is not available here; the link is selected — press Ctrl+C (⌘C) to copy it.',
    note: "The link holds the {{count}} scenarios on screen, with their seeds and run settings. Opened in this app with the same engine (version {{version}}), it reproduces these numbers exactly. Nothing is sent anywhere: the scenarios travel in the link itself, and open beside the recipient's own.",
    /** After the note, when the link carries the view (every view of the switch but the report); {{view}}: its name on the switch. */
    sameView: 'It opens in the {{view}} view.',
    /** After the note, when the link carries the scenarios' colours. */
    sameColors: 'Each scenario is drawn in the colour it has here.',
    /** The scenarios neither compared nor being edited, which the link does not carry. */
    leftOut: 'Not in the link (neither compared nor being edited): {{names}}. Tick one under Compare to send it.',
    /** As leftOut, when as many are compared as can be: ticking another is refused. */
    leftOutFull: 'Not in the link (neither compared nor being edited): {{names}}. At most {{max}} are compared at once: to send one, open its tab, or untick another under Compare.',
    files: 'Scenario files',
    downloadScenario: 'Download scenario file',
    downloadComparison: 'Download comparison file',
    openFile: 'Open scenario file…',
    close: 'Close',
  },
  /** Notices when a shared link or file is opened (app/openShared). */
  open: {
    notOpened: '{{problem}} Nothing was opened; your own scenarios are unchanged.',
    /** After the first few of many problems, in the one notice that lists them. */
    moreProblems_one: '(and {{count}} more problem)',
    moreProblems_other: '(and {{count}} more problems)',
    /** After the problems of a link that was damaged on its way (it could not be decompressed, or its checksum does not match). */
    askAgainDamaged: 'Ask for the link again.',
    /** After the problems of an older link (format 1), which carries no checksum: damage and another app version look alike. */
    askAgain: 'The link may have been damaged on its way: ask for it again.',
    /** After the problems of a link whose checksum matches: it arrived as it was made. */
    linkIntact: 'The link arrived intact (its checksum matches): it was probably made by another version of this app.',
    openedLink: 'Opened the shared comparison beside your own scenarios: {{names}}.',
    openedFile: 'Opened “{{file}}” beside your own scenarios: {{names}}.',
    alreadyOpen: 'You already have every scenario shared, now on screen: {{names}}.',
    quoted: '“{{name}}”',
    listSeparator: ', ',
    fileTooLarge: 'The file “{{name}}” is too large ({{size}} kB; at most {{max}} kB). Nothing was opened; your own scenarios are unchanged.',
    fileUnreadable: 'The file “{{name}}” could not be read ({{reason}}).',
  },
  /** What is wrong with a shared link or file (state/shareLink). */
  link: {
    noVersion: 'The shared link is damaged: it has no format version (expected “#s=2.…”). Ask for the link again.',
    otherFormat: 'The shared link is in format {{format}}, which this version of the app does not read (it reads format {{version}}, and the older format {{older}}).',
    /** A link format number above the one this app writes: a newer app made it. */
    newerFormat: 'The shared link was made by a newer version of this app (link format {{format}}; this version reads format {{version}}, and the older format {{older}}). Update the app to open it.',
    empty: 'The shared link is empty after “#{{prefix}}”: it was probably cut off when copied. Ask for the link again.',
    tooLong: 'The shared link is too long ({{length}} characters; at most {{max}}). Share a scenario file instead.',
    badCharacter: 'The shared link is damaged: character {{position}} of its data (“{{character}}”) is not allowed there. Copy the whole link again.',
    notBase64: 'The shared link is damaged: its data is not valid base64url (it was probably cut off). Copy the whole link again.',
    damaged: 'The shared link is damaged: {{problem}}.',
    notText: 'The shared link is damaged: its data is not valid text.',
    /** Why its data could not be decompressed, from the decompressor's error code (state/shareLink inflateProblem): it stops short, it is damaged, or another reason. */
    inflateCutShort: 'its compressed data breaks off part way through: it was probably cut off when copied',
    inflateDamaged: 'its compressed data is damaged: a character was probably changed or lost on its way',
    notDecompressed: 'its data could not be decompressed; it was probably cut off or altered',
    badHeader: 'its data does not begin as compressed data does',
    checksum: 'its data does not match the checksum it carries: a character was changed or lost on its way',
    tooBig: 'its data expands to more than {{size}} kB, more than any comparison needs',
  },
  /** Problems with the document a link or file holds; {{where}} is one of the two phrases first. */
  document: {
    whereLink: 'The shared link',
    whereFile: 'The file “{{name}}”',
    tooLarge: '{{where}} is too large ({{size}} kB; at most {{max}} kB).',
    unreadable: '{{where}} could not be read: {{problem}}.',
    notComparison: '{{where}} does not hold a comparison (its “kind” should be "{{kind}}").',
    badVersion: '{{where}}: “version” must be a positive whole number, got {{got}}.',
    newer: '{{where}} was written by a newer version of this app (comparison format {{version}}; this app reads {{supported}}). Update the app.',
    badEngine: '{{where}}: “engineVersion” must be a short string, got {{got}}.',
    badScenarios: '{{where}}: “scenarios” must be a non-empty list, got {{got}}.',
    tooMany: '{{where}} holds {{count}} scenarios; at most {{max}} open at once.',
    badBaseline: '{{where}}: “baseline” must be the number of a scenario in the list (0 to {{last}}), got {{got}}.',
    badActive: '{{where}}: “active” must be the number of a scenario in the list (0 to {{last}}), got {{got}}.',
    badCompare: '{{where}}: “compare” must be a list of at most {{max}} scenario numbers (0 to {{last}}), got {{got}}.',
    otherEngine: '{{where}} was made with engine {{theirs}}; this app runs engine {{ours}}, so its numbers may differ from the ones the sender saw.',
    /** A warning (the comparison still opens): the optional "view" field names no view the switch offers. {{views}}: the field's allowed values, as written in the file. */
    viewIgnored: '{{where}}: “view” must be one of {{views}}, got {{got}}; the comparison opens in the view you are on.',
    /** A warning (the comparison still opens): the optional "colors" field is not one colour place per scenario. {{got}}: the value, as written in the file. */
    colorsIgnored:
      '{{where}}: “colors” must list one colour place per scenario, {{count}} in all (0 for the baseline, and a different whole number from 1 to {{max}} for each other), got {{got}}; the scenarios open in colours of your own.',
    /** {{path}}: the field's path in the file, as written; {{message}}: the engine's problem with it, in the page's language (ui/editor/issues). */
    invalidScenario: '{{where}}, {{scenario}}: {{path}} {{message}}.',
    scenarioNamed: 'scenario {{number}} (“{{name}}”)',
    scenarioNumber: 'scenario {{number}}',
    theScenario: 'the scenario',
    /** {{reason}}: one of the json* below, then the browser's own words (common:errors.browserSaid). */
    notJson: 'it is not valid JSON ({{reason}})',
    /** A file's syntax error, where it is: {{line}} and {{column}} count from 1, as an editor does; {{reason}} as for notJson. */
    notJsonAt: 'it is not valid JSON at line {{line}}, column {{column}} ({{reason}})',
    /** What is wrong with the JSON (i18n/errorReasons jsonFault): no text, a text that stops before its data does, a character where none can stand. */
    jsonEmpty: 'it is empty',
    jsonCutShort: 'it breaks off before its data is complete',
    /** {{character}}: the character as it is in the text, or its code ("U+0009") where it cannot be seen. */
    jsonUnexpected: 'unexpected character “{{character}}”',
    forbiddenKey: 'it contains a key that is not allowed (__proto__, constructor or prototype)',
    tooDeep: 'it is nested too deeply at {{path}} (at most {{max}} levels)',
    theTop: 'the top',
    keyNotAllowed: 'the key “{{key}}” at {{path}} is not allowed',
    /** How a wrong value is described after "got". */
    nothing: 'nothing',
    aList: 'a list',
    anObject: 'an object',
  },
};
