/**
 * An HTML legend: scenario names with their colour swatch, then keys for the
 * line styles (median, bands, dashed status quo). HTML rather than
 * recharts' SVG legend so that it wraps, reads at any size and is plain text
 * for screen readers and tests.
 */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** How the swatch is drawn: a solid line, a dashed line, a filled box, a band (50% darker, 90% fainter), or a filled or open dot. */
  mark: 'line' | 'dashed' | 'box' | 'band50' | 'band90' | 'dot' | 'ring';
}

export function Legend({ items, label = 'Legend' }: { items: LegendItem[]; label?: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((it) => (
        <li key={it.key}>
          <span className={`chart-legend-mark chart-legend-${it.mark}`} style={{ color: it.color }} aria-hidden="true" />
          {it.label}
        </li>
      ))}
    </ul>
  );
}

/** Legend items for scenarios drawn as lines or boxes in their own colour. */
export function runLegend(runs: { id: string; name: string; color: string }[], mark: LegendItem['mark']): LegendItem[] {
  return runs.map((r) => ({ key: r.id, label: r.name, color: r.color, mark }));
}
