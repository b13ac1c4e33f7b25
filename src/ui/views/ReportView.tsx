/**
 * The printable report: what an official hands round. The headline sentence
 * and cards for the scenario in focus, the key charts (from the registry,
 * one under another at a printable width), the ranking by cost per exit,
 * what each option changes (under the ranking where it fits on page 1, else
 * after the charts: report/settingsFirst), the
 * Sensitivity and Optimise views' results for what is on screen, if
 * they have one (report/), every assumption with its source, and the engine
 * version and seed. Print (the browser's own, to paper or PDF) hides the top
 * bar and the levers and runs the sections on, page after page, each chart and
 * the ranking whole (report.css). On screen it is laid out as it prints,
 * in any window as wide as the page; in a narrower one (a phone's) it is
 * laid out for paper while it prints (report/paper).
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/context';
import { CHARTS } from '../charts/registry';
import type { ChartKind } from '../charts/text';
import { AssumptionsView } from './AssumptionsView';
import { ChartCell } from './ChartCell';
import { ChartScaleOverride, PlotHeightScale } from '../charts/plot/chartScale';
import { PaperLayout } from '../charts/plot/useWidth';
import { CategoryLayout } from '../charts/plot/axes';
import { ZoomedFirst } from '../charts/plot/zoomedFirst';
import { headlineSentence } from './headline';
import { Ranking } from './Ranking';
import { useChartInputs } from './useChartInputs';
import { formatPlain } from '../format';
import { interleave, nameList } from '../sentence';
import { i18n } from '../../i18n/index';
import { householdsOfRun, householdsReportLine, spanText } from '../households/householdsText';
import { programmeProgress } from '../charts/data/programmeCost';
import { useUnfinished } from './unfinished';
import type { ChartInputs } from '../charts/registry';
import { lazyView } from './LazyView';
import { useShownOptimisation, useShownSensitivity } from './analysis/onScreen';
import { useLeadPairScale } from './leadPairFit';
import { displayNameOf } from '../../state/displayName';
import { SettingsSection } from './report/SettingsSection';
import { useSettingsFirst } from './report/settingsFirst';
import { usePaperLayout } from './report/paper';
import './report.css';

// Their charts are recharts', which the dashboard's code does not carry: loaded only when there is a result to show,
// as the Sensitivity and Optimise views themselves are (App), with a failure to load said in place (LazyView).
const SensitivitySection = lazyView(() => import('./report/SensitivitySection').then((m) => m.SensitivitySection));
const OptimiseSection = lazyView(() => import('./report/OptimiseSection').then((m) => m.OptimiseSection));

/** The charts a report carries, in its order: poverty, the difference, what it costs, who gains. */
export const REPORT_CHARTS: readonly ChartKind[] = [
  'povertyFan', 'difference', 'costPerExit', 'programmeCost', 'exits', 'decileChange', 'winners', 'gini', 'budget', 'microfinance',
];

/**
 * The report's plots at this share of their height on screen: chart cards then take under half an A4 page, so two
 * share a page (at full height most took 50–70% of one, and each began a page of its own; at 0.72 the flows of
 * households and the change by decile still took a page each). The poverty chart's own share is worked out so
 * that it and the difference chart share the page the results start (leadPairFit).
 */
export const REPORT_PLOT_HEIGHT = 0.62;

/**
 * Said at the top of a report printed before its runs were complete (the comparison's replications, or the
 * programme-by-programme runs that go on after it), so a printout taken early is not read as final.
 */
function UnfinishedNote({ inputs }: { inputs: ChartInputs }) {
  const { t } = useTranslation('exports');
  const { done, total } = useUnfinished(inputs.runs.map((r) => r.id));
  const alone = inputs.programmes ? programmeProgress(inputs.programmes) : { done: 0, total: 0 };
  const parts = [
    ...(done < total ? [t('report.unfinishedRuns', { done: formatPlain(done), total: formatPlain(total) })] : []),
    ...(alone.done < alone.total ? [t('report.unfinishedProgrammes', { done: formatPlain(alone.done), total: formatPlain(alone.total) })] : []),
  ];
  if (parts.length === 0) return null;
  return (
    <p className="report-unfinished" role="note">
      {t('report.unfinished', { parts: parts.join(t('report.unfinishedSeparator')) })}
    </p>
  );
}

