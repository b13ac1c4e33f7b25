/**
 * The printable report: what an official hands round. The headline sentence
 * and cards for the scenario in focus, the key charts (from the registry,
 * one under another at a printable width), the ranking by cost per exit,
 * every assumption with its source, and the engine version and seed. Print
 * (the browser's own, to paper or PDF) hides the top bar and the levers and
 * starts each section on a new page (report.css).
 */
import { useMemo } from 'react';
import { useApp } from '../../state/context';
import { CHARTS } from '../charts/registry';
import type { ChartKind } from '../charts/text';
import { AssumptionsView } from './AssumptionsView';
import { ChartCell } from './ChartCell';
import { headlineSentence } from './headline';
import { Ranking } from './Ranking';
import { useChartInputs } from './useChartInputs';
import './report.css';

/** The charts a report carries, in its order: poverty, the difference, what it costs, who gains. */
export const REPORT_CHARTS: readonly ChartKind[] = [
  'povertyFan', 'difference', 'costPerExit', 'programmeCost', 'exits', 'decileChange', 'winners', 'gini', 'budget', 'microfinance',
];

export function ReportView() {
  const { inputs, waiting } = useChartInputs();
  const setView = useApp((s) => s.setView);
  const headline = useMemo(() => inputs && CHARTS.headline.render(inputs), [inputs?.focus]);
  const ranking = useMemo(() => inputs && <Ranking runs={inputs.runs} />, [inputs?.runs]);
  if (!inputs) return <p className="empty-note">Running the first replications…</p>;
  const meta = inputs.focus.result.meta;
  const runLine = `Engine ${meta.engineVersion}, seed ${meta.seed}, ${meta.households.toLocaleString('en-US')} households × ${meta.months} months, ${meta.replications} replications`;
  return (
    <article className="report" aria-labelledby="report-title">
      <div className="report-actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => setView('results')}>
          Back to results
        </button>
        <span className="empty-note">Print to paper or save as PDF from the browser’s print dialog.</span>
      </div>
      <header className="report-head">
        <h2 id="report-title">Poverty policy simulator: {inputs.focus.name}</h2>
        <p className="report-meta">
          Compared: {inputs.runs.map((r) => r.name).join('; ')}. {runLine}. {new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.
        </p>
        {waiting.length > 0 && <p className="empty-note">Still starting: {waiting.join(', ')}.</p>}
      </header>
      <section className="report-section report-summary" aria-label="Summary">
        <p className="headline-sentence">{headlineSentence(inputs.focus.name, inputs.focus.result)}</p>
        {headline}
      </section>
      <section className="report-section" aria-labelledby="report-charts">
        <h2 id="report-charts">Results</h2>
        <div className="report-charts">
          {REPORT_CHARTS.map((kind) => (
            <ChartCell key={kind} kind={kind} inputs={inputs} />
          ))}
        </div>
      </section>
      {ranking && <section className="report-section report-ranking">{ranking}</section>}
      <section className="report-section report-assumptions">
        <AssumptionsView />
      </section>
      <footer className="report-foot">
        <p>
          Poverty policy simulator. {runLine}. Every number is a mean or median across replications with its 90% interval; the same scenario and seed
          give the same numbers in the browser and with <code>npm run sim</code>.
        </p>
      </footer>
    </article>
  );
}
