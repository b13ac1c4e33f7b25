import { describe, expect, test } from 'vitest';
import { chartSvg, escapeXml, sourceLine } from '../../../src/ui/export/chartSvg';
import { fileName, slug } from '../../../src/ui/export/download';

const plot = (x: number, y: number) => ({ markup: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><path d="M0,0L1,1"/></svg>', x, y, width: 300, height: 200 });

describe('chartSvg', () => {
  const input = {
    title: 'Poverty over time',
    subtitle: 'Share of people below the poverty line, % of people, by month',
    plots: [plot(0, 0), plot(320, 0)],
    labels: [{ text: 'Rs 80 bn', x: 320, y: 0 }],
    legend: [
      { label: 'Baseline & co <1>', color: 'rgb(0, 114, 178)' },
      { label: '90% interval', color: 'rgb(0, 114, 178)', mark: 'band90' as const },
      { label: 'Status quo', color: '#333', mark: 'dashed' as const },
    ],
    note: 'Median line, 50% and 90% bands.',
    basis: 'Intervals rest on 40 replications.',
    source: sourceLine('2.1.0', 7, [40]),
  };

  test('chartSvg(input) holds the title, subtitle, legend, note, basis and source line as text with fonts as attributes', () => {
    const { svg } = chartSvg(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Poverty over time');
    expect(texts.join(' ')).toContain('% of people');
    expect(texts).toContain('Baseline & co <1>');
    expect(texts).toContain('Intervals rest on 40 replications.');
    expect(texts).toContain('Poverty policy simulator, engine 2.1.0, seed 7, 40 replications');
    expect([...doc.querySelectorAll('text')].every((t) => t.getAttribute('font-family') && t.getAttribute('font-size'))).toBe(true);
    expect(doc.querySelector('rect[fill="rgb(0, 114, 178)"]')).not.toBeNull();
    expect(doc.querySelector('rect[fill-opacity="0.12"]')).not.toBeNull();
    expect(doc.querySelector('line[stroke-dasharray]')).not.toBeNull();
  });

  test('chartSvg lays small multiples where they sat, and is wide enough for them', () => {
    const { svg, width } = chartSvg(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const nested = [...doc.documentElement.querySelectorAll(':scope > svg')];
    expect(nested.map((s) => s.getAttribute('x'))).toEqual(['16', '336']);
    expect(new Set(nested.map((s) => s.getAttribute('y'))).size).toBe(1);
    expect(width).toBeGreaterThanOrEqual(620 + 32);
  });

  test('escapeXml escapes markup characters', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});

describe('sourceLine and file names', () => {
  test('sourceLine names the engine, the seed and the replications, a range when they differ', () => {
    expect(sourceLine('2.1.0', 1, [100])).toBe('Poverty policy simulator, engine 2.1.0, seed 1, 100 replications');
    expect(sourceLine('2.1.0', 1, [60, 100])).toBe('Poverty policy simulator, engine 2.1.0, seed 1, 60–100 replications');
    expect(sourceLine('2.1.0', null, [])).toBe('Poverty policy simulator, engine 2.1.0');
  });

  test('fileName(parts, kind) makes lower-case, dash-separated names', () => {
    expect(fileName(['Poverty over time'], 'svg')).toBe('poverty-over-time.svg');
    expect(fileName(['Rs 80 → 100 bn, "custom" split', 'result'], 'json')).toBe('rs-80-100-bn-custom-split_result.json');
    expect(slug('…')).toBe('export');
  });
});
