/**
 * The results' fonts, looked up at start-up.
 *
 * The first time a page sets text in a font at a new size, weight or style,
 * the browser looks the face up, and in Chromium that lookup is a
 * synchronous call to the browser process. During a comparison both cores of
 * a 2-core laptop are busy with the simulation workers, so the call waits
 * for a core. Traced during the default comparison (with Chromium's font
 * categories), the task that first laid out the results took 164 ms, 153 of
 * them waiting in such lookups (its own work: 19 ms of CPU). The results use few text styles, so start-up lays out one
 * short line in each, out of sight, once the saved work (and with it the
 * language) is restored and while the first worker is still loading, and
 * removes it again: the faces are then known when the results arrive.
 * Each style has a task of its own, so the lookups make no long task either.
 *
 * The styles are named here as the elements that carry them, nested as in
 * the page, so that the page's own stylesheets give them their fonts (and
 * Urdu's, in Urdu). A style missing from this list costs only that lookup,
 * later; test/ui/fontWarmUp.test.ts checks that every class named here is
 * still styled.
 */
import { AXIS_LABEL_STYLE, TICK } from './charts/axis';
import { windowChartScale } from './charts/plot/chartScale';

/** The results' text styles outside the svg charts: each a chain of `tag.class` elements, outermost first, with the classes that style it. */
export const RESULT_TEXT: readonly string[] = [
  'p.headline-sentence',
  'p.uncertainty-note',
  'section.scenario-changes > h4',
  'section > p.headline-caption',
  'ul.headline-cards > li.headline-card > h3',
  'ul.headline-cards > li.headline-card > p.value',
  'ul.headline-cards > li.headline-card > p.interval',
  'figure.chart-frame > h3.chart-title',
  'figure.chart-frame > figure.chart-panel > figcaption',
  'figure.chart-frame > p.empty-note',
  'div.main > section.ranking > h2',
  'section.ranking > table > tr > th > span.unit',
  'section.ranking > table > tr > td > span.tie-badge',
  'section.ranking > table > tr > td > span.check-miss',
  'p.empty-note > code',
];

/** The svg charts' text (in chart units, drawn at the window's chart scale): ticks, their bold and italic, and axis titles. */
export const SVG_TEXT: readonly { size: number; weight: number; italic?: boolean }[] = [
  { size: TICK.fontSize, weight: 400 },
  { size: TICK.fontSize, weight: 600 },
  { size: TICK.fontSize, weight: 400, italic: true },
  { size: AXIS_LABEL_STYLE.fontSize as number, weight: 400 },
];

/** What each line says: the digits and signs results are written with, and the letters of the page's language. */
const sample = (doc: Document) => `Rs 0123456789 −–×%.,() Aa${doc.documentElement.lang === 'ur' ? ' اردو' : ''}`;

/** The elements of one chain, nested, the innermost holding `text`. */
function chain(doc: Document, path: string, text: string): HTMLElement {
  const parts = path.split('>').map((p) => p.trim());
  const made = parts.map((part) => {
    const [tag, ...classes] = part.split('.');
    const el = doc.createElement(tag || 'div');
    if (classes.length > 0) el.className = classes.join(' ');
    return el;
  });
  made.reduce((outer, inner) => (outer.append(inner), inner));
  made[made.length - 1]!.textContent = text;
  return made[0]!;
}

/**
 * Lay out a line in each of the results' text styles, out of sight and hidden from assistive technology, one
 * style a task (each after `nextTask`, none in the caller's), each removed in the task that laid it out. One box
 * with every style had made a start-up task of 173 ms in a first-visit trace, 154 of them here, most of that
 * waiting for lookups (2–18 ms a style, timed one by one).
 */
export async function warmResultFonts(doc: Document = document, nextTask: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<void> {
  const text = sample(doc);
  const scale = windowChartScale(doc.defaultView);
  const lines: (() => HTMLElement)[] = RESULT_TEXT.map((path) => () => chain(doc, path, text));
  for (const { size, weight, italic } of SVG_TEXT) {
    lines.push(() => {
      // In the charts' frame, whose font the svg text inherits.
      const frame = chain(doc, 'figure.chart-frame', '');
      const line = doc.createElement('span');
      line.style.cssText = `font-size:${size * scale}px;font-weight:${weight};font-style:${italic ? 'italic' : 'normal'}`;
      line.textContent = text;
      frame.append(line);
      return frame;
    });
  }
  for (const line of lines) {
    await nextTask();
    const box = doc.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.style.cssText = 'position:absolute;top:0;inset-inline-start:-10000px;width:800px;visibility:hidden;pointer-events:none';
    box.append(line());
    doc.body.append(box);
    try {
      // Reading a size lays the box out now, which looks up every face it uses.
      void box.offsetWidth;
    } finally {
      box.remove();
    }
  }
}

/** Urdu's bundled faces (urdu.css), as the CSS font shorthand names them, regular and bold. */
export const URDU_FACES: readonly string[] = ["400 16px 'Noto Nastaliq Urdu'", "700 16px 'Noto Nastaliq Urdu'"];

/**
 * Load Urdu's faces on a page shown in English, so that a switch to Urdu lays the page out once, in them.
 * A face is fetched when text first needs it; before this, switching laid the page out in a fallback face, then
 * again when the face arrived (51 and 46 ms of CPU, traced). Called once the runs have settled (pwa.ts:
 * runsSettled, which gives up waiting after 30 s).
 */
export async function loadUrduFaces(doc: Document = document): Promise<void> {
  if (doc.documentElement.lang === 'ur' || !doc.fonts) return;
  await Promise.all(URDU_FACES.map((face) => doc.fonts.load(face, 'اردو')));
}
