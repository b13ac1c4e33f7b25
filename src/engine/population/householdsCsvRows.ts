/**
 * The rows of a comma-separated text as d3-dsv's csvParseRows reads them, and
 * besides them what the parser needs to say where a row is and what a quote
 * did: the physical line each row starts on (lines end at a line feed, a
 * carriage return, or both together, as the parser has always counted them),
 * and every quoted value that holds a line break or is never closed, with the
 * lines it runs over. d3-dsv returns the cells alone, so one stray quote could
 * swallow tens of thousands of lines into one cell and leave no trace
 * (docs/households-csv.md, "Errors"). Only a quoted value can hold a line
 * break, so the breaks inside the cells place every row and every such value.
 */
import { csvParseRows } from 'd3-dsv';

/** A quoted value that runs over more than one line, or whose quote is never closed. */
export interface QuoteSpan {
  /** Its row (index in `rows`, the header 0) and cell (index in the row). */
  row: number;
  cell: number;
  /** The line its quote opens on and the last line it takes (the file's last line when it is never closed). */
  from: number;
  to: number;
  /** False when no quote closes it: it runs to the end of the file. */
  closed: boolean;
}

export interface CsvRows {
  rows: string[][];
  /** The physical line (from 1) each row starts on. */
  lines: number[];
  /** The quoted values that span lines or are never closed, in file order. */
  spans: QuoteSpan[];
}

const BREAK = /\r\n|\r|\n/g;

/** Line breaks in a text: "\r\n", "\r" and "\n" each count one. */
function breaksIn(text: string): number {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return 0;
  return text.match(BREAK)!.length;
}

/** The number of the text's last line: a break at the very end closes its line and opens none. */
function lastLine(text: string): number {
  return 1 + breaksIn(text) - (/[\r\n]$/.test(text) ? 1 : 0);
}

/**
 * Where a quote that is never closed opens (an offset in the text), or -1. A value opens with a quote only at its
 * start, as d3-dsv reads it; inside a quoted value a doubled quote is one quote; after the closing quote d3-dsv takes
 * one more character, whatever it is, as the value's end; an unquoted value ends at a comma or a line break.
 */
function unclosedQuoteAt(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) === QUOTE) {
      const open = i;
      for (i += 1; ; i += 2) {
        i = text.indexOf('"', i);
        if (i < 0) return open;
        if (text.charCodeAt(i + 1) !== QUOTE) break;
      }
      i += 2;
      if (text.charCodeAt(i - 1) === RETURN && text.charCodeAt(i) === NEWLINE) i++;
      continue;
    }
    while (i < n) {
      const c = text.charCodeAt(i++);
      if (c === COMMA || c === NEWLINE) break;
      if (c === RETURN) {
        if (text.charCodeAt(i) === NEWLINE) i++;
        break;
      }
    }
  }
  return -1;
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

export function csvRows(text: string): CsvRows {
  const rows = csvParseRows(text);
  const lines = new Array<number>(rows.length);
  const spans: QuoteSpan[] = [];
  // Without a quote every row is one line.
  const quoted = text.includes('"');
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    if (quoted) {
      const row = rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const k = breaksIn(row[c]!);
        if (k > 0) spans.push({ row: r, cell: c, from: line, to: line + k, closed: true });
        line += k;
      }
    }
    line += 1;
  }
  // A quote never closed: d3-dsv reads from it to the end of the text, so it opens the last row's last cell.
  const open = quoted && rows.length > 0 ? unclosedQuoteAt(text) : -1;
  if (open >= 0) {
    const r = rows.length - 1;
    const c = rows[r]!.length - 1;
    const from = 1 + breaksIn(text.slice(0, open));
    const last = spans[spans.length - 1];
    const span = last && last.row === r && last.cell === c ? last : { row: r, cell: c, from, to: from, closed: true };
    if (span !== last) spans.push(span);
    span.closed = false;
    span.to = Math.max(span.from, lastLine(text));
  }
  return { rows, lines, spans };
}
