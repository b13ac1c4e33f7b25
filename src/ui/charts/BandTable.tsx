/**
 * The table twin of a band chart: one row per month, and for each scenario
 * its median with the 90% interval in brackets.
 */
import { i18n } from '../../i18n/index';
import { nameIn } from './lang';
import type { Formatter } from '../format';
import { bandAt, type SeriesRow } from './data/series';
import { DataTable, type Column } from './DataTable';
import { valueWithInterval } from './intervalText';

export interface BandTableProps {
  caption: string;
  rows: readonly SeriesRow[];
  runs: readonly { id: string; name: string }[];
  format: Formatter;
  showCounterfactual?: boolean;
}

export function BandTable({ caption, rows, runs, format, showCounterfactual = false }: BandTableProps) {
  const columns: Column<SeriesRow>[] = [{ header: i18n.t('charts:bandTable.month'), cell: (row) => String(row.month) }];
  runs.forEach((r, i) => {
    columns.push({
      header: i18n.t('charts:bandTable.median', { name: nameIn(r.name) }),
      numeric: true,
      cell: (row) => {
        const p = bandAt(row, i);
        return valueWithInterval(p?.p50, p?.band90?.[0], p?.band90?.[1], format);
      },
      raw: (row) => {
        const p = bandAt(row, i);
        return { p50: p?.p50, p5: p?.band90?.[0], p95: p?.band90?.[1] };
      },
    });
    if (showCounterfactual)
      columns.push({ header: i18n.t('charts:bandTable.statusQuo', { name: nameIn(r.name) }), numeric: true, cell: (row) => format(bandAt(row, i)?.counterfactual), raw: (row) => ({ p50: bandAt(row, i)?.counterfactual }) });
  });
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => String(row.month)} />;
}
