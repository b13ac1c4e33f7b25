/**
 * Reading a chart off the page for export: its drawn svgs cloned with the
 * computed text styles written onto them as attributes (so the file needs
 * no stylesheet), placed where they sat, and its legend's names and colours.
 */
import type { BodyLabel, LegendEntry, PlotPart } from './chartSvg';

// Only text takes styles from the page's CSS (the font, inherited from the frame); shapes carry presentation attributes already.
const TEXT_STYLES = ['font-family', 'font-size', 'font-weight', 'font-style', 'fill'] as const;

/** Copy the computed styles a reader of the file relies on onto the clone, element by element. */
function inlineStyles(original: Element, clone: Element): void {
  const view = original.ownerDocument.defaultView;
  if (view) {
    const style = view.getComputedStyle(original);
    // A tspan inherits from its text, so only the text element needs them.
    if (original.tagName === 'text') {
      for (const name of TEXT_STYLES) {
        const value = style.getPropertyValue(name);
        if (value && !clone.hasAttribute(name)) clone.setAttribute(name, value);
      }
      // Text drawn right to left on the page (Urdu) anchors at its right end there; the file must say so to draw it the same.
      if (style.getPropertyValue('direction') === 'rtl' && !clone.hasAttribute('direction')) clone.setAttribute('direction', 'rtl');
    }
  }
  clone.removeAttribute('tabindex');
  clone.removeAttribute('class');
  const from = original.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/**
 * The plot svgs under `body` (not the legend's swatches), at their places
 * relative to it: the app's own plots (svg.chart-surface) and recharts'
 * (the wrapper's own svg; recharts' legend icons are svgs of that class too).
 */
export function readPlots(body: Element): { plots: PlotPart[]; labels: BodyLabel[] } {
  const origin = body.getBoundingClientRect();
  const serializer = new XMLSerializer();
  let stackedY = 0;
  const plots = [...body.querySelectorAll('svg.chart-surface, .recharts-wrapper > svg.recharts-surface')].map((svg) => {
    const rect = svg.getBoundingClientRect();
    const width = rect.width || Number(svg.getAttribute('width')) || 0;
    const height = rect.height || Number(svg.getAttribute('height')) || 0;
    // No layout (jsdom, or a hidden chart): stack the plots one under another.
    const laidOut = rect.width > 0;
    const x = laidOut ? rect.left - origin.left : 0;
    const y = laidOut ? rect.top - origin.top : stackedY;
    stackedY += height;
    const clone = svg.cloneNode(true) as Element;
    inlineStyles(svg, clone);
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(height));
    // recharts sizes its svg by style (100% of its wrapper): in the file that would stretch the plot over the whole image.
    const style = (clone as SVGElement).style;
    if (style) {
      style.removeProperty('width');
      style.removeProperty('height');
      if (!style.length) clone.removeAttribute('style');
    }
    clone.removeAttribute('role');
    return { markup: serializer.serializeToString(clone), x, y, width, height };
  });
  const labels = [...body.querySelectorAll('figcaption')].flatMap((el) => {
    const rect = el.getBoundingClientRect();
    const content = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return rect.width > 0 && content ? [{ text: content, x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width }] : [];
  });
  return { plots, labels };
}

/** The legend's entries: each name with the colour its swatch is drawn in (and its outline, if it has one). */
export function readLegend(root: Element): LegendEntry[] {
  return [...root.querySelectorAll('.chart-legend li')].map((li) => {
    const mark = li.querySelector<HTMLElement>('.chart-legend-mark');
    const view = li.ownerDocument.defaultView;
    const color = (mark && view ? view.getComputedStyle(mark).color : '') || mark?.style.color || '#333333';
    const mark_ = [...(mark?.classList ?? [])].find((c) => c.startsWith('chart-legend-') && c !== 'chart-legend-mark')?.slice('chart-legend-'.length);
    const outline = mark?.dataset.outline;
    return {
      label: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      color,
      ...(mark_ ? { mark: mark_ as LegendEntry['mark'] } : {}),
      ...(outline ? { outline } : {}),
    };
  });
}
