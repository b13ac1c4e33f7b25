/**
 * A pass's monthly series: what model/pass.ts records at the end of each
 * month from 0 on, into the packed output (layout.ts). The poverty figures
 * come from the month's totals on the state (PassState.totals, complete by
 * then: a policy in step with the status quo has added its differences to
 * the status quo's), the money from the ledger and each stratum's loans
 * and fund, and the month's loan figures from the pass's loop.
 */
import type { Population } from '../population/generate';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import type { PassState } from './state';
import { SERIES, seriesIndex, type PassLayout } from './layout';
import { peopleIn, SUM } from './statusQuo';

/** Where a pass writes its monthly series; null for the burn-in. */
export interface Recorder {
  out: Float64Array;
  base: number;
  layout: PassLayout;
}

/** Loan figures of the month, summed by the pass's loop over its borrowers (PKR, households). */
export interface LoanMonthTotals {
  /** Outstanding at risk: 30+ days overdue, or rescheduled after that. */
  par30: number;
  /** Households with an active loan (weighted). */
  borrowers: number;
  /** Arrears 1–29, 30–89 and 90+ days overdue. */
  a1: number;
  a30: number;
  a90: number;
  /** Outstanding on extended or rescheduled loans. */
  renegotiated: number;
  /** Disbursed this month. */
  disbursed: number;
}

export function recordMonth(rec: Recorder, pop: Population, st: PassState, t: number, months: number, loans: LoanMonthTotals): void {
  const { out, base, layout } = rec;
  const { sums, regionPoor } = st.totals;
  const { total: people, byRegion: regionPeople } = peopleIn(pop);
  const led = st.ledger;
  const at = (key: (typeof SERIES)[number]) => base + layout.series + seriesIndex[key] * months + t;
  let outstanding = 0;
  let fund = 0;
  for (let s = 0; s < STRATA_COUNT; s++) {
    outstanding += st.stratumOutstanding[s]!;
    fund += st.fund[s]!;
  }
  out[at('povertyHeadcount')] = sums[SUM.poorPeople]! / people;
  out[at('poorHouseholds')] = sums[SUM.poorHh]!;
  out[at('povertyGap')] = sums[SUM.gap]! / people;
  out[at('povertySeverity')] = sums[SUM.severity]! / people;
  out[at('meanIncome')] = sums[SUM.consSum]! / people;
  out[at('par30')] = outstanding > 0 ? loans.par30 / outstanding : 0;
  out[at('riskFundBalancePKR')] = fund;
  out[at('cumulativeSpentPKR')] = led.spent;
  out[at('outstandingPKR')] = outstanding;
  out[at('loansDisbursedPKR')] = loans.disbursed;
  out[at('writtenOffPKR')] = led.writtenOff;
  out[at('principalRepaidPKR')] = led.repaid;
  out[at('defaultRate')] = led.disbursed > 0 ? led.writtenOff / led.disbursed : 0;
  out[at('activeBorrowers')] = loans.borrowers;
  out[at('arrears1to29PKR')] = loans.a1;
  out[at('arrears30to89PKR')] = loans.a30;
  out[at('arrears90plusPKR')] = loans.a90;
  out[at('renegotiatedPKR')] = loans.renegotiated;
  for (let r = 0; r < REGIONS.length; r++) out[base + layout.regionSeries + r * months + t] = regionPoor[r]! / regionPeople[r]!;
}
