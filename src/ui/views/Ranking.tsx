/** Scenarios ranked by cost per additional sustained exit, cheapest first, with intervals. */
import type { ChartRun } from '../charts/types';
import { formatCount, formatPKR } from '../format';

export function Ranking({ runs }: { runs: ChartRun[] }) {
  const rows = runs
    .filter((r) => (r.result.summary.budgetPKR.p50 ?? 0) > 0)
    .map((r) => ({ run: r, cost: r.result.summary.costPerSustainedExitPKR, exits: r.result.summary.additionalSustainedExits }))
    .sort((a, b) => (a.cost.p50 ?? Infinity) - (b.cost.p50 ?? Infinity));
  if (rows.length === 0) return null;
  return (
    <section className="ranking" aria-label="Ranking by cost per sustained exit">
      <h2>Cost per household lifted out of poverty for 12+ months</h2>
      <table>
        <caption className="empty-note">Median across replications, with 90% intervals; compared with the same world without the programmes.</caption>
        <thead>
          <tr>
            <th scope="col">Rank and scenario</th>
            <th scope="col">Cost per additional sustained exit</th>
            <th scope="col">Additional sustained exits (households)</th>
            <th scope="col">Spent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ run, cost, exits }, k) => (
            <tr key={run.id}>
              <td>
                {k + 1}. <span style={{ color: run.color }}>■</span> {run.name}
              </td>
              <td>
                {cost.p50 === null ? 'no additional exits' : `${formatPKR(cost.p50)} (${formatPKR(cost.p5)} to ${formatPKR(cost.p95)})`}
              </td>
              <td>
                {formatCount(exits.p50)} ({formatCount(exits.p5)} to {formatCount(exits.p95)})
              </td>
              <td>{formatPKR(run.result.summary.spentPKR.p50)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
