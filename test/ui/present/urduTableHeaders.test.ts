// @vitest-environment node
/**
 * urdu.css: the slides' table headers, bold Nastaliq, wrap onto a second line ("پروگراموں میں تقسیم", the programme
 * shares' name, at 1366 × 768), whose dots had touched the first line's at the assumptions table's 1.65 (and still at
 * the body's 1.9). A th sets its own line height, so the table's is not inherited there: checked from the rules that
 * set it, as jsdom applies neither :lang() on :root nor the browser's line boxes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocks, cssWithoutComments } from '../cssBlocks';

const CSS = blocks(cssWithoutComments(join(__dirname, '../../../src/ui/urdu.css')));
/** The line height urdu.css gives a th in `table` (a slide's table's class) in Urdu: the last rule that names one. */
function urduHeaderLineHeight(table: string): number | null {
  let found: number | null = null;
  for (const { head, body } of CSS) {
    if (!head.startsWith(':root:lang(ur)') || !/\bth\b/.test(head) || !head.includes(table)) continue;
    const m = /line-height:\s*([\d.]+)/.exec(body);
    if (m) found = Number(m[1]);
  }
  return found;
}

describe('urdu.css: the slides\u2019 table headers', () => {
  it('sets each slide table\u2019s headers at a line height of 2.2 at least, above the assumptions table\u2019s own 1.65', () => {
    for (const table of ['.slide-assumption-table', '.slide-options-table', '.slide-table']) expect(urduHeaderLineHeight(table), table).toBeGreaterThanOrEqual(2.2);
  });
});
