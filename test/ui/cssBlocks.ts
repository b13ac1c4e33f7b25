/**
 * Reading a stylesheet in tests that check rules jsdom does not apply (layout, media and container queries): the
 * file without its comments, and its top-level blocks.
 */
import { readFileSync } from 'node:fs';

/** The stylesheet at `path` with its comments left out. */
export const cssWithoutComments = (path: string): string => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The top-level blocks of `css`: each one's head (a selector list, or an at-rule's prelude) and its body. */
export function blocks(css: string): { head: string; body: string }[] {
  const out: { head: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let head = '';
  for (let k = 0; k < css.length; k++) {
    if (css[k] === '{') {
      if (depth === 0) {
        head = css.slice(start, k).trim();
        start = k + 1;
      }
      depth++;
    } else if (css[k] === '}' && --depth === 0) {
      out.push({ head, body: css.slice(start, k) });
      start = k + 1;
    }
  }
  return out;
}