/** Today as the report is dated: "5 January 2025", in Urdu "5 جنوری 2025". */
function today(): string {
  return new Date().toLocaleDateString(i18n.language === 'ur' ? 'ur-PK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * A bar chart's rows on paper each as tall as their own lines (axes' CategoryLayout): with five options, one of them
 * named in 60 characters over four lines, every row of the cost, difference and Gini charts had four lines' room,
 * and each of those charts took most of a page of its own.
 */
const PRINTED_ROWS = { nameLines: Infinity, compact: true } as const;

/**
 * The report at paper's chart scale on any screen. Printing lays the page out for A4 (its media queries then see a
 * page 794 px wide) and counts its pages before a script hears of it: a chart drawn at a large screen's scale
 * (chartScale: 1.25 from 1600 px) was counted at that size, then heard that the width query no longer matched and
 * redrew at 1 before the pages were painted. The report printed as from a smaller window, with three blank pages
 * after it (15 pages from a 1920 px window, 12 from a 1440 px one). At 1 on screen too, the report measured here
 * (leadPairFit, printedFit) is the report that prints, from any window (report.css keeps its type at paper's size).
 * A window narrower than the page (a phone's) lays it out narrower on screen: while it prints, it takes the page's
 * width and its charts redraw at it (report/paper).
 */
export function ReportView() {
  const paper = usePaperLayout();
  return (
    <ChartScaleOverride.Provider value={1}>
      <CategoryLayout.Provider value={PRINTED_ROWS}>
        <PaperLayout.Provider value={paper}>
          <Report paper={paper} />
        </PaperLayout.Provider>
      </CategoryLayout.Provider>
    </ChartScaleOverride.Provider>
  );
}

/** `paper`: laid out for paper (it is printing): at the page's width on any screen (report.css). */
function Report({ paper }: { paper: boolean }) {
  const { t } = useTranslation('exports');
  const { inputs, waiting } = useChartInputs();
  const setView = useApp((s) => s.setView);
  const headline = useMemo(() => inputs && CHARTS.headline.render(inputs), [inputs?.focus]);
  const ranking = useMemo(() => inputs && <Ranking runs={inputs.runs} />, [inputs?.runs]);
  const sensitivity = useShownSensitivity() !== null;
  const optimisation = useShownOptimisation() !== null;
  const charts = useRef<HTMLElement>(null);
  const lead = useLeadPairScale(charts, REPORT_PLOT_HEIGHT, inputs !== null);
  const article = useRef<HTMLElement>(null);
  const settingsFirst = useSettingsFirst(article, inputs !== null);
  const datasetRows = useApp((s) => s.datasetRows);
  const baselineId = useApp((s) => s.baselineId);
  const baseline = useApp((s) => s.scenarios[s.baselineId]);
  const baselineName = useApp((s) => displayNameOf(s, s.baselineId));
  if (!inputs) return <p className="empty-note">{t('report.running')}</p>;
  const meta = inputs.focus.result.meta;
  const runLine = t('report.runLine', {
    version: meta.engineVersion,
    seed: meta.seed,
    // A replication's households (householdsOfRun): imported data with a replication column gives each its own rows.
    households: spanText(householdsOfRun(inputs.focus.result, datasetRows)),
    months: meta.months,
    replications: meta.replications,
  });
  const command = <code>npm run sim</code>;
  const households = inputs.focus.result.scenario.households;
  // What is in each option. After the results that compare them, before the analyses and the assumptions; or on page
  // 1 under the ranking, where it fits there whole and would otherwise leave it white (report/settingsFirst).
  // Both sides as run: the baseline's result's scenario where it has one (the store's may be an edit still running).
  const settings = baseline && (
    <SettingsSection
      runs={inputs.runs.filter((r) => r.id !== baselineId).map((r) => ({ id: r.id, name: r.name, scenario: r.result.scenario }))}
      baseline={inputs.runs.find((r) => r.id === baselineId)?.result.scenario ?? baseline}
      baselineName={baselineName}
    />
  );
  return (
    <article ref={article} className={paper ? 'report report-paper' : 'report'} aria-labelledby="report-title">
      <div className="report-actions">
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button type="button" onClick={() => setView('results')}>
          {t('report.back')}
        </button>
        <span className="empty-note">{t('report.printHint')}</span>
      </div>
      <header className="report-head">
        <h2 id="report-title">{interleave((m) => t('report.title', { name: m.name! }), { name: <bdi>{inputs.focus.name}</bdi> })}</h2>
        <p className="report-meta">
          {interleave((m) => t('report.compared', { names: m.names!, runLine, date: today() }), {
            names: nameList(inputs.runs.map((r) => r.name), t('report.comparedSeparator')),
          })}
        </p>
        {households && <p className="report-meta households-report">{householdsReportLine(households)}</p>}
        <UnfinishedNote inputs={inputs} />
        {waiting.length > 0 && (
          <p className="empty-note">{interleave((m) => t('report.stillStarting', { names: m.names! }), { names: nameList(waiting, t('report.listSeparator')) })}</p>
        )}
      </header>
      <section className="report-section report-summary" aria-label={t('report.summary')}>
        <p className="headline-sentence">{headlineSentence(inputs.focus.name, inputs.focus.result)}</p>
        {headline}
      </section>
      {/* What a planner compares first, on the first page under the headline: the scenarios ranked by cost per exit. */}
      {ranking && <section className="report-section report-ranking">{ranking}</section>}
      {settingsFirst && settings}
      <section ref={charts} className="report-section report-results" aria-labelledby="report-charts">
        <h2 id="report-charts">{t('report.results')}</h2>
        <div className={lead.paired ? 'report-charts report-charts-paired' : 'report-charts'}>
          {/* The poverty lines zoomed to their range unless the reader chose otherwise: on a 0–25% axis they print as one. */}
          <ZoomedFirst.Provider value>
            {REPORT_CHARTS.map((kind) => (
              <PlotHeightScale.Provider key={kind} value={kind === 'povertyFan' ? lead.scale : REPORT_PLOT_HEIGHT}>
                <ChartCell kind={kind} inputs={inputs} />
              </PlotHeightScale.Provider>
            ))}
          </ZoomedFirst.Provider>
        </div>
      </section>
      {!settingsFirst && settings}
      {/* Results too, so before the assumptions, which the report ends with for reference. */}
      {sensitivity && <SensitivitySection />}
      {optimisation && <OptimiseSection />}
      <section className="report-section report-assumptions">
        <AssumptionsView />
      </section>
      <footer className="report-foot">
        <p>{interleave((m) => t('report.footer', { command: m.command!, runLine }), { command })}</p>
      </footer>
    </article>
  );
}
