/**
 * present.css: the slides' tables, read in the hand on a phone, at 12 px at least, however far their slide shrank
 * its type to fit (useFitScale: to MIN_FIT_PHONE_TEXT of the slide's 14 px, then it scrolls). The options table and
 * the tables' notes had that floor; the assumptions table was 0.9em with none, and a slide that shrank to fit (0.92)
 * set it at 11.6 px, its note at 0.95 of that, 11 px. jsdom applies neither present.css's @media nor max(), so the
 * test works out each size from the rules that set it, as the browser does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_FIT_PHONE_TEXT } from '../../../src/ui/present/useFitScale';

const CSS = readFileSync(join(__dirname, '../../../src/ui/present/present.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** A phone's screen, as present.css says it. */
const PHONE = '@media (max-width: 40rem)';
/** A slide's type on a phone: --slide-scale is 1 there (useSlideSize), and .slide-stage sets 14 px × that. */
const PHONE_STAGE_PX = 14;

/** The rules of a block of CSS: its selectors (as listed) and its declarations, nested blocks (@media) left out. */
function rules(block: string): { selectors: string[]; body: string }[] {
  const out: { selectors: string[]; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let head = '';
  for (let k = 0; k < block.length; k++) {
    if (block[k] === '{') {
      if (depth === 0) head = block.slice(start, k).trim();
      depth++;
      start = k + 1;
    } else if (block[k] === '}') {
      depth--;
      if (depth === 0) {
        if (!head.startsWith('@')) out.push({ selectors: head.split(',').map((s) => s.trim()), body: block.slice(start, k) });
        start = k + 1;
      }
    }
  }
  return out;
}

/** The body of each `@media` block with this query. */
function mediaBlocks(query: string): string[] {
  const out: string[] = [];
  for (let at = CSS.indexOf(query); at >= 0; at = CSS.indexOf(query, at + 1)) {
    let depth = 0;
    const open = CSS.indexOf('{', at);
    for (let k = open; k < CSS.length; k++) {
      if (CSS[k] === '{') depth++;
      else if (CSS[k] === '}' && --depth === 0) {
        out.push(CSS.slice(open + 1, k));
        break;
      }
    }
  }
  return out;
}

/** The font-size the last rule listing `selector` sets (on a phone: its @media's rules come after the others' at equal weight). */
function fontSize(selector: string, phone: boolean): string | null {
  const found = [...rules(CSS), ...(phone ? mediaBlocks(PHONE).flatMap(rules) : [])]
    .filter((r) => r.selectors.includes(selector))
    .map((r) => /font-size:\s*([^;]+);?/.exec(r.body)?.[1]?.trim())
    .filter((v): v is string => v !== undefined);
  return found.at(-1) ?? null;
}

/** A font-size in px, of a parent of `parent` px: "0.9em", "12px", or "max(0.9em, 12px)". */
function px(value: string, parent: number): number {
  const one = (v: string): number => {
    const m = /^([\d.]+)(em|px)$/.exec(v.trim());
    if (!m) throw new Error(`a font-size this test does not read: ${v}`);
    return m[2] === 'em' ? Number(m[1]) * parent : Number(m[1]);
  };
  const max = /^max\((.*)\)$/.exec(value);
  return max ? Math.max(...max[1]!.split(',').map(one)) : one(value);
}

/** On a phone, a table's type and its note's, in a slide whose type shrank to `fit`. */
function sizes(table: string, caption: string | null, fit: number) {
  const slide = PHONE_STAGE_PX * fit;
  const tableValue = fontSize(table, true);
  expect(tableValue, `${table} sets its size`).not.toBeNull();
  const tablePx = px(tableValue!, slide);
  const captionValue = caption ? fontSize(caption, true) : null;
  return { table: tablePx, caption: captionValue ? px(captionValue, tablePx) : tablePx };
}

describe('present.css on a phone', () => {
  const fits = [1, 0.92, 0.85, MIN_FIT_PHONE_TEXT];

  for (const fit of fits)
    it(`sets the key assumptions and their note at 12 px or more in a slide shrunk to ${fit}`, () => {
      const s = sizes('.slide .slide-assumption-table', '.slide-assumption-table caption', fit);
      expect(s.table, 'the table').toBeGreaterThanOrEqual(12);
      expect(s.caption, 'its note').toBeGreaterThanOrEqual(12);
    });

  for (const fit of fits)
    it(`sets what is in each option at 12 px or more in a slide shrunk to ${fit}`, () => {
      expect(sizes('.slide-options-table', null, fit).table).toBeGreaterThanOrEqual(12);
    });

  it('keeps the assumptions at the body\u2019s size where the slide has not shrunk (0.9 of it, 12.6 px)', () => {
    expect(sizes('.slide .slide-assumption-table', null, 1).table).toBeCloseTo(12.6, 5);
  });
});
