/**
 * Break a label into lines that fit a width. Text is measured on an
 * offscreen canvas (no DOM layout: recharts measured every label in the
 * DOM, which was a good part of its cost) and estimated from the font size
 * where there is no canvas (jsdom); the estimate errs wide, so a label may
 * wrap early but never runs into its neighbour.
 */
import { FONT_FAMILY, URDU_FONT_FAMILY } from '../axis';
import { isRtl } from '../lang';

/** Average advance of a character as a share of the font size, erring wide (DejaVu Sans measures about 0.53). */
const CHAR_EM = 0.6;

let context: OffscreenCanvasRenderingContext2D | null | undefined;
let font = '';
const widths = new Map<string, number>();

const remeasure = new Set<() => void>();
let watching = false;

/**
 * Forget every width once a font has loaded, and tell whoever asked (onRemeasure). A face not loaded yet is
 * measured in a fallback face, and that width was kept: in Chromium an Urdu label measured before Nastaliq had
 * loaded came out about 30% wider, so the tornado's Urdu labels wrapped onto more lines than they took.
 */
function watchFonts(): void {
  if (watching || typeof document === 'undefined' || !document.fonts) return;
  watching = true;
  document.fonts.addEventListener('loadingdone', () => {
    widths.clear();
    for (const f of remeasure) f();
  });
}

/** Call `f` whenever fonts have loaded and text is measured anew (a chart laid out before should be again); returns its removal. */
export function onRemeasure(f: () => void): () => void {
  watchFonts();
  remeasure.add(f);
  return () => void remeasure.delete(f);
}

