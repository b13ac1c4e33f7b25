/**
 * The objective's improvement over the reader's split (positive is better:
 * more exits, a smaller gap, a lower cost), as a bar with its paired 90%
 * interval as a whisker and a line at 0: the verdict at a glance (the
 * whisker crossing 0 is "within noise"). The table gives the objective for
 * both splits too. A static analysis chart, so recharts.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Objective, OptimiseResult } from '../../../engine/index';
import { lakhCroreWord, tickIn } from '../../charts/axis';
import { numberSettings } from '../../../i18n/numbers';
import { i18n } from '../../../i18n/index';
import { AnalysisFrame } from '../analysis/AnalysisFrame';
import { DataTable } from '../../charts/DataTable';
import { niceScale } from '../../charts/data/scale';
import { intervalText } from '../../charts/intervalText';
import { INK, OKABE_ITO } from '../../charts/palette';
import { svgText } from '../../charts/lang';
import { formatPlain } from '../../format';
import { rowHeight } from '../analysis/RowLabel';
import { rowAxis, rowsChart, TITLE_LINE, valueAxis, valueTitle } from '../analysis/chartProps';
import { IMPROVEMENT_FORMATS, VALUE_FORMATS, improvementUnit, intervalFormat, objectiveName, objectiveUnit } from './text';

interface TableRow {
  key: string;
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  improvement: boolean;
}

const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);

/**
 * The value axis: exits in thousands once they reach ten thousand (so no tick reads "5,000" beside "15k"), and on the
 * lakh and crore scale in lakh (or crore) when its ticks are whole lakh (charts/axis lakhCroreWord); the rest as the
 * table writes them.
 */
function improvementAxis(objective: Objective, ticks: readonly number[]): { tick: (v: number) => string; unit: string } {
  const maxAbs = Math.max(0, ...ticks.map(Math.abs));
  if (objective === 'maxSustainedExits' && numberSettings().scale === 'southAsian' && maxAbs >= 1e4) {
    const { word, per } = lakhCroreWord(ticks, ['thousand', 'lakh', 'crore']);
    const key = word === 'crore' ? 'optimise:improvement.exitsCrore' : word === 'lakh' ? 'optimise:improvement.exitsLakh' : 'optimise:improvement.exitsThousands';
    return { tick: tickIn(per), unit: i18n.t(key) };
  }
  if (objective === 'maxSustainedExits' && maxAbs >= 1e4) return { tick: tickIn(1e3), unit: i18n.t('optimise:improvement.exitsThousands') };
  return { tick: (v) => svgText(IMPROVEMENT_FORMATS[objective](v)), unit: improvementUnit(objective) };
}

export function ImprovementChart({ result }: { result: OptimiseResult }) {
  const { objective, improvement } = result;
  const format = IMPROVEMENT_FORMATS[objective];
  const low = finite(improvement.low);
  const high = finite(improvement.high);
  const label = i18n.t('optimise:improvement.row');
  const data = [{ key: 'improvement', value: improvement.estimate, error: low !== null && high !== null ? [improvement.estimate - low, high - improvement.estimate] : [0, 0] }];
  const labels = useMemo(() => new Map([['improvement', { label }]]), [label]);
  const { domain, ticks } = niceScale([0, improvement.estimate, low, high], { zero: true, count: 5 });
  const axis = improvementAxis(objective, ticks);
  const title = i18n.t('optimise:improvement.title', { objective: objectiveName(objective) });
  const subtitle = i18n.t('optimise:improvement.subtitle', { unit: improvementUnit(objective), replications: formatPlain(result.replications) });
  const rows: TableRow[] = [
    { key: 'current', label: i18n.t('optimise:split.current'), value: result.objectiveValue.current.mean, low: result.objectiveValue.current.p5, high: result.objectiveValue.current.p95, improvement: false },
    { key: 'optimised', label: i18n.t('optimise:split.optimised'), value: result.objectiveValue.optimised.mean, low: result.objectiveValue.optimised.p5, high: result.objectiveValue.optimised.p95, improvement: false },
    { key: 'improvement', label, value: improvement.estimate, low, high, improvement: true },
  ];
  const cellFormat = (r: TableRow) => (r.improvement ? format : VALUE_FORMATS[objective]);
  // Cost per exit is no mean: each split's is total spent ÷ total additional exits over the replications (a ratio of
  // totals, engine optimise/result), and the improvement the difference of the two, so its column and notes say so.
  const cost = objective === 'minCostPerExit';
  return (
    <AnalysisFrame
      name="improvement"
      title={title}
      subtitle={subtitle}
      plot={(width) => {
        const names = Math.min(160, Math.round(width * 0.3));
        const fitted = valueTitle(axis.unit, width, names);
        const extra = (fitted.lines.length - 1) * TITLE_LINE;
        return (
          <BarChart
            width={width}
            height={90 + rowHeight(2) + extra}
            data={data}
            barSize={22}
            {...rowsChart(title, 8, undefined, extra)}
          >
            <CartesianGrid horizontal={false} stroke={INK.grid} />
            <XAxis {...valueAxis(axis.unit, fitted)} domain={domain} ticks={ticks} tickFormatter={axis.tick} />
            <YAxis {...rowAxis('key', labels, names)} />
            <Bar dataKey="value" name={label} fill={OKABE_ITO.bluishGreen} isAnimationActive={false}>
              {low !== null && high !== null && <ErrorBar dataKey="error" direction="x" width={10} stroke={INK.reference} strokeWidth={1.5} isAnimationActive={false} />}
            </Bar>
            <ReferenceLine x={0} stroke={INK.reference} strokeWidth={1.5} />
          </BarChart>
        );
      }}
      note={low === null || high === null ? i18n.t('optimise:verdict.noInterval') : undefined}
      table={() => (
        <DataTable
          caption={i18n.t('optimise:improvement.caption', { title, unit: objectiveUnit(objective) })}
          rows={rows}
          rowKey={(r) => r.key}
          firstColumnWidth="12em"
          numbersNote={i18n.t(cost ? 'optimise:improvement.numbersNoteCost' : 'optimise:improvement.numbersNote')}
          columns={[
            { header: i18n.t('optimise:improvement.columns.what'), cell: (r) => r.label },
            { header: i18n.t(cost ? 'optimise:improvement.columns.valueCost' : 'optimise:improvement.columns.value'), cell: (r) => cellFormat(r)(r.value), numeric: true, raw: (r) => ({ value: r.value }) },
            {
              header: i18n.t('optimise:improvement.columns.interval'),
              cell: (r) =>
                i18n.t(!r.improvement ? 'optimise:improvement.spread' : cost ? 'optimise:improvement.pairedCost' : 'optimise:improvement.paired', { interval: intervalText(finite(r.low), finite(r.high), intervalFormat(objective, [finite(r.low), finite(r.high)], r.improvement)) }),
              numeric: true,
              raw: (r) => ({ low: r.low, high: r.high }),
            },
          ]}
        />
      )}
    />
  );
}
