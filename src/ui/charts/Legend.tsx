/**
 * An HTML legend: scenario names with their colour swatch (and, for lines,
 * their marker shape), then keys for the line styles (median, bands, dashed
 * status quo). HTML rather than recharts' SVG legend so that it wraps, reads
 * at any size and is plain text for screen readers and tests.
 */
import { useTranslation } from 'react-i18next';
import { shapeIndex, shapePath } from './plot/symbols';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** How the swatch is drawn: a solid line, a dashed line, a filled box, a band (50% darker, 90% fainter), or a filled or open dot. */
  mark: 'line' | 'dashed' | 'box' | 'band50' | 'band90' | 'dot' | 'ring';
  /** The marker shape drawn on the line (plot/symbols), for lines told apart without colour. */
  shape?: number;
  /** A box's outline, for a fill too pale to see on white alone (the tornado's and Sobol' chart's light bars, which are outlined so). */
  outline?: string;
}

/** A scenario's marker shape in its colour, sized to text (legend, tooltip). */
export function ShapeSwatch({ color, shape }: { color: string; shape: number }) {
  return (
    <svg className="chart-shape-swatch" width="1em" height="1em" viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={shapePath(shape, 60)} fill={color} />
    </svg>
  );
}

export function Legend({ items, label }: { items: LegendItem[]; label?: string }) {
  const { t } = useTranslation('charts');
  return (
    <ul className="chart-legend" aria-label={label ?? t('legend.label')}>
      {items.map((it) => (
        <li key={it.key}>
          <span
            className={`chart-legend-mark chart-legend-${it.mark}`}
            style={it.outline ? { color: it.color, boxShadow: `inset 0 0 0 1px ${it.outline}` } : { color: it.color }}
            data-outline={it.outline}
            aria-hidden="true"
          >
            {it.shape !== undefined && <ShapeSwatch color={it.color} shape={it.shape} />}
          </span>
          <bdi>{it.label}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** Legend items for scenarios drawn as lines or boxes in their own colour; lines carry their marker shape. */
export function runLegend(runs: { id: string; name: string; color: string }[], mark: LegendItem['mark']): LegendItem[] {
  return runs.map((r, i) => ({ key: r.id, label: r.name, color: r.color, mark, ...(mark === 'line' ? { shape: shapeIndex(r.color, i) } : {}) }));
}