/** The width of `text` at `fontSize` px in the charts' font for the page's language (axis.ts). */
export function textWidth(text: string, fontSize: number): number {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    watchFonts();
  }
  if (!context) return text.length * fontSize * CHAR_EM;
  const urdu = isRtl();
  const key = `${urdu ? 'ur' : ''}${fontSize}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    const wanted = `${fontSize}px ${urdu ? URDU_FONT_FAMILY : FONT_FAMILY}`;
    if (wanted !== font) context.font = font = wanted;
    w = context.measureText(text).width;
    widths.set(key, w);
  }
  return w;
}

/**
 * Measure once at each size the charts use, each in a task of its own, while
 * the page waits for its first result: the first measurement at a size
 * resolves the font list against the fonts present (20–90 ms in Chromium),
 * which otherwise fell inside the first chart's task.
 */
export function warmTextMeasure(sizes: readonly number[]): void {
  sizes.forEach((size, k) => setTimeout(() => textWidth('Month 0123456789', size), 50 * (k + 1)));
}

/**
 * Words that stay on the line of the word after them: a currency and a multiplication sign belong to their number,
 * and "per" ("/", Urdu's فی) to its unit.
 */
const GLUED = new Set(['Rs', '×', '/', 'فی']);
/**
 * A number (with its sign, grouping, decimals or percent sign) stays with the word after it, its unit: a tornado's
 * range in Urdu had broken "0.849 | / امکان" and "4.18% فی | مہینہ" at the end of a line. (A right-to-left mark may lead
 * a percentage that starts an Urdu message: i18n/bidi percentsMarked; a signed one is a left-to-right isolate: format's signed.)
 */
const NUMBER = /^\u200F?\u200E?\u2066?[−+-]?[\d۰-۹][\d۰-۹.,٫٬]*%?\u2069?$/;
/** A word that opens a bracket: a number is not glued to it, so the bracket can still move to the next line whole. */
const OPENS = /^[([]/;
/** A bracket of at most this many words moves to the next line whole ("(× poverty line)"), rather than breaking inside. */
const BRACKET_WORDS = 4;

/** The words of `text`, with a currency or "×" kept with the number after it ("Rs 4,230", "× 0.62"), and a number with its unit ("36 months"). */
function words(text: string): string[] {
  const out: string[] = [];
  let glue = '';
  // Whether what is held for the next word ends in a number (which lets go of a bracket) or in "Rs", "×", "per".
  let number = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (glue && number && OPENS.test(word)) {
      out.push(glue);
      glue = '';
    }
    const joined = glue ? `${glue} ${word}` : word;
    if (GLUED.has(word) || NUMBER.test(word)) {
      glue = joined;
      number = !GLUED.has(word);
    } else {
      out.push(joined);
      glue = '';
    }
  }
  if (glue) out.push(glue);
  return out;
}

/** How many more brackets a word opens than it closes ("(×" 1, "line)," −1, "(a)" 0). */
const depthOf = (word: string): number => (word.match(/[([]/g)?.length ?? 0) - (word.match(/[)\]]/g)?.length ?? 0);

/**
 * `list` with each bracket of at most BRACKET_WORDS words that `fits` on a line joined into one, nested brackets
 * and punctuation after it included ("(× poverty line),"); a longer bracket wraps like other words.
 */
function keepBrackets(list: string[], fits: (group: string) => boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const open = list[k]!;
    let depth = /^[([]/.test(open) ? depthOf(open) : 0;
    let end = k;
    while (depth > 0 && end + 1 < list.length && end + 1 - k < BRACKET_WORDS) depth += depthOf(list[++end]!);
    const group = list.slice(k, end + 1).join(' ');
    if (end > k && depth <= 0 && fits(group)) {
      out.push(group);
      k = end;
    } else out.push(open);
  }
  return out;
}

/**
 * Words packed greedily into lines no wider than `width`; a single long word
 * gets a line to itself, "Rs" or "×" stays with the number after it and a
 * number with its unit ("4.18% فی مہینہ"), and a
 * short bracket that fits a line is not broken ("(× poverty line)"). Every
 * line after the first starts with the space that separated it from the
 * previous one: invisible in the chart, but text taken from the svg (find in
 * page, copy, innerText) still reads as one phrase.
 */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of keepBrackets(words(text), (group) => textWidth(group, fontSize) <= width)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.map((l, k) => (k === 0 ? l : ` ${l}`));
}

/** What ends a name cut short (clampLines). */
export const ELLIPSIS = '…';

/**
 * `lines` (wrapLines') kept to at most `most`, the last cut short at a word, with ELLIPSIS, to stay within `width`:
 * a slide's chart whose scenario had a 60-character name gave it four lines, and every other row that room too, so
 * the whole chart shrank to 10 px type to fit (the slide names it in full beside the chart).
 */
export function clampLines(lines: readonly string[], most: number, width: number, fontSize: number): string[] {
  if (lines.length <= most) return [...lines];
  const kept = lines.slice(0, most);
  const words = `${kept.pop()!} ${lines[most]!.trimStart()}`.split(' ');
  // Words from the end until the line with its ellipsis fits (a line of one long word keeps it, as wrapLines does).
  while (words.length > 1 && textWidth(`${words.join(' ')}${ELLIPSIS}`.trimStart(), fontSize) > width) words.pop();
  // Punctuation left at the cut ("districts,…") reads as a stray mark before the ellipsis.
  return [...kept, `${words.join(' ').replace(/[\s,;:،؛]+$/u, '')}${ELLIPSIS}`];
}

/**
 * A value with its interval in brackets, "+6.9% (+6.7% to +7.1%)": one line
 * if it fits the width, else the bracket on a line of its own, so a narrow
 * chart never cuts a number off (and never splits one interval end from the other).
 * Text without a bracket that does not fit ("90% interval: no upper end") wraps at spaces, as does the part before
 * a bracket that does not fit its own line: on a 360 px phone "paired change −0.0014" began 38 px off the chart's
 * left edge (the names' column widens for it only so far: axes' useCategoryNameWidth).
 */
export function splitInterval(text: string, width: number, fontSize: number): string[] {
  if (textWidth(text, fontSize) <= width) return [text];
  const at = text.indexOf(' (');
  if (at < 0) return wrapLines(text, width, fontSize).map((l) => l.trimStart());
  const head = text.slice(0, at);
  return [...(textWidth(head, fontSize) <= width ? [head] : wrapLines(head, width, fontSize).map((l) => l.trimStart())), text.slice(at)];
}
