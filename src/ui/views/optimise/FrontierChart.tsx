/**
 * The frontier: additional sustained exits against a constant annual budget
 * (Rs 0–150 bn) for the proposal's shares and the reader's, each a line
 * (the mean across replications) with its 90% band across replications,
 * and the scenario's own budget marked: a dashed line where it sits (a path's
 * average over the run), a dot for each split's exits there (the result's
 * own, ownBudget), a row of the table and a note saying what the dots are.
 * Nothing is read off the lines between the frontier's budgets. The proposal's shares are held at every budget: they were chosen
 * for the scenario's budget path, not for each budget. A static analysis
 * chart, so recharts.
 */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Dist, OptimiseResult } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { AnalysisFrame } from '../analysis/AnalysisFrame';
import { DataTable } from '../../charts/DataTable';
import { Legend, type LegendItem } from '../../charts/Legend';
import { AXIS_LABEL_STYLE, HEIGHT, TICK, lakhCroreWord, tickPlain } from '../../charts/axis';
import { numberSettings } from '../../../i18n/numbers';
import { niceScale } from '../../charts/data/scale';
import { valueWithInterval } from '../../charts/intervalText';
import { INK } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { countsLike, formatPKR } from '../../format';
import { budgetText } from '../../present/slideHeadline';
import { ownBudget, type OwnBudget } from './ownBudget';
import { SPLIT_COLORS } from './SplitChart';
import { usePlotHeight } from '../../charts/plot/chartScale';

const SERIES = ['optimised', 'current'] as const;

/** A row of the table: a frontier point, or the scenario's own budget (`own`), which may be one of them. */
interface Row {
  budgetBn: number;
  optimised: Dist;
  current: Dist;
  own: boolean;
}

/** The proposal's mean less the reader's split's, at one budget (null where either is undefined). */
const difference = (p: Row) => (p.optimised.mean === null || p.current.mean === null ? null : p.optimised.mean - p.current.mean);

/**
 * Exits on the axis in thousands when they reach ten thousand, so ticks read "50", not "50,000"; on the lakh and
 * crore scale in lakh (or crore) when its ticks are whole lakh ("2, 4, 6", as the table writes "6.04 lakh"), in
 * thousands while they are not ("50, 100, 150", not "0.5, 1, 1.5" lakh: charts/axis lakhCroreWord).
 */
function exitsAxis(ticks: readonly number[]): { divisor: number; unit: string } {
  const max = Math.max(0, ...ticks.map(Math.abs));
  if (numberSettings().scale === 'southAsian' && max >= 1e4) {
    const { word, per } = lakhCroreWord(ticks, ['thousand', 'lakh', 'crore']);
    const key = word === 'crore' ? 'optimise:frontier.axisCrore' : word === 'lakh' ? 'optimise:frontier.axisLakh' : 'optimise:frontier.axisThousands';
    return { divisor: per, unit: i18n.t(key) };
  }
  return max >= 1e4 ? { divisor: 1e3, unit: i18n.t('optimise:frontier.axisThousands') } : { divisor: 1, unit: i18n.t('optimise:frontier.axis') };
}

/** The table's rows: the frontier's points, with the scenario's budget marked where it is one of them, else added in its place. */
export function frontierRows(frontier: OptimiseResult['frontier'], own: OwnBudget | null): Row[] {
  const rows: Row[] = frontier.map((p, k) => ({ ...p, own: own?.onFrontier === k }));
  if (!own || own.onFrontier !== null) return rows;
  const at = rows.findIndex((r) => r.budgetBn > own.meanBn);
  rows.splice(at < 0 ? rows.length : at, 0, { budgetBn: own.meanBn, ...own.measured, own: true });
  return rows;
}

/** What the marks at the scenario's budget are, and where they are not, in a sentence under the chart and its table. */
function ownNote(own: OwnBudget, budgets: readonly number[]): string {
  const list = budgets.map((bn) => formatPKR(bn * 1e9)).join(i18n.t('charts:shared.listSeparator'));
  return i18n.t(own.constant ? 'optimise:frontier.noteMeasured' : 'optimise:frontier.notePath', { budgets: list });
}

/** The legend's words for the scenario's budget: its path, and for a path the average it is drawn at. */
function ownLabel(own: OwnBudget): string {
  const budget = budgetText(own.years);
  return own.constant ? i18n.t('optimise:frontier.yourBudgetIs', { budget }) : i18n.t('optimise:frontier.yourBudgetAverage', { budget, average: formatPKR(own.meanBn * 1e9) });
}

