/**
 * Scenarios ranked by cost per additional sustained exit, cheapest first,
 * with intervals. The order and the statistic come from the cost-per-exit
 * chart's rows (data/costPerExit), so the table and the chart always agree.
 * Neighbours whose paired difference in cost per exit (replication by
 * replication, on the same draws) has a 90% interval containing zero are
 * marked as tied: their order is noise. A scenario run on fewer replications
 * than another row's (an optimiser's proposal opens on the replications it was
 * confirmed on) carries its count, and the caption says what that means: its
 * 10-replication row had read as firmly as its neighbours' 100.
 */
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index';
import type { ChartRun } from '../charts/types';
import { COST_RANKING, costPerExitRows, householdsOf, unranked, worldOf } from '../charts/data/costPerExit';
import { valueWithInterval } from '../charts/intervalText';
import { countsInScaleOf, formatPKR, formatPlain, rupeesInScaleOf } from '../format';
import { costTie } from '../../engine/index';
import { basisOf, basisText, estimating } from '../charts/data/estimating';

export function Ranking({ runs }: { runs: ChartRun[] }) {
  // A scenario without a budget (the baseline) has nothing to rank.
  const { t } = useTranslation(['views', 'charts']);
  const priced = runs.filter((r) => (r.result.summary.budgetPKR.p50 ?? 0) > 0);
  const byId = new Map(priced.map((r) => [r.id, r]));
  // A scenario on other household data than the first run's (the baseline's: useChartInputs puts it first) has its
  // cost measured on other households: listed last and not ranked. Imported data had ranked cheapest against the
  // synthetic population, with nothing to say the two were not comparable.
  // So is one run in another world (costPerExitRows: otherWorld).
  const all = costPerExitRows(priced, householdsOf(runs[0]), worldOf(runs[0])).map((cost) => ({ cost, run: byId.get(cost.id)! }));
  const rows = all.filter(({ cost }) => !unranked(cost));
  const others = all.filter(({ cost }) => unranked(cost));
  if (all.length === 0) return null;
  // Tied with the next one down: the paired difference's 90% interval holds zero (known only with enough replications).
  const tiedWithNext = rows.map(({ run }, k) => {
    const next = rows[k + 1]?.run;
    if (!next || !run.costs || !next.costs) return null;
    const tie = costTie(run.costs, next.costs);
    return tie && !estimating(tie.replications) ? tie.tied : null;
  });
  const tied = (k: number) => tiedWithNext[k] === true || tiedWithNext[k - 1] === true;
  const anyTie = rows.some((_, k) => tied(k));
  // Rows that rest on fewer replications than others, judged by the replications each scenario asks for
  // (run.replications), not by those done so far: while a comparison runs, a row 30 of 100 in is on its way to
  // the others' count and the charts' basis already says the intervals are still being estimated, whereas one
  // asking for 10 stays at 10. Each marked row carries the count it rests on now (result.meta.replications).
  const asked = (run: ChartRun) => run.result.scenario.run.replications;
  const most = Math.max(...all.map(({ run }) => asked(run)));
  const fewer = (run: ChartRun) => asked(run) < most;
  const anyFewer = all.some(({ run }) => fewer(run));
  const replicationsText = (n: number) => t('charts:estimating.replications', { n: formatPlain(n), count: n });
  // Said in the words of the statistic the cost-per-exit chart ranks by, so that the two always agree.
  const ranking = t(COST_RANKING.centre === 'mean' ? 'ranking.rankedMean' : 'ranking.rankedMedian');
  const noExits = t('ranking.noExits');
  return (
    // Focusable: on a narrow screen the table scrolls sideways inside it, and a keyboard must be able to scroll it.
    <section className="ranking" aria-label={t('ranking.label')} tabIndex={0}>
      <h2>{t('ranking.title')}</h2>
      <table>
        {/* Means throughout, so a row reads as one sum: the engine's "mean" cost is total spent ÷ total additional exits, a ratio of totals, and the caption calls it that, not a mean. */}
        <caption className="empty-note">
          {t('ranking.caption', { ranking })}
          {anyTie && t('ranking.tieNote')}
          {others.some(({ cost }) => cost.otherData) && t('ranking.otherDataNote')}
          {others.some(({ cost }) => cost.otherWorld) && t('ranking.otherWorldNote')}
          {anyFewer && ` ${basisText(all.map(({ run }) => basisOf(run.result)))}${t('ranking.fewerNote', { reps: replicationsText(most) })}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ranking.rankColumn')}</th>
            <th scope="col">{t('ranking.costColumn')}</th>
            <th scope="col">{t('ranking.netColumn')}</th>
            <th scope="col">{t('ranking.exitsColumn')}</th>
            <th scope="col">{t('ranking.spentColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows, ...others].map(({ run, cost }, k) => {
            const { additionalSustainedExits: exits, spentPKR: spent, costPerSustainedExitNetPKR: net } = run.result.summary;
            const ranked = k < rows.length;
            return (
              <tr key={run.id}>
                <td>
                  {ranked && `${t('ranking.rank', { rank: formatPlain(k + 1) })} `}
                  <span style={{ color: run.color }}>■</span> <bdi>{run.name}</bdi>
                  {/* "10 replications" kept on one line: it had broken between the number and the word. */}
                  {fewer(run) && <> <span className="tie-badge unbroken">{replicationsText(run.result.meta.replications)}</span></>}
                  {ranked && tied(k) && <span className="tie-badge"> {t('ranking.tied')}</span>}
                  {!ranked && <span className="tie-badge"> {t(cost.otherData ? 'ranking.otherData' : 'ranking.otherWorld')}</span>}
                </td>
                <td>{cost.noExits ? noExits : <Unbroken text={valueWithInterval(cost.value, cost.low, cost.high, rupeesInScaleOf([cost.value, cost.low, cost.high]))} />}</td>
                <td>{cost.noExits ? noExits : <Unbroken text={valueWithInterval(net.mean, net.p5, net.p95, rupeesInScaleOf([net.mean, net.p5, net.p95]))} />}</td>
                <td><Unbroken text={valueWithInterval(exits.mean, exits.p5, exits.p95, countsInScaleOf([exits.mean, exits.p5, exits.p95]))} /></td>
                <td>{formatPKR(spent.mean)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Longer than this, a value or an end of an interval may wrap inside ("Rs 1.9 m to no upper end" in Urdu, say). */
const UNBROKEN_CHARS = 32;

/**
 * "Rs 4.15 m (Rs 3.02 m–Rs 6.79 m)" wraps before its bracket, never inside the value (it broke as
 * "Rs 3.02 m–Rs / 6.79 m" in a narrow column); a cell in another form wraps as usual. The interval moves to
 * the next line whole, and breaks after its dash only where even a line of its own is too narrow for it (the
 * printed report in Urdu: kept whole, it ran into the next column).
 */
function Unbroken({ text }: { text: string }) {
  const at = text.indexOf(' (');
  if (at < 0) return <>{text}</>;
  const value = text.slice(0, at);
  const interval = text.slice(at + 1);
  return (
    <>
      {value.length <= UNBROKEN_CHARS ? <span className="unbroken">{value}</span> : value} <Interval text={interval} />
    </>
  );
}

/** The words between an interval's ends in the current language (" to ", " تا "), from its own message. */
const rangeJoiner = (): string => {
  const text = i18n.t('charts:interval.range', { low: '\u0001', high: '\u0002' });
  return text.slice(text.indexOf('\u0001') + 1, text.indexOf('\u0002'));
};

/**
 * "(Rs 3.02 m–Rs 6.79 m)" as one box (display: inline-block) that breaks, if it must, only after the dash; one
 * written with words ("(Rs 6.15 m to no upper end)", "(−5.71k to 47.1k)") only before them. Kept whole, such an
 * interval ran across the next column of the printed table.
 */
function Interval({ text }: { text: string }) {
  const dash = text.indexOf('–');
  const words = dash < 0 ? text.indexOf(rangeJoiner()) : -1;
  const at = dash >= 0 ? dash + 1 : words;
  if (at <= 0) return <Part text={text} />;
  return (
    <span className="interval">
      <Part text={text.slice(0, at)} />
      <wbr />
      <Part text={text.slice(at)} />
    </span>
  );
}

/**
 * An end of an interval on one line, unless it is long enough to need more. The whole interval was tested
 * against the limit before: Urdu's "(3.04 ملین روپے–7.07 ملین روپے)" was over it, and broke between the high
 * end's digits and its unit word on a slide with room for the interval on a line of its own.
 */
function Part({ text }: { text: string }) {
  return text.length <= UNBROKEN_CHARS ? <span className="unbroken">{text}</span> : <>{text}</>;
}
