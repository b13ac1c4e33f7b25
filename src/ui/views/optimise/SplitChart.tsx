/**
 * The proposed split against the reader's: one row per programme (or per
 * region, when the regional split was decided), a bar for each split's
 * share of the budget. Where the reader's scenario divides the regions by a
 * rule, it has no regional shares of its own and only the proposal's are
 * drawn. The table adds the change in percentage points and the proposal's
 * money in the first year. A share too small to draw (a programme the
 * optimiser cuts to 0%) is a thin mark at the axis in its bar's colour with
 * its share beside it (SplitUnseen), not a gap that reads as missing data.
 * A static analysis chart, so recharts.
 */
import { useContext, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { PROGRAMMES, REGIONS, type OptimiseResult, type Scenario } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { AnalysisFrame } from '../analysis/AnalysisFrame';
import { DataTable } from '../../charts/DataTable';
import { Legend } from '../../charts/Legend';
import { TICK, tickPercent } from '../../charts/axis';
import { niceScale } from '../../charts/data/scale';
import { BASELINE_GREY, INK, OKABE_ITO } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { keyLabel } from '../../editor/labels';
import { formatPKR, formatPoints, formatShare } from '../../format';
import { labelLines, rowHeight } from '../analysis/RowLabel';
import { OnOnePage, rowAxis, rowsChart, valueAxis } from '../analysis/chartProps';

export const SPLIT_COLORS = { current: BASELINE_GREY, optimised: OKABE_ITO.blue } as const;

interface Row {
  key: string;
  label: string;
  current: number | null;
  optimised: number;
}

interface Props {
  block: 'programmes' | 'regions';
  result: OptimiseResult;
  /** The first year's budget (Rs bn), for the money each share is. */
  yearOneBn: number;
}

/**
 * The least width a bar is drawn at (px, recharts' minPointSize): a share of 0, or one too small for the axis, still
 * shows as a mark at the axis in its bar's colour, and SplitUnseen writes its share beside it.
 */
export const UNSEEN_BAR = 3;

/** What recharts gives a bar's label: its bar's box and value. */
interface BarBox {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/**
 * A bar drawn at no more than UNSEEN_BAR, its share written beside it ("0%"): a programme cut to 0% had drawn nothing
 * at all and read as missing data; only the table said 0%. The svg keeps its geometry in Urdu (charts/lang), so the
 * label sits right of 0 there too. recharts gives a bar's label no box for a bar of no width, hence the least width.
 */
function SplitUnseen({ x, y, width, height, value }: BarBox) {
  const [left, top, w, h] = [Number(x), Number(y), Math.abs(Number(width)), Number(height)];
  if (typeof value !== 'number' || ![left, top, w, h].every(Number.isFinite) || w > UNSEEN_BAR) return <g />;
  return (
    <text className="split-unseen" x={left + w + 4} y={top + h / 2} dy={4} {...TICK}>
      {svgText(formatShare(value))}
    </text>
  );
}

/**
 * A change of share to a tenth of a point, as the shares beside it read and as the proposal opens (roundedProposal):
 * "50% → 46.5%" beside "−3.46 pts" had the reader working out 3.5.
 */
const tenths = (x: number) => Math.round(x * 1000) / 1000;

/** The label column's width: it narrows on a phone so the bars keep most of the width. */
const labelColumn = (width: number) => Math.min(200, Math.round(width * 0.4));

export function SplitChart({ block, result, yearOneBn }: Props) {
  const rows = useMemo<Row[]>(() => {
    const keys: readonly string[] = block === 'programmes' ? PROGRAMMES : REGIONS;
    const of = (split: OptimiseResult['split']) => (block === 'programmes' ? (split.programmes as Record<string, number>) : (split.regions as Record<string, number> | null));
    const current = of(result.currentSplit);
    const optimised = of(result.split)!;
    return keys.map((key) => ({ key, label: keyLabel(key), current: current ? current[key]! : null, optimised: optimised[key]! }));
  }, [block, result]);
  const labels = useMemo(() => new Map(rows.map((r) => [r.key, { label: r.label }])), [rows]);
  const hasCurrent = rows.some((r) => r.current !== null);
  const onePage = useContext(OnOnePage);
  /**
   * A row's height beside a label column `labelWidth` wide: room for three lines of name on screen; on paper (the printed report's
   * section) for as many as its longest name takes, so that the split and the frontier share the page.
   */
  const pitch = (labelWidth: number) => {
    const lines = onePage ? Math.max(1, ...rows.map((r) => labelLines(r.label, 3, labelWidth).length)) : 3;
    return Math.max(hasCurrent ? 40 : 28, rowHeight(lines));
  };
  const title = i18n.t(`optimise:split.${block}Title`);
  const subtitle = hasCurrent
    ? i18n.t('optimise:split.subtitle')
    : i18n.t('optimise:split.subtitleRule', { rule: i18n.t(`optimise:regionRule.${result.currentSplit.regionRule as Scenario['policy']['budget']['regionRule']}`) });
  const { domain, ticks } = niceScale(rows.flatMap((r) => [r.current, r.optimised]), { zero: true, count: 5 });
  const legend = [
    ...(hasCurrent ? [{ key: 'current', label: i18n.t('optimise:split.current'), color: SPLIT_COLORS.current, mark: 'box' as const }] : []),
    { key: 'optimised', label: i18n.t('optimise:split.optimised'), color: SPLIT_COLORS.optimised, mark: 'box' as const },
  ];
  return (
    <AnalysisFrame
      name={`split-${block}`}
      title={title}
      subtitle={subtitle}
      plot={(width) => (
        <BarChart
          width={width}
          height={50 + rows.length * pitch(labelColumn(width))}
          data={rows}
          barSize={hasCurrent ? 12 : 16}
          barGap={2}
          {...rowsChart(title)}
        >
          <CartesianGrid horizontal={false} stroke={INK.grid} />
          <XAxis {...valueAxis(i18n.t('optimise:split.axis'))} domain={domain} ticks={ticks} tickFormatter={tickPercent} />
          {/* The label column narrows on a phone so the bars keep most of the width. */}
          <YAxis {...rowAxis('key', labels, labelColumn(width), 3)} />
          {hasCurrent && (
            <Bar dataKey="current" name={i18n.t('optimise:split.current')} fill={SPLIT_COLORS.current} minPointSize={UNSEEN_BAR} isAnimationActive={false}>
              <LabelList dataKey="current" content={SplitUnseen} />
            </Bar>
          )}
          <Bar dataKey="optimised" name={i18n.t('optimise:split.optimised')} fill={SPLIT_COLORS.optimised} minPointSize={UNSEEN_BAR} isAnimationActive={false}>
            <LabelList dataKey="optimised" content={SplitUnseen} />
          </Bar>
        </BarChart>
      )}
      legend={<Legend items={legend} />}
      table={() => (
        <DataTable
          caption={i18n.t('optimise:split.caption', { title })}
          rows={rows}
          rowKey={(r) => r.key}
          firstColumnWidth="12em"
          numbersNote={i18n.t('optimise:split.numbersNote')}
          columns={[
            { header: i18n.t(block === 'programmes' ? 'optimise:constraints.programme' : 'optimise:constraints.region'), cell: (r) => r.label },
            { header: i18n.t('optimise:split.current'), cell: (r) => formatShare(r.current), numeric: true, raw: (r) => ({ value: r.current }) },
            { header: i18n.t('optimise:split.optimised'), cell: (r) => formatShare(r.optimised), numeric: true, raw: (r) => ({ value: r.optimised }) },
            ...(hasCurrent
              ? [{ header: i18n.t('optimise:split.change'), cell: (r: Row) => formatPoints(r.current === null ? null : tenths(r.optimised - r.current)), numeric: true, raw: (r: Row) => ({ value: r.current === null ? null : r.optimised - r.current }) }]
              : []),
            { header: i18n.t('optimise:split.yearOne'), cell: (r) => formatPKR(r.optimised * yearOneBn * 1e9), numeric: true, raw: (r) => ({ value: r.optimised * yearOneBn * 1e9 }) },
          ]}
        />
      )}
    />
  );
}