/** `budgetBn`: the optimised scenario's budget path; its run's months come with the result's scenario. */
export function FrontierChart({ result, budgetBn }: { result: OptimiseResult; budgetBn: readonly number[] }) {
  const points = result.frontier;
  // Shorter in the printed report, as its other charts are (PlotHeightScale), so it shares a page with the split.
  const plotHeight = usePlotHeight(HEIGHT.standard);
  const own = useMemo(() => ownBudget(result, budgetBn, result.scenario.run.months), [result, budgetBn]);
  const rows = useMemo(() => frontierRows(points, own), [points, own]);
  const data = useMemo(
    () =>
      points.map((p) => ({
        budgetBn: p.budgetBn,
        optimised: p.optimised.mean,
        current: p.current.mean,
        optimisedBand: [p.optimised.p5, p.optimised.p95],
        currentBand: [p.current.p5, p.current.p95],
      })),
    [points],
  );
  const values = rows.flatMap((p) => [p.optimised.p5, p.optimised.p95, p.current.p5, p.current.p95, p.optimised.mean, p.current.mean]);
  const y = niceScale(values, { zero: true, count: 5 });
  const { divisor, unit } = exitsAxis(y.ticks);
  const budgets = points.map((p) => p.budgetBn);
  const x = niceScale(own ? [...budgets, own.meanBn] : budgets, { zero: true, count: 6 });
  const xTicks = budgets.length <= 8 ? budgets : x.ticks;
  const title = i18n.t('optimise:frontier.title');
  const subtitle = i18n.t('optimise:frontier.subtitle');
  const names = { optimised: i18n.t('optimise:split.optimised'), current: i18n.t('optimise:split.current') };
  const measured = own?.measured ?? null;
  // The table's counts are read against each other: one scale word and one number of decimals for the exits and
  // their intervals, another for the differences ("+46k" had sat above "+22.7k").
  const exits = countsLike(values);
  const differences = countsLike(rows.map(difference), true);
  const legend: LegendItem[] = [
    { key: 'optimised', label: names.optimised, color: SPLIT_COLORS.optimised, mark: 'line' },
    { key: 'current', label: names.current, color: SPLIT_COLORS.current, mark: 'line' },
    { key: 'band', label: i18n.t('optimise:frontier.band'), color: INK.muted, mark: 'band90' },
    ...(own ? [{ key: 'own', label: ownLabel(own), color: INK.muted, mark: 'dashed' as const }] : []),
    ...(measured ? [{ key: 'ownDots', label: i18n.t('optimise:frontier.atYourBudget'), color: INK.reference, mark: 'dot' as const }] : []),
  ];
  const budgetCell = (r: Row) => {
    const budget = formatPKR(r.budgetBn * 1e9);
    if (!r.own) return budget;
    return i18n.t(own?.constant === false ? 'optimise:frontier.ownRowAverage' : 'optimise:frontier.ownRow', { budget });
  };
  return (
    <AnalysisFrame
      name="frontier"
      title={title}
      subtitle={subtitle}
      plot={(width) => (
        <ComposedChart width={width} height={plotHeight} data={data} margin={{ top: 20, right: 24, bottom: 28, left: 12 }} title={title} accessibilityLayer={false}>
          <CartesianGrid stroke={INK.grid} />
          <XAxis
            type="number"
            dataKey="budgetBn"
            domain={x.domain}
            ticks={xTicks}
            tickFormatter={tickPlain}
            tick={TICK}
            stroke={INK.axis}
            label={{ value: svgText(i18n.t('optimise:frontier.budgetAxis')), position: 'insideBottom', offset: -18, style: AXIS_LABEL_STYLE }}
          />
          <YAxis
            type="number"
            domain={y.domain}
            ticks={y.ticks}
            tickFormatter={(v: number) => tickPlain(v / divisor)}
            tick={TICK}
            stroke={INK.axis}
            width={64}
            label={{ value: svgText(unit), angle: -90, position: 'insideLeft', offset: 4, style: { ...AXIS_LABEL_STYLE, textAnchor: 'middle' } }}
          />
          {SERIES.map((s) => (
            <Area key={`${s}-band`} dataKey={`${s}Band`} stroke="none" fill={SPLIT_COLORS[s]} fillOpacity={0.15} isAnimationActive={false} activeDot={false} name={names[s]} />
          ))}
          {SERIES.map((s) => (
            <Line key={s} dataKey={s} stroke={SPLIT_COLORS[s]} strokeWidth={2} dot={{ r: 3 }} activeDot={false} isAnimationActive={false} name={names[s]} />
          ))}
          {own && (
            <ReferenceLine
              x={own.meanBn}
              stroke={INK.muted}
              strokeDasharray="4 3"
              label={{ value: svgText(i18n.t('optimise:frontier.yourBudget')), position: 'top', style: { ...AXIS_LABEL_STYLE, fill: INK.muted } }}
            />
          )}
          {/* Each split at the budget: a larger filled dot ringed in ink, unlike the lines' small open ones. */}
          {measured &&
            SERIES.map((s) =>
              measured[s].mean === null ? null : (
                <ReferenceDot
                  key={`own-${s}`}
                  className={`opt-own-dot opt-own-dot-${s}`}
                  x={own!.meanBn}
                  y={measured[s].mean}
                  r={6}
                  fill={SPLIT_COLORS[s]}
                  stroke={INK.reference}
                  strokeWidth={1.5}
                  ifOverflow="visible"
                />
              ),
            )}
        </ComposedChart>
      )}
      legend={<Legend items={legend} />}
      note={own ? ownNote(own, budgets) : undefined}
      table={() => (
        <DataTable
          caption={i18n.t('optimise:frontier.caption', { title })}
          rows={rows}
          rowKey={(r) => `${r.own ? 'own ' : ''}${r.budgetBn}`}
          firstColumnWidth="8em"
          columns={[
            { header: i18n.t('optimise:frontier.columns.budget'), cell: budgetCell },
            {
              header: names.optimised, cell: (p) => valueWithInterval(p.optimised.mean, p.optimised.p5, p.optimised.p95, exits), numeric: true,
              raw: (p) => ({ mean: p.optimised.mean, p5: p.optimised.p5, p95: p.optimised.p95 }),
            },
            {
              header: names.current, cell: (p) => valueWithInterval(p.current.mean, p.current.p5, p.current.p95, exits), numeric: true,
              raw: (p) => ({ mean: p.current.mean, p5: p.current.p5, p95: p.current.p95 }),
            },
            { header: i18n.t('optimise:frontier.columns.difference'), cell: (p) => differences(difference(p)), numeric: true, raw: (p) => ({ mean: difference(p) }) },
          ]}
        />
      )}
    />
  );
}
