import type { GroupSpec } from '../spec';

/**
 * The existing unconditional cash transfer (BISP / Kafaalat), paying in the
 * status quo. The 21.9% headcount was measured with it paying, so the
 * baseline is calibrated with it, and every scenario's counterfactual keeps it.
 */
export const existingCash = {
  recipients: {
    kind: 'number', default: 4.3e6, min: 0, max: 20e6, unit: 'households',
    label: 'Existing recipients', description: 'Households already receiving the existing cash transfer, enrolled by PMT score from the poorest-looking up (0 switches the existing programme off). The world is calibrated with the transfer as set here, so switching it off or changing it re-solves incomes to the same start headcount (the world\u2019s target, 21.9% by default): it does not show the transfer\u2019s own effect (docs/model.md §4).',
    source: 'BISP: ~4.3 m households (2019)', conf: 'H',
  },
  benefitPKR: {
    kind: 'number', default: 2000, min: 0, max: 50000, unit: 'Rs / household / month',
    label: 'Existing benefit', description: 'Monthly benefit of the existing transfer (2019 prices; not indexed).',
    source: 'Kafaalat/BISP Rs 2,000 per month (BISP; Geo 2020)', conf: 'H',
  },
  leakage: {
    kind: 'number', default: 0.05, min: 0, max: 0.9, unit: 'share',
    label: 'Existing leakage', description: 'Share of the existing benefit that never reaches the household.',
    source: 'Our assumption (same as the new transfer)', conf: 'A',
  },
} as const satisfies GroupSpec;
