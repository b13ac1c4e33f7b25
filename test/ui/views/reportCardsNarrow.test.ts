/**
 * report.css: the report's four headline cards across the column at paper's 680 px, fewer across in a narrower
 * column. Four across in a phone's 370 px left 66 px inside each card; "households" ran 20 px out of its card, and an
 * Urdu interval ("3.12 ملین روپے", kept on one line) 25 px. The column is judged by the summary's own width (a container
 * query), so a laptop's results pane beside the levers gets fewer too. jsdom applies neither container queries nor
 * layout, so the test reads the rules and works out the columns as the browser would; test/e2e/export.test.ts looks
 * at the cards themselves on a phone and on paper.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocks, cssWithoutComments } from '../cssBlocks';

const CSS = cssWithoutComments(join(__dirname, '../../../src/ui/views/report.css'));
const CARDS = '.report-summary .headline-cards';
/** The report's column: on paper (A4 less 15 mm margins), and on a 390 px phone (less the results' padding). */
const PAPER = 680;
const PHONE = 370;

/** The name of the container `.report-summary` is, if it is one whose inline size can be queried. */
function summaryContainer(): string | null {
  for (const { head, body } of blocks(CSS)) {
    if (head !== '.report-summary') continue;
    const short = /(?:^|;)\s*container:\s*([\w-]+)\s*\/\s*inline-size/.exec(body);
    if (short) return short[1]!;
    const name = /container-name:\s*([\w-]+)/.exec(body)?.[1];
    if (name && /container-type:\s*inline-size/.test(body)) return name;
  }
  return null;
}

/** Whether a container query's condition, "(width < 600px)" and the like, holds at `width` px. */
function holds(condition: string, width: number): boolean {
  const m = /^\(\s*width\s*(<=|>=|<|>)\s*([\d.]+)px\s*\)$/.exec(condition.trim());
  if (!m) throw new Error(`a container condition this test does not read: ${condition}`);
  const at = Number(m[2]);
  return { '<': width < at, '<=': width <= at, '>': width > at, '>=': width >= at }[m[1] as '<' | '<=' | '>' | '>=']!;
}

/** How many columns the cards' grid has in a summary `width` px wide: the last rule that applies sets them. */
function columns(width: number): number {
  const name = summaryContainer();
  let set: string | null = null;
  for (const { head, body } of blocks(CSS)) {
    const query = /^@container\s+([\w-]+)\s+(.*)$/.exec(head);
    const rules = query ? (query[1] === name && holds(query[2]!, width) ? blocks(body) : []) : head.startsWith('@') ? [] : [{ head, body }];
    for (const rule of rules) {
      if (!rule.head.split(',').map((s) => s.trim()).includes(CARDS)) continue;
      const value = /grid-template-columns:\s*([^;]+)/.exec(rule.body)?.[1];
      if (value) set = value.trim();
    }
  }
  if (set === null) throw new Error(`no grid-template-columns for ${CARDS}`);
  const repeat = /^repeat\((\d+),/.exec(set);
  return repeat ? Number(repeat[1]) : set.split(/\s+(?![^(]*\))/).length;
}

describe('report.css: the headline cards', () => {
  it('are four across in paper\u2019s 680 px column, as the report prints', () => {
    expect(columns(PAPER)).toBe(4);
  });

  it('are two across in a phone\u2019s 370 px column, judged by the summary\u2019s own width', () => {
    expect(summaryContainer(), '.report-summary is a container of its inline size').not.toBeNull();
    expect(columns(PHONE)).toBe(2);
  });

  it('are one a row in a column too narrow for two (260 px), never more than paper\u2019s four', () => {
    expect(columns(260)).toBe(1);
    for (let width = 200; width <= 1200; width += 10) expect(columns(width), `at ${width} px`).toBeLessThanOrEqual(4);
  });
});
