/**
 * The numbers behind a chart as CSV: the tables of its Table view, read
 * from their cells, written with d3-dsv so that names holding commas,
 * quotes or line breaks are quoted properly. A few `# name,value` lines
 * first say what the chart is, its units and where it comes from (readers
 * such as pandas skip them with `comment='#'`).
 */
import { csvFormatRows } from 'd3';

/** One table as read from the page: its caption, column headers and cell texts. */
export interface TableData {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface ChartCsvMeta {
  title: string;
  /** What is measured and in which units. */
  units: string;
  source: string;
  basis?: string;
}

/** The cells are the table's own text, so this line says how to read them. */
export const CELLS_NOTE =
  "Cells as the chart's table shows them: formatted, with their units; a cell's 90% interval, where it has one, is in the column after it";

/** Text of a cell without its quieter second line (the interval), with runs of white space made single. */
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function cellParts(cell: Element): { value: string; detail: string | null } {
  const detailEl = cell.querySelector('.chart-table-detail');
  const detail = detailEl ? clean(detailEl.textContent) : null;
  const all = clean(cell.textContent);
  const value = detail && all.endsWith(detail) ? all.slice(0, all.length - detail.length).trim() : all;
  return { value, detail };
}

/**
 * Every table under `root`, header from the last header row; a column whose
 * cells carry an interval as a second line becomes two columns, the value
 * and "… (90% interval)".
 */
export function readTables(root: ParentNode): TableData[] {
  return [...root.querySelectorAll('table')].map((table) => {
    const headRows = table.querySelectorAll('thead tr');
    const headCells = headRows.length ? [...headRows[headRows.length - 1]!.querySelectorAll('th, td')].map((c) => clean(c.textContent)) : [];
    const bodyRows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(cellParts));
    const width = Math.max(headCells.length, ...bodyRows.map((r) => r.length));
    const hasDetail = Array.from({ length: width }, (_, j) => bodyRows.some((r) => r[j]?.detail));
    const header = Array.from({ length: width }, (_, j) => headCells[j] ?? '').flatMap((h, j) =>
      hasDetail[j] ? [h, `${h} (90% interval)`] : [h],
    );
    const rows = bodyRows.map((r) =>
      Array.from({ length: width }, (_, j) => r[j]).flatMap((c, j) => {
        const value = c?.value ?? '';
        return hasDetail[j] ? [value, (c?.detail ?? '').replace(/^\((.*)\)$/, '$1')] : [value];
      }),
    );
    return { caption: clean(table.querySelector('caption')?.textContent), header, rows };
  });
}

/** The CSV text: the `#` lines, then each table (after a blank line and its caption when there are several). */
export function chartCsv(meta: ChartCsvMeta, tables: readonly TableData[]): string {
  const lines: string[][] = [
    ['# chart', meta.title],
    ['# units', meta.units],
    ['# source', meta.source],
    ...(meta.basis ? [['# basis', meta.basis]] : []),
    ['# cells', CELLS_NOTE],
  ];
  tables.forEach((t, k) => {
    if (tables.length > 1) {
      if (k > 0) lines.push([]);
      lines.push(['# table', t.caption]);
    } else if (t.caption) lines.push(['# table', t.caption]);
    lines.push(t.header, ...t.rows);
  });
  return `${csvFormatRows(lines)}\n`;
}
