/**
 * The numbers behind a chart as an accessible table: a caption, column
 * headers, and the first column as row headers. Cells arrive formatted, with
 * the same formatters the chart uses, so chart and table never disagree.
 */
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
}

export function DataTable<R>({ caption, columns, rows, rowKey, firstColumnWidth }: DataTableProps<R>) {
  return (
    // The box scrolls when the table is longer than 420 px or wider than the screen: a Tab stop, so the keyboard can
    // scroll it too (its arrow keys did nothing, and the rows past the box's end were out of a keyboard's reach).
    <div className="chart-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="chart-table">
        {/* Its text kept in the box's visible width: on a phone the caption ran across the whole table's width, its middle out of sight. */}
        <caption>
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
