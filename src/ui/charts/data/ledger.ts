/**
 * The loan ledger per scenario at the end of the run. The engine keeps
 * disbursed = principal repaid + outstanding + written off in every
 * replication, so the means stack up to the mean disbursed.
 */
import { i18n } from '../../../i18n/index';
import { labelled } from '../lang';
import type { ChartRun } from '../types';

export interface LedgerRow {
  id: string;
  name: string;
  /** Means across replications, PKR. */
  repaid: number | null;
  outstanding: number | null;
  writtenOff: number | null;
  disbursed: number | null;
}

export const LEDGER_PARTS = [
  labelled('repaid', () => i18n.t('charts:ledger.repaid')),
  labelled('outstanding', () => i18n.t('charts:ledger.outstanding')),
  labelled('writtenOff', () => i18n.t('charts:ledger.writtenOff')),
] as const;

/**
 * Scenarios that lent anything or hold a risk fund, in any replication. Loan
 * charts leave the others out: their PAR30 is 0 only because there are no
 * loans, and a flat zero line would read as "no repayment problems". Read
 * from the means (money lent and fund balances are never negative, so a
 * positive mean means some replication lent): percentiles other than the
 * median are hidden while intervals are estimated (charts/data/estimating),
 * and reading p95 then said no scenario lent and left every loan chart empty.
 */
export function lendingRuns<R extends ChartRun>(runs: readonly R[]): { lending: R[]; notLending: R[] } {
  const lends = (r: R) => (r.result.summary.loansDisbursedPKR.mean ?? 0) > 0 || (r.result.summary.riskFundEndPKR.mean ?? 0) > 0;
  return { lending: runs.filter(lends), notLending: runs.filter((r) => !lends(r)) };
}

export function ledgerRows(runs: readonly ChartRun[]): LedgerRow[] {
  return runs.map((r) => {
    const s = r.result.summary;
    return {
      id: r.id,
      name: r.name,
      repaid: s.principalRepaidPKR.mean,
      outstanding: s.outstandingPKR.mean,
      writtenOff: s.writtenOffPKR.mean,
      disbursed: s.loansDisbursedPKR.mean,
    };
  });
}
