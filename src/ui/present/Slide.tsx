/** One slide: a single message in large type, from the same results and charts as the dashboard. */
import { Fragment, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { GroupId, RunResult } from '../../engine/index';
import { HEADLINE_CENTRE } from '../charts/data/headline';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/context';
import { displayNameOf } from '../../state/displayName';
import { CHART_TEXT, type ChartKind } from '../charts/text';
import { renderChart, type ChartInputs } from '../charts/registry';
import { PovertyFanChart } from '../charts/PovertyFanChart';
import { ZoomedFirst } from '../charts/plot/zoomedFirst';
import { ChartScaleOverride, PHONE_SCALE, PlotHeightScale, useWindowChartScale } from '../charts/plot/chartScale';
import { CategoryLayout } from '../charts/plot/axes';
import { Ranking } from '../views/Ranking';
import { slideHeadline } from './slideHeadline';
import { headlineSentence } from '../views/headline';
import { keyAssumptions } from './keyAssumptions';
import { GROUP_TITLES } from '../editor/display';
import { OptionsSlide } from './OptionsSlide';
import { MIN_PLOT_SHARE, PHONE_LEAST_FIT, PHONE_MIN_PLOT_SHARE, useChartFit } from './useChartFit';
import { MIN_FIT } from './useFitScale';
import { formatPlain } from '../format';
import { interleave, nameList } from '../sentence';
import { presentedIds, type SlideSpec } from './slides';
import type { SlideSize } from './useSlideSize';
import { householdsLine, householdsOfRun, spanText } from '../households/householdsText';
import { useUnfinished } from '../views/unfinished';
import type { HouseholdsRef } from '../../state/householdsSlice';

interface SlideProps {
  spec: SlideSpec;
  inputs: ChartInputs | null;
  size: SlideSize;
}

function StillComputing() {
  const { t } = useTranslation('present');
  return <p className="slide-basis">{t('slide.stillComputing')}</p>;
}

/**
 * Under a chart or the ranking while the compared runs are still going, those not started yet included (a
 * scenario still starting is not in the ranking yet): what is shown will change, its order too. `only`: the
 * scenario a slide shows alone (the decile slide's focus), whose run is all its count is of.
 */
function Refining({ only }: { only?: string }) {
  const { t } = useTranslation('present');
  const compared = useApp(useShallow((s) => [s.baselineId, ...s.compareIds, s.activeId].filter((id, k, all) => all.indexOf(id) === k)));
  const { done, total } = useUnfinished(only === undefined ? compared : [only]);
  if (done >= total) return null;
  return (
    <p className="slide-basis slide-refining" role="note">
      {t('slide.refining', { done: formatPlain(done), total: formatPlain(total) })}
    </p>
  );
}

function Frame({ kicker, headline, children }: { kicker?: ReactNode; headline: string; children?: ReactNode }) {
  return (
    <>
      {kicker && <p className="slide-kicker">{kicker}</p>}
      <h2 className="slide-headline">{headline}</h2>
      {children}
    </>
  );
}

/**
 * The scenarios' counts as one number, or "10–100" when they differ: the title slide had given the scenario in
 * focus's ten replications for a comparison whose other four ran a hundred.
 */
function spanOf(values: readonly number[], fallback: number): string {
  const all = values.length > 0 ? values : [fallback];
  return spanText([Math.min(...all), Math.max(...all)]);
}

function TitleSlide({ inputs }: { inputs: ChartInputs | null }) {
  const names = useApp(useShallow((s) => [s.baselineId, ...presentedIds(s)].map((id) => displayNameOf(s, id))));
  const { t } = useTranslation('present');
  const meta = inputs?.focus.result.meta;
  const datasetRows = useApp((s) => s.datasetRows);
  // A replication's households (householdsOfRun): imported data with a replication column gives each its own rows.
  const households = (inputs?.runs ?? []).flatMap((r) => householdsOfRun(r.result, datasetRows));
  return (
    <Frame kicker={t('titleSlide.kicker')} headline={t('titleSlide.headline')}>
      <p className="slide-lead">
        {interleave((m) => t('titleSlide.lead', { compared: m.compared!, baseline: m.baseline! }), { compared: nameList(names.slice(1), t('slide.listSeparator')), baseline: <bdi>{names[0]}</bdi> })}
      </p>
      {meta && (
        <p className="slide-basis">
          {t('titleSlide.basis', { replications: spanOf((inputs?.runs ?? []).map((r) => r.result.meta.replications), meta.replications), households: spanOf(households, meta.households), months: meta.months })}
        </p>
      )}
      {/* Imported household data the compared scenarios ran on, each named with its hash and rows. */}
      {[...new Map((inputs?.runs ?? []).flatMap((r): [string, HouseholdsRef][] => (r.result.scenario.households ? [[r.result.scenario.households.sha256, r.result.scenario.households]] : []))).values()].map((ref) => (
        <p key={ref.sha256} className="slide-basis">
          {householdsLine(ref)}
        </p>
      ))}
    </Frame>
  );
}

function ScenarioSlide({ id, inputs }: { id: string; inputs: ChartInputs | null }) {
  const { t } = useTranslation('present');
  const name = useApp((s) => displayNameOf(s, id));
  const run = inputs?.runs.find((r) => r.id === id);
  const datasetRows = useApp((s) => s.datasetRows);
  if (!run) return <Frame kicker={<bdi>{name}</bdi>} headline={t('slide.stillComputing')} />;
  const { headline, basis } = slideHeadline(run.result, householdsOfRun(run.result, datasetRows));
  const compared = run.result.counterfactual !== null && (run.result.summary.budgetPKR.p50 ?? 0) > 0;
  // A scenario named after its budget ("Rs 80 bn a year") is named by the headline's first words already.
  return (
    <Frame kicker={headline.startsWith(`${name}:`) ? undefined : <bdi>{name}</bdi>} headline={headline}>
      {/* The dashboard's and the report's headline after its "name:" (the headline above names the scenario), so the printout and the projector share a number. */}
      {compared && <p className="slide-lead">{headlineSentence(run.name, run.result, { named: false })}</p>}
      {compared && bothCounted(run.result) && <p className="slide-basis slide-two-counts">{t('slide.twoCounts')}</p>}
      <p className="slide-basis">{basis}</p>
      {run.result.scenario.households && <p className="slide-basis">{householdsLine(run.result.scenario.households)}</p>}
    </Frame>
  );
}

/**
 * Whether the slide reads "N more households out of poverty for a year or more" above "M fewer households in poverty
 * at the end": the pair whose sizes differ several-fold and draw the question the note under them answers. Under
 * any other pair (more in poverty at the end, no additional exits) its wording would not fit.
 */
function bothCounted(result: RunResult): boolean {
  const exits = result.summary.additionalSustainedExits[HEADLINE_CENTRE];
  const avoided = result.summary.poorHouseholdsAvoided[HEADLINE_CENTRE];
  return exits !== null && Math.round(exits) > 0 && avoided !== null && avoided >= 0;
}

function ChartSlide({ spec, inputs, size }: { spec: Extract<SlideSpec, { kind: 'chart' }>; inputs: ChartInputs | null; size: SlideSize }) {
  const title = CHART_TEXT[spec.chart].title;
  if (!inputs) return <Frame headline={title}><StillComputing /></Frame>;
  return (
    <Frame kicker={spec.chart === 'decileChange' ? <bdi>{inputs.focus.name}</bdi> : undefined} headline={title}>
      <SlideChart key={`${spec.chart} ${size.width}×${size.height}`} kind={spec.chart} inputs={inputs} size={size} />
      <Refining only={spec.chart === 'decileChange' ? inputs.focus.id : undefined} />
    </Frame>
  );
}

/**
 * Ten deciles of bars for every scenario do not fit a slide in type that reads from the back of a room:
 * on a slide, the change by start decile is the scenario in focus's alone (its kicker names it).
 */
function slideInputs(kind: ChartKind, inputs: ChartInputs): ChartInputs {
  return kind === 'decileChange' ? { ...inputs, runs: inputs.runs.filter((r) => r.id === inputs.focus.id) } : inputs;
}

/**
 * The names a slide's chart cut short (marked data-shortened by axes' LeftCategories), as laid out: read after each
 * layout, since whether a name fits depends on the chart's width and fit (not its plots' height, so the list cannot
 * make useChartFit swing: it only comes and goes as the chart's fit is searched for).
 */
function useShortenedNames(box: { current: HTMLElement | null }): readonly string[] {
  const [names, setNames] = useState<readonly string[]>([]);
  useLayoutEffect(() => {
    const now = [...new Set([...(box.current?.querySelectorAll('[data-shortened]') ?? [])].map((g) => g.getAttribute('data-category') ?? ''))];
    if (now.join('\n') !== names.join('\n')) setNames(now);
  });
  return names;
}

/** Under a chart, the names it cut short in full, each after its colour in the chart. */
function FullNames({ names, runs }: { names: readonly string[]; runs: ChartInputs['runs'] }) {
  const { t } = useTranslation('present');
  if (names.length === 0) return null;
  const list = names.map((name, k) => {
    const color = runs.find((r) => r.name === name)?.color;
    return (
      <Fragment key={name}>
        {k > 0 && t('slide.listSeparator')}
        <span className="name-unit">
          {color && <span className="swatch" style={{ background: color }} aria-hidden="true" />}
          <bdi>{name}</bdi>
        </span>
      </Fragment>
    );
  });
  return <p className="slide-basis slide-full-names">{interleave((m) => t('slide.fullNames', { names: m.names! }), { names: list })}</p>;
}

/** The chart itself, at the slide's scale: its plots shortened, or else the whole chart shrunk, if it is taller than the room left under the headline. */
function SlideChart({ kind, inputs, size }: { kind: ChartKind; inputs: ChartInputs; size: SlideSize }) {
  const { t } = useTranslation('present');
  // A bar chart's rows compact, its names in at most two lines, one if the chart would otherwise shrink its type far
  // to fit them (useChartFit; axes' CategoryLayout).
  // No smaller than the window's own charts: a phone's slide (scale 1) had drawn them at 12 px ticks where the
  // dashboard's are 14 (chartScale's PHONE_SCALE). There, read in the hand, a chart shrinks to 13 px ticks at most,
  // its plots shorter still, then scrolls (present.css).
  const windowScale = useWindowChartScale();
  const base = windowScale === PHONE_SCALE ? Math.max(size.scale, PHONE_SCALE) : size.scale;
  const phone = base === PHONE_SCALE;
  const [box, { plots, names, fit }, scroll] = useChartFit<HTMLDivElement>(phone ? PHONE_LEAST_FIT : MIN_FIT, phone ? PHONE_MIN_PLOT_SHARE : MIN_PLOT_SHARE);
  const shortened = useShortenedNames(box);
  const rows = useMemo(() => ({ nameLines: names, compact: true }), [names]);
  const scale = base * fit;
  // The fan chart's plot height in chart units: about half the slide, the rest is headline, legend and note (shorter
  // where they take more, as in Urdu: useChartFit).
  const plotHeight = Math.max(180, Math.round((size.height * 0.55) / base));
  const chart =
    kind === 'povertyFan' ? (
      // Zoomed to its lines unless the reader chose otherwise, as on paper (plot/zoomedFirst): from the back of a room
      // the scenarios' lines on a 0–25% axis were one line.
      <ZoomedFirst.Provider value>
        <PovertyFanChart runs={inputs.runs} bandFor={inputs.focus.id} height={plotHeight} />
      </ZoomedFirst.Provider>
    ) : (
      renderChart(kind, slideInputs(kind, inputs))
    );
  return (
    <>
      {/* Too tall at its least fit (a phone's): a region of its own that scrolls, with the keyboard too, its edge shaded
          and between two lines of text (useChartFit's ChartScroll). Named for what it is and how it scrolls: the chart's
          title, which its figure is named by, had been read out twice. */}
      <div
        ref={box}
        className={`slide-chart slide-chart-${kind}${scroll ? ' slide-chart-scrolls' : ''}`}
        style={{ ['--chart-scale' as string]: scale, ...(scroll ? { marginBottom: scroll.cut } : {}) }}
        {...(scroll ? { tabIndex: 0, role: 'region', 'aria-label': t('slide.chartScrolls') } : {})}
      >
        <ChartScaleOverride.Provider value={scale}>
          <PlotHeightScale.Provider value={plots}>
            <CategoryLayout.Provider value={rows}>{chart}</CategoryLayout.Provider>
          </PlotHeightScale.Provider>
        </ChartScaleOverride.Provider>
      </div>
      <FullNames names={shortened} runs={inputs.runs} />
    </>
  );
}

function RankingSlide({ inputs }: { inputs: ChartInputs | null }) {
  const { t } = useTranslation('present');
  return (
    <Frame headline={t('rankingSlide.headline')}>
      {inputs ? (
        <>
          <div className="slide-table"><Ranking runs={inputs.runs} /></div>
          {/* The columns the slide leaves out (present.css), one sentence for a phone's narrower table. */}
          <p className="slide-basis slide-columns-left">{t('rankingSlide.columnsLeft')}</p>
          <p className="slide-basis slide-columns-left-phone">{t('rankingSlide.columnsLeftPhone')}</p>
          <Refining />
        </>
      ) : (
        <StillComputing />
      )}
    </Frame>
  );
}

/** The key assumptions of `groups` (one of slides' ASSUMPTION_SLIDES), the groups' names above the headline. */
function AssumptionsSlide({ groups }: { groups: readonly GroupId[] }) {
  const { t } = useTranslation('present');
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const shownName = useApp((s) => displayNameOf(s, s.activeId));
  if (!scenario) return null;
  return (
    <Frame kicker={groups.map((g) => GROUP_TITLES[g]).join(t('slide.listSeparator'))} headline={t('assumptionsSlide.headline')}>
      {/* Its parts say what they are (role): on a phone its rows are blocks (present.css), and laid out so a table had
          lost its rows and cells to Safari's VoiceOver, and with them the column each value is in. */}
      <table className="slide-assumption-table" role="table">
        <caption>{interleave((m) => t('assumptionsSlide.caption', { name: m.name! }), { name: <bdi>{shownName}</bdi> })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('assumptionsSlide.assumption')}</th>
            <th scope="col" role="columnheader">{t('assumptionsSlide.value')}</th>
            <th scope="col" role="columnheader">{t('assumptionsSlide.source')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {keyAssumptions(scenario, groups).map((row) => (
            <tr key={row.label} role="row">
              <th scope="row" role="rowheader">{row.label}</th>
              <td role="cell" data-column={t('assumptionsSlide.value')}>{row.value}</td>
              <td role="cell" data-column={t('assumptionsSlide.source')}>
                {row.source}
                {/* "Our assumption (our assumption …)" would say it twice. */}
                {!row.sourceIsOurs && <span className="slide-trust">{t('assumptionsSlide.trust', { trust: row.trust })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

export function Slide({ spec, inputs, size }: SlideProps) {
  switch (spec.kind) {
    case 'title':
      return <TitleSlide inputs={inputs} />;
    case 'options':
      return <OptionsSlide ids={spec.ids} inputs={inputs} />;
    case 'scenario':
      return <ScenarioSlide id={spec.id} inputs={inputs} />;
    case 'chart':
      return <ChartSlide spec={spec} inputs={inputs} size={size} />;
    case 'ranking':
      return <RankingSlide inputs={inputs} />;
    case 'assumptions':
      return <AssumptionsSlide groups={spec.groups} />;
  }
}
