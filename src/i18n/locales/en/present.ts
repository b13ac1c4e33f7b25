/** English messages: the present namespace. Keys are grouped by component. */
export const present = {
  /** The top bar's button that opens the slides. */
  button: 'Present',
  deck: {
    label: 'Presentation',
    nav: 'Slides',
    previous: 'Previous',
    next: 'Next',
    exit: 'Exit (Esc)',
    /** The slide number, read out and shown under the slide. */
    count: '{{current}} / {{total}}',
    /** Read out (not shown) between the slide number and the slide's heading: "2 / 11: Rs 80 bn a year: …". */
    headingSeparator: ': ',
  },
  slide: {
    stillComputing: 'Results are still being computed; this slide fills in as replications arrive.',
    /** Under a chart or the ranking while the compared runs go on: counts summed over them. */
    refining: 'Still computing: {{done}} of {{total}} replications so far. These numbers, and their order, may still change.',
    /** Between the names of scenarios in a list. */
    listSeparator: ', ',
    /** Under a chart whose names it had to cut short ("Cash heavy transfers to the…"): {{names}} is those names in full, each after its colour. */
    fullNames: 'Names in full: {{names}}',
    /** The name of a chart's box on a phone's slide where the chart is too tall for it (read out before the chart's own title). */
    chartScrolls: 'Chart, scrolls with the up and down arrow keys',
    /**
     * Under a scenario's two counts (headline and lead), which differ several-fold and draw the question why: what
     * each counts. A sustained exit is a household poor at the start that is out of poverty without a break through at
     * least the last 12 months of the horizon (BRIEF's "12 consecutive months … still out at the end", read as one spell:
     * docs/model.md §9).
     */
    twoCounts:
      'Why two numbers: fewer in poverty at the end also counts households kept from falling into poverty and those out of it for less than a year; out of poverty for a year or more counts only households poor at the start that have been out without a break through at least the last 12 months.',
  },
  titleSlide: {
    kicker: 'Poverty policy simulator',
    headline: 'Who leaves poverty and stays out, and what each exit costs',
    /** {{compared}} and {{baseline}} are scenario names (the compared ones in a list). */
    lead: '{{compared}} compared with {{baseline}}.',
    basis:
      'Monte Carlo microsimulation: {{replications}} replications of {{households}} households over {{months}} months, on the same households and shocks in every scenario.',
  },
  /** The slide after the title: what is in each compared option (optionsTable.ts), a column each. */
  optionsSlide: {
    headline: 'What is in each option',
    /** {{baseline}}: the baseline scenario's name. */
    caption: 'A setting not listed here is as in {{baseline}}; the printed report lists every one that differs.',
    /**
     * A programme's cell: its share of each year's budget, and the rupees that come to ("50% · Rs 40 bn"). Urdu puts
     * the rupees first: a share before a number ran together with it, right to left, as "60 · 50%".
     */
    share: '{{share}} · {{amount}}',
    /** A programme's rupees a year, kept on one line ("Rs 1.25 bn" broke before its "bn"). */
    amount: 'Rs {{amount}} bn',
    /** The last row's label: every other setting the option changes. */
    others: 'Other changes from {{baseline}}',
    none: 'None',
    /** After the first few other changes: {{shown}} is {{count}} written in the page's digits. */
    more_one: 'and {{shown}} more (in the printed report)',
    more_other: 'and {{shown}} more (in the printed report)',
  },
  rankingSlide: {
    headline: 'Cost per additional household out of poverty for 12+ months, cheapest first',
    /** Under the ranking: the columns a slide leaves out (present.css), said rather than dropped. */
    columnsLeft: 'The cost net of risk-fund capital still held is in the dashboard\u2019s ranking.',
    /** On a phone, which leaves out the amount spent too. */
    columnsLeftPhone: 'The cost net of risk-fund capital still held, and the amount spent, are in the dashboard\u2019s ranking.',
  },
  assumptionsSlide: {
    headline: 'Main assumptions and their sources',
    caption: 'As set in “{{name}}”; every assumption, with its range, is in the Assumptions view.',
    assumption: 'Assumption',
    value: 'Value',
    source: 'Source',
    trust: ' ({{trust}})',
  },
  /** The sentence a scenario's slide leads with (slideHeadline.ts). */
  headline: {
    /** {{amount}}: the yearly budget in billions, "120" or a rising path "80 → 100 → 120". */
    budget: 'Rs {{amount}} bn a year',
    /** Between the years of a rising budget path. */
    budgetStep: ' → ',
    noBudget: 'No new budget',
    noMoney: 'No new programme money: this is the status quo (existing cash transfer only).',
    notCompared: '{{budget}}: {{spent}} spent over {{months}} months; the comparison with the status quo is off, so there is nothing to compare with.',
    /** {{interval}} and {{costInterval}} are the interval phrases below, or empty. */
    moreWithCost:
      '{{budget}}: {{count}} more households out of poverty for a year or more by month {{months}}{{interval}}; each costs {{cost}}{{costInterval}}.',
    more: '{{budget}}: {{count}} more households out of poverty for a year or more by month {{months}}{{interval}}.',
    fewer: '{{budget}}: {{count}} fewer households out of poverty for a year or more by month {{months}}{{interval}}.',
    none: '{{budget}}: no more households out of poverty for a year or more by month {{months}}{{interval}}.',
    interval: ' (90% interval {{low}} to {{high}})',
    /** An interval of exits that reaches below and above zero: {{fewer}} and {{more}} are its ends as counts of fewer and of more households. */
    bothWays: ' (90% interval from {{fewer}} fewer to {{more}} more: even the direction is uncertain)',
    /** The middle 90% of replications agree: said, not written "X to X". */
    noSpread: ' (90% interval: {{value}}, no spread)',
    /** Ends a little apart that round to the same number. */
    asRounded: ' (90% interval: {{value}} at both ends, as rounded)',
    estimating: ' (90% interval still being estimated)',
    /** The run is complete with fewer than {{min}} replications. */
    tooFew: ' (too few replications for a 90% interval: {{min}} or more needed)',
    basis_one:
      'Compared with the status quo (existing cash transfer only) on the same households and shocks; {{count}} replication of {{households}} households over {{months}} months.',
    basis_other:
      'Compared with the status quo (existing cash transfer only) on the same households and shocks; {{count}} replications of {{households}} households over {{months}} months.',
  },
};
