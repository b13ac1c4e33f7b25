/**
 * The frame every chart sits in: title, a subtitle that names the units, a
 * Chart/Table switch, optional controls and a note. The table is the chart's
 * accessible twin and the place to read exact numbers. Its Download menu
 * (export/ChartDownloads) saves the chart as PNG or SVG and its table as CSV.
 */
import { createContext, useContext, useId, useRef, type ReactNode } from 'react';
import { useRemembered } from '../memory';
import { useTranslation } from 'react-i18next';
import { ChartDownloads } from '../export/ChartDownloads';
import { nameIn } from './lang';
import './charts.css';

/**
 * The scenario that heads a side-by-side column (views/SideBySide). A chart title there that ends in its name
 * ("Spending by programme and year: Rs 80 bn a year") shows the name to screen readers and in downloads only
 * while the columns stand side by side under their headings (titles of one length keep a row's charts level),
 * and again where they stack one under another, far from their headings (charts.css, .chart-title-column).
 */
export const ColumnNameContext = createContext<string | null>(null);

/** The title as shown: without its trailing ": name" in a column headed by that name. */
function ShownTitle({ title }: { title: string }) {
  const { t } = useTranslation('charts');
  const column = useContext(ColumnNameContext);
  const suffix = column ? t('shared.titleFor', { title: '', name: nameIn(column) }) : '';
  if (!suffix || !title.endsWith(suffix) || title.length === suffix.length) return <>{title}</>;
  return (
    <>
      {title.slice(0, -suffix.length)}
      <span className="visually-hidden chart-title-column">{suffix}</span>
    </>
  );
}

export interface ChartFrameProps {
  title: string;
  /** What is measured and in which units, e.g. "Share of people below the poverty line, % of people, by month". */
  subtitle: string;
  chart: ReactNode;
  /** Rendered only when the reader switches to the table. */
  table: () => ReactNode;
  legend?: ReactNode;
  controls?: ReactNode;
  note?: ReactNode;
  initialView?: 'chart' | 'table';
}

export function ChartFrame({ title, subtitle, chart, table, legend, controls, note, initialView = 'chart' }: ChartFrameProps) {
  const { t } = useTranslation('charts');
  const [view, setView] = useRemembered('view', initialView);
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  return (
    // A figure, not a region: side by side shows the same chart for each scenario, and landmarks must be unique.
    <figure ref={figure} className="chart-frame" aria-labelledby={titleId}>
      <header className="chart-header">
        <div>
          <h3 id={titleId} className="chart-title">
            <ShownTitle title={title} />
          </h3>
          <p className="chart-subtitle">{subtitle}</p>
        </div>
        <div className="chart-view-switch" role="group" aria-label={t('frame.viewAs', { title })}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('frame.chart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('frame.table')}
          </button>
        </div>
        <ChartDownloads title={title} subtitle={subtitle} figure={figure} chartShown={view === 'chart'} table={table} />
      </header>
      {controls && <div className="chart-controls">{controls}</div>}
      {view === 'chart' ? (
        <div className="chart-body">
          {chart}
          {legend}
        </div>
      ) : (
        table()
      )}
      {note && <p className="chart-note">{note}</p>}
    </figure>
  );
}
