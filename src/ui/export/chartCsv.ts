/**
 * The numbers behind a chart as CSV: the tables of its Table view, read
 * from their cells, written with d3-dsv so that names holding commas,
 * quotes or line breaks are quoted properly. A few `# name,value` lines
 * first say what the chart is, its units and where it comes from (readers
 * such as pandas skip them with `comment='#'`). The words of those lines and
 * of the interval columns are the current language's (exports:csv); the
 * column headers are the table's own, already in it.
 */
import { csvFormatRows } from 'd3';
import { i18n } from '../../i18n/index';
import { stripBidi } from '../../i18n/bidi';

/** One table as read from the page: its caption, column headers and cell texts. */
export interface TableData {
  caption: string;
  header: string[];
  rows: string[][];
  /** Whether some columns hold unformatted numbers (named "… [p50]" and so on). */
  hasNumbers?: boolean;
  /** What those numbers are, when the table says (DataTable's numbersNote); else the replications' mean and percentiles. */
  numbersNote?: string;
  /** Whether some column's cells carry a 90% interval, written in a column of its own. */
  hasIntervals?: boolean;
}

export interface ChartCsvMeta {
  title: string;
  /** What is measured and in which units. */
  units: string;
  source: string;
  basis?: string;
}

/**
 * Text of a cell with runs of white space made single and without the invisible directional marks and isolates
 * that Urdu text carries (a spreadsheet took "\u200E21.9%" for text, not the number 21.9%).
 */
const clean = (text: string | null | undefined) => stripBidi(text ?? '').replace(/\s+/g, ' ').trim();

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
    const bodyCells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')]);
    const width = Math.max(headCells.length, ...bodyCells.map((r) => r.length));
    const columns = Array.from({ length: width }, (_, j) => readColumn(headCells[j] ?? '', bodyCells.map((r) => r[j])));
    return {
      caption: clean(table.querySelector('caption')?.textContent),
      header: columns.flatMap((c) => c.header),
      rows: bodyCells.map((_, i) => columns.flatMap((c) => c.cells[i]!)),
      hasNumbers: columns.some((c) => c.numbers),
      hasIntervals: columns.some((c) => c.header.length > 1 && !c.numbers),
      ...(table.getAttribute('data-numbers-note') ? { numbersNote: table.getAttribute('data-numbers-note')! } : {}),
    };
  });
}

/**
 * One column of the page's table as one or more CSV columns: its numbers
 * where every cell carries them (data-raw, see charts/DataTable), else its
 * text, with a cell's interval line in a column of its own.
 */
function readColumn(header: string, cells: (Element | undefined)[]): { header: string[]; cells: string[][]; numbers: boolean } {
  const raws = cells.map((c) => c?.getAttribute('data-raw'));
  if (cells.length > 0 && raws.every((r) => r)) {
    const parsed = raws.map((r) => JSON.parse(r!) as Record<string, number | null>);
    const keys = [...new Set(parsed.flatMap((p) => Object.keys(p)))];
    const num = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(v));
    return { header: keys.map((k) => `${header} [${k}]`), cells: parsed.map((p) => keys.map((k) => num(p[k]))), numbers: true };
  }
  const parts = cells.map((c) => (c ? cellParts(c) : { value: '', detail: null }));
  if (!parts.some((p) => p.detail)) return { header: [header], cells: parts.map((p) => [p.value]), numbers: false };
  return {
    header: [header, i18n.t('exports:csv.intervalColumn', { header })],
    cells: parts.map((p) => [p.value, (p.detail ?? '').replace(/^\((.*)\)$/, '$1')]),
    numbers: false,
  };
}

/** The `# numbers` lines: one per different account of the tables' numbers columns. */
function numbersNotes(tables: readonly TableData[]): string[] {
  return [...new Set(tables.filter((t) => t.hasNumbers).map((t) => t.numbersNote ?? i18n.t('exports:csv.numbersNote')))];
}

/** The CSV text: the `#` lines, then each table (after a blank line and its caption when there are several). */
export function chartCsv(meta: ChartCsvMeta, tables: readonly TableData[]): string {
  const label = (name: 'chart' | 'units' | 'source' | 'basis' | 'cells' | 'numbers' | 'table') => `# ${i18n.t(`exports:csv.${name}`)}`;
  const lines: string[][] = [
    [label('chart'), meta.title],
    [label('units'), meta.units],
    [label('source'), meta.source],
    ...(meta.basis ? [[label('basis'), meta.basis]] : []),
    // The cells are the table's own text, so this line says how to read them; the 90% interval only where a column
    // of them is there (a Sobol' file said so of its 95% bootstrap intervals, which are numbers columns).
    [label('cells'), i18n.t(tables.some((t) => t.hasIntervals) ? 'exports:csv.cellsNote' : 'exports:csv.cellsNoteNoInterval')],
    // Where the chart's table carries the numbers themselves, they replace the formatted text; each table says what
    // they are when they are not the replications' mean and percentiles.
    ...numbersNotes(tables).map((note) => [label('numbers'), note]),
  ];
  tables.forEach((t, k) => {
    if (tables.length > 1) {
      if (k > 0) lines.push([]);
      lines.push([label('table'), t.caption]);
    } else if (t.caption) lines.push([label('table'), t.caption]);
    lines.push(t.header, ...t.rows);
  });
  return `${csvFormatRows(lines.map((line) => line.map(inert)))}\n`;
}

/**
 * A cell a spreadsheet would run as a formula (text starting with =, +, −,
 * @, a tab or a return, e.g. a scenario name from someone's link) gets a
 * leading apostrophe; numbers, negative ones included, stay as they are.
 */
export function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)) ? `'${cell}` : cell;
}
