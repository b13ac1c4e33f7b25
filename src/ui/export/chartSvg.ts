/**
 * A chart as one standalone SVG file: its title, subtitle (units), the
 * plots as drawn (small multiples where they sat on the page), its legend,
 * note, interval basis and a source line. Text carries its font as
 * attributes, so the file needs no stylesheet.
 *
 * In a right-to-left language (Urdu) the file says so itself, for viewers
 * outside the app: the root carries xml:lang, and the text this file lays
 * out (title, subtitle, legend, note, basis, source) carries
 * direction="rtl" and is anchored at the right edge, with the legend's
 * swatches on the right of their names. The plots keep the direction they
 * were drawn in (their axes are laid out left to right).
 */
import { FONT_FAMILY } from '../charts/axis';
import { textWidth, wrapLines } from '../charts/plot/wrap';
import { i18n, languageDir, type Language } from '../../i18n/index';

/** One drawn svg, serialised, at its place in the chart's body (px). */
export interface PlotPart {
  markup: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** HTML text that sat among the plots, e.g. a small multiple's caption. */
export interface BodyLabel {
  text: string;
  x: number;
  y: number;
  /** Its box's width, so right-to-left text can be anchored at the box's right edge. */
  width?: number;
}

export interface LegendEntry {
  label: string;
  color: string;
  /** How the page's legend draws its swatch (charts/Legend); a filled box when absent. */
  mark?: 'line' | 'dashed' | 'box' | 'band50' | 'band90' | 'dot' | 'ring';
  /** A box's outline (charts/Legend's `outline`). */
  outline?: string;
}

/** A legend swatch in a 22 × 12 box at (x, y), drawn as the page's legend draws it (charts.css). */
function swatch(item: LegendEntry, x: number, y: number): string {
  const c = escapeXml(item.color);
  switch (item.mark) {
    case 'line':
      return `<line x1="${x}" x2="${x + 22}" y1="${y + 6}" y2="${y + 6}" stroke="${c}" stroke-width="3"/>`;
    case 'dashed':
      return `<line x1="${x}" x2="${x + 22}" y1="${y + 6}" y2="${y + 6}" stroke="${c}" stroke-width="2" stroke-dasharray="4 3"/>`;
    case 'band50':
      return `<rect x="${x}" y="${y}" width="22" height="12" fill="${c}" fill-opacity="0.3"/>`;
    case 'band90':
      return `<rect x="${x}" y="${y}" width="22" height="12" fill="${c}" fill-opacity="0.12"/>`;
    case 'dot':
      return `<circle cx="${x + 7}" cy="${y + 6}" r="5" fill="${c}"/>`;
    case 'ring':
      return `<circle cx="${x + 7}" cy="${y + 6}" r="4.5" fill="none" stroke="${c}" stroke-width="2"/>`;
    default:
      // An outline inside the box, as the page's inset box-shadow draws it.
      return item.outline
        ? `<rect x="${x + 0.5}" y="${y + 0.5}" width="13" height="11" fill="${c}" stroke="${escapeXml(item.outline)}" stroke-width="1"/>`
        : `<rect x="${x}" y="${y}" width="14" height="12" fill="${c}"/>`;
  }
}

export interface ChartSvgInput {
  title: string;
  subtitle: string;
  plots: readonly PlotPart[];
  labels?: readonly BodyLabel[];
  legend?: readonly LegendEntry[];
  note?: string;
  basis?: string;
  source: string;
  /** The language of the texts; English when absent. */
  language?: Language;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const MIN_WIDTH = 480;
const INK = '#1a1a1a';
const QUIET = '#555555';

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Fonts for Urdu text first (Nastaliq where the viewer has one), then the charts' own. */
const URDU_FONT_FAMILY = `'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Noto Naskh Arabic', ${FONT_FAMILY}`;

/** Lay the chart out top to bottom and return the file's text and size. */
export function chartSvg(input: ChartSvgInput): ChartSvg {
  const language = input.language ?? 'en';
  const rtl = languageDir(language) === 'rtl';
  const font = language === 'ur' ? URDU_FONT_FAMILY : FONT_FAMILY;
  // Nastaliq's letters climb and fall far from the baseline: Urdu lines need more room (as in urdu.css).
  const leading = language === 'ur' ? 1.9 : 1.3;
  const bodyWidth = Math.max(0, ...input.plots.map((p) => p.x + p.width));
  const bodyHeight = Math.max(0, ...input.plots.map((p) => p.y + p.height));
  const width = Math.ceil(Math.max(MIN_WIDTH, bodyWidth + 2 * PAD));
  const room = width - 2 * PAD;
  /** A line of text starting at x: its left end left to right, its right end right to left (where text-anchor "start" is). */
  const text = (x: number, y: number, size: number, content: string, fill = INK, weight = 400) =>
    `<text x="${x}" y="${y}"${rtl ? ' direction="rtl"' : ''} font-family="${escapeXml(font)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  const out: string[] = [];
  let y = PAD;
  const para = (content: string | undefined, size: number, fill: string, weight = 400) => {
    if (!content) return;
    for (const line of wrapLines(content, room, size)) {
      y += size * leading;
      out.push(text(rtl ? width - PAD : PAD, y, size, line, fill, weight));
    }
  };
  para(input.title, 17, INK, 600);
  para(input.subtitle, 13, QUIET);
  y += 10;
  const top = y;
  for (const p of input.plots) {
    const nested = p.markup.replace(/^<svg\b/, `<svg x="${PAD + p.x}" y="${top + p.y}"`);
    out.push(nested);
  }
  for (const l of input.labels ?? []) out.push(text(PAD + l.x + (rtl ? (l.width ?? 0) : 0), top + l.y + 14, 14, l.text, '#333333', 600));
  y = top + bodyHeight;
  if (input.legend?.length) {
    y += 8;
    let x = PAD;
    let rowTop = y;
    for (const item of input.legend) {
      const w = 28 + Math.min(room - 28, textWidth(item.label, 13)) + 16;
      if (x > PAD && x + w > PAD + room) {
        x = PAD;
        rowTop += 20;
      }
      // Right to left, the row runs from the right edge: each swatch on the right of its name.
      out.push(swatch(item, rtl ? width - x - 22 : x, rowTop + 4));
      out.push(text(rtl ? width - x - 28 : x + 28, rowTop + 15, 13, item.label));
      x += w;
    }
    y = rowTop + 20;
  }
  y += 4;
  para(input.note, 12, QUIET);
  para(input.basis, 12, QUIET);
  y += 4;
  para(input.source, 11, QUIET);
  const height = Math.ceil(y + PAD);
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg"${language === 'en' ? '' : ` xml:lang="${language}"`} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...out,
    `</svg>`,
    '',
  ].join('\n');
  return { svg, width, height };
}

/**
 * "Poverty policy simulator, engine 2.1.0, seed 1, 100 replications" (a range when scenarios differ), in the current language;
 * then the imported household data, if any ("households hies-2019 (sha256 …)").
 */
export function sourceLine(engineVersion: string, seed: number | null, replications: readonly number[], households: string | null = null): string {
  const parts = [i18n.t('exports:source.app'), i18n.t('exports:source.engine', { version: engineVersion })];
  if (seed !== null) parts.push(i18n.t('exports:source.seed', { seed }));
  if (replications.length) {
    const lo = Math.min(...replications);
    const hi = Math.max(...replications);
    parts.push(i18n.t('exports:source.replications', { count: hi, range: lo === hi ? String(lo) : `${lo}–${hi}` }));
  }
  if (households) parts.push(households);
  return parts.join(i18n.t('exports:source.separator'));
}
