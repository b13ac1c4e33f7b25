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
    arab: 'arab',
    points: 'pts',
    /** Rupees: {{amount}} is the number with its scale word. */
    rupees: 'Rs {{amount}}',
  },
};
