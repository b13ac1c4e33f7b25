/**
 * styles.css on a phone: the levers above the results, the levers' row as tall as they are. The body fills the
 * screen under the top bar, and its two rows had been left auto, so they shared what the results did not fill:
 * during the first run the folded levers' row took half of it, 180 px of white between their heading and "Running
 * the first replications…" at 390 × 844, and shrank when the results came. jsdom lays nothing out, so the test reads
 * the rules that apply at 390 px; test/e2e/app.test.ts measures the gap in Chromium.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocks, cssWithoutComments } from './cssBlocks';

const CSS = cssWithoutComments(join(__dirname, '../../src/ui/styles.css'));

/** Whether an @media prelude holds on a screen `width` px wide: its (min-width) and (max-width) in px; print never. */
function matches(prelude: string, width: number): boolean {
  if (/\bprint\b/.test(prelude)) return false;
  return [...prelude.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)].every(([, side, px]) => (side === 'min' ? width >= Number(px) : width <= Number(px)));
}

/** The value the last rule for exactly `selector` gives `property` on a screen `width` px wide, or null. */
function declared(selector: string, property: string, width: number): string | null {
  let value: string | null = null;
  for (const { head, body } of blocks(CSS)) {
    const media = /^@media\s+(.*)$/.exec(head);
    const rules = media ? (matches(media[1]!, width) ? blocks(body) : []) : head.startsWith('@') ? [] : [{ head, body }];
    for (const rule of rules) {
      if (rule.head !== selector) continue;
      const m = new RegExp(`(?:^|;)\\s*${property}:\\s*([^;]+)`).exec(rule.body);
      if (m) value = m[1]!.trim();
    }
  }
  return value;
}

describe('styles.css: the page on a 390 px phone', () => {
  it('stacks the levers over the results in one column', () => {
    expect(declared('.body', 'grid-template-columns', 390)).toBe('minmax(0, 1fr)');
  });

  it('gives the levers\u2019 row their own height and the results\u2019 row what is left', () => {
    const rows = declared('.body', 'grid-template-rows', 390);
    expect(rows, 'the body\u2019s rows are set on a phone').not.toBeNull();
    const [levers, results, ...more] = rows!.split(/\s+(?![^(]*\))/);
    expect(more).toEqual([]);
    expect(levers, 'the levers\u2019 row').toBe('auto');
    expect(results, 'the results\u2019 row').toMatch(/^(\d*\.?\d+fr|minmax\(auto, \d*\.?\d+fr\))$/);
  });

  it('leaves the side-by-side layout above a phone\u2019s width as it was (one row, the panels scrolling on their own)', () => {
    expect(declared('.body', 'grid-template-rows', 1440)).toBe('minmax(0, 1fr)');
  });
});
