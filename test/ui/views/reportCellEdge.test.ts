/**
 * report.css: a chart that begins a printed page keeps its card's top border off the page's edge. At the edge,
 * Chromium painted the border at the foot of the page before too: the Urdu report (the default comparison, and one
 * option with its settings on page 1) had a stray line across the foot of every page of charts, as if the next chart
 * began there, its card then carried on over the page. The room is given on screen as well as on paper, so that what
 * leadPairFit measures on screen (the poverty and difference charts sized to share a page) is what prints. Seeing
 * the line itself takes a printed PDF: test/e2e/export.test.ts prints the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(join(__dirname, '../../../src/ui/views/report.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the rules at the top level (outside any @media) whose selector list is exactly `selector`. */
function topLevel(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let head = '';
  for (let k = 0; k < CSS.length; k++) {
    if (CSS[k] === '{') {
      if (depth === 0) head = CSS.slice(start, k).trim();
      depth++;
      start = k + 1;
    } else if (CSS[k] === '}') {
      depth--;
      if (depth === 0 && head === selector) out.push(CSS.slice(start, k));
      start = k + 1;
    }
  }
  return out;
}

/** A length in px ("2px", "0.125rem" at paper's 15 px root), or NaN. */
function px(value: string): number {
  const m = /^([\d.]+)(px|rem)$/.exec(value.trim());
  return m ? Number(m[1]) * (m[2] === 'rem' ? 15 : 1) : NaN;
}

describe('report.css: a chart card\u2019s top edge on paper', () => {
  it('sits below the top of its chart cell, on screen and in print alike (outside @media)', () => {
    const paddings = topLevel('.report-charts > .chart-cell').flatMap((body) => [...body.matchAll(/padding-top:\s*([^;]+);?/g)].map((m) => px(m[1]!)));
    expect(paddings.length, 'a padding-top on .report-charts > .chart-cell outside @media').toBeGreaterThan(0);
    expect(paddings.at(-1)).toBeGreaterThanOrEqual(1);
  });
});
