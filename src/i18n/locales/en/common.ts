/** English messages shared across the app: the top bar, languages and the words numbers are written with. */
export const common = {
  appTitle: 'Poverty policy simulator',
  language: {
    label: 'Language',
    /** The switch's accessible name names it in both languages, so either reader can find it. */
    switchName: 'Language (زبان)',
  },
  numberScale: {
    label: 'Large numbers',
    international: 'million, billion',
    southAsian: 'lakh, crore',
  },
  /** Unit words for formatted numbers (ui/format.ts). */
  units: {
    thousand: 'k',
    million: 'm',
    billion: 'bn',
    lakh: 'lakh',
    crore: 'crore',
    /**
     * A hundred crore, in English written as Pakistani English writes budgets, in billions: every generated name
     * says "Rs 80 bn a year", and a slide had "Rs 80 bn a year: Rs 237 arab spent". Urdu's word is ارب.
     */
    arab: 'bn',
    points: 'pts',
    /** Rupees: {{amount}} is the number with its scale word. */
    rupees: 'Rs {{amount}}',
  },
  /** The link a keyboard reaches first (App). */
  skipLink: 'Skip to results',
  /** The top bar's switch between views (TopBar). */
  viewSwitch: {
    label: 'View',
    results: 'Overlaid',
    compare: 'Side by side',
    assumptions: 'Assumptions',
    sensitivity: 'Sensitivity',
    optimise: 'Optimise',
  },
  /** A view whose code is loaded when first opened, when that code cannot be fetched (views/LazyView). */
  viewLoad: {
    title: 'This view could not be loaded',
    body: 'Its code could not be fetched: the app has probably been updated, or the connection lost, since this page was opened. Check the connection, then reload the page to use it. Your scenarios are kept and their comparison is computed again; a sensitivity analysis or an optimisation must be run again.',
    /** Below the body, for whoever helps the reader: {{words}} is the browser's own error text, as it gave it (often English). */
    detail: 'The browser’s message: “{{words}}”',
    reload: 'Reload the page',
  },
  /** Messages not tied to a field (Notices), and those made when saving or restoring fails. {{reason}}: why, as errors.* says it. */
  notices: {
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss message',
    storageUnavailable: 'Saved work is not available in this browser ({{reason}}).',
    saveFailed: 'Your work could not be saved in this browser ({{reason}}); it stays open until you close the page.',
    changedInTwoTabs: '“{{name}}” was changed in another tab of this app as well: both are kept, the other tab’s version as “{{copy}}”.',
    /** As changedInTwoTabs, when the tabs share no earlier save (both opened on none): neither may have changed it. */
    differsInTwoTabs: 'Another tab of this app holds “{{name}}” in another version, and which of the two is newer cannot be told: both are kept, the other tab’s as “{{copy}}”.',
    olderBuildTab: 'Another tab has an older version of this app open, which saves its own scenarios over this tab’s: reload that tab. Nothing was lost here: a scenario it holds in another version is kept beside yours, and one it does not hold stays.',
    /** A new version of the app is installed and waits (pwa.ts, ui/Notices); updateReload is its button. */
    updateReady: 'A new version of this app is ready. Reload now to use it (other open tabs of this app may reload with it): your scenarios are kept and their comparison is computed again; a sensitivity analysis or an optimisation in progress must be run again. Otherwise the new version is used once every tab of this app has been closed.',
    updateReload: 'Reload now',
    /** After the problems restoring saved work: the saved text is kept apart (app/persistence UNRESTORED_KEY); {{key}}: that key. */
    unrestoredKept: 'A copy of the saved work as it was is kept in this browser’s local storage under “{{key}}”, so that saving your work from now on does not lose it; download it to keep it as a file.',
    /** As unrestoredKept, when the browser refused to keep the copy (storage full): only the download is left. */
    unrestoredNotKept: 'The saved work as it was could not be kept apart in this browser (its storage is full or refused it): download it now to keep it, since saving your work from now on writes over it.',
    /** After a visit that kept a copy (unrestoredKept), at each later one until the user removes it. */
    unrestoredStillKept: 'Saved work that could not be restored earlier is still kept in this browser’s local storage; download it to keep it as a file, or remove it from this browser once you no longer need it.',
    /** The button of those notices. */
    downloadKept: 'Download the saved work',
    /** Beside it, when an earlier copy is kept as well (app/persistence PREVIOUS_UNRESTORED_KEY). */
    downloadEarlier: 'Download the earlier copy',
    /** Removing the kept copies from the browser's storage: the button, then a question with two answers. */
    removeKept: 'Remove from this browser…',
    removeQuestion_one: 'Remove the copy kept in this browser’s storage? Once you close this page it cannot be brought back, unless you have downloaded it.',
    removeQuestion_other: 'Remove the {{count}} copies kept in this browser’s storage? Once you close this page they cannot be brought back, unless you have downloaded them.',
    removeYes: 'Yes, remove',
    removeNo: 'No, keep',
    /** In the notice's place once removed; its downloads stay. */
    unrestoredRemoved: 'The saved work that could not be restored was removed from this browser’s storage. Until you close this page it can still be downloaded here.',
    /** As unrestoredRemoved, when this tab found none to remove: another tab of the app had removed them first, most likely. */
    unrestoredRemovedElsewhere: 'The saved work that could not be restored had already been removed from this browser’s storage, probably in another tab of this app. Until you close this page it can still be downloaded here.',
    /** {{reason}}: why storage refused (errors.storage, with the browser's words). */
    removeFailed: 'It could not be removed from this browser ({{reason}}). Nothing is lost: what was not removed is still kept there, and the download still works.',
    /** {{reason}}: why, as workspace.saved* says it for a text that is not JSON (with the browser's words), or localeUnknown. */
    localeUnreadable: 'The saved language setting could not be read ({{reason}}); English is used.',
    localeUnknown: 'unknown language or number scale',
  },
  /** Problems restoring saved work (state/workspace.ts). {{name}} is a quoted name or a number. */
  workspace: {
    /** {{reason}}: one of the saved* below, with the browser's words (errors.browserSaid). */
    unreadable: 'Your saved work could not be read ({{reason}}); starting from the default comparison.',
    /** Why the saved text is not JSON (i18n/errorReasons jsonFault): there is none, it stops before its data does, or a character breaks it. Said of the saved language setting too (notices.localeUnreadable). */
    savedEmpty: 'the saved text is empty',
    savedCutShort: 'the saved text is incomplete: it breaks off part way through',
    savedDamaged: 'the saved text is damaged: it is not valid JSON',
    unknownFormat: 'Your saved work is not in a format this app knows; starting from the default comparison.',
    newerVersion: 'Your saved work was written by a newer version of this app (format {{version}}); starting from the default comparison.',
    /** The saved text's format version is not a whole number from 1 ({{version}}: as the text has it, cut short), or it has none. */
    badVersion: 'Your saved work is damaged: its format version, {{version}}, is not a version number; starting from the default comparison.',
    noVersion: 'Your saved work is damaged: it does not say its format version; starting from the default comparison.',
    /** Two saved scenarios under one id: the second ({{name}}) is restored under a new id, in the tab after the first ({{first}}). */
    sameId: 'Saved scenario {{name}} had the same id ({{id}}) as {{first}}; it is restored as a separate scenario beside it.',
    namingRecord: 'The naming record of saved scenario {{name}} could not be read; its name is kept as it is.',
    notRestored: 'Saved scenario {{name}} was not restored: {{issues}}.',
    quotedName: '“{{name}}”',
    numbered: 'number {{number}}',
    /** Where an issue applies to the scenario as a whole rather than one field. */
    wholeScenario: 'scenario',
    issue: '{{path}} {{message}}',
    issueSeparator: '; ',
    noneRestored: 'No saved scenario could be restored; starting from the default comparison.',
    freshBaseline: 'The saved baseline could not be restored; a fresh baseline (no new programmes) takes its place.',
  },
  /**
   * Why the browser refused, told from its error's type (i18n/errorReasons), in the brackets of a notice's {{reason}}.
   * The browser's own words come after, for whoever helps the reader: they are in the browser's language (often English).
   */
  errors: {
    storage: {
      full: 'this browser’s storage for the app is full',
      forbidden: 'this browser does not allow the app to use its storage, probably because of its settings or a private window',
      /** IndexedDB's `blocked` (datasetStore BlockedError): the app's own finding, said without the browser's words. */
      blocked: 'another tab of this app is holding it open: close the app’s other tabs, or reload them, and try again',
      refused: 'this browser’s storage refused it',
    },
    /** Why a file the reader picked could not be read (errorReasons fileRefusal): it is gone, the system refused, the browser may not. */
    file: {
      gone: 'the file is no longer where it was picked: it was probably moved, renamed or deleted since',
      unreadable: 'the system did not let the browser read it: it may be open in another program, or its permissions may have changed',
      forbidden: 'this browser does not allow the app to read it',
    },
    /** A reason, then the browser's own words, quoted as they are. */
    browserSaid: '{{reason}}; the browser’s message: “{{words}}”',
    /** The browser's words where no reason can be told from the error. */
    browserOnly: 'the browser’s message: “{{words}}”',
  },
  /** The run's progress (RunProgress). Counts are plain numbers. */
  progress: {
    estimating: 'estimating time left',
    underSecond: 'under a second left',
    seconds: 'about {{seconds}} s left',
    minutes: 'about {{minutes}} min left',
    starting: 'Starting…',
    failed: 'Run failed: {{error}}',
    running: '{{done}} / {{total}} replications · {{eta}}',
    cancelled: 'Cancelled at {{done}} / {{total}} ({{percent}})',
    finishing: '{{done}} replications in · summarising…',
    done: '{{done}} replications done',
    barTitle: '{{name}}: {{done}} of {{total}} replications',
    barLabel: '{{name}}: replications done',
    valueText: '{{done}} of {{total}} replications',
    totalLabel: 'Comparison: replications done',
    cancel: 'Cancel',
    runAgain: 'Run again',
    workerReplaced_one: 'A worker crashed and was replaced; results are unaffected.',
    workerReplaced_other: '{{count}} workers crashed and were replaced; results are unaffected.',
  },
  /** Scenario tabs (ScenarioTabs). */
  tabs: {
    listLabel: 'Scenarios',
    nameLabel: 'Scenario name',
    nameLength: '{{n}} of {{max}} characters',
    nameFull: 'A name has at most {{max}} characters: anything typed past them is left out.',
    edited: 'edited',
    editedTitle: 'Changed since it was given this name',
    compareGroup: 'Compare with the baseline',
    compareLabel: 'Compare:',
    compareTitle: 'Show in the comparison',
    /** Beside the compare boxes when {{max}} are ticked and another cannot be. */
    compareFull: 'At most {{max}} at once: untick one to compare another.',
    compareOne: 'Compare {{name}}',
    newFromPreset: 'New scenario from preset',
    newPlaceholder: 'New scenario…',
    duplicate: 'Duplicate',
    rename: 'Rename',
    delete: 'Delete',
    deleteQuestion: 'Delete “{{name}}”?',
    yesDelete: 'Yes, delete',
    keep: 'Keep',
    /** A problem with a name the user typed: {{message}} is one of rename's. */
    nameIssue: 'Name {{message}}',
    issueSeparator: '; ',
  },
  /** Why a name is refused (scenariosSlice.rename); said after "Name". */
  rename: {
    empty: 'cannot be empty',
    tooLong: 'is {{length}} characters long; keep it to {{max}}',
    taken: '“{{name}}” is taken by another scenario',
  },
  /**
   * Generated scenario names (state/naming.ts). Names are stored in English
   * (from these messages); in another language they are shown translated.
   * Amounts are in billions of rupees.
   */
  scenarioNames: {
    statusQuo: 'Status quo (no new programmes)',
    perYear: 'Rs {{amount}} bn a year',
    path: 'Rs {{amounts}} bn',
    pathSeparator: ' → ',
    customSplit: 'custom split',
    topUp: 'existing transfer +Rs {{amount}}',
    separator: ', ',
    /** A duplicate of a scenario with a given name. */
    copy: '{{name}} (copy)',
    /** The optimiser's proposal for a scenario (views/OptimiseView: Open as scenario). */
    optimised: '{{name}} (optimised)',
  },
  /** Presets whose names are not generated (the others are named as scenarioNames says). */
  presets: {
    baseline: 'Baseline',
    opportunity: 'Loans and training heavy',
    cash: 'Cash heavy',
  },
};
