/**
 * Who each programme reached, by start decile, for one scenario: a small
 * panel per programme (columns for deciles, poorest on the left) showing
 * incidence (the share of its participating households from each decile)
 * or coverage (the share of each decile's households it reached), with
 * 90% whiskers. Panels share one axis so programmes compare at a glance;
 * the table has deciles down and programmes across.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import { useMemo } from 'react';
import { useRemembered } from '../memory';
import type { ChartRun } from './types';
import { decileCategories, incidencePanels, type DecileCategory, type IncidenceMeasure, type IncidencePanel } from './data/incidence';
import { decilesUnavailable } from './data/decile';
import { effectsUnavailable } from './data/effects';
import { intervalValues, niceScale } from './data/scale';
import { ChartFrame } from './ChartFrame';
import { DataTable, type Column } from './DataTable';
import { Segmented } from './Segmented';
import { tickPercent } from './axis';
import { intervalDetail } from './intervalText';
import { formatShare } from '../format';
import { INK, PROGRAMME_COLORS } from './palette';
import { CHART_TEXT } from './text';
import { VBarPlot } from './plot/VBarPlot';

export interface IncidenceChartProps {
  run: ChartRun;
  measure?: IncidenceMeasure;
}

const measures = () =>
  [
    { value: 'incidence', label: i18n.t('charts:incidence.incidence'), axis: i18n.t('charts:incidence.incidenceAxis'), what: i18n.t('charts:incidence.incidenceWhat') },
    { value: 'coverage', label: i18n.t('charts:incidence.coverage'), axis: i18n.t('charts:incidence.coverageAxis'), what: i18n.t('charts:incidence.coverageWhat') },
  ] as const;

const PANEL_HEIGHT = 190;
/** Short labels under the columns: "1" … "10"; the subtitle says 1 is the poorest. */
const decileNumber = (c: DecileCategory) => String(c.decile + 1);
const colorOf = (p: IncidencePanel) => (p.group === 'any' ? INK.reference : PROGRAMME_COLORS[p.group]);

export function IncidenceChart({ run, measure = 'incidence' }: IncidenceChartProps) {
  const [m, setM] = useRemembered<IncidenceMeasure>('measure', measure);
  const panels = useMemo(() => incidencePanels(run.result, m), [run.result, m]);
  const categories = useMemo(() => decileCategories(run.result.distribution.byStartDecile), [run.result]);
  const scale = useMemo(() => niceScale(intervalValues(panels.flatMap((p) => p.bars)), { zero: true, count: 4, flat: 0.1 }), [panels]);
  const options = measures();
  const info = options.find((x) => x.value === m)!;
  const text = CHART_TEXT.incidence;
  const title = i18n.t('charts:shared.titleFor', { title: text.title, name: nameIn(run.name) });
  const unavailable = decilesUnavailable(run.result) ?? effectsUnavailable(run.result);
  const columns: Column<DecileCategory>[] = [
    { header: i18n.t('charts:shared.startDecile'), cell: (c) => c.label },
    ...panels.map((p) => ({
      header: p.name,
      numeric: true,
      cell: (c: DecileCategory) => formatShare(p.bars[c.decile]?.value),
      detail: (c: DecileCategory) => intervalDetail(p.bars[c.decile], formatShare),
    })),
  ];
  return (
    <ChartFrame
      title={title}
      subtitle={i18n.t('charts:incidence.subtitle', { label: info.label, what: info.what, axis: info.axis, subtitle: text.subtitle })}
      note={text.note}
      controls={<Segmented label={i18n.t('charts:shared.measure')} options={options} value={m} onChange={setM} />}
      chart={
        unavailable ? (
          <p className="empty-note">{unavailable}</p>
        ) : (
          <div className="chart-panels chart-panels-grid">
            {panels.map((p) => (
              <figure key={p.group} className="chart-panel">
                <figcaption>{p.name}</figcaption>
                <VBarPlot
                  categories={categories}
                  categoryKey={decileNumber}
                  categoryLabel={decileNumber}
                  series={[{ name: p.name, color: colorOf(p) }]}
                  value={(c) => p.bars[c.decile]}
                  scale={scale}
                  tick={tickPercent}
                  axisTitle={info.axis}
                  label={i18n.t('charts:incidence.panelLabel', { name: p.name, measure: info.label.toLowerCase() })}
                  height={PANEL_HEIGHT}
                  bottom={26}
                  cap={4}
                />
              </figure>
            ))}
          </div>
        )
      }
      table={() =>
        unavailable ? (
          <p className="empty-note">{unavailable}</p>
        ) : (
          <DataTable
            caption={i18n.t('charts:incidence.caption', { title, label: info.label, what: info.what, axis: info.axis })}
            columns={columns}
            rows={categories}
            rowKey={(c) => String(c.decile)}
          />
        )
      }
    />
  );
}
