/**
 * The numbers behind a chart as an accessible table: a caption, column
 * headers, and the first column as row headers. Cells arrive formatted, with
 * the same formatters the chart uses, so chart and table never disagree.
 */
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Column<R> {
  header: string;
  cell: (row: R) => string;
  /** A second, quieter line under the cell (e.g. its 90% interval, in brackets so it reads on after the value). */
  detail?: (row: R) => string;
  /** Numbers align right so digits line up. */
  numeric?: boolean;
  /** A numeric cell that may wrap: a value with words after it (the tornado's "0.163 log income (income × 1.18, +17.7%)"). */
  wraps?: boolean;
  /**
   * The unformatted numbers behind the cell, by name (e.g. {p50, p5, p95}), in the result's units
   * (shares as fractions, money in PKR): kept on the cell for the chart's CSV download (export/chartCsv).
   */
  raw?: (row: R) => Readonly<Record<string, number | null | undefined>>;
}

/** The cell's numbers as a data attribute; a missing number is null (JSON would drop undefined and write NaN as null), so every row names the same statistics. */
const rawAttr = <R,>(c: Column<R>, row: R) =>
  c.raw ? { 'data-raw': JSON.stringify(c.raw(row), (_, v: unknown) => (v === undefined ? null : v)) } : {};

const cellClass = <R,>(c: Column<R>) => (c.numeric ? (c.wraps ? 'num wraps' : 'num') : undefined);

export interface DataTableProps<R> {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** Least width of the first column, for row headers that are phrases rather than names (e.g. "16em"). */
  firstColumnWidth?: string;
  /**
   * What the columns' unformatted numbers (`raw`) are, for the CSV download's `# numbers` line, when they are not
   * the replications' mean and percentiles that its default note describes (a Sobol' index's bootstrap interval).
   */
  numbersNote?: string;
}

/**
 * Whether the element's content overflows it, so that it scrolls: measured when laid out and whenever it or its
 * content is resized (never in the printed report, whose boxes do not scroll).
 */
function useScrolls<T extends HTMLElement>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls];
}

/**
 * A table of at most this many rows is shown whole, however tall: the 420 px box had shown two of seven regions
 * under a header of six wrapped columns. Longer ones (a row a month) keep the box and scroll.
 */
const SHORT_ROWS = 12;

export function DataTable<R>({ caption, columns, rows, rowKey, firstColumnWidth, numbersNote }: DataTableProps<R>) {
  const captionId = useId();
  const [box, scrolls] = useScrolls<HTMLDivElement>();
  return (
    // A box that scrolls (a table longer than 420 px or wider than the screen) is a Tab stop named by the caption, so
    // the keyboard can scroll it too: its rows past the box's end had been out of a keyboard's reach. One that does
    // not scroll is no stop, and no group, to pass on the way.
    <div ref={box} className={rows.length <= SHORT_ROWS ? 'chart-table-wrap chart-table-short' : 'chart-table-wrap'} {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-labelledby': captionId } : {})}>
      <table className="chart-table" {...(numbersNote ? { 'data-numbers-note': numbersNote } : {})}>
        {/* Its text kept in the box's visible width: on a phone the caption ran across the whole table's width, its middle out of sight. */}
        <caption id={captionId}>
          <span className="chart-table-caption">{caption}</span>
        </caption>
        <thead>
          <tr>
            {columns.map((c, j) => (
              <th key={c.header} scope="col" className={cellClass(c)} style={j === 0 && firstColumnWidth ? { minWidth: firstColumnWidth } : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c, j) =>
                j === 0 ? (
                  <th key={c.header} scope="row" {...rawAttr(c, row)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className={cellClass(c)} {...rawAttr(c, row)}>
                    {c.cell(row)}
                    {c.detail?.(row) && <span className="chart-table-detail">{c.detail(row)}</span>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
