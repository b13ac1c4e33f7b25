/**
 * The frontier: additional sustained exits against a constant annual budget
 * (Rs 0–150 bn) for the proposal's shares and the reader's, each a line
 * (the mean across replications) with its 90% band across replications,
 * and the scenario's own budget marked. The proposal's shares are held at
 * every budget: they were chosen for the scenario's budget path, not for
 * each budget. A static analysis chart, so recharts.
 */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { OptimiseResult } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { AnalysisFrame } from '../analysis/AnalysisFrame';
import { DataTable } from '../../charts/DataTable';
import { Legend } from '../../charts/Legend';
import { AXIS_LABEL_STYLE, HEIGHT, TICK, tickPlain } from '../../charts/axis';
import { niceScale } from '../../charts/data/scale';
import { valueWithInterval } from '../../charts/intervalText';
import { INK } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { countsLike, formatPKR } from '../../format';
import { SPLIT_COLORS } from './SplitChart';

const SERIES = ['optimised', 'current'] as const;

/** The proposal's mean less the reader's split's, at one budget (null where either is undefined). */
const difference = (p: OptimiseResult['frontier'][number]) => (p.optimised.mean === null || p.current.mean === null ? null : p.optimised.mean - p.current.mean);

/** Exits on the axis in thousands when they reach ten thousand, so ticks read "50", not "50,000". */
function exitsAxis(max: number): { divisor: number; unit: string } {
  return max >= 1e4 ? { divisor: 1e3, unit: i18n.t('optimise:frontier.axisThousands') } : { divisor: 1, unit: i18n.t('optimise:frontier.axis') };
}

export function FrontierChart({ result, budgetBn }: { result: OptimiseResult; budgetBn: readonly number[] }) {
  const points = result.frontier;
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
  const values = points.flatMap((p) => [p.optimised.p5, p.optimised.p95, p.current.p5, p.current.p95, p.optimised.mean, p.current.mean]);
  const y = niceScale(values, { zero: true, count: 5 });
  const { divisor, unit } = exitsAxis(Math.max(...y.domain.map(Math.abs)));
  const budgets = points.map((p) => p.budgetBn);
  const x = niceScale(budgets, { zero: true, count: 6 });
  const xTicks = budgets.length <= 8 ? budgets : x.ticks;
  // The scenario's budget: one line for a constant budget, its lowest and highest years for a path.
  const own = [...new Set([Math.min(...budgetBn), Math.max(...budgetBn)])].filter((b) => b >= x.domain[0] && b <= x.domain[1]);
  const title = i18n.t('optimise:frontier.title');
  const subtitle = i18n.t('optimise:frontier.subtitle');
  const names = { optimised: i18n.t('optimise:split.optimised'), current: i18n.t('optimise:split.current') };
  // The table's counts are read against each other: one scale word and one number of decimals for the exits and
  // their intervals, another for the differences ("+46k" had sat above "+22.7k").
  const exits = countsLike(values);
  const differences = countsLike(points.map(difference), true);
  return (
    <AnalysisFrame
      name="frontier"
      title={title}
      subtitle={subtitle}
      plot={(width) => (
        <ComposedChart width={width} height={HEIGHT.standard} data={data} margin={{ top: 20, right: 24, bottom: 28, left: 12 }} title={title} accessibilityLayer={false}>
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
          {own.map((b, k) => (
            <ReferenceLine
              key={b}
              x={b}
              stroke={INK.muted}
              strokeDasharray="4 3"
              label={k === 0 ? { value: svgText(i18n.t('optimise:frontier.yourBudget')), position: 'top', style: { ...AXIS_LABEL_STYLE, fill: INK.muted } } : undefined}
            />
          ))}
        </ComposedChart>
      )}
      legend={
        <Legend
          items={[
            { key: 'optimised', label: names.optimised, color: SPLIT_COLORS.optimised, mark: 'line' },
            { key: 'current', label: names.current, color: SPLIT_COLORS.current, mark: 'line' },
            { key: 'band', label: i18n.t('optimise:frontier.band'), color: INK.muted, mark: 'band90' },
            { key: 'own', label: i18n.t('optimise:frontier.yourBudget'), color: INK.muted, mark: 'dashed' },
          ]}
        />
      }
      table={() => (
        <DataTable
          caption={i18n.t('optimise:frontier.caption', { title })}
          rows={points}
          rowKey={(p) => String(p.budgetBn)}
          columns={[
            { header: i18n.t('optimise:frontier.columns.budget'), cell: (p) => formatPKR(p.budgetBn * 1e9) },
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
