/**
 * Scenarios ranked by cost per additional sustained exit, cheapest first,
 * with intervals. The order and the statistic come from the cost-per-exit
 * chart's rows (data/costPerExit), so the table and the chart always agree.
 * Neighbours whose paired difference in cost per exit (replication by
 * replication, on the same draws) has a 90% interval containing zero are
 * marked as tied: their order is noise.
 */
import type { ChartRun } from '../charts/types';
import { COST_RANKING, costPerExitRows, NO_EXITS } from '../charts/data/costPerExit';
import { valueWithInterval } from '../charts/intervalText';
import { formatCount, formatPKR } from '../format';
import { costTie } from '../../engine/index';
import { estimating } from '../charts/data/estimating';

export function Ranking({ runs }: { runs: ChartRun[] }) {
  // A scenario without a budget (the baseline) has nothing to rank.
  const priced = runs.filter((r) => (r.result.summary.budgetPKR.p50 ?? 0) > 0);
  const byId = new Map(priced.map((r) => [r.id, r]));
  const rows = costPerExitRows(priced).map((cost) => ({ cost, run: byId.get(cost.id)! }));
  if (rows.length === 0) return null;
  // Tied with the next one down: the paired difference's 90% interval holds zero (known only with enough replications).
  const tiedWithNext = rows.map(({ run }, k) => {
    const next = rows[k + 1]?.run;
    if (!next || !run.costs || !next.costs) return null;
    const tie = costTie(run.costs, next.costs);
    return tie && !estimating(tie.replications) ? tie.tied : null;
  });
  const tied = (k: number) => tiedWithNext[k] === true || tiedWithNext[k - 1] === true;
  const anyTie = rows.some((_, k) => tied(k));
  return (
    // Focusable: on a narrow screen the table scrolls sideways inside it, and a keyboard must be able to scroll it.
    <section className="ranking" aria-label="Ranking by cost per sustained exit" tabIndex={0}>
      <h2>Cost per household lifted out of poverty for 12+ months</h2>
      <table>
        {/* Means throughout, so a row reads as one sum: the mean cost is total spent ÷ total additional exits. */}
        <caption className="empty-note">
          Scenarios {COST_RANKING.caption}. Means across replications, with 90% intervals; compared with the status quo (existing cash transfer only) on the same draws.
          {anyTie && ' “Tied” marks neighbours whose paired difference in cost per exit, replication by replication, has a 90% interval that includes zero: their order is not a finding.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Rank and scenario</th>
            <th scope="col">Cost per additional sustained exit</th>
            <th scope="col">Net of risk-fund capital still held</th>
            <th scope="col">Additional sustained exits (households)</th>
            <th scope="col">Spent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ run, cost }, k) => {
            const { additionalSustainedExits: exits, spentPKR: spent, costPerSustainedExitNetPKR: net } = run.result.summary;
            return (
              <tr key={run.id}>
                <td>
                  {k + 1}. <span style={{ color: run.color }}>■</span> {run.name}
                  {tied(k) && <span className="tie-badge"> tied</span>}
                </td>
                <td>{cost.noExits ? NO_EXITS : valueWithInterval(cost.value, cost.low, cost.high, formatPKR)}</td>
                <td>{cost.noExits ? NO_EXITS : valueWithInterval(net.mean, net.p5, net.p95, formatPKR)}</td>
                <td>{valueWithInterval(exits.mean, exits.p5, exits.p95, formatCount)}</td>
                <td>{formatPKR(spent.mean)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
